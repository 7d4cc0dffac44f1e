import { LookupRequest, MAX_RETRY_AFTER_SECONDS, fieldErrorsOf, normalizeEmail, normalizeOrderNumber, toCustomerView, type LookupResponse } from '@suivi/model';
import * as z from 'zod/mini';
import { apiErrorResponse, jsonResponse, notFoundResponse } from './api-responses.ts';
import type { MockContext } from './mock-context.ts';
import { clientKeyOf, readJsonBody } from './request-reading.ts';

/** Compared against when the order number is unknown, so both failures do the same work. */
const NOBODY = 'nobody@invalid.example';

/**
 * Characters every e-mail comparison walks, whatever the two lengths: above the longest e-mail a
 * request may carry (254), so a comparison takes as long for the stand-in as for a stored address.
 */
export const EMAIL_COMPARE_SPAN = 256;

/**
 * POST /v1/lookup: order number + e-mail → a token scoped to that order, and the order.
 * Unknown number and wrong e-mail answer the same 404 after the same work; failed attempts
 * are limited per client and per order number.
 */
export async function handleLookup(request: Request, context: MockContext): Promise<Response> {
  const arrivedAt = performance.now();
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = z.safeParse(LookupRequest, body.value);
  if (!parsed.success) {
    return apiErrorResponse(400, 'invalid_input', 'Check the order number and e-mail.', { fields: fieldErrorsOf(parsed.error.issues) });
  }
  // LookupRequest already refused numbers that do not normalise.
  const orderNumber = normalizeOrderNumber(parsed.data.orderNumber) as string;
  const email = normalizeEmail(parsed.data.email);

  const client = clientKeyOf(request);
  const perOrderKey = `order:${orderNumber}`;
  const waitMs = Math.max(context.failuresPerClient.waitFor(client), context.failuresPerOrderNumber.waitFor(perOrderKey));
  if (waitMs > 0) {
    // Whole seconds within the contract's range (a window configured past a day is asked again then).
    const retryAfter = Math.min(Math.ceil(waitMs / 1000), MAX_RETRY_AFTER_SECONDS);
    return apiErrorResponse(429, 'rate_limited', 'Too many attempts. Wait a moment before trying again.', {
      retryAfter,
      headers: { 'retry-after': String(retryAfter) },
    });
  }

  // The same steps whether the number exists or not: one read, one normalisation, one comparison
  // over the same span, the same two failures recorded, the same answer (a unit test traces them).
  const order = context.store.getByNumber(orderNumber);
  const emailMatches = constantTimeEquals(normalizeEmail(order?.customer.email ?? NOBODY), email);
  if (!order || !emailMatches) {
    context.failuresPerClient.record(client);
    context.failuresPerOrderNumber.record(perOrderKey);
    await holdUntil(arrivedAt + context.failedLookupFloorMs);
    return notFoundResponse();
  }

  const { token, expiresAt } = context.tokens.issue(order.id);
  const answer: LookupResponse = { token, expiresAt: new Date(expiresAt).toISOString(), order: toCustomerView(order) };
  return jsonResponse(answer);
}

/**
 * Waits until `performance.now()` reaches `time`. A failed lookup's answer leaves at its floor
 * whatever the work took, so what little the two failures still differ by (an order read from
 * the store or none) is not seen from outside.
 */
async function holdUntil(time: number): Promise<void> {
  // A timer may fire a fraction of a millisecond early: wait again until the floor is reached.
  for (let wait = time - performance.now(); wait > 0; wait = time - performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/**
 * Compares without stopping at the first difference and over at least `span` characters, so the
 * time taken says nothing about how close a guess was nor how long the stored value is.
 */
export function constantTimeEquals(a: string, b: string, span = EMAIL_COMPARE_SPAN): boolean {
  const length = Math.max(span, a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return difference === 0;
}
