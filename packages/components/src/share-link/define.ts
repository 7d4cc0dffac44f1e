import { SuiviShareLink } from './suivi-share-link.ts';

/** Registers <suivi-share-link>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-share-link')) {
  customElements.define('suivi-share-link', SuiviShareLink);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-share-link': SuiviShareLink;
  }
}

export { SuiviShareLink };
