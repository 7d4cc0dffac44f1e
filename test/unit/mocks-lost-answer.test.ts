/**
 * A return request whose answer is lost after the shop filed it (the fault switch's
 * `respond_then_drop`): the SDK's retry carries the same Idempotency-Key, the mock answers with
 * the return it already filed, and the order holds one return and the shopper one message. Through
 * msw/node, then over real HTTP where the mock cuts the socket after acting.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAY_HEADER, type Order } from '@suivi/model';
import { UnavailableError, createSuiviClient, isSuiviError } from '@suivi/sdk';
import { createMockApi, faultControlPaths } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { startMockHttpServer } from '../../mocks/src/server/http-server.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');
/** #1003 was delivered two days before the anchor: both its items may be returned. */
const SHOPPER = { orderNumber: '1003', email: 'chloe.bernard@example.fr' };
const QUICK = { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50 };

function returnRequestOf(order: Order) {
  return { items: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }], reason: 'too_small' as const, comment: null };
}

describe('a return filed by the mock whose answer is lost', () => {
  const api = createMockApi({ anchor: ANCHOR, orderCount: 40 });
  const server = createMockNodeServer(api);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => api.reset());
  after(() => server.close());

  it('the SDK retries with the same key and gets the return already filed; one return, one message', async () => {
    const keys: (string | null)[] = [];
    const fetchAndRecord: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/returns')) keys.push(request.headers.get(IDEMPOTENCY_KEY_HEADER));
      return globalThis.fetch(request);
    };
    const sdk = createSuiviClient({ baseUrl: 'http://shop.example/api', fetch: fetchAndRecord, retry: QUICK });
    const access = await sdk.lookupOrder(SHOPPER);
    const order = api.store.getById(access.orderId)!;
    const messagesBefore = api.store.outbox.forOrder(order.id).length;
    api.faults.add({ match: { method: 'POST', path: '/v1/orders/:orderId/returns' }, fault: { kind: 'respond_then_drop' }, times: 1 });

    const created = await sdk.requestReturn(access, returnRequestOf(order));
    const returns = api.store.getById(order.id)!.returns;
    assert.equal(returns.length, 1, 'one return, not two');
    assert.equal(created.id, returns[0]!.id, 'the retry was answered with the return the lost answer carried');
    assert.equal(keys.length, 2);
    assert.ok(keys[0]);
    assert.equal(keys[1], keys[0], 'the retry is the same attempt');
    const told = api.store.outbox.forOrder(order.id).slice(messagesBefore).filter((message) => message.topic === 'return_requested');
    assert.equal(new Set(told.map((message) => message.channel)).size, told.length, 'one message per channel, not one per attempt');
  });

  it('without a key (an older client) nothing is retried: the error is unavailable, never not-found, and the return was filed', async () => {
    const sdk = createSuiviClient({ baseUrl: 'http://shop.example/api', retry: QUICK });
    const access = await sdk.lookupOrder(SHOPPER);
    const order = api.store.getById(access.orderId)!;
    api.faults.add({ match: { method: 'POST', path: '/v1/orders/:orderId/returns' }, fault: { kind: 'respond_then_drop' }, times: 1 });
    const response = await fetch(`http://shop.example/api/v1/orders/${order.id}/returns`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(returnRequestOf(order)),
    }).then(
      () => null,
      (error: unknown) => error,
    );
    assert.ok(response instanceof TypeError, 'the connection was cut: fetch rejects');
    assert.equal(api.store.getById(order.id)!.returns.length, 1, 'the mock acted before the answer was lost');
  });

});

describe('a return filed by the standalone mock server whose answer is lost', () => {
  it('over real HTTP: the socket is cut after the return is filed, and the same key then answers 201 with it, marked as a replay', async () => {
    const http = await startMockHttpServer({ api: createMockApi({ anchor: ANCHOR, orderCount: 40 }), port: 0 });
    try {
      const base = http.url;
      const sdk = createSuiviClient({ baseUrl: base, retry: { ...QUICK, maxRetries: 0 } });
      const access = await sdk.lookupOrder(SHOPPER);
      const rule = await fetch(`${base}${faultControlPaths.faults}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ match: { method: 'POST', path: '/v1/orders/:orderId/returns' }, fault: { kind: 'respond_then_drop' }, times: 1 }),
      });
      assert.equal(rule.status, 201);
      const order = await sdk.getOrder(access);
      const request = returnRequestOf(order as unknown as Order);
      const key = 'lost-answer-0001';
      const error = await sdk.requestReturn(access, request, { idempotencyKey: key }).then(
        () => assert.fail('the answer should have been lost'),
        (failure: unknown) => failure,
      );
      assert.ok(isSuiviError(error, 'unavailable') && error instanceof UnavailableError && error.status === null, 'a network failure, with no status');
      const replay = await fetch(`${base}/v1/orders/${access.orderId}/returns`, {
        method: 'POST',
        headers: { authorization: `Bearer ${access.token}`, 'content-type': 'application/json', [IDEMPOTENCY_KEY_HEADER]: key },
        body: JSON.stringify(request),
      });
      assert.equal(replay.status, 201);
      assert.equal(replay.headers.get(IDEMPOTENT_REPLAY_HEADER), 'true');
      const filed = (await replay.json()) as { id: string };
      const now = await sdk.getOrder(access);
      assert.deepEqual(
        now.returns.map((entry) => entry.id),
        [filed.id],
        'one return: the one the lost answer carried',
      );
    } finally {
      await http.close();
    }
  });
});
