import type * as z from 'zod/mini';
import { EMAIL_PATTERN, normalizeOrderNumber } from './order-number.ts';

/**
 * The model's own rules that its schemas check with `z.refine`, and the messages it words for
 * zod's issues, as named functions free of zod. The schemas call them; the validators generated
 * from the schemas (generated/validators.ts, `npm run validators`) import them by name instead of
 * copying their code, so a browser checks the same rule without loading zod.
 */

/** What a shopper types can be read as an order number ("#1001", "1001", " # 1 001 "). */
export function isOrderNumberInput(value: string): boolean {
  return normalizeOrderNumber(value) !== null;
}

/** Looks like an e-mail address once trimmed (see EMAIL_PATTERN: deliberately loose). */
export function isEmailInput(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}

/** Staff text says something: not empty once trimmed. */
export function isNotBlank(value: string): boolean {
  return value.trim().length > 0;
}

/** A list of line item quantities names each line item at most once. */
export function eachLineItemOnce(items: readonly { lineItemId: string }[]): boolean {
  return new Set(items.map((item) => item.lineItemId)).size === items.length;
}

/** A bulk selection names each order at most once. */
export function eachOrderOnce(orders: readonly { id: string }[]): boolean {
  return new Set(orders.map((order) => order.id)).size === orders.length;
}

/** A return for the reason "other" says why in a few words. */
export function explainsOtherReason(request: { reason: string; comment?: string | null }): boolean {
  return request.reason !== 'other' || (request.comment ?? '').trim().length > 0;
}

/** A refund gives either an amount or `full: true`, not both and not neither. */
export function refundsAmountOrFull(params: { amount?: number; full?: true }): boolean {
  return (params.amount === undefined) !== (params.full === undefined);
}

/** A tag edit adds or removes at least one tag. */
export function editsSomeTag(edit: { add?: readonly string[]; remove?: readonly string[] }): boolean {
  return (edit.add?.length ?? 0) + (edit.remove?.length ?? 0) > 0;
}

/**
 * The message of a request body that refuses fields it does not know (strictBody): names them,
 * so a misspelt option is found at once. Other issues keep their own message.
 */
export const explainUnknownFields: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : undefined;

/**
 * Readable messages for what zod/mini leaves as "Invalid input" (it ships no message catalogue, to
 * stay small). Pass as the parse's `error`; messages a schema sets itself still win. English, for
 * developers: UIs word field errors from the path and their own catalogue.
 */
export const explainIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1 ? `Expected ${JSON.stringify(issue.values[0])}` : `Expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? 'Required' : `Expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `At least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? `At least ${String(issue.minimum)} character(s)` : `At least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `At most ${String(issue.maximum)} item(s)` : issue.origin === 'string' ? `At most ${String(issue.maximum)} character(s)` : `At most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `Expected ${issue.format === 'datetime' ? 'an ISO 8601 date-time with an offset' : issue.format === 'date' ? 'an ISO 8601 date' : `the ${issue.format} format`}`;
    case 'invalid_union':
      return 'Not any of the accepted forms';
    default:
      return undefined;
  }
};
