import {
  ADMIN_ORDER_EVENT_NAME,
  ADMIN_RESYNC_EVENT_NAME,
  type AdminOrderEvent,
  type AdminResyncEvent,
} from '@suivi/model';
import type { AdminOrderIndex, IndexChange } from './order-index/admin-order-index.ts';

export const DEFAULT_EVENT_LOG_SIZE = 1_000;

/** What a stream should send first to a client resuming after `lastEventId`. */
export type Resumption = { kind: 'replay'; frames: string[] } | { kind: 'resync'; frame: string };

/**
 * The admin's live events: every created or changed order gets the next number of one global
 * sequence and goes out as an SSE frame to every open stream. At least the last `capacity`
 * frames are kept (at most twice that), so a client that lost its connection gets what it missed (Last-Event-ID); one that missed
 * more than that, or whose id predates a reset, is told to resync instead of being given a gap.
 */
export class AdminEventFeed {
  private sequence = 0;
  /** Events, not frames: most are never replayed, so they are only written out when someone reads them. */
  private log: { id: number; event: AdminOrderEvent }[] = [];
  private subscribers = new Set<(frame: string) => void>();
  private readonly capacity: number;

  constructor(index: AdminOrderIndex, options: { capacity?: number } = {}) {
    this.capacity = Math.max(1, options.capacity ?? DEFAULT_EVENT_LOG_SIZE);
    index.onChange((change) => this.onIndexChange(change));
  }

  /** The id of the latest event (0 before any). */
  get lastId(): number {
    return this.sequence;
  }

  /** Frames to send a client that last saw `lastEventId` (null: a fresh client, nothing to replay). */
  resumeAfter(lastEventId: number | null): Resumption {
    if (lastEventId === null || lastEventId === this.sequence) return { kind: 'replay', frames: [] };
    const oldest = this.log[0]?.id ?? this.sequence + 1;
    if (lastEventId > this.sequence || lastEventId < oldest - 1) {
      return { kind: 'resync', frame: resyncFrame(this.sequence, 'history_gap') };
    }
    return { kind: 'replay', frames: this.log.filter((entry) => entry.id > lastEventId).map((entry) => orderFrame(entry.id, entry.event)) };
  }

  /** Receives each new frame; returns the function that stops it. */
  subscribe(subscriber: (frame: string) => void): () => void {
    this.subscribers.add(subscriber);
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  private onIndexChange(change: IndexChange): void {
    const id = ++this.sequence;
    let frame: () => string;
    if (change.kind === 'reset') {
      // Ids from before the reset describe data that no longer exists: nothing can be replayed.
      this.log = [];
      frame = () => resyncFrame(id, 'reset');
    } else {
      const event: AdminOrderEvent = { kind: change.kind, order: change.order };
      frame = () => orderFrame(id, event);
      this.log.push({ id, event });
      // Trimmed in batches, so a tick that moves thousands of orders does not shift the log once per event.
      if (this.log.length >= 2 * this.capacity) this.log = this.log.slice(-this.capacity);
    }
    if (!this.subscribers.size) return;
    const text = frame();
    for (const subscriber of [...this.subscribers]) subscriber(text);
  }
}

function orderFrame(id: number, event: AdminOrderEvent): string {
  // JSON.stringify escapes line breaks inside strings, so the data fits on one `data:` line.
  return `event: ${ADMIN_ORDER_EVENT_NAME}\nid: ${id}\ndata: ${JSON.stringify(event)}\n\n`;
}

function resyncFrame(id: number, reason: AdminResyncEvent['reason']): string {
  const event: AdminResyncEvent = { reason };
  return `event: ${ADMIN_RESYNC_EVENT_NAME}\nid: ${id}\ndata: ${JSON.stringify(event)}\n\n`;
}
