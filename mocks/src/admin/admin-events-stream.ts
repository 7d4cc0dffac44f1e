import { eventStreamBody } from '../http/event-stream-body.ts';
import type { AdminEventFeed } from './admin-event-feed.ts';

/**
 * The text/event-stream body of GET /v1/admin/events. It opens with the current event id (an
 * `id:` line without data, which sets the client's Last-Event-ID without an event), so a client
 * that loaded the list just before can resume from here without a gap; then it replays what a
 * resuming client missed (or tells it to resync), then streams every change, with a keep-alive
 * comment every 15 s. Everything is released when the client goes away.
 */
export function adminEventsStream(feed: AdminEventFeed, lastEventId: number | null, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  return eventStreamBody(signal, ({ send }) => {
    const resumption = feed.resumeAfter(lastEventId);
    send(lastEventId === null ? `retry: 3000\nid: ${feed.lastId}\n\n` : 'retry: 3000\n\n');
    if (resumption.kind === 'resync') send(resumption.frame);
    else for (const frame of resumption.frames) send(frame);
    return feed.subscribe(send);
  });
}
