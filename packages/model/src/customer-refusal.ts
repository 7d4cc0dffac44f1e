import * as z from 'zod/mini';
import { ApiError } from './api-error.ts';
import { Timestamp, named } from './schema-meta.ts';

/**
 * Why a shopper's write (a return request, a notification choice) was refused (HTTP 422). Each
 * code names one rule, so a page can say exactly what to change instead of "something went wrong".
 */
export const CUSTOMER_REFUSAL_CODES = [
  /** A line item id that is not on this order. */
  'unknown_line_item',
  /** None (or not enough) of the item has been delivered yet. */
  'not_delivered',
  /** More units than were delivered minus those already in an open or accepted return. */
  'quantity_exceeds_returnable',
  /** The return window (N days after delivery) has closed for this item. */
  'return_window_closed',
  /** Digital items and gift cards are not sent back. */
  'not_returnable',
  /** SMS updates need a phone number on the order. */
  'no_phone',
] as const;
export const CustomerRefusalCode = /* @__PURE__ */ named(z.enum(CUSTOMER_REFUSAL_CODES), 'CustomerRefusalCode', "A stable reason code for a refused shopper's write.");
export type CustomerRefusalCode = z.infer<typeof CustomerRefusalCode>;

export const CustomerRefusal = /* @__PURE__ */ named(
  z.object({
    code: CustomerRefusalCode,
    /** English, for developers; pages word the refusal from `code` and the details below. */
    reason: z.string(),
    /** The line item the refusal is about, when it is about one. */
    lineItemId: z.nullable(z.string()),
    /** How many units of that item can still be returned (for quantity_exceeds_returnable, not_delivered). */
    returnableQuantity: z.nullable(/* @__PURE__ */ z.int().check(z.gte(0))),
    /** When the return window closed (for return_window_closed). */
    windowClosedAt: z.nullable(Timestamp),
  }),
  'CustomerRefusal',
  'Why a shopper request was refused: a stable code, the item it is about and what is still possible.',
);
export type CustomerRefusal = z.infer<typeof CustomerRefusal>;

/** 422 on the customer side: the request is well formed, but a rule of the shop forbids it. */
export const CustomerUnprocessableErrorBody = /* @__PURE__ */ named(
  z.extend(ApiError, { code: z.literal('unprocessable'), refusal: CustomerRefusal }),
  'CustomerUnprocessableError',
  'A shopper request refused by a rule; `refusal.code` says which.',
);
export type CustomerUnprocessableErrorBody = z.infer<typeof CustomerUnprocessableErrorBody>;
