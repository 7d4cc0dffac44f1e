import { CreateReturnRequest, ReturnRequest, explainIssue, fieldErrorsOf, paths } from '@suivi/model';
import * as z from 'zod/mini';
import { InvalidInputError } from '../errors.ts';
import type { OrderAccess } from '../order-access.ts';
import { bearer, requestJson, type Transport } from '../transport.ts';

/**
 * POST /v1/orders/{id}/returns. A request that cannot be valid (no item, a reason of "other"
 * without a word) is refused here with `invalid_input`; one the shop's rules refuse comes back as
 * UnprocessableError whose `refusal` names the rule. Never retried: a second try could file two returns.
 */
export function requestReturn(transport: Transport, access: OrderAccess, request: CreateReturnRequest, signal?: AbortSignal): Promise<ReturnRequest> {
  const checked = z.safeParse(CreateReturnRequest, request, { error: explainIssue });
  if (!checked.success) throw new InvalidInputError('Check the return request', fieldErrorsOf(checked.error.issues), null);
  return requestJson(transport, { method: 'POST', path: paths.orderReturns(access.orderId), schema: ReturnRequest, headers: bearer(access.token), body: checked.data, signal });
}
