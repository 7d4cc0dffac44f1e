import {
  ADMIN_ACTION_PARAM_VALIDATORS,
  BULK_ACTION_REQUEST_VALIDATORS,
  IDEMPOTENCY_KEY_HEADER,
  IF_MATCH_HEADER,
  adminOrderListSearchParams,
  adminPaths,
  etagOf,
  explainIssue,
  fieldErrorsOf,
  validateAddStaffNoteRequest,
  validateAdminCarrierList,
  validateAdminOrderDetail,
  validateAdminOrderList,
  validateBulkActionResponse,
  validateEditTagsRequest,
  validateSetTagsRequest,
  type AdminAction,
  type AdminActionParams,
  type AdminOrderDetail,
  type AdminOrderExportQuery,
  type AdminOrderList,
  type AdminOrderListQuery,
  type BulkAction,
  type BulkActionParams,
  type BulkActionResponse,
  type BulkOrderRef,
  type Carrier,
  type ValidateOptions,
  type ValidationResult,
} from '@suivi/model';
import { resolveRetryOptions, type RetryOptions } from '../backoff.ts';
import type { RequestOptions } from '../client.ts';
import { InvalidInputError } from '../errors.ts';
import { EVERY_ERROR_BODY } from '../error-from-response.ts';
import type { WatchOptions } from '../event-stream-watch.ts';
import { bearer, requestJson, requestTextStream, type Transport } from '../transport.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { watchAdminOrders, type AdminWatchHandlers } from './watch-admin-orders.ts';

/** Default per-request timeout: the same as the customer client. */
const DEFAULT_ADMIN_TIMEOUT_MS = 10_000;

export interface SuiviAdminClientOptions {
  /** Where the API lives, e.g. `/api` or `https://shop.example/api`. */
  baseUrl: string;
  /** The shop's admin key, sent as `Authorization: Bearer`. Keep it out of pages shoppers can load. */
  adminKey: string;
  /** The fetch to use; by default `globalThis.fetch`, looked up on every request (so msw/node's patch is seen). */
  fetch?: typeof fetch;
  /** Per request: until the JSON body is read, or until a stream (events, CSV) opens. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retry and reconnection pacing. */
  retry?: RetryOptions;
}

/** What every write to one order carries. */
export interface WriteOptions extends RequestOptions {
  /** The order version the change is based on (OrderSummary.version, Order.version); a stale one fails with ConflictError. */
  version: number;
  /**
   * Names this attempt. Made with crypto.randomUUID when absent, and sent again by the client's
   * own retries, so a retried write has its effect once. Pass your own to retry across calls
   * (after a page reload, say) without acting twice.
   */
  idempotencyKey?: string;
}

export interface BulkOptions extends RequestOptions {
  /** As for WriteOptions: made when absent, kept across the client's retries. */
  idempotencyKey?: string;
}

/** A CSV export as it arrives: decoded text in chunks of whole rows, and the file name the server suggests. */
export interface CsvExport {
  fileName: string;
  stream: ReadableStream<string>;
}

/**
 * The typed client of the admin half of the Suivi contract. Every answer is validated against
 * @suivi/model; every failure is a SuiviError with a stable `code` (ConflictError carries the
 * current order, UnprocessableError the refusal). Writes carry the version they are based on
 * (If-Match) and an idempotency key, so they are retried safely and never overwrite unseen changes.
 */
export interface SuiviAdminClient {
  /**
   * One page of orders: search, filters, sort, cursor; with the total and facet counts.
   *
   * @example
   * const page = await admin.listOrders({ delivery: ['attempted_delivery'], sort: 'placedAt', dir: 'desc', limit: 50 });
   * const next = page.nextCursor && (await admin.listOrders({ delivery: ['attempted_delivery'], cursor: page.nextCursor }));
   */
  listOrders(query?: AdminOrderListQuery, options?: RequestOptions): Promise<AdminOrderList>;

  /**
   * One order in full (staff notes, tags, internal timeline) and the actions its state allows.
   *
   * @example
   * const { order, allowedActions, refusedActions } = await admin.getOrder(row.id);
   */
  getOrder(orderId: string, options?: RequestOptions): Promise<AdminOrderDetail>;

