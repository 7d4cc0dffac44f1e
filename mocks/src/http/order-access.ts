import type { Order } from '@suivi/model';
import type { TokenVault } from '../auth/token-vault.ts';
import type { OrderStore } from '../store/order-store.ts';
import { apiErrorResponse, notFoundResponse } from './api-responses.ts';
import { bearerTokenOf } from './request-reading.ts';

export type OrderAccess = { ok: true; order: Order } | { ok: false; response: Response };

const BEARER_CHALLENGE = { 'www-authenticate': 'Bearer realm="suivi"' };

/**
 * Lets a request at an order only with a valid token for that very order. A token for
 * another order gets the same 404 as an unknown id, so a token cannot probe which ids exist.
 */
export function accessOrder(request: Request, orderId: unknown, tokens: TokenVault, store: Pick<OrderStore, 'getById'>): OrderAccess {
  const token = bearerTokenOf(request);
  if (!token) return { ok: false, response: apiErrorResponse(401, 'unauthorized', 'Look up the order first: this needs its access token.', { headers: BEARER_CHALLENGE }) };
  const check = tokens.check(token);
  if (!check.ok) {
    const message = check.code === 'token_expired' ? 'The access token has expired; look up the order again.' : 'The access token is not valid.';
    return { ok: false, response: apiErrorResponse(401, check.code, message, { headers: BEARER_CHALLENGE }) };
  }
  if (typeof orderId !== 'string' || orderId !== check.orderId) return { ok: false, response: notFoundResponse() };
  const order = store.getById(orderId);
  return order ? { ok: true, order } : { ok: false, response: notFoundResponse() };
}
