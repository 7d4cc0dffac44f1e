import * as z from 'zod/mini';
import { Timestamp, named } from './schema-meta.ts';

export const TIMELINE_KINDS = [
  'order_placed',
  'payment_authorized',
  'payment_paid',
  'payment_failed',
  'payment_refunded',
  'payment_voided',
  'fulfillment_held',
  'fulfillment_released',
  'shipment_created',
  'shipment_status',
  'return_requested',
  'return_status',
  'order_cancelled',
  'order_archived',
  'staff_note',
] as const;
export const TimelineKind = /* @__PURE__ */ z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKind>;

/**
 * One entry in the order's history. Entries carry a kind and data, not a sentence, so each
 * client words them in its own language. `internal` entries (staff notes) are staff-only.
 */
export const TimelineEntry = /* @__PURE__ */ named(
  z.object({
    id: z.string(),
    at: Timestamp,
    kind: TimelineKind,
    /** The status reached, for *_status kinds (a DeliveryStatus or ReturnStatus). */
    status: z.nullable(z.string()),
    shipmentId: z.nullable(z.string()),
    internal: z.boolean(),
  }),
  'TimelineEntry',
  'One event in the order\'s history.',
);
export type TimelineEntry = z.infer<typeof TimelineEntry>;
