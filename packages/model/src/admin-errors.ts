import * as z from 'zod/mini';
import { AdminRefusal } from './admin-refusal.ts';
import { ApiError } from './api-error.ts';
import { Order } from './order.ts';
import { named } from './schema-meta.ts';

/**
 * 409: the write was based on an older version of the order. The order as it is now comes with
 * the answer, so a client can show what changed and let staff decide again without a second
 * request; nothing is overwritten.
 */
export const ConflictErrorBody = /* @__PURE__ */ named(
  z.extend(ApiError, { code: z.literal('conflict'), current: Order }),
  'ConflictError',
  'The order changed since the version the request was based on; `current` is the order now.',
);
export type ConflictErrorBody = z.infer<typeof ConflictErrorBody>;

/** 422: the request is well formed but the order's state (or the request's details) forbid it. */
export const UnprocessableErrorBody = /* @__PURE__ */ named(
  z.extend(ApiError, { code: z.literal('unprocessable'), refusal: AdminRefusal }),
  'UnprocessableError',
  'The write is refused; `refusal.code` says why (see AdminRefusalCode).',
);
export type UnprocessableErrorBody = z.infer<typeof UnprocessableErrorBody>;
