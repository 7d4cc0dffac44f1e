import type * as z from 'zod/mini';
import { backoffDelayMs, sleep, type ResolvedRetryOptions } from './backoff.ts';
import { isSuiviError, type SuiviError } from './errors.ts';
import { errorFromResponse } from './error-from-response.ts';
import { RequestDeadline } from './request-deadline.ts';
import { parseJsonBody, validateResponse } from './validate-response.ts';

/** What every request of one client shares. */
export interface Transport {
  /** Base URL without a trailing slash, e.g. `/api` or `https://shop.example/api`. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
}

export interface JsonRequest<S extends z.ZodMiniType> {
  method: 'GET' | 'POST';
  /** A path from `paths` in @suivi/model. */
  path: string;
  schema: S;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Joins the base URL and a contract path without doubling or losing the slash. */
export function urlFor(transport: Transport, path: string): string {
  return `${transport.baseUrl}${path}`;
}

/** `Authorization` header for an order access token: always a header, never a query parameter that would end up in logs. */
export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

/** One attempt: send, check the status, read and validate the body, all under one deadline. */
async function attempt<S extends z.ZodMiniType>(transport: Transport, request: JsonRequest<S>): Promise<z.infer<S>> {
  const deadline = new RequestDeadline(request.signal, transport.timeoutMs);
  try {
    deadline.throwIfCallerAborted();
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await transport.fetch(urlFor(transport, request.path), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: deadline.signal,
    });
    if (!response.ok) throw await errorFromResponse(response);
    const text = await response.text();
    return validateResponse(request.schema, parseJsonBody(text, response.status), response.status);
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.dispose();
  }
}

/**
 * Sends a JSON request and returns its validated body, or throws a SuiviError. GETs are safe to
 * repeat, so they are retried on `unavailable` (network failure or 5xx) with backoff; POSTs are
 * never retried here, because a lookup counts against the shopper's rate limit and the caller
 * is better placed to decide.
 */
export async function requestJson<S extends z.ZodMiniType>(transport: Transport, request: JsonRequest<S>): Promise<z.infer<S>> {
  const maxRetries = request.method === 'GET' ? transport.retry.maxRetries : 0;
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(transport, request);
    } catch (error) {
      const failure = error as SuiviError;
      if (retry >= maxRetries || !isSuiviError(failure, 'unavailable')) throw failure;
      await sleep(backoffDelayMs(retry, transport.retry, failure.retryAfterSeconds), request.signal);
    }
  }
}
