import '../order-lookup/define.ts';
import { SuiviOrderStatus } from './suivi-order-status.ts';

export { SuiviOrderStatus };

// The page opens on the lookup form, so defining it defines that too (above); the order's timeline
// and summary (shared/order-view-loader.ts) and the shopper's tools under it (shopper-tools.ts)
// are loaded by the page itself, the first as it connects, the others once an order shows.
// Guarded so that two bundles on one page (or a hot reload) do not throw on a second define.
if (!customElements.get('suivi-order-status')) customElements.define('suivi-order-status', SuiviOrderStatus);

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-status': SuiviOrderStatus;
  }
}