  /**
   * Takes an action on an order (the state machine's rules apply). Parameters are checked locally
   * first (InvalidInputError, no request). Fails with ConflictError when the order moved past
   * `version`, UnprocessableError when the action is refused.
   *
   * @example
   * const { order } = await admin.act(row.id, 'fulfill', { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true }, { version: row.version });
   */
  act<A extends AdminAction>(orderId: string, action: A, params: AdminActionParams<A>, options: WriteOptions): Promise<AdminOrderDetail>;

  /**
   * Replaces the order's tags.
   *
   * @example
   * await admin.setTags(order.id, ['vip', 'gift'], { version: order.version });
   */
  setTags(orderId: string, tags: readonly string[], options: WriteOptions): Promise<AdminOrderDetail>;

  /**
   * Adds and removes tags, leaving the others.
   *
   * @example
   * await admin.editTags(order.id, { add: ['priority'] }, { version: order.version });
   */
  editTags(orderId: string, edit: { add?: readonly string[]; remove?: readonly string[] }, options: WriteOptions): Promise<AdminOrderDetail>;

  /**
   * Adds a staff note (never shown to the customer).
   *
   * @example
   * await admin.addNote(order.id, { text: 'Customer called: leave with the neighbour.', author: 'Sophie' }, { version: order.version });
   */
  addNote(orderId: string, note: { text: string; author?: string }, options: WriteOptions): Promise<AdminOrderDetail>;

  /**
   * Applies an action to a selection, each order against the version given for it; one result per
   * order (a refused or changed order does not stop the others).
   *
   * @example
   * const { results } = await admin.bulk('archive', selected.map(({ id, version }) => ({ id, version })), {});
   * const failed = results.filter((result) => !result.ok);
   */
  bulk<A extends BulkAction>(action: A, orders: readonly BulkOrderRef[], params: BulkActionParams<A>, options?: BulkOptions): Promise<BulkActionResponse>;

  /**
   * Every order matching a filter as CSV, streamed as it is produced.
   *
   * @example
   * const { fileName, stream } = await admin.exportCsv({ payment: ['pending'] });
   * const blob = await new Response(stream.pipeThrough(new TextEncoderStream())).blob();
   * saveAs(blob, fileName);
   */
  exportCsv(query?: AdminOrderExportQuery, options?: RequestOptions): Promise<CsvExport>;

  /**
   * The carriers an order can be fulfilled with.
   *
   * @example
   * const carriers = await admin.listCarriers();
   */
  listCarriers(options?: RequestOptions): Promise<Carrier[]>;

  /**
   * Follows every order live: new orders and changes, as list rows. Open it before loading the
   * list: the stream starts at the current event, so nothing that happens while the list loads is
   * missed. Reconnects with Last-Event-ID; `onResync` says when a gap could not be filled.
   *
   * @example
   * const stop = admin.watchOrders({
   *   onEvent: ({ kind, order }) => (kind === 'created' ? table.prepend(order) : table.replace(order)),
   *   onResync: () => table.reload(),
   * });
   */
  watchOrders(handlers: AdminWatchHandlers, options?: WatchOptions): () => void;
}

/** A 400 raised before any request, for parameters that can never be valid. */
function checkLocally<T>(validate: (value: unknown, options?: ValidateOptions) => ValidationResult<T>, value: unknown, message: string): T {
  const checked = validate(value, { error: explainIssue });
  if (!checked.success) throw new InvalidInputError(message, fieldErrorsOf(checked.error.issues), null);
  return checked.data;
}

/** The file name of a Content-Disposition header, or a fallback. */
function fileNameOf(disposition: string | null): string {
  const match = disposition && /filename="([^"]+)"/.exec(disposition);
  return match ? match[1]! : 'orders.csv';
}

/**
 * Creates an admin client for one API. For back-office pages and servers, never for pages
 * shoppers load: the admin key opens every order.
 *
 * @example
 * const admin = createSuiviAdminClient({ baseUrl: '/api', adminKey: 'suivi-demo-admin-key' });
 * const page = await admin.listOrders({ payment: ['paid'], fulfillment: ['unfulfilled'] });
 * await admin.act(page.items[0].id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: page.items[0].version });
 */
