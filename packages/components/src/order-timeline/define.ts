import { SuiviOrderTimeline } from './suivi-order-timeline.ts';

/** Registers <suivi-order-timeline>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-order-timeline')) {
  customElements.define('suivi-order-timeline', SuiviOrderTimeline);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-timeline': SuiviOrderTimeline;
  }
}

export { SuiviOrderTimeline };
