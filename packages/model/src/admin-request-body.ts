import * as z from 'zod/mini';

/**
 * A request body object that refuses fields it does not know. Admin writes change orders, so a
 * misspelt `notifyCustomr: false` must be a 400 naming the field, not a silently ignored
 * option that ends up e-mailing the customer.
 */
export function strictBody<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}` : undefined),
  });
}

/** A staff member's free text (a hold reason, a cancellation reason, a note): trimmed, not blank, bounded. */
export function staffText(max: number) {
  return z.string().check(
    z.maxLength(max, `At most ${max} characters`),
    z.refine((value) => value.trim().length > 0, 'Must not be blank'),
  );
}

/**
 * Readable messages for what zod/mini leaves as "Invalid input" (it ships no message catalogue, to
 * stay small). Pass as the parse's `error`; messages a schema sets itself still win. English, for
 * developers: UIs word field errors from the path and their own catalogue.
 */
export const explainIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1 ? `Expected ${JSON.stringify(issue.values[0])}` : `Expected one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? 'Required' : `Expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `At least ${String(issue.minimum)} item(s)` : issue.origin === 'string' ? `At least ${String(issue.minimum)} character(s)` : `At least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `At most ${String(issue.maximum)} item(s)` : issue.origin === 'string' ? `At most ${String(issue.maximum)} character(s)` : `At most ${String(issue.maximum)}`;
    case 'invalid_format':
      return `Expected ${issue.format === 'datetime' ? 'an ISO 8601 date-time with an offset' : issue.format === 'date' ? 'an ISO 8601 date' : `the ${issue.format} format`}`;
    case 'invalid_union':
      return 'Not any of the accepted forms';
    default:
      return undefined;
  }
};
