import { KEEP_ALIVE_MS } from '../http/order-events-stream.ts';
import type { AdminEventFeed } from './admin-event-feed.ts';

/**
 * The text/event-stream body of GET /v1/admin/events. It opens with the current event id (an
 * `id:` line without data, which sets the client's Last-Event-ID without an event), so a client
 * that loaded the list just before can resume from here without a gap; then it replays what a
 * resuming client missed (or tells it to resync), then streams every change, with a keep-alive
 * comment every 15 s. Everything is released when the client goes away.
 */
export function adminEventsStream(feed: AdminEventFeed, lastEventId: number | null, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
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
      const resumption = feed.resumeAfter(lastEventId);
      send(lastEventId === null ? `retry: 3000\nid: ${feed.lastId}\n\n` : 'retry: 3000\n\n');
      if (resumption.kind === 'resync') send(resumption.frame);
      else for (const frame of resumption.frames) send(frame);
      const unsubscribe = feed.subscribe(send);
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
      (keepAlive as { unref?: () => void }).unref?.();
      const onAbort = () => {
        release();
        try {
          controller.close();
        } catch {
          // Already closed or errored: nothing left to do.
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
      if (signal?.aborted) onAbort();
    },
    cancel() {
      release();
    },
  });
}
