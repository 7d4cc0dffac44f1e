import {
  BULK_ACTION_REQUESTS,
  BulkAction,
  explainIssue,
  fieldErrorsOf,
  type AdminActionParams,
  type BulkActionParams,
  type BulkActionResponse,
  type BulkItemResult,
  type Order,
} from '@suivi/model';
import * as z from 'zod/mini';
import { readJsonBody } from '../http/request-reading.ts';
import { refuseUnlessAdmin } from './admin-auth.ts';
import { actionEnvOf, type AdminContext } from './admin-context.ts';
import { answerOnce, commitPlan, errorAnswer, toResponse } from './admin-write.ts';
import type { ActionEnv, ActionPlan } from './actions/action-plan.ts';
import { planAdminAction } from './actions/plan-admin-action.ts';
import { planEditTags } from './actions/tag-note-actions.ts';
import { canonicalJson } from './idempotency-store.ts';

/** The per-order plan of a bulk action: the same rules as the single-order endpoints. */
function planBulkItem(action: BulkAction, order: Order, params: BulkActionParams, env: ActionEnv): ActionPlan {
  switch (action) {
    case 'add_tags':
      return planEditTags(order, { add: (params as BulkActionParams<'add_tags'>).tags });
    case 'remove_tags':
      return planEditTags(order, { remove: (params as BulkActionParams<'remove_tags'>).tags });
    case 'fulfill': {
      const { carrier, notifyCustomer } = params as BulkActionParams<'fulfill'>;
      return planAdminAction(order, 'fulfill', { carrier, notifyCustomer } satisfies AdminActionParams<'fulfill'>, env);
    }
    default:
      return planAdminAction(order, action, params as AdminActionParams, env);
  }
}

/**
 * POST /v1/admin/orders/bulk/{action}: the action on each selected order, each on its own (one
 * refused or changed-since order does not stop the others), with a result per order. The body's
 * idempotencyKey covers the whole request: a retry gets the same results and changes nothing.
 */
export async function handleBulk(request: Request, context: AdminContext, actionName: string): Promise<Response> {
  const refusal = refuseUnlessAdmin(request, context.adminKey, context.tokens);
  if (refusal) return refusal;
  const action = z.safeParse(BulkAction, actionName);
  if (!action.success) return toResponse(errorAnswer(404, 'not_found', `No bulk action ${actionName}.`));
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const parsed = z.safeParse(BULK_ACTION_REQUESTS[action.data], body.value, { error: explainIssue });
  if (!parsed.success) return toResponse(errorAnswer(400, 'invalid_input', 'Check the selection and the parameters.', fieldErrorsOf(parsed.error.issues)));
  const { orders, idempotencyKey, ...params } = parsed.data;
  const fingerprint = canonicalJson([request.method, new URL(request.url).pathname, body.value]);
  const env = actionEnvOf(context);

  return answerOnce(context, idempotencyKey, fingerprint, () => {
    const results = orders.map((ref): BulkItemResult => {
      const order = context.store.getById(ref.id);
      if (!order) return { id: ref.id, ok: false, code: 'not_found', reason: 'No order with this id.' };
      if (order.version !== ref.version) {
        return { id: ref.id, ok: false, code: 'conflict', reason: `The order changed since version ${ref.version}; it is at version ${order.version} now.` };
      }
      const plan = planBulkItem(action.data, order, params, env);
      if (!plan.ok) return { id: ref.id, ok: false, code: plan.refusal.code, reason: plan.refusal.reason };
      return { id: ref.id, ok: true, version: commitPlan(context, order, plan).version };
    });
    const answer: BulkActionResponse = { action: action.data, results };
    return { status: 200, body: answer };
  });
}