export function createSuiviAdminClient(options: SuiviAdminClientOptions): SuiviAdminClient {
  const transport: Transport = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_ADMIN_TIMEOUT_MS,
    retry: resolveRetryOptions(options.retry),
    errorBody: EVERY_ERROR_BODY,
  };
  const auth = bearer(options.adminKey);

  const write = (method: 'POST' | 'PUT', path: string, body: unknown, writeOptions: WriteOptions) =>
    requestJson(transport, {
      method,
      path,
      validate: validateAdminOrderDetail,
      body,
      headers: {
        ...auth,
        [IF_MATCH_HEADER]: etagOf(writeOptions.version),
        // One key per call, made here, so every retry of this call sends the same one.
        [IDEMPOTENCY_KEY_HEADER]: writeOptions.idempotencyKey ?? newIdempotencyKey(),
      },
      signal: writeOptions.signal,
    });

  const withQuery = (path: string, query: Partial<AdminOrderListQuery>) => {
    const search = adminOrderListSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  };

  return {
    listOrders(query = {}, requestOptions = {}) {
      return requestJson(transport, { method: 'GET', path: withQuery(adminPaths.orders, query), validate: validateAdminOrderList, headers: auth, signal: requestOptions.signal });
    },

    getOrder(orderId, requestOptions = {}) {
      return requestJson(transport, { method: 'GET', path: adminPaths.order(orderId), validate: validateAdminOrderDetail, headers: auth, signal: requestOptions.signal });
    },

    async act(orderId, action, params, writeOptions) {
      const body = checkLocally(ADMIN_ACTION_PARAM_VALIDATORS[action], params ?? {}, `Check the parameters of ${action}`);
      return write('POST', adminPaths.orderAction(orderId, action), body, writeOptions);
    },

    async setTags(orderId, tags, writeOptions) {
      const body = checkLocally(validateSetTagsRequest, { tags: [...tags] }, 'Check the tags');
      return write('PUT', adminPaths.orderTags(orderId), body, writeOptions);
    },

    async editTags(orderId, edit, writeOptions) {
      const body = checkLocally(validateEditTagsRequest, { ...(edit.add ? { add: [...edit.add] } : {}), ...(edit.remove ? { remove: [...edit.remove] } : {}) }, 'Check the tags');
      return write('POST', adminPaths.orderTags(orderId), body, writeOptions);
    },

    async addNote(orderId, note, writeOptions) {
      const body = checkLocally(validateAddStaffNoteRequest, note, 'Check the note');
      return write('POST', adminPaths.orderNotes(orderId), body, writeOptions);
    },

    async bulk(action, orders, params, bulkOptions = {}) {
      const request = { ...params, orders: orders.map(({ id, version }) => ({ id, version })), idempotencyKey: bulkOptions.idempotencyKey ?? newIdempotencyKey() };
      const body = checkLocally(BULK_ACTION_REQUEST_VALIDATORS[action], request, `Check the selection and the parameters of ${action}`);
      return requestJson(transport, {
        method: 'POST',
        path: adminPaths.bulk(action),
        validate: validateBulkActionResponse,
        body,
        // The key travels in the body; the header says the same so the transport knows a retry is safe.
        headers: { ...auth, [IDEMPOTENCY_KEY_HEADER]: request.idempotencyKey },
        signal: bulkOptions.signal,
      });
    },

    async exportCsv(query = {}, requestOptions = {}) {
      const { cursor: _cursor, limit: _limit, ...filters } = query as AdminOrderListQuery;
      const { response, text } = await requestTextStream(transport, {
        path: withQuery(adminPaths.exportCsv, filters),
        headers: auth,
        accept: 'text/csv',
        signal: requestOptions.signal,
      });
      return { fileName: fileNameOf(response.headers.get('Content-Disposition')), stream: text };
    },

    async listCarriers(requestOptions = {}) {
      const list = await requestJson(transport, { method: 'GET', path: adminPaths.carriers, validate: validateAdminCarrierList, headers: auth, signal: requestOptions.signal });
      return list.carriers;
    },

    watchOrders(handlers, watchOptions) {
      return watchAdminOrders(transport, options.adminKey, handlers, watchOptions);
    },
  };
}
