import { SuiviSharedOrder } from './suivi-shared-order.ts';

// The page renders the timeline (with its maps) and the summary; it loads them itself as it
// connects, while the shared order is fetched (shared/order-view-loader.ts).
if (!customElements.get('suivi-shared-order')) {
  customElements.define('suivi-shared-order', SuiviSharedOrder);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-shared-order': SuiviSharedOrder;
  }
}

export { SuiviSharedOrder };
