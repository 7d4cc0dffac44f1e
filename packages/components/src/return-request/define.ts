import { SuiviReturnRequest } from './suivi-return-request.ts';

/** Registers <suivi-return-request>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-return-request')) {
  customElements.define('suivi-return-request', SuiviReturnRequest);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-return-request': SuiviReturnRequest;
  }
}

export { SuiviReturnRequest };
