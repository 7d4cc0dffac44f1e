import * as z from 'zod/mini';
import { explainUnknownFields, isNotBlank } from './validation-rules.ts';

/**
 * A request body object that refuses fields it does not know. Admin writes change orders, so a
 * misspelt `notifyCustomr: false` must be a 400 naming the field, not a silently ignored
 * option that ends up e-mailing the customer.
 */
/* @__NO_SIDE_EFFECTS__ */
export function strictBody<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, { error: explainUnknownFields });
}

/** A staff member's free text (a hold reason, a cancellation reason, a note): trimmed, not blank, bounded. */
/* @__NO_SIDE_EFFECTS__ */
export function staffText(max: number) {
  return /* @__PURE__ */ z.string().check(
    z.maxLength(max, `At most ${max} characters`),
    z.refine(isNotBlank, 'Must not be blank'),
  );
}
