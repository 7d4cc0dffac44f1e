/** Mock-only control paths of the admin side (not in the contract), under the API base URL. */
export const adminMockControlPaths = {
  /** POST → 201 OrderSummary: a new order arrives now (and shows up live on /v1/admin/events). */
  newOrder: '/__mock/orders/new',
} as const;
