import { SuiviOrderAdmin } from './suivi-order-admin.ts';

/** Registers <suivi-order-admin> (and, through its imports, the table and the detail panel), unless already registered. */
if (!customElements.get('suivi-order-admin')) {
  customElements.define('suivi-order-admin', SuiviOrderAdmin);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-admin': SuiviOrderAdmin;
  }
}

export { SuiviOrderAdmin };
