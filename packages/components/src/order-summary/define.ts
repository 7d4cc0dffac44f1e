import { SuiviOrderSummary } from './suivi-order-summary.ts';

/** Registers <suivi-order-summary>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-order-summary')) {
  customElements.define('suivi-order-summary', SuiviOrderSummary);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-summary': SuiviOrderSummary;
  }
}

export { SuiviOrderSummary };
