/** What the bulk-action bar offers for a selection. */
export const BULK_ACTIONS = ['archive', 'unarchive', 'export'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/**
 * Fired by `<suivi-order-table>` when the merchant runs a bulk action on the selected orders.
 * The table does not act by itself: the page (or server mode) sends the request and reports a
 * result per order, so nothing happens to a selection without the page deciding it.
 */
export class BulkActionEvent extends Event {
  static readonly eventName = 'suivi-bulk-action' as const;

  /** Which action was chosen. */
  readonly action: BulkAction;
  /** The selected orders' ids, in the order they were selected ("select all matching" adds the view in its order). */
  readonly orderIds: readonly string[];

  constructor(action: BulkAction, orderIds: readonly string[]) {
    super(BulkActionEvent.eventName, { bubbles: true, composed: true });
    this.action = action;
    this.orderIds = orderIds;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suivi-bulk-action': BulkActionEvent;
  }
}
