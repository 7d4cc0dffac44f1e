import { SuiviOrderLookup } from './suivi-order-lookup.ts';

export { SuiviOrderLookup };

// Guarded so that two bundles on one page (or a hot reload) do not throw on a second define.
if (!customElements.get('suivi-order-lookup')) customElements.define('suivi-order-lookup', SuiviOrderLookup);

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-lookup': SuiviOrderLookup;
  }
}
