/**
 * Paths of the HTTP contract, relative to the API base URL (e.g. `/api`). Shared by the SDK,
 * the mock and the OpenAPI generator so that none of them spells a path on its own.
 */
export const API_VERSION = 'v1';

export const paths = {
  /** POST LookupRequest → 200 LookupResponse | 400 | 404 | 429 */
  lookup: '/v1/lookup',
  /** GET (Bearer token) → 200 CustomerOrderView | 401 | 404 */
  order: (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}`,
  /** GET (Bearer token) → text/event-stream of OrderEvent; honours Last-Event-ID. */
  orderEvents: (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}/events`,
} as const;

/** Path templates as OpenAPI writes them. */
export const pathTemplates = {
  lookup: '/v1/lookup',
  order: '/v1/orders/{orderId}',
  orderEvents: '/v1/orders/{orderId}/events',
} as const;

/** Name of the server-sent event carrying an OrderEvent. */
export const ORDER_EVENT_NAME = 'order';
