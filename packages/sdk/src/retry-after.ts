/**
 * Reads a Retry-After header, which RFC 9110 allows as either delay-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2026 07:28:00 GMT`). Returns whole seconds from `now` (never negative),
 * or null when the header is missing or unreadable, so the caller can fall back to the body.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  // Only a date with letters in it: Date.parse also accepts bare numbers like "-5" or "1.5".
  if (!/[a-z]/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}
