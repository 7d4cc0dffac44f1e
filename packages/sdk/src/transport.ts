import { backoffDelayMs, sleep, type ResolvedRetryOptions } from './backoff.ts';
import { UnexpectedResponseError, isSuiviError, type SuiviError } from './errors.ts';
import { readErrorResponse, type ErrorBodyChecks } from './error-from-response.ts';
import { RequestDeadline } from './request-deadline.ts';
import { BODY_PATH, parseJsonBody, validateResponse, type ResponseCheck } from './validate-response.ts';

/** What every request of one client shares. */
export interface Transport {
  /** Base URL without a trailing slash, e.g. `/api` or `https://shop.example/api`. */
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: ResolvedRetryOptions;
  /** What the client reads from an error body beyond ApiError (a 409's order, a 422's refusal). */
  errorBody: ErrorBodyChecks;
}

export interface JsonRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path from `paths` in @suivi/model. */
  path: string;
  /** Checks the answer's body: a validator generated from @suivi/model (validateOrder, …). */
  validate: ResponseCheck<T>;
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

/** Sends a request under a deadline; a non-2xx answer becomes its SuiviError. */
async function send(transport: Transport, request: Omit<JsonRequest<unknown>, 'validate'>, deadline: RequestDeadline, accept: string): Promise<Response> {
  deadline.throwIfCallerAborted();
  const headers: Record<string, string> = { Accept: accept, ...request.headers };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await transport.fetch(urlFor(transport, request.path), {
    method: request.method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: deadline.signal,
  });
  if (!response.ok) throw await readErrorResponse(response, transport.errorBody);
  return response;
}

/** One attempt: send, check the status, read and validate the body, all under one deadline. */
async function attempt<T>(transport: Transport, request: JsonRequest<T>): Promise<T> {
  const deadline = new RequestDeadline(request.signal, transport.timeoutMs);
  try {
    const response = await send(transport, request, deadline, 'application/json');
    const text = await response.text();
    return validateResponse(request.validate, parseJsonBody(text, response.status), response.status);
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.dispose();
  }
}

/**
 * Whether a request may be sent again after a failure without acting twice: a GET; a PUT without
 * If-Match, which states the whole new value (the notification choices), so sending it twice
 * leaves the same state as once; or a write naming its attempt with an Idempotency-Key. A DELETE
 * is not: repeated after a lost answer it would say "not found" for what it did remove. A PUT
 * with If-Match is not either: repeated after it was applied, its version no longer matches.
 */
export function safeToRepeat(request: Pick<JsonRequest<unknown>, 'method' | 'headers'>): boolean {
  const names = Object.keys(request.headers ?? {}).map((name) => name.toLowerCase());
  if (names.includes('idempotency-key')) return true;
  if (request.method === 'GET') return true;
  return request.method === 'PUT' && !names.includes('if-match');
}

/**
 * Sends a JSON request and returns its validated body, or throws a SuiviError. Requests safe to
 * repeat (GETs, PUTs of a whole value, and writes carrying an Idempotency-Key, which the server
 * answers once; see safeToRepeat) are retried on `unavailable` (network failure or 5xx) with backoff, the same key each time; other
 * POSTs never are, because a lookup counts against the shopper's rate limit and the caller is
 * better placed to decide.
 */
export async function requestJson<T>(transport: Transport, request: JsonRequest<T>): Promise<T> {
  const maxRetries = safeToRepeat(request) ? transport.retry.maxRetries : 0;
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

/**
 * Opens a GET whose body is read as a stream (the CSV export) and returns its decoded text. The
 * timeout covers getting the answer's headers, like an event stream; failures to connect are
 * retried like any GET. The caller's signal keeps cancelling the body until it is read to the end.
 */
export async function requestTextStream(
  transport: Transport,
  request: { path: string; headers?: Record<string, string>; accept: string; signal?: AbortSignal },
): Promise<{ response: Response; text: ReadableStream<string> }> {
  for (let retry = 0; ; retry++) {
    const deadline = new RequestDeadline(request.signal, transport.timeoutMs);
    let response: Response;
    try {
      response = await send(transport, { method: 'GET', path: request.path, headers: request.headers, signal: request.signal }, deadline, request.accept);
      if (!response.body) throw new UnexpectedResponseError('The response has no body', BODY_PATH, response.status);
    } catch (error) {
      deadline.dispose();
      const failure = deadline.failure(error);
      if (retry >= transport.retry.maxRetries || !isSuiviError(failure, 'unavailable')) throw failure;
      await sleep(backoffDelayMs(retry, transport.retry, failure.retryAfterSeconds), request.signal);
      continue;
    }
    deadline.stopClock();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const text = new ReadableStream<string>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            deadline.dispose();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          deadline.dispose();
          controller.error(deadline.failure(error));
        }
      },
      async cancel(reason) {
        deadline.dispose();
        await reader.cancel(reason);
      },
    });
    return { response, text };
  }
}
