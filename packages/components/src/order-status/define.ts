import '../notification-preferences/define.ts';
import '../order-lookup/define.ts';
import '../order-summary/define.ts';
import '../order-timeline/define.ts';
import '../return-request/define.ts';
import '../share-link/define.ts';
import { SuiviOrderStatus } from './suivi-order-status.ts';

export { SuiviOrderStatus };

// The page renders the lookup, summary, timeline and the shopper's tools, so defining it defines them too (above).
// Guarded so that two bundles on one page (or a hot reload) do not throw on a second define.
if (!customElements.get('suivi-order-status')) customElements.define('suivi-order-status', SuiviOrderStatus);

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-status': SuiviOrderStatus;
  }
}
