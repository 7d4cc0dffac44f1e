import { SHARED_ORDER_EVENT_NAME, toSharedView, type Order, type SharedOrderEvent } from '@suivi/model';
import { eventStreamBody } from '../http/event-stream-body.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { ShareLinkBook } from './share-link-book.ts';

/** One SSE message: `event: shared-order`, the order's version as id, the redacted view as data. */
export function sharedOrderFrame(order: Order): string {
  const event: SharedOrderEvent = { version: order.version, at: order.updatedAt, order: toSharedView(order) };
  return `event: ${SHARED_ORDER_EVENT_NAME}\nid: ${order.version}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Longest wait a timer takes (about 24.8 days); a link that lives longer is checked again then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The text/event-stream body behind a share link: the shared view first (unless the client has
 * this version already), then the view after every change. The stream ends when the link stops
 * working, revoked or expired, at that moment: the client's reconnection then learns why (404 or
 * 410) and says so, instead of showing an order the link no longer opens.
 */
export function sharedOrderStream(
  store: Pick<OrderStore, 'getById' | 'subscribe'>,
  links: ShareLinkBook,
  token: string,
  lastEventId: number | null,
  signal: AbortSignal | undefined,
  now: () => number,
): ReadableStream<Uint8Array> {
  return eventStreamBody(signal, ({ send, end }) => {
    const opened = links.open(token);
    if (opened.state !== 'active') {
      end();
      return () => {};
    }
    const { orderId } = opened.record;
    const stillWorks = () => links.open(token).state === 'active';
    const unsubscribeOrder = store.subscribe(orderId, ({ order }) => (stillWorks() ? send(sharedOrderFrame(order)) : end()));
    const unsubscribeLinks = links.subscribe((change) => {
      if (change.type === 'cleared' || (change.type !== 'created' && change.record.link.token === token)) end();
    });
    let expiryTimer: ReturnType<typeof setTimeout> | undefined;
    const watchExpiry = () => {
      const left = Date.parse(opened.record.link.expiresAt) - now();
      expiryTimer = setTimeout(() => (stillWorks() ? watchExpiry() : end()), Math.max(0, Math.min(left, MAX_TIMER_MS)));
      (expiryTimer as { unref?: () => void }).unref?.();
    };
    watchExpiry();
    send('retry: 3000\n\n');
    const current = store.getById(orderId);
    if (current && (lastEventId === null || lastEventId < current.version)) send(sharedOrderFrame(current));
    return () => {
      unsubscribeOrder();
      unsubscribeLinks();
      clearTimeout(expiryTimer);
    };
  });
}
