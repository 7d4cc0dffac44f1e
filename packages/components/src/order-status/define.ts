import '../order-lookup/define.ts';
import '../order-summary/define.ts';
import '../order-timeline/define.ts';
import { SuiviOrderStatus } from './suivi-order-status.ts';

export { SuiviOrderStatus };

// The page renders the lookup, summary and timeline, so defining it defines them too (above); the
// shopper's tools under the order are defined by the page itself, once an order shows (see shopper-tools.ts).
// Guarded so that two bundles on one page (or a hot reload) do not throw on a second define.
if (!customElements.get('suivi-order-status')) customElements.define('suivi-order-status', SuiviOrderStatus);

declare global {
  interface HTMLElementTagNameMap {
    'suivi-order-status': SuiviOrderStatus;
  }
}
