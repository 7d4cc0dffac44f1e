import { ORDER_EVENT_NAME, toCustomerView, type Order, type OrderChange, type OrderEvent } from '@suivi/model';
import type { OrderStore } from '../store/order-store.ts';
import { eventStreamBody } from './event-stream-body.ts';


/** One SSE message: `event: order`, the order's version as id, the OrderEvent as data. */
export function orderEventFrame(order: Order, changes: OrderChange[]): string {
  const event: OrderEvent = { version: order.version, at: order.updatedAt, changes, order: toCustomerView(order) };
  // JSON.stringify escapes newlines inside strings, so the data fits on one `data:` line.
  return `event: ${ORDER_EVENT_NAME}\nid: ${order.version}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Last-Event-ID as a version number, or null when absent or not one of ours. */
export function parseLastEventId(header: string | null): number | null {
  if (header === null || !/^\d{1,15}$/.test(header.trim())) return null;
  return Number(header.trim());
}

/**
 * The text/event-stream body for one order: the current order first unless the client
 * already has this version (Last-Event-ID), then every change, and a comment every 15 s so
 * proxies keep the connection open. Everything is released when the client goes away.
 */
export function orderEventsStream(store: Pick<OrderStore, 'getById' | 'subscribe'>, orderId: string, lastEventId: number | null, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  return eventStreamBody(signal, ({ send }) => {
    const unsubscribe = store.subscribe(orderId, ({ order, changes }) => send(orderEventFrame(order, changes)));
    send('retry: 3000\n\n');
    const current = store.getById(orderId);
    if (current && (lastEventId === null || lastEventId < current.version)) send(orderEventFrame(current, [{ kind: 'order_updated' }]));
    return unsubscribe;
  });
}
