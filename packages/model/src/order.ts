import * as z from 'zod/mini';
import { Address } from './address.ts';
import { LineItem } from './line-item.ts';
import { CurrencyCode, Money } from './money.ts';
import { ReturnRequest } from './return.ts';
import { SUPPORTED_LOCALES } from './locales.ts';
import { CalendarDate, Timestamp, named } from './schema-meta.ts';
import { Shipment } from './shipment.ts';
import { FulfillmentStatus, OrderState, PaymentMethod, PaymentStatus } from './statuses.ts';
import { TimelineEntry } from './timeline.ts';

export const Customer = /* @__PURE__ */ named(
  z.object({
    name: z.string(),
    email: z.string(),
    phone: z.nullable(z.string()),
  }),
  'Customer',
  'Who placed the order.',
);
export type Customer = z.infer<typeof Customer>;

export const Payment = /* @__PURE__ */ named(
  z.object({
    status: PaymentStatus,
    method: PaymentMethod,
    /** Card brand and last digits, wallet name, etc. Never a full card number. */
    methodDetail: z.nullable(z.string()),
    amountPaid: Money,
    amountRefunded: Money,
    /** Why the last attempt failed, in the payment provider's words. */
    failureReason: z.nullable(z.string()),
  }),
  'Payment',
  'Payment status, method and amounts.',
);
export type Payment = z.infer<typeof Payment>;

export const Totals = /* @__PURE__ */ named(
  z.object({
    subtotal: Money,
    shipping: Money,
    handling: Money,
    tax: Money,
    discount: Money,
    total: Money,
  }),
  'Totals',
  'Order totals; total = subtotal + shipping + handling + tax - discount.',
);
export type Totals = z.infer<typeof Totals>;

export const ShippingMethod = /* @__PURE__ */ named(
  z.object({ name: z.string(), price: Money }),
  'ShippingMethod',
  'The delivery option the shopper chose at checkout.',
);
export type ShippingMethod = z.infer<typeof ShippingMethod>;

/** Why fulfilment is paused: on hold (a problem to solve) or scheduled (a later date, e.g. pre-order or subscription). */
export const FulfillmentHold = /* @__PURE__ */ named(
  z.object({
    kind: z.enum(['on_hold', 'scheduled']),
    reason: z.nullable(z.string()),
    until: z.nullable(CalendarDate),
  }),
  'FulfillmentHold',
  'A pause on fulfilment.',
);
export type FulfillmentHold = z.infer<typeof FulfillmentHold>;

export const StaffNote = /* @__PURE__ */ named(
  z.object({ id: z.string(), at: Timestamp, author: z.string(), text: z.string() }),
  'StaffNote',
  'A note staff left on the order. Staff only.',
);
export type StaffNote = z.infer<typeof StaffNote>;

export const NotificationPreferences = /* @__PURE__ */ named(
  z.object({ email: z.boolean(), sms: z.boolean() }),
  'NotificationPreferences',
  'Which channels the shopper opted in to for status updates.',
);
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;

export const Locale = /* @__PURE__ */ z.enum(SUPPORTED_LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Display order number: "#" followed by digits. */
export const OrderNumber = /* @__PURE__ */ z.string().check(z.regex(/^#\d{1,12}$/, 'Expected an order number like #1001'));

/**
 * Fields of Order that views and list rows carry too. They read these constants rather than
 * `Order.shape.…`: reading `shape` is a getter call a bundler must keep, and it kept every schema
 * in the browser bundles though no page parses with them (they use the generated validators).
 */
/** Opaque and not guessable; distinct from the display order number. */
export const OrderId = /* @__PURE__ */ z.string();
/** Incremented on every change; admin writes send it back (If-Match) for optimistic concurrency. */
export const OrderVersion = /* @__PURE__ */ z.int().check(z.gte(1));
export const OrderFulfillmentHold = /* @__PURE__ */ z.nullable(FulfillmentHold);

/** The whole order as the store (and an admin) sees it. */
export const Order = /* @__PURE__ */ named(
  z.object({
    id: OrderId,
    orderNumber: OrderNumber,
    placedAt: Timestamp,
    updatedAt: Timestamp,
    locale: Locale,
    currency: CurrencyCode,
    customer: Customer,
    lineItems: z.array(LineItem),
    shippingAddress: z.nullable(Address),
    billingAddress: z.nullable(Address),
    shippingMethod: z.nullable(ShippingMethod),
    payment: Payment,
    totals: Totals,
    fulfillmentStatus: FulfillmentStatus,
    fulfillmentHold: OrderFulfillmentHold,
    shipments: z.array(Shipment),
    returns: z.array(ReturnRequest),
    state: OrderState,
    cancelledAt: z.nullable(Timestamp),
    customerNote: z.nullable(z.string()),
    staffNotes: z.array(StaffNote),
    tags: z.array(z.string()),
    notifications: NotificationPreferences,
    timeline: z.array(TimelineEntry),
    version: OrderVersion,
  }),
  'Order',
  'A whole order, as staff see it.',
);
export type Order = z.infer<typeof Order>;
