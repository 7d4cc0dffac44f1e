/**
 * A fresh key naming one attempt at a write: a random UUID (crypto.randomUUID, in every browser
 * and Node since 19). The client makes one per call and sends the same one on its own retries, so
 * the server acts once however many times the request travels. Make your own to retry across
 * calls (keep it with a draft, say) and pass it as `idempotencyKey`.
 *
 * @example
 * const key = newIdempotencyKey();
 * sessionStorage.setItem(`fulfil:${order.id}`, key);
 * await admin.act(order.id, 'fulfill', params, { version: order.version, idempotencyKey: key });
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
