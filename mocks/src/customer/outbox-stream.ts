import { eventStreamBody } from '../http/event-stream-body.ts';
import type { Outbox } from '../store/outbox.ts';

/**
 * GET /__mock/outbox/events: a `message` event for each message the mock records from now on (an
 * OutboxMessage as JSON), and `cleared` when the mock is reset. For a page or a terminal that
 * wants to watch who is told what (`curl -N …/__mock/outbox/events`).
 */
export function outboxEventsStream(outbox: Outbox, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  return eventStreamBody(signal, ({ send }) => {
    const unsubscribe = outbox.subscribe((event) =>
      send(event.type === 'recorded' ? `event: message\nid: ${event.message.id}\ndata: ${JSON.stringify(event.message)}\n\n` : 'event: cleared\ndata: {}\n\n'),
    );
    send('retry: 3000\n\n');
    return unsubscribe;
  });
}
