import { fieldErrorsOf, paths, validateCustomerOrderView, validateLookupRequest, validateLookupResponse, type CustomerOrderView } from '@suivi/model';
import { InvalidInputError } from '../errors.ts';
import type { OrderAccess, OrderSession } from '../order-access.ts';
import { bearer, requestJson, type Transport } from '../transport.ts';

/**
 * POST /v1/lookup: verifies a shopper by order number and e-mail. Input that cannot be valid is
 * refused here with `invalid_input` before any request, since each attempt counts against the
 * rate limit; for the same reason a lookup is never retried automatically (a bare POST never is).
 */
export async function lookupOrder(transport: Transport, input: { orderNumber: string; email: string }, signal?: AbortSignal): Promise<OrderSession> {
  const request = { orderNumber: input.orderNumber, email: input.email };
  const checked = validateLookupRequest(request);
  if (!checked.success) {
    throw new InvalidInputError('Check the order number and e-mail', fieldErrorsOf(checked.error.issues), null);
  }
  const response = await requestJson(transport, { method: 'POST', path: paths.lookup, validate: validateLookupResponse, body: request, signal });
  return { orderId: response.order.id, token: response.token, expiresAt: response.expiresAt, order: response.order };
}

/** GET /v1/orders/{id} with the access token; the transport retries network failures and server errors. */
export function getOrder(transport: Transport, access: OrderAccess, signal?: AbortSignal): Promise<CustomerOrderView> {
  return requestJson(transport, { method: 'GET', path: paths.order(access.orderId), validate: validateCustomerOrderView, headers: bearer(access.token), signal });
}
