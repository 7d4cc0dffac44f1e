import type { LineItem } from './line-item.ts';
import type { FulfillmentHold } from './order.ts';
import type { Shipment } from './shipment.ts';
import { type FulfillmentStatus, type PaymentStatus, isPaid } from './statuses.ts';

export interface FulfillmentInput {
  lineItems: readonly Pick<LineItem, 'id' | 'quantity' | 'kind'>[];
  shipments: readonly Pick<Shipment, 'lineItems'>[];
  fulfillmentHold: FulfillmentHold | null;
  paymentStatus: PaymentStatus;
}

/** How many units of each line item have shipped so far. */
export function shippedQuantities(shipments: readonly Pick<Shipment, 'lineItems'>[]): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const shipment of shipments) {
    for (const { lineItemId, quantity } of shipment.lineItems) {
      shipped.set(lineItemId, (shipped.get(lineItemId) ?? 0) + quantity);
    }
  }
  return shipped;
}

/** Physical units still waiting to ship, per line item (only items with some left). */
export function unshippedQuantities(input: Pick<FulfillmentInput, 'lineItems' | 'shipments'>): Map<string, number> {
  const shipped = shippedQuantities(input.shipments);
  const left = new Map<string, number>();
  for (const item of input.lineItems) {
    if (item.kind !== 'physical') continue;
    const remaining = item.quantity - (shipped.get(item.id) ?? 0);
    if (remaining > 0) left.set(item.id, remaining);
  }
  return left;
}

/**
 * The fulfilment status, derived rather than stored by hand: a hold wins; otherwise it
 * counts units fulfilled, where physical units are fulfilled by shipments and digital items
 * and gift cards fulfil themselves once the order is paid.
 */
export function deriveFulfillmentStatus(input: FulfillmentInput): FulfillmentStatus {
  if (input.fulfillmentHold) return input.fulfillmentHold.kind;
  const shipped = shippedQuantities(input.shipments);
  const paid = isPaid(input.paymentStatus);
  let total = 0;
  let done = 0;
  for (const item of input.lineItems) {
    total += item.quantity;
    if (item.kind === 'physical') done += Math.min(item.quantity, shipped.get(item.id) ?? 0);
    else if (paid) done += item.quantity;
  }
  if (total === 0 || done === 0) return 'unfulfilled';
  return done >= total ? 'fulfilled' : 'partially_fulfilled';
}
