import * as z from 'zod/mini';
import { described, named } from './schema-meta.ts';

/** Every error code the API answers with; stable, for programs to branch on. */
export const API_ERROR_CODES = [
  'invalid_input',
  'not_found',
  'rate_limited',
  'unauthorized',
  'token_expired',
  'forbidden',
  'conflict',
  'unprocessable',
  /** A share link past its expiry (410): the person who shared it can make a new one. */
  'link_expired',
  'unavailable',
  'internal',
] as const;
export const ApiErrorCode = /* @__PURE__ */ z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const FieldError = /* @__PURE__ */ named(
  z.object({ path: z.string(), message: z.string() }),
  'FieldError',
  'One invalid field: its dotted path and what is wrong.',
);
export type FieldError = z.infer<typeof FieldError>;

/**
 * The longest wait an error may ask for, in seconds: a day. A Retry-After is a hint for an
 * automatic retry or a "try again in …" line; an outage longer than a day is not that.
 */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

/** Seconds to wait before trying again, as whole non-negative seconds. */
export const RetryAfterSeconds = /* @__PURE__ */ described(
  /* @__PURE__ */ z.int().check(z.gte(0), z.lte(MAX_RETRY_AFTER_SECONDS)),
  'Whole seconds to wait before trying again (0 to 86 400), the same number as the Retry-After header. ' +
    'Sent with `rate_limited` (429) and, when the server knows, `unavailable` (503).',
);

/** The one error shape every endpoint answers with. */
export const ApiError = /* @__PURE__ */ named(
  z.object({
    code: /* @__PURE__ */ described(
      /* @__PURE__ */ z.enum(API_ERROR_CODES),
      'What went wrong, stable for programs to branch on; the HTTP status says the same in broader terms. ' +
        '`internal` (500) and `unavailable` (503) both mean "try again later", never "not found".',
    ),
    message: /* @__PURE__ */ described(z.string(), 'A sentence for developers and logs (English); interfaces show their own translated text for the code.'),
    fields: z.optional(
      /* @__PURE__ */ described(z.array(FieldError), 'With `invalid_input`: each invalid field of the request and what is wrong with it.'),
    ),
    /** Seconds to wait (mirrors the Retry-After header) for rate_limited and unavailable. */
    retryAfter: z.optional(RetryAfterSeconds),
  }),
  'ApiError',
  'The single error shape of the API, with a stable code.',
);
export type ApiError = z.infer<typeof ApiError>;

/** Turns a zod error into field errors with dotted paths. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}
