import { KEEP_ALIVE_MS } from '../http/order-events-stream.ts';
import type { Outbox } from '../store/outbox.ts';

/**
 * GET /__mock/outbox/events: a `message` event for each message the mock records from now on (an
 * OutboxMessage as JSON), and `cleared` when the mock is reset. For a page or a terminal that
 * wants to watch who is told what (`curl -N …/__mock/outbox/events`).
 */
export function outboxEventsStream(outbox: Outbox, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let release = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          release();
        }
      };
      const unsubscribe = outbox.subscribe((event) =>
        send(event.type === 'recorded' ? `event: message\nid: ${event.message.id}\ndata: ${JSON.stringify(event.message)}\n\n` : 'event: cleared\ndata: {}\n\n'),
      );
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
      (keepAlive as { unref?: () => void }).unref?.();
      const onAbort = () => {
        release();
        try {
          controller.close();
        } catch {
          // Already closed.
        }
      };
      release = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(keepAlive);
        signal?.removeEventListener('abort', onAbort);
      };
      signal?.addEventListener('abort', onAbort);
      send('retry: 3000\n\n');
      if (signal?.aborted) onAbort();
    },
    cancel() {
      release();
    },
  });
}
