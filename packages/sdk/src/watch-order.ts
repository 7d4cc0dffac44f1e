import { ORDER_EVENT_NAME, paths, validateOrderEvent, type OrderEvent } from '@suivi/model';
import { watchEventStream, type EventDecoder, type StreamWatchHandlers, type WatchOptions } from './event-stream-watch.ts';
import type { OrderAccess } from './order-access.ts';
import { bearer, type Transport } from './transport.ts';
import { parseJsonBody, validateResponse } from './validate-response.ts';

export { isFatalWatchError, type WatchOptions, type WatchStatus } from './event-stream-watch.ts';

/** What a customer's order watch reports: validated order events (the order after a change, and what changed). */
export type OrderWatchHandlers = StreamWatchHandlers<OrderEvent>;

/** `order` events, validated against OrderEvent; anything else on the stream is not ours to handle. */
const decodeOrderEvent: EventDecoder<OrderEvent> = (message, status) =>
  message.type === ORDER_EVENT_NAME ? validateResponse(validateOrderEvent, parseJsonBody(message.data, status), status) : null;

/**
 * Follows an order's live events (GET /v1/orders/{id}/events with its access token), reconnecting
 * until stopped; see watchEventStream. Returns a function that stops it.
 */
export function watchOrder(transport: Transport, access: OrderAccess, handlers: OrderWatchHandlers, options: WatchOptions = {}): () => void {
  return watchEventStream(transport, { path: paths.orderEvents(access.orderId), headers: bearer(access.token) }, decodeOrderEvent, handlers, options);
}
