import { resolveRetryOptions, type RetryOptions } from './backoff.ts';
import { CUSTOMER_ERROR_BODY } from './error-from-response.ts';
import type { Transport } from './transport.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface SuiviClientOptions {
  /** Where the API lives, e.g. `/api` (relative works in browsers) or `https://shop.example/api`. */
  baseUrl: string;
  /**
   * The fetch to use. By default `globalThis.fetch`, looked up on every request, so that a fetch
   * patched later (msw/node's `server.listen()`, a test double) is still the one called.
   */
  fetch?: typeof fetch;
  /** Per request: until the JSON body is read, or until an event stream opens. Default 10 000 ms. */
  timeoutMs?: number;
  /** Retry and reconnection pacing; the defaults suit people, tests may shorten them. */
  retry?: RetryOptions;
}

export interface RequestOptions {
  /** Abort to give up (e.g. @lit/task's signal when its arguments change); the call rejects with `aborted`. */
  signal?: AbortSignal;
}

/** What every request of a customer client shares, from the options a page gives. */
export function createTransport(options: SuiviClientOptions): Transport {
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: resolveRetryOptions(options.retry),
    errorBody: CUSTOMER_ERROR_BODY,
  };
}
