/** A message the shop would have sent to a customer. */
export interface OutboxMessage {
  id: string;
  orderId: string;
  /** What it is about, for tests and the demo to find it: `shipped`, `tracking_added`, `cancelled`, `refunded`. */
  topic: string;
  channel: 'email' | 'sms';
  /** The e-mail address or phone number. */
  recipient: string;
  /** The text, in the order's language. */
  message: string;
  /** ISO 8601. */
  at: string;
}

/** What an outbox listener hears: one more message, or every message forgotten (the mock's reset). */
export type OutboxEvent = { type: 'recorded'; message: OutboxMessage } | { type: 'cleared' };
export type OutboxListener = (event: OutboxEvent) => void;

/**
 * What the mock "sent" to customers. Nothing leaves the machine: messages are recorded here, so
 * tests can check that a customer was told exactly once and the demo can show what went out.
 */
export class Outbox {
  private messages: OutboxMessage[] = [];
  private listeners = new Set<OutboxListener>();

  private quietDepth = 0;

  record(message: OutboxMessage): void {
    if (this.quietDepth > 0) return;
    this.messages.push(message);
    this.tell({ type: 'recorded', message });
  }

  /**
   * Runs `replay` with recording off. Changes replayed from elsewhere (a stored journal, another
   * tab's change) come with the messages they made; the listeners that would "send" them again
   * here (the status notifier) must not, so the copies' outboxes stay alike.
   */
  quietly<T>(replay: () => T): T {
    this.quietDepth++;
    try {
      return replay();
    } finally {
      this.quietDepth--;
    }
  }

  /** Hears each message as it is recorded (the demo's outbox panel, GET /__mock/outbox/events); returns the function that stops listening. */
  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Every message, oldest first (a copy). */
  all(): OutboxMessage[] {
    return [...this.messages];
  }

  forOrder(orderId: string): OutboxMessage[] {
    return this.messages.filter((message) => message.orderId === orderId);
  }

  get size(): number {
    return this.messages.length;
  }

  clear(): void {
    this.messages = [];
    this.tell({ type: 'cleared' });
  }

  private tell(event: OutboxEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A broken listener (a closed stream) must not stop a message from being recorded.
        console.error('[suivi mocks] outbox listener failed', error);
      }
    }
  }
}
