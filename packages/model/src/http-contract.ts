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
  /** GET (Bearer token) → 200 ShareLinkList; POST CreateShareLinkRequest (+ Idempotency-Key: a retry gets the same link) → 201 ShareLink */
  orderShareLinks: (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}/share-links`,
  /** DELETE (Bearer token) → 200 ShareLink (revoked) | 404 */
  orderShareLink: (orderId: string, linkId: string) => `/v1/orders/${encodeURIComponent(orderId)}/share-links/${encodeURIComponent(linkId)}`,
  /** GET (no credentials but the share token itself) → 200 SharedOrderView | 404 | 410 link_expired */
  sharedOrder: (shareToken: string) => `/v1/share-links/${encodeURIComponent(shareToken)}`,
  /** GET → text/event-stream of SharedOrderEvent; ends when the link expires or is revoked. */
  sharedOrderEvents: (shareToken: string) => `/v1/share-links/${encodeURIComponent(shareToken)}/events`,
  /** POST CreateReturnRequest (Bearer token) → 201 Return | 400 | 422 CustomerUnprocessableError */
  orderReturns: (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}/returns`,
  /** GET → 200 NotificationSettings; PUT SetNotificationPreferencesRequest → 200 NotificationSettings | 422 no_phone */
  orderNotifications: (orderId: string) => `/v1/orders/${encodeURIComponent(orderId)}/notifications`,
} as const;

/** Path templates as OpenAPI writes them. */
export const pathTemplates = {
  lookup: '/v1/lookup',
  order: '/v1/orders/{orderId}',
  orderEvents: '/v1/orders/{orderId}/events',
  orderShareLinks: '/v1/orders/{orderId}/share-links',
  orderShareLink: '/v1/orders/{orderId}/share-links/{linkId}',
  sharedOrder: '/v1/share-links/{shareToken}',
  sharedOrderEvents: '/v1/share-links/{shareToken}/events',
  orderReturns: '/v1/orders/{orderId}/returns',
  orderNotifications: '/v1/orders/{orderId}/notifications',
} as const;

/**
 * The admin half (Authorization: Bearer <admin key>). Writes send If-Match (the order version)
 * and Idempotency-Key; see admin-concurrency.ts.
 */
export const adminPaths = {
  /** GET ?AdminOrderListQuery → 200 AdminOrderList | 400 | 401 | 403 */
  orders: '/v1/admin/orders',
  /** GET → 200 AdminOrderDetail (ETag: the version) | 401 | 403 | 404 */
  order: (orderId: string) => `/v1/admin/orders/${encodeURIComponent(orderId)}`,
  /** POST the action's params → 200 AdminOrderDetail | 400 | 409 ConflictError | 422 UnprocessableError | 428 */
  orderAction: (orderId: string, action: string) => `/v1/admin/orders/${encodeURIComponent(orderId)}/actions/${encodeURIComponent(action)}`,
  /** PUT SetTagsRequest (replace) or POST EditTagsRequest (add/remove) → 200 AdminOrderDetail */
  orderTags: (orderId: string) => `/v1/admin/orders/${encodeURIComponent(orderId)}/tags`,
  /** POST AddStaffNoteRequest → 200 AdminOrderDetail */
  orderNotes: (orderId: string) => `/v1/admin/orders/${encodeURIComponent(orderId)}/notes`,
  /** POST BulkActionRequest → 200 BulkActionResponse */
  bulk: (action: string) => `/v1/admin/orders/bulk/${encodeURIComponent(action)}`,
  /** GET ?AdminOrderExportQuery → text/csv, streamed */
  exportCsv: '/v1/admin/orders/export.csv',
  /** GET → text/event-stream of AdminOrderEvent (and AdminResyncEvent); honours Last-Event-ID. */
  events: '/v1/admin/events',
  /** GET → 200 AdminCarrierList */
  carriers: '/v1/admin/carriers',
} as const;

/** Admin path templates as OpenAPI writes them. */
export const adminPathTemplates = {
  orders: '/v1/admin/orders',
  exportCsv: '/v1/admin/orders/export.csv',
  bulk: '/v1/admin/orders/bulk/{action}',
  order: '/v1/admin/orders/{orderId}',
  orderAction: '/v1/admin/orders/{orderId}/actions/{action}',
  orderTags: '/v1/admin/orders/{orderId}/tags',
  orderNotes: '/v1/admin/orders/{orderId}/notes',
  events: '/v1/admin/events',
  carriers: '/v1/admin/carriers',
} as const;

/** Name of the server-sent event carrying an OrderEvent. */
export const ORDER_EVENT_NAME = 'order';
