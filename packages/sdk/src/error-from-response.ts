import { validateAdminRefusal, validateApiError, validateCustomerRefusal, validateOrder, type AdminRefusal, type CustomerRefusal, type Order } from '@suivi/model';
import {
  ConflictError,
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  SuiviError,
  UnauthorizedError,
  UnavailableError,
  UnexpectedResponseError,
  UnprocessableError,
  type SuiviErrorCode,
} from './errors.ts';
import { parseRetryAfter } from './retry-after.ts';
import { runCheck, type ResponseCheck } from './validate-response.ts';

/** How long to wait after a 429 that gave no hint at all: long enough not to hammer the limiter. */
export const DEFAULT_RATE_LIMIT_SECONDS = 60;

/** What each status means when the body does not say (a proxy's page, an empty body). */
function codeForStatus(status: number): SuiviErrorCode | null {
  if (status >= 500) return 'unavailable';
  switch (status) {
    case 400:
      return 'invalid_input';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 410:
      return 'link_expired';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    default:
      return null;
  }
}

/** The body as JSON, or undefined when it is not JSON (a proxy's HTML page, an empty body). */
async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

/** A field of the error body checked against its shape, or null when absent or malformed. */
function extra<T>(body: unknown, field: string, check: ResponseCheck<T>): T | null {
  if (!body || typeof body !== 'object' || !(field in body)) return null;
  const result = runCheck(check, (body as Record<string, unknown>)[field]);
  return result.success ? result.data : null;
}

/**
 * The parts of an error body beyond ApiError that a client reads, each with its check. Only an
 * admin write can meet a 409 with the order as it is now (no customer endpoint answers 409), so
 * the customer client leaves `current` out and its bundle holds no validator of the whole Order.
 */
export interface ErrorBodyChecks {
  /** A 409's `current` (the order now), or null when the client has no use for it. */
  current: ResponseCheck<Order> | null;
  /** A 422's `refusal`, tried in order: the first shape that fits is kept. */
  refusals: readonly ResponseCheck<CustomerRefusal | AdminRefusal>[];
}

/** A shopper's client: its 422s carry a shopper's refusal; it is never answered 409. */
export const CUSTOMER_ERROR_BODY: ErrorBodyChecks = { current: null, refusals: [validateCustomerRefusal] };

/**
 * Every part any endpoint sends (the admin client's). A shopper's refusal is tried first: it
 * carries the item and what is still possible, which an admin parse would drop.
 */
export const EVERY_ERROR_BODY: ErrorBodyChecks = { current: validateOrder, refusals: [validateCustomerRefusal, validateAdminRefusal] };

/** The first refusal shape the body's `refusal` fits, or null. */
function refusalOf(body: unknown, checks: ErrorBodyChecks['refusals']): CustomerRefusal | AdminRefusal | null {
  for (const check of checks) {
    const refusal = extra(body, 'refusal', check);
    if (refusal) return refusal;
  }
  return null;
}

/**
 * Turns a non-2xx response into the matching SuiviError. The body's `code` wins when the body is
 * an ApiError, because it is more precise than the status (401 may be `token_expired`); otherwise
 * the status decides. Retry-After comes from the header first (what proxies and CDNs set), then
 * the body's `retryAfter`. A 409 brings the order as it is now (`current`) and a 422 the refusal
 * with its code, when the body carries them and the client reads them (`checks`).
 */
export async function readErrorResponse(response: Response, checks: ErrorBodyChecks, now: number = Date.now()): Promise<SuiviError> {
  const status = response.status;
  const raw = await readJson(response);
  const parsed = validateApiError(raw);
  const body = parsed.success ? parsed.data : null;
  const code: SuiviErrorCode | null = body ? (body.code === 'internal' ? 'unavailable' : body.code) : codeForStatus(status);
  const message = body?.message ?? `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'), now) ?? body?.retryAfter ?? null;

  switch (code) {
    case 'invalid_input':
      return new InvalidInputError(message, body?.fields ?? [], status);
    case 'not_found':
      return new NotFoundError(message, status);
    case 'rate_limited':
      return new RateLimitedError(message, retryAfterSeconds ?? DEFAULT_RATE_LIMIT_SECONDS, status, now);
    case 'unauthorized':
    case 'token_expired':
      return new UnauthorizedError(message, code === 'token_expired', status);
    case 'unavailable':
      return new UnavailableError(message, status, retryAfterSeconds);
    case 'conflict':
      return new ConflictError(message, checks.current && extra(raw, 'current', checks.current), status);
    case 'unprocessable':
      return new UnprocessableError(message, refusalOf(raw, checks.refusals), status);
    case 'link_expired':
    case 'forbidden':
      return new SuiviError(code, message, status);
    default:
      // A status the contract never uses (418, a stray 3xx): the answer cannot be trusted.
      return new UnexpectedResponseError(`Unexpected HTTP status ${status}`, '(status)', status);
  }
}

/** readErrorResponse reading every part of an error body any endpoint sends. */
export function errorFromResponse(response: Response, now: number = Date.now()): Promise<SuiviError> {
  return readErrorResponse(response, EVERY_ERROR_BODY, now);
}
