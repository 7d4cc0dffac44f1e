import type { OrderSession } from '@suivi/sdk';

/**
 * Fired by `<suivi-order-lookup>` when the order number and e-mail matched an order. The
 * session carries the access token, so it lives on the event object (in memory) and is never
 * serialised into a `detail` a page might log or put in a URL.
 */
export class OrderFoundEvent extends Event {
  static readonly eventName = 'suivi-order-found' as const;

  /** The verified session: order id, short-lived token, its expiry, and the order. */
  readonly session: OrderSession;

  constructor(session: OrderSession) {
    super(OrderFoundEvent.eventName, { bubbles: true, composed: true });
    this.session = session;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'suivi-order-found': OrderFoundEvent;
  }
}
