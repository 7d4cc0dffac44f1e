import * as z from 'zod/mini';
import { strictBody } from './admin-request-body.ts';
import type { CustomerRefusal } from './customer-refusal.ts';
import { LineItemQuantity } from './line-item.ts';
import type { Order } from './order.ts';
import type { ReturnRequest } from './return.ts';
import { named } from './schema-meta.ts';
import type { LineItemKind, ReturnStatus } from './statuses.ts';
import { eachLineItemOnce, explainsOtherReason } from './validation-rules.ts';

/** Why the shopper sends items back; the free-text comment says more (and is required for `other`). */
export const RETURN_REASON_CODES = ['too_small', 'too_large', 'damaged', 'wrong_item', 'not_as_described', 'changed_mind', 'other'] as const;
export const ReturnReasonCode = /* @__PURE__ */ named(z.enum(RETURN_REASON_CODES), 'ReturnReasonCode', 'Why the items are sent back.');
export type ReturnReasonCode = z.infer<typeof ReturnReasonCode>;

/** Days after delivery during which a return can be requested, unless the shop says otherwise. */
export const DEFAULT_RETURN_WINDOW_DAYS = 30;

export const MAX_RETURN_COMMENT_LENGTH = 500;

/** POST /v1/orders/{orderId}/returns */
export const CreateReturnRequest = /* @__PURE__ */ named(
  /* @__PURE__ */ strictBody({
    items: /* @__PURE__ */ z.array(LineItemQuantity).check(
      z.minLength(1, 'Choose at least one item to return'),
      z.maxLength(50, 'At most 50 items'),
      z.refine(eachLineItemOnce, 'Each line item at most once'),
    ),
    reason: ReturnReasonCode,
    /** The shopper's own words; rendered as text only. */
    comment: z.optional(z.nullable(/* @__PURE__ */ z.string().check(z.maxLength(MAX_RETURN_COMMENT_LENGTH, `At most ${MAX_RETURN_COMMENT_LENGTH} characters`)))),
  }).check(
    z.refine(explainsOtherReason, {
      message: 'Say why in a few words when the reason is "other"',
      path: ['comment'],
    }),
  ),
  'CreateReturnRequest',
  'Items and quantities to send back, and why.',
);
export type CreateReturnRequest = z.infer<typeof CreateReturnRequest>;

/** Returns whose items are on their way back or back already: their units cannot be returned twice. Declined ones free them. */
export const RETURN_STATUSES_HOLDING_ITEMS: readonly ReturnStatus[] = ['requested', 'in_progress', 'returned'];

/** Where one line item stands for a return. */
export interface ReturnEligibility {
  lineItemId: string;
  kind: LineItemKind;
  ordered: number;
  /** Units in shipments the carrier reported delivered. */
  delivered: number;
  /** Units already in a requested, in-progress or completed return. */
  inReturns: number;
  /** What a new return may still include: delivered − inReturns (0 when blocked). */
  returnable: number;
  /** When the window closes for this item (its latest delivery + the window), or null when unknown or not delivered. */
  windowClosesAt: string | null;
  /** Why nothing can be returned, or null when `returnable` > 0. */
  blocked: 'not_returnable' | 'not_delivered' | 'return_window_closed' | 'all_in_returns' | null;
}

export interface ReturnPolicy {
  /** "Now", in epoch milliseconds. */
  now: number;
  /** The window in days, or null when the caller does not know it (a page leaves that rule to the server). */
  windowDays: number | null;
}

const DAY_MS = 86_400_000;

/**
 * What the shopper may send back, item by item: delivered units (counted from delivered
 * shipments) minus units already in open or accepted returns, within the return window from the
 * item's latest delivery. Digital items and gift cards are never returnable. The mock enforces it
 * and the return form offers exactly this, so both read the rule from one place.
 */
