import * as z from 'zod/mini';

/**
 * Registers a schema under a stable name so the OpenAPI generator emits it as a named
 * component (`#/components/schemas/<id>`) with its description, instead of inlining it.
 */
/* @__NO_SIDE_EFFECTS__ */
export function named<T extends z.ZodMiniType>(schema: T, id: string, description: string): T {
  z.globalRegistry.add(schema, { id, description });
  return schema;
}

/** Attaches a description to a schema without naming it. */
/* @__NO_SIDE_EFFECTS__ */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/** ISO 8601 date-time with an offset, as every timestamp in the contract is written. */
export const Timestamp = /* @__PURE__ */ described(z.iso.datetime({ offset: true }), 'ISO 8601 date-time, e.g. 2026-11-21T14:03:00Z');

/** ISO 8601 calendar date (no time): used for estimated delivery days. */
export const CalendarDate = /* @__PURE__ */ described(z.iso.date(), 'ISO 8601 calendar date, e.g. 2026-11-24');

export const NonEmptyString = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(2000));
