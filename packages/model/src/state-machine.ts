import * as z from 'zod/mini';
import { unshippedQuantities } from './fulfillment.ts';
import type { Order } from './order.ts';
import { named } from './schema-meta.ts';

export const ADMIN_ACTIONS = [
  'mark_paid',
  'capture_payment',
  'hold_fulfillment',
  'release_fulfillment',
  'fulfill',
  'add_tracking',
  'cancel',
  'refund',
  'archive',
  'unarchive',
] as const;
export const AdminAction = /* @__PURE__ */ named(z.enum(ADMIN_ACTIONS), 'AdminAction', 'A state-changing action staff can take on an order.');
export type AdminAction = z.infer<typeof AdminAction>;

/** Stable codes for why an action is refused; clients word them in their own language. */
export const REFUSAL_CODES = [
  'order_cancelled',
  'order_archived',
  'order_not_archived',
  'already_paid',
  'not_authorized',
  'payment_not_settled',
  'nothing_to_refund',
  'nothing_to_fulfill',
  'fulfillment_on_hold',
  'fulfillment_not_on_hold',
  'no_shipment_without_tracking',
  'has_shipments',
  'payment_voided',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type ActionDecision = { allowed: true } | { allowed: false; code: RefusalCode; reason: string };

const allow: ActionDecision = { allowed: true };
const refuse = (code: RefusalCode, reason: string): ActionDecision => ({ allowed: false, code, reason });

type OrderFacts = Pick<Order, 'state' | 'payment' | 'fulfillmentHold' | 'lineItems' | 'shipments'>;

/**
 * Whether staff may take an action on an order in its current state, and if not, why.
 * The mock enforces it (422 with the reason) and the admin UI offers only allowed actions.
 */
export function decideAction(order: OrderFacts, action: AdminAction): ActionDecision {
  const { state, payment } = order;
  if (action === 'unarchive') return state === 'archived' ? allow : refuse('order_not_archived', 'Only archived orders can be unarchived.');
  if (state === 'cancelled') return refuse('order_cancelled', 'The order is cancelled.');
  if (state === 'archived') return refuse('order_archived', 'The order is archived; unarchive it first.');

  switch (action) {
    case 'mark_paid':
      if (payment.status === 'voided' || payment.status === 'expired') return refuse('payment_voided', 'The payment was voided or has expired.');
      return ['pending', 'partially_paid'].includes(payment.status) ? allow : refuse('already_paid', 'The order is already paid.');
    case 'capture_payment':
      return payment.status === 'authorized' ? allow : refuse('not_authorized', 'Only an authorised payment can be captured.');
    case 'hold_fulfillment':
      if (order.fulfillmentHold) return refuse('fulfillment_on_hold', 'Fulfilment is already on hold.');
      return unshippedQuantities(order).size ? allow : refuse('nothing_to_fulfill', 'Every item has shipped.');
    case 'release_fulfillment':
      return order.fulfillmentHold ? allow : refuse('fulfillment_not_on_hold', 'Fulfilment is not on hold.');
    case 'fulfill':
      if (order.fulfillmentHold) return refuse('fulfillment_on_hold', 'Fulfilment is on hold; release it first.');
      if (!['paid', 'partially_refunded', 'authorized'].includes(payment.status) && payment.method !== 'cash_on_delivery') {
        return refuse('payment_not_settled', 'The order is not paid yet.');
      }
      return unshippedQuantities(order).size ? allow : refuse('nothing_to_fulfill', 'Every item has shipped.');
    case 'add_tracking':
      return order.shipments.some((s) => s.trackingNumber === null)
        ? allow
        : refuse('no_shipment_without_tracking', 'Every shipment already has a tracking number.');
    case 'cancel':
      return order.shipments.length ? refuse('has_shipments', 'Items have already shipped.') : allow;
    case 'refund':
      return payment.amountPaid.amount - payment.amountRefunded.amount > 0
        ? allow
        : refuse('nothing_to_refund', 'Nothing paid is left to refund.');
    case 'archive':
      return allow;
  }
}

/** Every action allowed right now, in a stable order. */
export function allowedActions(order: OrderFacts): AdminAction[] {
  return ADMIN_ACTIONS.filter((action) => decideAction(order, action).allowed);
}
