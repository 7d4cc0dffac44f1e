import type { Order } from './order.ts';
import type { CustomerOrderView, SharedLineItem, SharedOrderView } from './views.ts';
import { isPaid } from './statuses.ts';

/**
 * Builds the customer view by naming what to keep (an allow-list), so a field added to
 * Order later stays out of the customer's sight until someone decides it belongs there.
 */
export function toCustomerView(order: Order): CustomerOrderView {
  const paid = isPaid(order.payment.status);
  return {
    view: 'customer',
    id: order.id,
    orderNumber: order.orderNumber,
    placedAt: order.placedAt,
    updatedAt: order.updatedAt,
    locale: order.locale,
    currency: order.currency,
    customer: { ...order.customer },
    lineItems: order.lineItems.map((item) => ({
      ...item,
      downloadUrl: paid ? item.downloadUrl : null,
      giftCardCode: paid ? item.giftCardCode : null,
    })),
    shippingAddress: order.shippingAddress && { ...order.shippingAddress },
    billingAddress: order.billingAddress && { ...order.billingAddress },
    shippingMethod: order.shippingMethod && { ...order.shippingMethod },
    payment: { ...order.payment },
    totals: { ...order.totals },
    fulfillmentStatus: order.fulfillmentStatus,
    fulfillmentHold: order.fulfillmentHold && { ...order.fulfillmentHold },
    shipments: structuredClone(order.shipments),
    returns: structuredClone(order.returns),
    state: order.state,
    cancelledAt: order.cancelledAt,
    customerNote: order.customerNote,
    notifications: { ...order.notifications },
    timeline: order.timeline.filter((entry) => !entry.internal).map((entry) => ({ ...entry })),
  };
}

/** Builds the shared (redacted) view, again by allow-list. */
export function toSharedView(order: Order): SharedOrderView {
  return {
    view: 'shared',
    orderNumber: order.orderNumber,
    placedAt: order.placedAt,
    locale: order.locale,
    fulfillmentStatus: order.fulfillmentStatus,
    fulfillmentHold: order.fulfillmentHold && { kind: order.fulfillmentHold.kind, reason: null, until: order.fulfillmentHold.until },
    state: order.state,
    lineItems: order.lineItems.map(
      (item): SharedLineItem => ({
        id: item.id,
        title: item.title,
        variant: item.variant,
        quantity: item.quantity,
        kind: item.kind,
        imageUrl: item.imageUrl,
      }),
    ),
    shipments: structuredClone(order.shipments),
    timeline: order.timeline
      .filter((entry) => !entry.internal && !entry.kind.startsWith('payment_'))
      .map((entry) => ({ ...entry })),
  };
}
