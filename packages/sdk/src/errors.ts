import type { AdminRefusal, CustomerRefusal, FieldError, Order } from '@suivi/model';

/**
 * Every way an SDK call can fail, as a stable code a program can branch on. It mirrors the API's
 * error codes (minus `internal`, which a client can only treat as `unavailable`) and adds what
 * only a client sees: its own timeout, a response it cannot trust, and its caller giving up.
 */
export const SUIVI_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'rate_limited',
  'unauthorized',
  'token_expired',
  'forbidden',
  'conflict',
  'unprocessable',
  'link_expired',
  'unavailable',
  'timeout',
  'unexpected_response',
  'aborted',
] as const;
export type SuiviErrorCode = (typeof SUIVI_ERROR_CODES)[number];

/**
 * A brand shared by every copy of the SDK on a page, so `isSuiviError` still recognises an error
 * when two bundles each carry their own copy of these classes and `instanceof` would say no.
 */
const SUIVI_ERROR_BRAND = Symbol.for('suivi.sdk.error');

/**
 * The base of every error the SDK throws or reports. Components show a message per `code`, never
 * per `message` (which is for developers, in English).
 *
 * @example
 * try {
 *   await client.getOrder(access);
 * } catch (error) {
 *   if (isSuiviError(error, 'token_expired')) askToLookUpAgain();
 *   else throw error;
 * }
 */
export class SuiviError extends Error {
  /** Stable code; branch on this. */
  readonly code: SuiviErrorCode;
  /** HTTP status of the response that failed, or null when there was no response. */
  readonly status: number | null;

  constructor(code: SuiviErrorCode, message: string, status: number | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SuiviError';
    this.code = code;
    this.status = status;
    Object.defineProperty(this, SUIVI_ERROR_BRAND, { value: true });
  }
}

/** The request was refused for its content; `fields` says which field and why (may be empty). */
export class InvalidInputError extends SuiviError {
  readonly fields: FieldError[];

  constructor(message: string, fields: FieldError[], status: number | null) {
    super('invalid_input', message, status);
    this.name = 'InvalidInputError';
    this.fields = fields;
  }
}

/** No such order, or (on lookup) the order number and e-mail do not match: the API does not say which, on purpose. */
export class NotFoundError extends SuiviError {
  constructor(message: string, status: number | null) {
    super('not_found', message, status);
    this.name = 'NotFoundError';
  }
}

/** Too many attempts. Wait until `retryAt` before trying again; the SDK never retries these itself. */
export class RateLimitedError extends SuiviError {
  readonly retryAfterSeconds: number;
  readonly retryAt: Date;

  constructor(message: string, retryAfterSeconds: number, status: number | null, now: number = Date.now()) {
    super('rate_limited', message, status);
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = retryAfterSeconds;
    this.retryAt = new Date(now + retryAfterSeconds * 1000);
  }
}

/**
 * The access token was refused. When `expired` (code `token_expired`) the shopper only has to
 * look the order up again; otherwise the token was never valid for this order.
 */
export class UnauthorizedError extends SuiviError {
  readonly expired: boolean;

  constructor(message: string, expired: boolean, status: number | null) {
    super(expired ? 'token_expired' : 'unauthorized', message, status);
    this.name = 'UnauthorizedError';
    this.expired = expired;
  }
}

/**
 * The API could not be reached (network failure) or answered with a server error. Worth retrying;
 * `retryAfterSeconds` is the server's hint when it gave one.
 */
export class UnavailableError extends SuiviError {
  readonly retryAfterSeconds: number | null;

