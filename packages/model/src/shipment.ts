import * as z from 'zod/mini';
import { Carrier } from './carrier.ts';
import { LineItemQuantity } from './line-item.ts';
import { Place } from './place.ts';
import { CalendarDate, Timestamp, named } from './schema-meta.ts';
import { DeliveryStatus } from './statuses.ts';

export const TrackingEvent = /* @__PURE__ */ named(
  z.object({
    id: z.string(),
    at: Timestamp,
    status: DeliveryStatus,
    /** The carrier's own words; rendered as inert text. */
    description: z.string(),
    place: z.nullable(Place),
  }),
  'TrackingEvent',
  'One scan or status report from the carrier.',
);
export type TrackingEvent = z.infer<typeof TrackingEvent>;

export const Shipment = /* @__PURE__ */ named(
  z.object({
    id: z.string(),
    carrier: Carrier,
    trackingNumber: z.nullable(z.string()),
    trackingUrl: z.nullable(z.string()),
    lineItems: z.array(LineItemQuantity),
    shippedAt: Timestamp,
    /** Null for an unsupported carrier: no live status, the tracking link instead. */
    status: z.nullable(DeliveryStatus),
    estimatedDelivery: z.nullable(CalendarDate),
    deliveredAt: z.nullable(Timestamp),
    origin: Place,
    /** City-level destination only; the street address stays in the order's shipping address. */
    destination: Place,
    /** Oldest first. Empty for an unsupported carrier. */
    events: z.array(TrackingEvent),
  }),
  'Shipment',
  'A parcel sent with one carrier, with its tracking history.',
);
export type Shipment = z.infer<typeof Shipment>;
