import type { ApiError, ApiErrorCode, FieldError } from '@suivi/model';

const NO_STORE = { 'cache-control': 'no-store' } as const;

/** A JSON answer. Order data is personal, so nothing is cacheable. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...NO_STORE, ...headers } });
}

/** The one error shape, with its stable code. */
export function apiErrorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: { fields?: FieldError[]; retryAfter?: number; headers?: Record<string, string> } = {},
): Response {
  const body: ApiError = { code, message };
  if (extra.fields) body.fields = extra.fields;
  if (extra.retryAfter !== undefined) body.retryAfter = extra.retryAfter;
  return jsonResponse(body, status, extra.headers);
}

/** The answer for "no such order", for unknown numbers, wrong e-mails and other people's ids alike. */
export function notFoundResponse(): Response {
  return apiErrorResponse(404, 'not_found', 'No order matches this order number and e-mail.');
}