  constructor(message: string, status: number | null, retryAfterSeconds: number | null = null, options?: { cause?: unknown }) {
    super('unavailable', message, status, options);
    this.name = 'UnavailableError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * An admin write was based on an order version that is no longer current: someone (or the
 * carrier clock) changed the order meanwhile, and nothing was overwritten. `current` is the order
 * as it is now, from the answer itself, to show what changed and decide again (null only when a
 * server outside the Suivi contract sent a bare 409).
 *
 * @example
 * try {
 *   await admin.act(order.id, 'cancel', { reason }, { version: order.version });
 * } catch (error) {
 *   if (isSuiviError(error, 'conflict')) showChangedOrder(error.current);
 *   else throw error;
 * }
 */
export class ConflictError extends SuiviError {
  readonly current: Order | null;

  constructor(message: string, current: Order | null, status: number | null) {
    super('conflict', message, status);
    this.name = 'ConflictError';
    this.current = current;
  }
}

/**
 * The write is well formed but refused: the order's state does not allow it (the state machine's
 * codes) or its details are impossible (more units than are left, a refund above what was paid),
 * or an idempotency key was reused for a different request. `refusal.code` is stable; word it for
 * people from your own catalogue. (Null only when a server outside the contract sent a bare 422.)
 *
 * @example
 * const error = await admin.act(id, 'fulfill', params, { version }).catch((e: unknown) => e);
 * if (isSuiviError(error, 'unprocessable') && error.refusal?.code === 'fulfillment_on_hold') offerRelease();
 */
export class UnprocessableError extends SuiviError {
  /** An admin write's refusal, or a shopper's (a return outside the rules, SMS without a phone): branch on `refusal.code`. */
  readonly refusal: AdminRefusal | CustomerRefusal | null;

  constructor(message: string, refusal: AdminRefusal | CustomerRefusal | null, status: number | null) {
    super('unprocessable', message, status);
    this.name = 'UnprocessableError';
    this.refusal = refusal;
  }
}

/** The SDK gave up waiting (its own `timeoutMs`), as opposed to the caller aborting. */
export class TimeoutError extends SuiviError {
  constructor(timeoutMs: number) {
    super('timeout', `No response within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

/**
 * The server answered something the contract does not allow. `path` is the dotted path of the
 * first offending field (`order.shipments.0.status`), or `(body)` when the body itself is unusable.
 */
export class UnexpectedResponseError extends SuiviError {
  readonly path: string;

  constructor(message: string, path: string, status: number | null, options?: { cause?: unknown }) {
    super('unexpected_response', message, status, options);
    this.name = 'UnexpectedResponseError';
    this.path = path;
  }
}

/** The caller's AbortSignal fired: nobody is waiting for the answer any more, so nothing to show. */
export class AbortedError extends SuiviError {
  constructor(options?: { cause?: unknown }) {
    super('aborted', 'The request was aborted', null, options);
    this.name = 'AbortedError';
  }
}

/** Which class a code comes with, so `isSuiviError(e, 'rate_limited')` narrows to `RateLimitedError`. */
export interface SuiviErrorByCode {
  invalid_input: InvalidInputError;
  not_found: NotFoundError;
  rate_limited: RateLimitedError;
  unauthorized: UnauthorizedError;
  token_expired: UnauthorizedError;
  forbidden: SuiviError;
  conflict: ConflictError;
  unprocessable: UnprocessableError;
  /** A share link past its expiry (410); a revoked or unknown one is `not_found`. */
  link_expired: SuiviError;
  unavailable: UnavailableError;
  timeout: TimeoutError;
  unexpected_response: UnexpectedResponseError;
  aborted: AbortedError;
}

/**
 * Tells an SDK error from anything else a promise may reject with, optionally of one code.
 *
 * @example
 * const error = await client.lookupOrder(input).catch((e: unknown) => e);
 * if (isSuiviError(error, 'rate_limited')) showRetryAt(error.retryAt);
 */
export function isSuiviError<C extends SuiviErrorCode = SuiviErrorCode>(value: unknown, code?: C): value is SuiviErrorByCode[C] {
  const branded =
    value instanceof SuiviError ||
    (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SUIVI_ERROR_BRAND] === true);
  return branded && (code === undefined || (value as SuiviError).code === code);
}
