import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

export const PAYMENT_STATUSES = [
  'pending',
  'authorized',
  'paid',
  'partially_paid',
  'partially_refunded',
  'refunded',
  'voided',
  'expired',
] as const;
export const PaymentStatus = /* @__PURE__ */ named(z.enum(PAYMENT_STATUSES), 'PaymentStatus', 'Where the money stands.');
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const PAYMENT_METHODS = ['card', 'paypal', 'apple_pay', 'bank_transfer', 'cash_on_delivery', 'gift_card'] as const;
export const PaymentMethod = /* @__PURE__ */ named(z.enum(PAYMENT_METHODS), 'PaymentMethod', 'How the shopper chose to pay.');
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const FULFILLMENT_STATUSES = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'scheduled', 'on_hold'] as const;
export const FulfillmentStatus = /* @__PURE__ */ named(
  z.enum(FULFILLMENT_STATUSES),
  'FulfillmentStatus',
  'Derived from shipments and line items (see deriveFulfillmentStatus); scheduled and on_hold come from a fulfilment hold.',
);
export type FulfillmentStatus = z.infer<typeof FulfillmentStatus>;

/**
 * What a carrier reports for one shipment. `exception` is a carrier-reported failure
 * (lost, damaged, returned to sender) that is neither in transit nor delivered.
 */
export const DELIVERY_STATUSES = [
  'confirmed',
  'in_transit',
  'out_for_delivery',
  'attempted_delivery',
  'delivered',
  'exception',
] as const;
export const DeliveryStatus = /* @__PURE__ */ named(z.enum(DELIVERY_STATUSES), 'DeliveryStatus', 'A shipment\'s delivery status as reported by its carrier.');
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const RETURN_STATUSES = ['requested', 'in_progress', 'returned', 'declined'] as const;
export const ReturnStatus = /* @__PURE__ */ named(z.enum(RETURN_STATUSES), 'ReturnStatus', 'Where a return request stands.');
export type ReturnStatus = z.infer<typeof ReturnStatus>;

export const ORDER_STATES = ['open', 'archived', 'cancelled'] as const;
export const OrderState = /* @__PURE__ */ named(z.enum(ORDER_STATES), 'OrderState', 'Open, archived (done) or cancelled.');
export type OrderState = z.infer<typeof OrderState>;

export const LINE_ITEM_KINDS = ['physical', 'digital', 'gift_card'] as const;
export const LineItemKind = /* @__PURE__ */ named(z.enum(LINE_ITEM_KINDS), 'LineItemKind', 'Physical goods ship; digital items and gift cards are delivered electronically once paid.');
export type LineItemKind = z.infer<typeof LineItemKind>;

/** Payment statuses in which the merchant holds the money (digital goods may be released). */
export const SETTLED_PAYMENT_STATUSES: readonly PaymentStatus[] = ['paid', 'partially_refunded'];
export function isPaid(status: PaymentStatus): boolean {
  return SETTLED_PAYMENT_STATUSES.includes(status);
}
