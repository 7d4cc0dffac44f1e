/**
 * "Simulate a problem" in the demo: the order API made unreachable, failing or slow, so a person
 * can see what a shopper sees when the store's backend has a bad day (and that the form keeps what
 * they typed). It works the way the browser tests mock errors: extra MSW handlers put in front of
 * the mock's own with the worker's `use()`, dropped again with `resetHandlers()`. Only the
 * contract's routes (`/api/v1/*`) are affected, so the mock's controls keep working.
 */
import { HttpResponse, delay, http, type RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';

export type DemoFault = 'none' | 'unreachable' | 'server_error' | 'slow';

export const DEMO_FAULTS: readonly DemoFault[] = ['none', 'unreachable', 'server_error', 'slow'];

/** How long "Slow network" holds each request before the mock answers it. */
export const SLOW_NETWORK_MS = 3_000;

/** The Retry-After of the simulated 503: short, so a live order comes back soon after switching to None. */
export const SERVER_ERROR_RETRY_AFTER_SECONDS = 5;

/** The routes of the HTTP contract under the demo's base URL; `/api/__mock/*` is left alone. */
export function contractRoutes(baseUrl = '/api'): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/*`;
}

/** The handlers that put `fault` in front of the mock; none for `none`. */
export function faultHandlers(fault: DemoFault, baseUrl = '/api'): RequestHandler[] {
  const routes = contractRoutes(baseUrl);
  switch (fault) {
    case 'none':
      return [];
    case 'unreachable':
      // What fetch sees when the server cannot be reached at all: a TypeError, no response.
      return [http.all(routes, () => HttpResponse.error())];
    case 'server_error':
      return [
        http.all(routes, () =>
          HttpResponse.json(
            { code: 'unavailable', message: 'The order service is down for maintenance (simulated).', retryAfter: SERVER_ERROR_RETRY_AFTER_SECONDS },
            { status: 503, headers: { 'retry-after': String(SERVER_ERROR_RETRY_AFTER_SECONDS), 'cache-control': 'no-store' } },
          ),
        ),
      ];
    case 'slow':
      // Returning nothing after the wait hands the request on to the mock's own handler.
      return [
        http.all(routes, async () => {
          await delay(SLOW_NETWORK_MS);
        }),
      ];
  }
}

/** Makes `fault` the one in effect: back to the mock's own handlers first, then the fault's on top. */
export function simulateFault(worker: Pick<SetupWorker, 'use' | 'resetHandlers'>, fault: DemoFault, baseUrl = '/api'): void {
  worker.resetHandlers();
  const handlers = faultHandlers(fault, baseUrl);
  if (handlers.length > 0) worker.use(...handlers);
}
