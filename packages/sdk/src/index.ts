/**
 * @suivi/sdk — the typed HTTP client of the Suivi order API (customer and admin), for browsers and Node.
 *
 * @example
 * import { createSuiviClient, isSuiviError } from '@suivi/sdk';
 * const client = createSuiviClient({ baseUrl: '/api' });
 */
export { createSuiviClient, DEFAULT_TIMEOUT_MS, type SuiviClient, type SuiviClientOptions, type RequestOptions } from './client.ts';
export type { OrderAccess, OrderSession } from './order-access.ts';
export {
  createOrderLookupClient,
  createOrderWatchClient,
  createShareLinkClient,
  createSharedOrderClient,
  createReturnClient,
  createNotificationClient,
  type OrderLookupClient,
  type OrderWatchClient,
  type ShareLinkClient,
  type SharedOrderClient,
  type ReturnClient,
  type NotificationClient,
} from './client-parts.ts';
export { isFatalWatchError, type OrderWatchHandlers, type WatchOptions, type WatchStatus } from './watch-order.ts';
export type { SharedOrderWatchHandlers } from './customer/share-links.ts';
export {
  createSuiviAdminClient,
  type SuiviAdminClient,
  type SuiviAdminClientOptions,
  type WriteOptions,
  type BulkOptions,
  type CsvExport,
} from './admin/admin-client.ts';
export type { AdminWatchHandlers } from './admin/watch-admin-orders.ts';
export { newIdempotencyKey } from './admin/idempotency-key.ts';
export type { RetryOptions } from './backoff.ts';
export {
  SUIVI_ERROR_CODES,
  SuiviError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UnavailableError,
  TimeoutError,
  UnexpectedResponseError,
  AbortedError,
  ConflictError,
  UnprocessableError,
  isSuiviError,
  type SuiviErrorCode,
  type SuiviErrorByCode,
} from './errors.ts';
export { parseRetryAfter } from './retry-after.ts';
export { SseParser, type SseEvent, type SseParserHandlers } from './sse-parser.ts';
