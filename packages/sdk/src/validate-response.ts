import { UnexpectedResponseError } from './errors.ts';

/** Where a body that is not JSON at all, or an issue without a path, is reported. */
export const BODY_PATH = '(body)';

/** What a check of a value gives: the value as typed, or the issues, each with its path. */
export type CheckResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/**
 * What checks a body: a validator generated from @suivi/model's schemas (`validateOrder`, …), which
 * needs no zod in the page. Anything with zod's `safeParse` fits too, so a schema can still be
 * given where zod is loaded anyway (Node, tests).
 */
export type ResponseCheck<T> = ((value: unknown) => CheckResult<T>) | { safeParse(value: unknown): CheckResult<T> };

/** The type a check gives its value (for a union of checks, the union of their types). */
export type Checked<C> = C extends (value: unknown) => CheckResult<infer T> ? T : C extends { safeParse(value: unknown): CheckResult<infer T> } ? T : never;

/** Runs a check, whichever form it has. */
export function runCheck<T>(check: ResponseCheck<T>, value: unknown): CheckResult<T> {
  return typeof check === 'function' ? check(value) : check.safeParse(value);
}

/**
 * Parses a response body as JSON. A proxy's HTML error page or a truncated body is not the API
 * speaking, so it becomes `unexpected_response` at `(body)` rather than a bare SyntaxError.
 */
export function parseJsonBody(text: string, status: number | null): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new UnexpectedResponseError('The response body is not JSON', BODY_PATH, status, { cause });
  }
}

/**
 * Checks a decoded body against its shape in @suivi/model. Nothing the server sends reaches a
 * component unchecked: a mismatch names the first offending field so a developer can see which
 * side of the contract moved.
 */
export function validateResponse<C extends ResponseCheck<unknown>>(check: C, value: unknown, status: number | null): Checked<C> {
  const result = runCheck(check, value);
  if (result.success) return result.data as Checked<C>;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : BODY_PATH;
  const message = issue ? `Unexpected response at ${path}: ${issue.message}` : 'Unexpected response';
  throw new UnexpectedResponseError(message, path, status, { cause: result.error });
}
