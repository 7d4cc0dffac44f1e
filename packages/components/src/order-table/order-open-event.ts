/**
 * Fired by `<suivi-order-table>` when the merchant opens an order: Enter on its row, or a click
 * on its order number. The page (or, later, the table's own detail panel) shows the order.
 */
export class OrderOpenEvent extends Event {
  static readonly eventName = 'suivi-order-open' as const;

  /** The opened order's id. */
  readonly orderId: string;

  constructor(orderId: string) {
    super(OrderOpenEvent.eventName, { bubbles: true, composed: true });
    this.orderId = orderId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suivi-order-open': OrderOpenEvent;
  }
}
