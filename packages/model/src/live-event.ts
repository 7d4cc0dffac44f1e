import * as z from 'zod/mini';
import { Timestamp, named } from './schema-meta.ts';
import { DeliveryStatus } from './statuses.ts';
import { CustomerOrderView } from './views.ts';

/** What changed, so a client can announce it without diffing the whole order. */
export const OrderChange = /* @__PURE__ */ named(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('shipment_status'), shipmentId: z.string(), status: DeliveryStatus }),
    z.object({ kind: z.literal('order_updated') }),
  ]),
  'OrderChange',
  'A summary of one change.',
);
export type OrderChange = z.infer<typeof OrderChange>;

/**
 * A server-sent event on /v1/orders/{id}/events (event name `order`). Its SSE `id` is the
 * order's version, so a reconnect with Last-Event-ID gets the current order only if it moved on.
 */
export const OrderEvent = /* @__PURE__ */ named(
  z.object({
    version: z.int(),
    at: Timestamp,
    changes: z.array(OrderChange),
    order: CustomerOrderView,
  }),
  'OrderEvent',
  'The order after a change, with what changed.',
);
export type OrderEvent = z.infer<typeof OrderEvent>;
