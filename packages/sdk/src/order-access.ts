import type { CustomerOrderView } from '@suivi/model';

/**
 * What proves the shopper may see one order: a short-lived bearer token scoped to it. Keep it in
 * memory (or sessionStorage at most); it is sent as an Authorization header, never in a URL.
 */
export interface OrderAccess {
  orderId: string;
  token: string;
  /** ISO 8601; after this the API answers `token_expired` and the shopper looks the order up again. */
  expiresAt: string;
}

/** A successful lookup: the access to the order and the order as it was at that moment. */
export interface OrderSession extends OrderAccess {
  order: CustomerOrderView;
}
