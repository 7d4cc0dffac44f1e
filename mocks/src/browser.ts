import { setupWorker, type SetupWorker } from 'msw/browser';
import type { MockApi } from './index.ts';

export interface StartMockWorkerOptions {
  /** Do not log each handled request in the console. */
  quiet?: boolean;
  /** Where mockServiceWorker.js is served. Default '/mockServiceWorker.js'. */
  serviceWorkerUrl?: string;
}

/**
 * Starts MSW's service worker with the mock API's handlers. Requests no handler matches go
 * to the network untouched (msw 3 calls the option onUnhandledFrame; the old
 * onUnhandledRequest is silently ignored).
 */
export async function startMockWorker(api: MockApi, options: StartMockWorkerOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...api.handlers);
  await worker.start({
    onUnhandledFrame: 'bypass',
    quiet: options.quiet ?? false,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  return worker;
}