export function returnEligibility(order: Pick<Order, 'lineItems' | 'shipments' | 'returns'>, policy: ReturnPolicy): ReturnEligibility[] {
  const delivered = new Map<string, number>();
  const lastDelivery = new Map<string, number>();
  for (const shipment of order.shipments) {
    if (shipment.status !== 'delivered') continue;
    const at = shipment.deliveredAt ? Date.parse(shipment.deliveredAt) : Number.NaN;
    for (const { lineItemId, quantity } of shipment.lineItems) {
      delivered.set(lineItemId, (delivered.get(lineItemId) ?? 0) + quantity);
      if (Number.isFinite(at)) lastDelivery.set(lineItemId, Math.max(lastDelivery.get(lineItemId) ?? 0, at));
    }
  }
  const inReturns = unitsInReturns(order.returns);
  return order.lineItems.map((item): ReturnEligibility => {
    const deliveredUnits = Math.min(item.quantity, delivered.get(item.id) ?? 0);
    const held = inReturns.get(item.id) ?? 0;
    const lastAt = lastDelivery.get(item.id);
    const windowClosesAt = policy.windowDays !== null && lastAt !== undefined ? new Date(lastAt + policy.windowDays * DAY_MS).toISOString() : null;
    const base = { lineItemId: item.id, kind: item.kind, ordered: item.quantity, delivered: deliveredUnits, inReturns: held, windowClosesAt };
    if (item.kind !== 'physical') return { ...base, returnable: 0, blocked: 'not_returnable' };
    if (deliveredUnits === 0) return { ...base, returnable: 0, blocked: 'not_delivered' };
    if (windowClosesAt !== null && policy.now >= Date.parse(windowClosesAt)) return { ...base, returnable: 0, blocked: 'return_window_closed' };
    const returnable = Math.max(0, deliveredUnits - held);
    return { ...base, returnable, blocked: returnable > 0 ? null : 'all_in_returns' };
  });
}

/** Units per line item in returns that hold them (requested, in progress or returned). */
export function unitsInReturns(returns: readonly Pick<ReturnRequest, 'status' | 'items'>[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const request of returns) {
    if (!RETURN_STATUSES_HOLDING_ITEMS.includes(request.status)) continue;
    for (const { lineItemId, quantity } of request.items) units.set(lineItemId, (units.get(lineItemId) ?? 0) + quantity);
  }
  return units;
}

function refusal(code: CustomerRefusal['code'], reason: string, details: Partial<Omit<CustomerRefusal, 'code' | 'reason'>> = {}): CustomerRefusal {
  return { code, reason, lineItemId: details.lineItemId ?? null, returnableQuantity: details.returnableQuantity ?? null, windowClosedAt: details.windowClosedAt ?? null };
}

/**
 * The first rule a return request breaks, item by item in the order given, or null when it may
 * be accepted. Checked in the order a shopper can act on: an item that is not on the order, one
 * that is never returnable, one not delivered yet, one past its window, then the quantity.
 */
export function refuseReturn(
  order: Pick<Order, 'lineItems' | 'shipments' | 'returns'>,
  request: Pick<CreateReturnRequest, 'items'>,
  policy: ReturnPolicy & { windowDays: number },
): CustomerRefusal | null {
  const eligibility = new Map(returnEligibility(order, policy).map((entry) => [entry.lineItemId, entry]));
  for (const { lineItemId, quantity } of request.items) {
    const item = eligibility.get(lineItemId);
    if (!item) return refusal('unknown_line_item', `Line item ${lineItemId} is not on this order.`, { lineItemId });
    if (item.blocked === 'not_returnable') return refusal('not_returnable', 'Digital items and gift cards cannot be returned.', { lineItemId, returnableQuantity: 0 });
    if (item.blocked === 'not_delivered') return refusal('not_delivered', 'Only delivered items can be returned; this one has not been delivered yet.', { lineItemId, returnableQuantity: 0 });
    if (item.blocked === 'return_window_closed') {
      return refusal('return_window_closed', `The ${policy.windowDays}-day return window for this item has closed.`, { lineItemId, returnableQuantity: 0, windowClosedAt: item.windowClosesAt });
    }
    if (quantity > item.returnable) {
      return refusal(
        'quantity_exceeds_returnable',
        `Only ${item.returnable} of this item can be returned (${item.delivered} delivered, ${item.inReturns} already in a return).`,
        { lineItemId, returnableQuantity: item.returnable },
      );
    }
  }
  return null;
}
