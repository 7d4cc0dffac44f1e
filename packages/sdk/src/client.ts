import type {
  CustomerOrderView,
  CreateReturnRequest,
  CreateShareLinkRequest,
  NotificationPreferences,
  NotificationSettings,
  OrderEvent,
  ReturnRequest,
  ShareLink,
  SharedOrderView,
} from '@suivi/model';
import { notificationMethods, orderLookupMethods, orderWatchMethods, returnMethods, sharedOrderMethods, shareLinkMethods } from './client-parts.ts';
import { createTransport, type RequestOptions, type SuiviClientOptions } from './client-transport.ts';
import type { SharedOrderWatchHandlers } from './customer/share-links.ts';
import type { OrderAccess, OrderSession } from './order-access.ts';
import type { OrderWatchHandlers, WatchOptions } from './watch-order.ts';

export { DEFAULT_TIMEOUT_MS, type RequestOptions, type SuiviClientOptions } from './client-transport.ts';

/**
 * The typed client of the Suivi HTTP contract (v1). Every method validates what the server
 * answers against @suivi/model and fails with a SuiviError carrying a stable `code`.
 */
export interface SuiviClient {
  /**
   * Verifies a shopper by order number and e-mail (POST /v1/lookup). Input that cannot be valid
   * is refused locally with `invalid_input` before any request, since each attempt counts
   * against the rate limit; for the same reason this is never retried automatically.
   *
   * @example
   * const session = await client.lookupOrder({ orderNumber: '#1001', email: 'camille@example.fr' });
   * renderOrder(session.order);
   */
  lookupOrder(input: { orderNumber: string; email: string }, options?: RequestOptions): Promise<OrderSession>;

  /**
   * Reads the order an access token opens (GET /v1/orders/{id}), retrying network failures and
   * server errors up to twice.
   *
   * @example
   * const order = await client.getOrder(session, { signal });
   */
  getOrder(access: OrderAccess, options?: RequestOptions): Promise<CustomerOrderView>;

  /**
   * Follows the order live (server-sent events over fetch, token in the Authorization header).
   * Reconnects with backoff and resumes with Last-Event-ID; stops on abort, on the returned
   * function, or on a fatal error (`unauthorized`, `token_expired`, `not_found`, …).
   *
   * @example
   * const stop = client.watchOrder(session, {
   *   onEvent: (event) => render(event.order),
   *   onStatus: (status) => (badge.live = status === 'open'),
   *   onError: (error) => console.warn(error.code),
   * });
   * // later
   * stop();
   */
  watchOrder(access: OrderAccess, handlers: OrderWatchHandlers, options?: WatchOptions): () => void;

  /**
   * The same live events as an async iterable; the loop ends when the signal aborts and throws
   * on a fatal error.
   *
   * @example
   * for await (const event of client.orderEvents(session, { signal })) render(event.order);
   */
  orderEvents(access: OrderAccess, options?: WatchOptions): AsyncIterable<OrderEvent>;

  /**
   * Makes a link that shows the order's progress, items and map to whoever opens it, and never
   * addresses, payment, e-mail, phone or prices (POST /v1/orders/{id}/share-links). It works for
   * `expiresInDays` (default 7, at most 30) unless revoked. The attempt is named with an
   * Idempotency-Key (`idempotencyKey`, or a fresh one) so retries make one link; a "Try again"
   * after a lost answer passes the same key and gets the link already made.
   *
   * @example
   * const link = await client.createShareLink(session, { expiresInDays: 7 });
   * await navigator.clipboard.writeText(link.url);
   */
  createShareLink(access: OrderAccess, options?: CreateShareLinkRequest, requestOptions?: RequestOptions & { idempotencyKey?: string }): Promise<ShareLink>;

  /**
   * The order's share links that were not revoked, newest first; expired ones are included so a
   * page can say so.
   *
   * @example
   * const links = await client.listShareLinks(session);
   */
  listShareLinks(access: OrderAccess, options?: RequestOptions): Promise<ShareLink[]>;

  /**
   * Stops sharing: the link answers `not_found` from now on, and open shared pages are told.
   *
   * @example
   * await client.revokeShareLink(session, link.id);
   */
  revokeShareLink(access: OrderAccess, linkId: string, options?: RequestOptions): Promise<ShareLink>;

  /**
   * Reads the shared view a share link opens, with the share token only (no lookup, no access
   * token). Fails with `link_expired` (410) for an expired link and `not_found` for a revoked or unknown one.
   *
   * @example
   * const token = new URL(location.href).searchParams.get('share');
   * const shared = await client.getSharedOrder(token);
   */
  getSharedOrder(shareToken: string, options?: RequestOptions): Promise<SharedOrderView>;

  /**
   * Follows the shared view live; stops (after reporting `link_expired` or `not_found`) when the
   * link expires or is revoked.
   *
   * @example
   * const stop = client.watchSharedOrder(token, { onEvent: (event) => render(event.order) });
   */
  watchSharedOrder(shareToken: string, handlers: SharedOrderWatchHandlers, options?: WatchOptions): () => void;

  /**
   * Asks to send delivered items back (POST /v1/orders/{id}/returns), naming the attempt with an
   * Idempotency-Key (`idempotencyKey`, or a fresh one) so retries file one return. The shop's rules decide:
   * a refusal is an UnprocessableError whose `refusal.code` is `not_delivered`,
   * `quantity_exceeds_returnable`, `return_window_closed`, `not_returnable` or `unknown_line_item`.
   *
   * @example
   * const created = await client.requestReturn(session, {
   *   items: [{ lineItemId: 'li_…', quantity: 1 }],
   *   reason: 'too_small',
   *   comment: 'One size up would fit',
   * });
   */
  requestReturn(access: OrderAccess, request: CreateReturnRequest, options?: RequestOptions & { idempotencyKey?: string }): Promise<ReturnRequest>;

  /**
   * Which channels status updates go to, and whether SMS is possible (GET …/notifications).
   *
   * @example
   * const settings = await client.getNotificationSettings(session);
   */
  getNotificationSettings(access: OrderAccess, options?: RequestOptions): Promise<NotificationSettings>;

  /**
   * Opts in or out of e-mail and SMS updates (PUT …/notifications, both channels each time).
   * SMS without a phone number on the order is refused with `refusal.code` `no_phone`.
   *
   * @example
   * await client.setNotificationPreferences(session, { email: true, sms: true });
   */
  setNotificationPreferences(access: OrderAccess, preferences: NotificationPreferences, options?: RequestOptions): Promise<NotificationSettings>;
}

/**
 * Creates a client for one API. Make one per page and share it (the components take it through
 * @lit/context).
 *
 * @example
 * const client = createSuiviClient({ baseUrl: '/api' });
 * const session = await client.lookupOrder({ orderNumber: '1001', email: 'camille@example.fr' });
 * const stop = client.watchOrder(session, { onEvent: (event) => render(event.order) });
 */
export function createSuiviClient(options: SuiviClientOptions): SuiviClient {
  const transport = createTransport(options);
  return {
    ...orderLookupMethods(transport),
    ...orderWatchMethods(transport),
    ...shareLinkMethods(transport),
    ...sharedOrderMethods(transport),
    ...returnMethods(transport),
    ...notificationMethods(transport),
  };
}
