import type { FulfillmentStatus, OrderDeliveryStatus, OrderState, PaymentMethod, PaymentStatus } from '@suivi/model';

/*
 * The values of each status the table filters and sorts on, in the order of an order's life
 * (which is also the sort order of a status column). They repeat the model's enums on purpose:
 * importing those at run time would bring the model's schemas and zod into the table's bundle,
 * which needs none of it. test/unit/order-table-logic.test.ts keeps both lists equal.
 */

export const PAYMENT_STATUS_VALUES: readonly PaymentStatus[] = [
  'pending',
  'authorized',
  'paid',
  'partially_paid',
  'partially_refunded',
  'refunded',
  'voided',
  'expired',
];

export const FULFILLMENT_STATUS_VALUES: readonly FulfillmentStatus[] = ['unfulfilled', 'partially_fulfilled', 'fulfilled', 'scheduled', 'on_hold'];

export const DELIVERY_STATUS_VALUES: readonly OrderDeliveryStatus[] = [
  'confirmed',
  'in_transit',
  'out_for_delivery',
  'attempted_delivery',
  'delivered',
  'exception',
  'no_tracking',
];

/** The overview strip's order: the way to the door, then what needs attention, then untracked. */
export const OVERVIEW_STATUSES: readonly OrderDeliveryStatus[] = [
  'confirmed',
  'in_transit',
  'out_for_delivery',
  'delivered',
  'attempted_delivery',
  'exception',
  'no_tracking',
];

export const PAYMENT_METHOD_VALUES: readonly PaymentMethod[] = ['card', 'paypal', 'apple_pay', 'bank_transfer', 'cash_on_delivery', 'gift_card'];

export const ORDER_STATE_VALUES: readonly OrderState[] = ['open', 'archived', 'cancelled'];

/** Single-valued columns stored as one small code per row. */
export type CodedFacet = 'paymentStatus' | 'fulfillmentStatus' | 'deliveryStatus' | 'paymentMethod' | 'state';

export const CODED_FACET_VALUES: Record<CodedFacet, readonly string[]> = {
  paymentStatus: PAYMENT_STATUS_VALUES,
  fulfillmentStatus: FULFILLMENT_STATUS_VALUES,
  deliveryStatus: DELIVERY_STATUS_VALUES,
  paymentMethod: PAYMENT_METHOD_VALUES,
  state: ORDER_STATE_VALUES,
};
