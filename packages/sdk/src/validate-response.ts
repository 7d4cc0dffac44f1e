import type * as z from 'zod/mini';
import { UnexpectedResponseError } from './errors.ts';

/** Where a body that is not JSON at all, or an issue without a path, is reported. */
export const BODY_PATH = '(body)';

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
 * Checks a decoded body against its schema from @suivi/model. Nothing the server sends reaches a
 * component unchecked: a mismatch names the first offending field so a developer can see which
 * side of the contract moved.
 */
export function validateResponse<S extends z.ZodMiniType>(schema: S, value: unknown, status: number | null): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data as z.infer<S>;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : BODY_PATH;
  const message = issue ? `Unexpected response at ${path}: ${issue.message}` : 'Unexpected response';
  throw new UnexpectedResponseError(message, path, status, { cause: result.error });
}
