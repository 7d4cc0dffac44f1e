import {
  IDEMPOTENCY_KEY_HEADER,
  explainIssue,
  fieldErrorsOf,
  paths,
  validateCreateReturnRequest,
  validateReturnRequest,
  type CreateReturnRequest,
  type ReturnRequest,
} from '@suivi/model';
import { newIdempotencyKey } from '../admin/idempotency-key.ts';
import { InvalidInputError } from '../errors.ts';
import type { OrderAccess } from '../order-access.ts';
import { bearer, requestJson, type Transport } from '../transport.ts';

/**
 * POST /v1/orders/{id}/returns. A request that cannot be valid (no item, a reason of "other"
 * without a word) is refused here with `invalid_input`; one the shop's rules refuse comes back as
 * UnprocessableError whose `refusal` names the rule. Each call names its attempt with an
 * Idempotency-Key (a fresh one unless `idempotencyKey` is given), so the transport may retry it
 * after a network failure or a 5xx and the server still files one return; a caller retrying a
 * failed call (a "Try again" button) passes the same key to get the first answer, not a second return.
 */
export function requestReturn(
  transport: Transport,
  access: OrderAccess,
  request: CreateReturnRequest,
  signal?: AbortSignal,
  idempotencyKey: string = newIdempotencyKey(),
): Promise<ReturnRequest> {
  const checked = validateCreateReturnRequest(request, { error: explainIssue });
  if (!checked.success) throw new InvalidInputError('Check the return request', fieldErrorsOf(checked.error.issues), null);
  return requestJson(transport, { method: 'POST', path: paths.orderReturns(access.orderId), validate: validateReturnRequest, headers: { ...bearer(access.token), [IDEMPOTENCY_KEY_HEADER]: idempotencyKey }, body: checked.data, signal });
}
