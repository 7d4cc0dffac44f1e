import { ApiError, type ApiErrorCode } from '@suivi/model';
import * as z from 'zod/mini';
import { ContractFailure } from './contract-failure.ts';
import { preview, type Answer } from './contract-http.ts';

/** The value, checked against a schema of @suivi/model; a failure names the first field that is wrong. */
export function expectShape<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data as z.infer<S>;
  const issue = result.error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
  throw new ContractFailure(`${what} does not match the schema at ${path}: ${issue?.message ?? 'invalid'}`);
}

export function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new ContractFailure(`${what}: expected HTTP ${status}, got ${answer.status} ${preview(answer.text)}`);
}

/** An error answer: this status, the one error shape `{code, message}`, and this code. */
export function expectApiError(answer: Answer, status: number, code: ApiErrorCode, what: string): ApiError {
  expectStatus(answer, status, what);
  const body = expectShape(ApiError, answer.json(), `${what}: the error body`);
  if (body.code !== code) throw new ContractFailure(`${what}: expected code "${code}", got "${body.code}"`);
  return body;
}

/** The answer as JSON after a 2xx status, for the schema check that follows. */
export function expectOkJson(answer: Answer, status: number, what: string): unknown {
  expectStatus(answer, status, what);
  const contentType = answer.headers.get('content-type') ?? '';
  if (!contentType.includes('json')) throw new ContractFailure(`${what}: expected a JSON content type, got "${contentType}"`);
  return answer.json();
}

/** JSON text with object keys sorted, so two bodies compare by content whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
