import * as z from 'zod/mini';
import { named } from './schema-meta.ts';

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

/** The one error shape every endpoint answers with. */
export const ApiError = /* @__PURE__ */ named(
  z.object({
    code: ApiErrorCode,
    message: z.string(),
    fields: z.optional(z.array(FieldError)),
    /** Seconds to wait (mirrors the Retry-After header) for rate_limited and unavailable. */
    retryAfter: z.optional(z.int()),
  }),
  'ApiError',
  'The single error shape of the API, with a stable code.',
);
export type ApiError = z.infer<typeof ApiError>;

/** Turns a zod error into field errors with dotted paths. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldError[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}
