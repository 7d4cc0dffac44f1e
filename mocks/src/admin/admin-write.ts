import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAY_HEADER,
  IF_MATCH_HEADER,
  IdempotencyKey,
  etagOf,
  explainIssue,
  fieldErrorsOf,
  toAdminOrderDetail,
  versionFromIfMatch,
  type AdminRefusal,
  type ApiError,
  type ConflictErrorBody,
  type FieldError,
  type Order,
  type UnprocessableErrorBody,
} from '@suivi/model';
import * as z from 'zod/mini';
import { jsonResponse } from '../http/api-responses.ts';
import { readJsonBody } from '../http/request-reading.ts';
import { refuseUnlessAdmin } from './admin-auth.ts';
import type { AdminContext } from './admin-context.ts';
import type { ActionPlan } from './actions/action-plan.ts';
import { canonicalJson } from './idempotency-store.ts';

/** An answer before it becomes a Response, so it can be recorded and given again to a retry. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function toResponse(answer: Answer, extraHeaders: Record<string, string> = {}): Response {
  return jsonResponse(answer.body, answer.status, { ...answer.headers, ...extraHeaders });
}

export function errorAnswer(status: number, code: ApiError['code'], message: string, fields?: FieldError[]): Answer {
  const body: ApiError = { code, message };
  if (fields) body.fields = fields;
  return { status, body };
}

export function refusalAnswer(refusal: AdminRefusal): Answer {
  const body: UnprocessableErrorBody = { code: 'unprocessable', message: refusal.reason, refusal };
  return { status: 422, body };
}

export function conflictAnswer(current: Order): Answer {
  const body: ConflictErrorBody = {
    code: 'conflict',
    message: `The order changed since the version this change was based on; it is at version ${current.version} now.`,
    current,
  };
  return { status: 409, body, headers: { etag: etagOf(current.version) } };
}

export function notFoundAnswer(): Answer {
  return errorAnswer(404, 'not_found', 'No order with this id.');
}

/** 200 with the order as staff see it and what they may do next; the ETag is its version. */
export function detailAnswer(order: Order): Answer {
  return { status: 200, body: toAdminOrderDetail(order), headers: { etag: etagOf(order.version) } };
}

/** Applies a checked plan through the store (one version bump, listeners told), then its outside effects. */
export function commitPlan(context: AdminContext, order: Order, plan: Extract<ActionPlan, { ok: true }>): Order {
  const updated = context.store.update(order.id, plan.apply) ?? order;
  if (updated !== order) plan.after?.(updated);
  return updated;
}

/** The Idempotency-Key of a request, or the answer refusing it. */
export function idempotencyKeyOf(request: Request): { ok: true; key: string } | { ok: false; answer: Answer } {
  const key = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (key === null) {
    return {
      ok: false,
      answer: errorAnswer(400, 'invalid_input', `Send an ${IDEMPOTENCY_KEY_HEADER} header (e.g. a UUID) so a retry cannot act twice.`, [
        { path: IDEMPOTENCY_KEY_HEADER, message: 'Required' },
      ]),
    };
  }
  const parsed = z.safeParse(IdempotencyKey, key);
  if (!parsed.success) {
    return { ok: false, answer: errorAnswer(400, 'invalid_input', `The ${IDEMPOTENCY_KEY_HEADER} header is not valid.`, fieldErrorsOf(parsed.error.issues.map((issue) => ({ ...issue, path: [IDEMPOTENCY_KEY_HEADER] })))) };
  }
  return { ok: true, key };
}

/**
 * Gives the recorded answer to a retry, refuses a key reused for another request, or else
 * computes the answer, records it and gives it. Everything between the lookup and the record is
 * synchronous, so two copies of one request arriving together still act once.
 */
export function answerOnce(context: AdminContext, key: string, fingerprint: string, compute: () => Answer): Response {
  const recorded = context.idempotency.get(key);
  if (recorded) {
    if (recorded.fingerprint !== fingerprint) {
      return toResponse(
        refusalAnswer({ code: 'idempotency_key_reused', reason: `This ${IDEMPOTENCY_KEY_HEADER} was already used for a different request; use a new key for a new request.` }),
      );
    }
    return toResponse(recorded, { [IDEMPOTENT_REPLAY_HEADER.toLowerCase()]: 'true' });
  }
  const answer = compute();
  context.idempotency.record(key, { fingerprint, status: answer.status, body: answer.body, headers: answer.headers ?? {} });
  return toResponse(answer);
}

/** How one kind of order write reads its body and decides what to do. */
export interface OrderWrite<Params> {
  schema: z.ZodMiniType<Params>;
  /** What a 400 says about the body. */
  invalidMessage: string;
  plan(order: Order, params: Params): ActionPlan;
}

/**
 * The common path of every write to one order (actions, tags, notes): admin key, Idempotency-Key
 * and If-Match headers, the JSON body, then — once per key — the order (404), the body against
 * its schema (400), the version (409 with the current order), the plan (422 with the refusal)
 * and the change (200 with the order and its allowed actions).
 */
export async function handleOrderWrite<Params>(request: Request, context: AdminContext, orderId: string, write: OrderWrite<Params>): Promise<Response> {
  const refusal = refuseUnlessAdmin(request, context.adminKey, context.tokens);
  if (refusal) return refusal;
  const idempotency = idempotencyKeyOf(request);
  if (!idempotency.ok) return toResponse(idempotency.answer);
  const ifMatch = request.headers.get(IF_MATCH_HEADER);
  if (ifMatch === null) {
    return toResponse(
      errorAnswer(428, 'invalid_input', `Send ${IF_MATCH_HEADER} with the order version this change is based on, so it cannot overwrite a change you have not seen.`, [
        { path: IF_MATCH_HEADER, message: 'Required' },
      ]),
    );
  }
  const version = versionFromIfMatch(ifMatch);
  if (version === null) {
    return toResponse(errorAnswer(400, 'invalid_input', `${IF_MATCH_HEADER} must be an order version, e.g. "12".`, [{ path: IF_MATCH_HEADER, message: 'Expected an order version' }]));
  }
  const body = await readJsonBody(request, { allowEmpty: true });
  if (!body.ok) return body.response;
  const input = body.value ?? {};
  const fingerprint = canonicalJson([request.method, new URL(request.url).pathname, version, input]);

  return answerOnce(context, idempotency.key, fingerprint, () => {
    const order = context.store.getById(orderId);
    if (!order) return notFoundAnswer();
    const parsed = z.safeParse(write.schema, input, { error: explainIssue });
    if (!parsed.success) return errorAnswer(400, 'invalid_input', write.invalidMessage, fieldErrorsOf(parsed.error.issues));
    if (version !== order.version) return conflictAnswer(order);
    const plan = write.plan(order, parsed.data);
    if (!plan.ok) return refusalAnswer(plan.refusal);
    return detailAnswer(commitPlan(context, order, plan));
  });
}
