// Your shop's Node tests against the Suivi mock API: `npm install --save-dev @suivi/mocks @suivi/sdk`
// (msw comes with them, as a peer), then run this file with your test runner (here node:test).
// It is the example of the Storybook page "Docs / Using the mock API in your tests", runs with this
// repository's unit tests, and runs unchanged in a project of its own against the published
// packages (test/build/mocks-package.test.ts): the code on that page is code that passes.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { createMockApi } from '@suivi/mocks';
// Also makes msw 3 (which targets Node 22) work on Node 20: installs Promise.withResolvers if missing.
import { createMockNodeServer } from '@suivi/mocks/node';
import { createSuiviClient, isSuiviError } from '@suivi/sdk';

// One seeded mock at a fixed instant: same orders, same dates, every run.
const api = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z') });
// msw/node answers fetch() in this process; any base URL works, nothing leaves the machine.
const server = createMockNodeServer(api);
const client = createSuiviClient({ baseUrl: 'http://shop.test/api', retry: { maxRetries: 0 } });

before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  api.faults.clear(); // the faults a test switched on
  api.reset(); // back to the seed: orders, clock, rate limits
});
after(() => server.close());

describe('my shop against the Suivi mock', () => {
  it('looks a showcase order up and reads it', async () => {
    const showcase = api.showcase.find((order) => order.orderNumber === '#1002')!;
    const session = await client.lookupOrder({ orderNumber: showcase.orderNumber, email: showcase.email });
    assert.equal(session.order.orderNumber, '#1002');
    assert.equal(session.order.shipments[0]?.status, 'out_for_delivery');
  });

  it('moves parcels on with the carrier clock', async () => {
    const showcase = api.showcase.find((order) => order.orderNumber === '#1002')!;
    api.clock.advance(1);
    const session = await client.lookupOrder({ orderNumber: showcase.orderNumber, email: showcase.email });
    assert.equal(session.order.shipments[0]?.status, 'delivered');
  });

  it('says an unknown order is not found', async () => {
    const failure = await client.lookupOrder({ orderNumber: '#9999', email: 'nobody@example.com' }).catch((error: unknown) => error);
    assert.ok(isSuiviError(failure, 'not_found'));
  });

  it('plays a backend that is down, with the fault switch', async () => {
    api.faults.add({ match: { method: 'POST', path: '/v1/lookup' }, fault: { kind: 'unavailable', retryAfterSeconds: 30 } });
    const failure = await client.lookupOrder({ orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' }).catch((error: unknown) => error);
    assert.ok(isSuiviError(failure, 'unavailable'), 'a 503 is "unavailable, try again", never "not found"');
    assert.equal(failure.retryAfterSeconds, 30);
  });
});
