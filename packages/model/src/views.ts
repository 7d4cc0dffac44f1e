import * as z from 'zod/mini';
import { LineItem } from './line-item.ts';
import { Locale, Order, OrderFulfillmentHold, OrderNumber } from './order.ts';
import { Timestamp, named } from './schema-meta.ts';
import { Shipment } from './shipment.ts';
import { FulfillmentStatus, OrderState } from './statuses.ts';
import { TimelineEntry } from './timeline.ts';

/**
 * What the shopper sees once verified by order number + e-mail: everything but staff notes,
 * tags and internal timeline entries.
 */
export const CustomerOrderView = /* @__PURE__ */ named(
  z.extend(z.omit(Order, { staffNotes: true, tags: true, version: true, timeline: true }), {
    view: z.literal('customer'),
    timeline: z.array(TimelineEntry),
  }),
  'CustomerOrderView',
  'The order as its verified shopper sees it: no staff notes, tags or internal entries.',
);
export type CustomerOrderView = z.infer<typeof CustomerOrderView>;

/** A line item in the shared view: no price, download link or gift card code. */
export const SharedLineItem = /* @__PURE__ */ named(
  z.pick(LineItem, { id: true, title: true, variant: true, quantity: true, kind: true, imageUrl: true }),
  'SharedLineItem',
  'A line item without prices, download links or codes.',
);
export type SharedLineItem = z.infer<typeof SharedLineItem>;

/**
 * What anyone holding a share link sees: progress, items and the map, and never addresses,
 * payment, e-mail, phone, prices, the customer's name, download links or gift card codes.
 */
export const SharedOrderView = /* @__PURE__ */ named(
  z.object({
    view: z.literal('shared'),
    orderNumber: OrderNumber,
    placedAt: Timestamp,
    locale: Locale,
    fulfillmentStatus: FulfillmentStatus,
    fulfillmentHold: OrderFulfillmentHold,
    state: OrderState,
    lineItems: z.array(SharedLineItem),
    shipments: z.array(Shipment),
    timeline: z.array(TimelineEntry),
  }),
  'SharedOrderView',
  'The redacted order behind a share link.',
);
export type SharedOrderView = z.infer<typeof SharedOrderView>;

/** Either view a shopper-facing component may be given. */
export type ShopperOrderView = CustomerOrderView | SharedOrderView;
