import * as z from 'zod/mini';
import { Money } from './money.ts';
import { OrderId, OrderNumber, OrderVersion, type Order } from './order.ts';
import { Timestamp, named } from './schema-meta.ts';
import type { Shipment } from './shipment.ts';
import { DELIVERY_STATUSES, type DeliveryStatus, FulfillmentStatus, OrderState, PaymentMethod, PaymentStatus } from './statuses.ts';

/** Delivery status of a whole order, for the admin overview: a shipment status, or no tracking at all. */
export const ORDER_DELIVERY_STATUSES = [...DELIVERY_STATUSES, 'no_tracking'] as const;
export const OrderDeliveryStatus = /* @__PURE__ */ named(
  z.enum(ORDER_DELIVERY_STATUSES),
  'OrderDeliveryStatus',
  'The delivery status that needs attention first across an order\'s shipments, or no_tracking when none reports one.',
);
export type OrderDeliveryStatus = z.infer<typeof OrderDeliveryStatus>;

const PROGRESS_RANK: Record<Exclude<DeliveryStatus, 'attempted_delivery' | 'exception'>, number> = {
  confirmed: 0,
  in_transit: 1,
  out_for_delivery: 2,
  delivered: 3,
};

/**
 * One status for an order's delivery: a problem first (exception, then attempted delivery),
 * otherwise the least advanced tracked shipment — an order is delivered only when every
 * tracked parcel is. Orders with no tracked shipment (nothing shipped, or only carriers
 * without live status) are `no_tracking`.
 */
export function orderDeliveryStatus(shipments: readonly Pick<Shipment, 'status'>[]): OrderDeliveryStatus {
  let least: DeliveryStatus | null = null;
  let attempted = false;
  for (const { status } of shipments) {
    if (status === null) continue;
    if (status === 'exception') return 'exception';
    if (status === 'attempted_delivery') {
      attempted = true;
      continue;
    }
    if (least === null || PROGRESS_RANK[status] < PROGRESS_RANK[least as keyof typeof PROGRESS_RANK]) least = status;
  }
  if (attempted) return 'attempted_delivery';
  return least ?? 'no_tracking';
}

/** One row of the admin order list: the columns of the order table, nothing more. */
export const OrderSummary = /* @__PURE__ */ named(
  z.object({
    id: OrderId,
    orderNumber: OrderNumber,
    placedAt: Timestamp,
    customerName: z.string(),
    customerEmail: z.string(),
    total: Money,
    paymentStatus: PaymentStatus,
    paymentMethod: PaymentMethod,
    fulfillmentStatus: FulfillmentStatus,
    deliveryStatus: OrderDeliveryStatus,
    carriers: z.array(z.string()),
    trackingNumbers: z.array(z.string()),
    tags: z.array(z.string()),
    state: OrderState,
    version: OrderVersion,
  }),
  'OrderSummary',
  'An order as one row of the admin list.',
);
export type OrderSummary = z.infer<typeof OrderSummary>;

/** Projects a full order onto its admin list row. */
export function toOrderSummary(order: Order): OrderSummary {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    placedAt: order.placedAt,
    customerName: order.customer.name,
    customerEmail: order.customer.email,
    total: { ...order.totals.total },
    paymentStatus: order.payment.status,
    paymentMethod: order.payment.method,
    fulfillmentStatus: order.fulfillmentStatus,
    deliveryStatus: orderDeliveryStatus(order.shipments),
    carriers: [...new Set(order.shipments.map((s) => s.carrier.name))],
    trackingNumbers: order.shipments.flatMap((s) => (s.trackingNumber ? [s.trackingNumber] : [])),
    tags: [...order.tags],
    state: order.state,
    version: order.version,
  };
}
