/** Mock-only controls of the shopper's side (not in the contract), under the API base URL. */
export const customerMockControlPaths = {
  /** GET → every message the mock would have sent, oldest first (OutboxMessage[]). */
  outbox: '/__mock/outbox',
  /** GET → text/event-stream: `message` events (an OutboxMessage each) as they are recorded, `cleared` on reset. */
  outboxEvents: '/__mock/outbox/events',
  /** POST {token?} → {expired}: share links (all, or the one with that token) expire now, for trying the expired state. */
  expireShareLinks: '/__mock/share-links/expire',
} as const;
