/**
 * A fresh key naming one attempt at a write: a random UUID (crypto.randomUUID, in every browser
 * and Node since 19). The client makes one per call and sends the same one on its own retries, so
 * the server acts once however many times the request travels.
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
