import './polyfills/promise-with-resolvers.ts';
import { setupServer, type SetupServer } from 'msw/node';
import type { MockApi } from './index.ts';

/**
 * An msw/node server with the mock API's handlers, for tests that call `fetch` in Node.
 * Call `listen({ onUnhandledFrame: 'bypass' })` (or 'error') and `close()` yourself.
 */
export function createMockNodeServer(api: MockApi): SetupServer {
  return setupServer(...api.handlers);
}
