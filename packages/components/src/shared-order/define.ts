import '../order-summary/define.ts';
import '../order-timeline/define.ts';
import { SuiviSharedOrder } from './suivi-shared-order.ts';

// The page renders the timeline (with its maps) and the summary, so defining it defines them too.
if (!customElements.get('suivi-shared-order')) {
  customElements.define('suivi-shared-order', SuiviSharedOrder);
}

declare global {
  interface HTMLElementTagNameMap {
    'suivi-shared-order': SuiviSharedOrder;
  }
}

export { SuiviSharedOrder };
