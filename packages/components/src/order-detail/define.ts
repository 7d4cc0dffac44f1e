import { SuiviOrderDetail } from './suivi-order-detail.ts';

/** Registers <suivi-order-detail>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-order-detail')) {
  customElements.define('suivi-order-detail', SuiviOrderDetail);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-detail': SuiviOrderDetail;
  }
}

export { SuiviOrderDetail };
