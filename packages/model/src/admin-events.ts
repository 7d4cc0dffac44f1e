import * as z from 'zod/mini';
import { OrderSummary } from './order-summary.ts';
import { named } from './schema-meta.ts';

/** SSE event name of an AdminOrderEvent: the same `order` as the customer stream. */
export const ADMIN_ORDER_EVENT_NAME = 'order';
/** SSE event name of an AdminResyncEvent. */
export const ADMIN_RESYNC_EVENT_NAME = 'resync';

export const ADMIN_ORDER_EVENT_KINDS = ['created', 'updated'] as const;

/**
 * One change on /v1/admin/events: an order was created or changed, and its list row now. The
 * SSE `id` is a global sequence number; a client that reconnects with Last-Event-ID gets what
 * it missed from a bounded log.
 */
export const AdminOrderEvent = /* @__PURE__ */ named(
  z.object({ kind: z.enum(ADMIN_ORDER_EVENT_KINDS), order: OrderSummary }),
  'AdminOrderEvent',
  'An order was created or changed; its admin list row as it is now.',
);
export type AdminOrderEvent = z.infer<typeof AdminOrderEvent>;

export const ADMIN_RESYNC_REASONS = ['history_gap', 'reset'] as const;

/**
 * Sent instead of a replay when the events since Last-Event-ID are no longer all known (the log
 * is bounded, or the data was reset): the client should reload what it shows.
 */
export const AdminResyncEvent = /* @__PURE__ */ named(
  z.object({ reason: z.enum(ADMIN_RESYNC_REASONS) }),
  'AdminResyncEvent',
  'Changes were missed and cannot be replayed: reload the list.',
);
export type AdminResyncEvent = z.infer<typeof AdminResyncEvent>;
