import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, IdempotencyKey } from '@suivi/model';
import * as z from 'zod/mini';
import { canonicalJson } from '../admin/idempotency-store.ts';
import { apiErrorResponse, jsonResponse } from '../http/api-responses.ts';
import type { CustomerContext } from './customer-context.ts';

/** One shopper write, as the handler would answer it the first time. */
export interface CustomerWrite {
  /** What the write is, for the key's scope and for the refusal's wording ("return request", "share link"). */
  kind: string;
  orderId: string;
  /** The request once checked; a retry must send the same one. */
  request: unknown;
  /** Does the write and says what to answer. Called at most once per key. */
  act(): { status: number; body: unknown };
}

/**
 * Answers a shopper's write (filing a return, making a share link) once per Idempotency-Key, so a
 * retry after a lost answer makes nothing more: the same key with the same request gets the first
 * answer again (with `Idempotent-Replayed: true`); the same key with a different request is a 400
 * naming the header. The key is optional (older clients send none) and checked when present.
 */
export function answerCustomerWriteOnce(context: CustomerContext, request: Request, write: CustomerWrite): Response {
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) {
    const answer = write.act();
    return jsonResponse(answer.body, answer.status);
  }
  if (!z.safeParse(IdempotencyKey, key).success) {
    return apiErrorResponse(400, 'invalid_input', `The ${IDEMPOTENCY_KEY_HEADER} header is not valid.`, {
      fields: [{ path: IDEMPOTENCY_KEY_HEADER, message: 'Expected 8 to 255 letters, digits or -_.:' }],
    });
  }
  // Scoped by write and order: a key is one attempt at one thing, not a global name.
  const scopedKey = `${write.kind}:${write.orderId}:${key}`;
  const fingerprint = canonicalJson(write.request);
  const recorded = context.idempotency.get(scopedKey);
  if (recorded) {
    if (recorded.fingerprint !== fingerprint) {
      return apiErrorResponse(400, 'invalid_input', `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different ${write.kind}; use a new key.`, {
        fields: [{ path: IDEMPOTENCY_KEY_HEADER, message: 'Already used for a different request' }],
      });
    }
    return jsonResponse(recorded.body, recorded.status, { [IDEMPOTENT_REPLAY_HEADER.toLowerCase()]: 'true' });
  }
  const answer = write.act();
  context.idempotency.record(scopedKey, { fingerprint, status: answer.status, body: answer.body, headers: {} });
  return jsonResponse(answer.body, answer.status);
}
