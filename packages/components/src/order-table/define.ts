import { SuiviOrderTable } from './suivi-order-table.ts';

/** Registers <suivi-order-table>, unless another copy of the kit on the page already did. */
if (!customElements.get('suivi-order-table')) {
  customElements.define('suivi-order-table', SuiviOrderTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-table': SuiviOrderTable;
  }
}

export { SuiviOrderTable };
