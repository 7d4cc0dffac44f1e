import {
  fieldErrorsOf,
  paths,
  validateCustomerOrderView,
  validateLookupRequest,
  validateLookupResponse,
  type CustomerOrderView,
  type CreateReturnRequest,
  type CreateShareLinkRequest,
  type NotificationPreferences,
  type NotificationSettings,
  type OrderEvent,
  type ReturnRequest,
  type ShareLink,
  type SharedOrderView,
} from '@suivi/model';
import { resolveRetryOptions, type RetryOptions } from './backoff.ts';
import { getNotificationSettings, setNotificationPreferences } from './customer/notifications.ts';
import { requestReturn } from './customer/returns.ts';
import { createShareLink, getSharedOrder, listShareLinks, revokeShareLink, watchSharedOrder, type SharedOrderWatchHandlers } from './customer/share-links.ts';
import { InvalidInputError } from './errors.ts';
import type { OrderAccess, OrderSession } from './order-access.ts';
import { orderEventStream } from './order-event-stream.ts';
import { bearer, requestJson, type Transport } from './transport.ts';
import { watchOrder, type OrderWatchHandlers, type WatchOptions } from './watch-order.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface SuiviClientOptions {
  /** Where the API lives, e.g. `/api` (relative works in browsers) or `https://shop.example/api`. */
  baseUrl: string;
  /**
   * The fetch to use. By default `globalThis.fetch`, looked up on every request, so that a fetch
   * patched later (msw/node's `server.listen()`, a test double) is still the one called.
   */
  fetch?: typeof fetch;
  /** Per request: until the JSON body is read, or until an event stream opens. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retry and reconnection pacing; the defaults suit people, tests may shorten them. */
  retry?: RetryOptions;
}

export interface RequestOptions {
  /** Abort to give up (e.g. @lit/task's signal when its arguments change); the call rejects with `aborted`. */
  signal?: AbortSignal;
}

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
   * `expiresInDays` (default 7, at most 30) unless revoked.
   *
   * @example
   * const link = await client.createShareLink(session, { expiresInDays: 7 });
   * await navigator.clipboard.writeText(link.url);
   */
  createShareLink(access: OrderAccess, options?: CreateShareLinkRequest, requestOptions?: RequestOptions): Promise<ShareLink>;

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
  const transport: Transport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: resolveRetryOptions(options.retry),
  };

  return {
    async lookupOrder(input, requestOptions = {}) {
      const request = { orderNumber: input.orderNumber, email: input.email };
      const checked = validateLookupRequest(request);
      if (!checked.success) {
        throw new InvalidInputError('Check the order number and e-mail', fieldErrorsOf(checked.error.issues), null);
      }
      const response = await requestJson(transport, {
        method: 'POST',
        path: paths.lookup,
        validate: validateLookupResponse,
        body: request,
        signal: requestOptions.signal,
      });
      return { orderId: response.order.id, token: response.token, expiresAt: response.expiresAt, order: response.order };
    },

    getOrder(access, requestOptions = {}) {
      return requestJson(transport, {
        method: 'GET',
        path: paths.order(access.orderId),
        validate: validateCustomerOrderView,
        headers: bearer(access.token),
        signal: requestOptions.signal,
      });
    },

    watchOrder(access, handlers, watchOptions) {
      return watchOrder(transport, access, handlers, watchOptions);
    },

    orderEvents(access, watchOptions) {
      return orderEventStream((handlers, opts) => watchOrder(transport, access, handlers, opts), watchOptions);
    },

    async createShareLink(access, shareOptions = {}, requestOptions = {}) {
      return createShareLink(transport, access, shareOptions, requestOptions.signal);
    },
    listShareLinks: (access, requestOptions = {}) => listShareLinks(transport, access, requestOptions.signal),
    revokeShareLink: (access, linkId, requestOptions = {}) => revokeShareLink(transport, access, linkId, requestOptions.signal),
    getSharedOrder: (shareToken, requestOptions = {}) => getSharedOrder(transport, shareToken, requestOptions.signal),
    watchSharedOrder: (shareToken, handlers, watchOptions) => watchSharedOrder(transport, shareToken, handlers, watchOptions),
    async requestReturn(access, request, requestOptions = {}) {
      return requestReturn(transport, access, request, requestOptions.signal, requestOptions.idempotencyKey);
    },
    getNotificationSettings: (access, requestOptions = {}) => getNotificationSettings(transport, access, requestOptions.signal),
    setNotificationPreferences: (access, preferences, requestOptions = {}) => setNotificationPreferences(transport, access, preferences, requestOptions.signal),
  };
}
