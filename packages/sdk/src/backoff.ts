import { AbortedError } from './errors.ts';

/** How patiently the client retries safe requests and reconnects live streams. */
export interface RetryOptions {
  /** Retries after the first attempt for safe GETs that failed as `unavailable`. Default 2. */
  maxRetries?: number;
  /** First backoff delay, doubled on each further failure. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound of any wait, including a server's Retry-After or SSE `retry:`. Default 10 000 ms. */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY_OPTIONS: ResolvedRetryOptions = { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 10_000 };

export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  return {
    maxRetries: Math.max(0, options?.maxRetries ?? DEFAULT_RETRY_OPTIONS.maxRetries),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? DEFAULT_RETRY_OPTIONS.baseDelayMs),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? DEFAULT_RETRY_OPTIONS.maxDelayMs),
  };
}

/**
 * The wait before retry number `attempt` (0 for the first retry). A server's Retry-After is
 * obeyed as given (it knows its own load) but capped, so a client never hangs for minutes;
 * otherwise exponential backoff with "equal jitter" (between half and all of the step), so many
 * clients dropped at the same moment do not all come back at the same moment.
 */
export function backoffDelayMs(
  attempt: number,
  options: ResolvedRetryOptions,
  retryAfterSeconds: number | null = null,
  random: () => number = Math.random,
): number {
  if (retryAfterSeconds !== null) return Math.min(retryAfterSeconds * 1000, options.maxDelayMs);
  const step = Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
  return Math.round(step / 2 + (random() * step) / 2);
}

/** Waits `ms`, or rejects with AbortedError as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError({ cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
