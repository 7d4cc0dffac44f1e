import { deriveFulfillmentStatus, type FulfillmentStatus, type Order } from '@suivi/model';

/** The fulfilment status an order must show, worked out from its items, shipments, hold and payment. */
export function fulfillmentStatusOf(order: Pick<Order, 'lineItems' | 'shipments' | 'fulfillmentHold' | 'payment'>): FulfillmentStatus {
  return deriveFulfillmentStatus({
    lineItems: order.lineItems,
    shipments: order.shipments,
    fulfillmentHold: order.fulfillmentHold,
    paymentStatus: order.payment.status,
  });
}
