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

/**
 * What the mock "sent" to customers. Nothing leaves the machine: messages are recorded here, so
 * tests can check that a customer was told exactly once and the demo can show what went out.
 */
export class Outbox {
  private messages: OutboxMessage[] = [];

  record(message: OutboxMessage): void {
    this.messages.push(message);
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
  }
}
