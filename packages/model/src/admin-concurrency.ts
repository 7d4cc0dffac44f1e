import * as z from 'zod/mini';
import { described } from './schema-meta.ts';

/**
 * Admin writes carry two headers. `If-Match` holds the order version the change was decided on
 * (optimistic concurrency: a stale version gets 409 with the current order). `Idempotency-Key`
 * names the attempt: a retry with the same key gets the first answer again and has no second
 * effect (one shipment, one e-mail to the customer).
 */
export const IF_MATCH_HEADER = 'If-Match';
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set on an answer replayed for a retried Idempotency-Key. */
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed';

/** 8 to 255 characters: letters, digits and `-_.:`; a UUID fits. */
export const IdempotencyKey = /* @__PURE__ */ described(
  /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9\-_.:]{8,255}$/, 'Expected 8 to 255 letters, digits or -_.:')),
  'A client-chosen key naming one attempt at a write, e.g. a UUID.',
);

/** The ETag of an order version: a strong entity tag, `"12"`. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/** The version an If-Match header names (`"12"`, `12` or `W/"12"`), or null when it names none. */
export function versionFromIfMatch(header: string | null): number | null {
  if (header === null) return null;
  const match = /^\s*(?:W\/)?"?(\d{1,12})"?\s*$/.exec(header);
  if (!match) return null;
  const version = Number(match[1]);
  return version >= 1 ? version : null;
}
