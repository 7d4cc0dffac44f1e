/**
 * The shared setup of every browser test that talks to the API: one mock API, with a fixed
 * clock so dates and "2 days ago" never depend on when the tests run, served by one MSW worker
 * per test file (each file runs in its own page).
 *
 * @example
 * import { api, useMockApi, worker } from '../support/mock-api.ts';
 * useMockApi();
 * it('shows a rate limit', async () => {
 *   worker.use(http.post('/api/v1/lookup', () => HttpResponse.json({ ... }, { status: 429 })));
 *   ...
 * });
 */
import { createMockApi } from '@suivi/mocks';
import { type CustomerOrderView, type Order, toCustomerView } from '@suivi/model';
import { startMockWorker } from '@suivi/mocks/browser';

/** The instant every test lives at. */
export const TEST_ANCHOR = new Date('2026-11-20T09:00:00Z');

export const api = createMockApi({ anchor: TEST_ANCHOR });

/** Started once, when the first test file imports this module. */
export const worker = await startMockWorker(api, { quiet: true });

/**
 * Puts the mock back as it was after each test: handlers a test added with `worker.use()` are
 * dropped and the store and clock return to the seed, so no test sees another's orders.
 */
export function useMockApi(): void {
  afterEach(() => {
    worker.resetHandlers();
    api.reset();
  });
}

/** A seeded order of the shared mock by its number (#1001–#1012 are the showcase). */
export function seededOrder(orderNumber: string): Order {
  const order = api.store.getByNumber(orderNumber);
  if (!order) throw new Error(`The mock has no order ${orderNumber}`);
  return order;
}

/** A seeded order as its verified shopper sees it. */
export function seededCustomerView(orderNumber: string): CustomerOrderView {
  return toCustomerView(seededOrder(orderNumber));
}
