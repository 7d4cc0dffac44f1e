import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RETRY_OPTIONS, backoffDelayMs } from '../../packages/sdk/src/backoff.ts';
import {
  AbortedError,
  createSuiviClient,
  InvalidInputError,
  isSuiviError,
  TimeoutError,
  UnexpectedResponseError,
  type OrderAccess,
  type SuiviError,
} from '@suivi/sdk';
import { customerOrder } from '../../packages/sdk/test-support/customer-order.ts';
import { hangUntilAborted, json, networkFailure, scriptedFetch } from '../../packages/sdk/test-support/fake-fetch.ts';

const access: OrderAccess = { orderId: 'ord_7Hq2mX9k', token: 'tok_abc', expiresAt: '2026-11-21T10:00:00Z' };
const fast = { baseDelayMs: 1, maxDelayMs: 5 };

async function failureOf(promise: Promise<unknown>): Promise<SuiviError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isSuiviError(error), `expected a SuiviError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('lookupOrder', () => {
  it('POSTs the order number and e-mail as JSON and returns a session', async () => {
    const order = customerOrder();
    const fetch = scriptedFetch(() => json({ token: 'tok_new', expiresAt: '2026-11-21T10:30:00Z', order }));
    const client = createSuiviClient({ baseUrl: 'https://shop.example/api/', fetch });
    const session = await client.lookupOrder({ orderNumber: '#1001', email: 'Camille@Example.fr' });
    assert.deepEqual(session, { orderId: order.id, token: 'tok_new', expiresAt: '2026-11-21T10:30:00Z', order });
    const [request] = fetch.requests;
    assert.equal(request?.url, 'https://shop.example/api/v1/lookup', 'no doubled slash after a trailing one');
    assert.equal(request?.method, 'POST');
    assert.equal(request?.headers.get('Content-Type'), 'application/json');
    assert.deepEqual(JSON.parse(request?.body ?? ''), { orderNumber: '#1001', email: 'Camille@Example.fr' });
  });

  it('refuses impossible input locally, without spending a rate-limited attempt', async () => {
    const fetch = scriptedFetch();
    const client = createSuiviClient({ baseUrl: '/api', fetch });
    const error = await failureOf(client.lookupOrder({ orderNumber: 'abc', email: 'not an email' }));
    assert.ok(error instanceof InvalidInputError);
    assert.deepEqual(error.fields.map((field) => field.path).sort(), ['email', 'orderNumber']);
    assert.equal(error.status, null);
    assert.equal(fetch.requests.length, 0);
  });

  it('is never retried, even on 503', async () => {
    const fetch = scriptedFetch(() => new Response('', { status: 503 }));
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: fast });
    const error = await failureOf(client.lookupOrder({ orderNumber: '1001', email: 'camille@example.fr' }));
    assert.equal(error.code, 'unavailable');
    assert.equal(fetch.requests.length, 1);
  });

  it('is not retried after a network failure either', async () => {
    const fetch = scriptedFetch(networkFailure);
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: fast });
    await failureOf(client.lookupOrder({ orderNumber: '1001', email: 'camille@example.fr' }));
    assert.equal(fetch.requests.length, 1);
  });
});

describe('getOrder', () => {
  it('GETs the order with the token in the Authorization header, not the URL', async () => {
    const order = customerOrder();
    const fetch = scriptedFetch(() => json(order));
    const client = createSuiviClient({ baseUrl: '/api', fetch });
    assert.deepEqual(await client.getOrder(access), order);
    const [request] = fetch.requests;
    assert.equal(request?.url, '/api/v1/orders/ord_7Hq2mX9k');
    assert.equal(request?.method, 'GET');
    assert.equal(request?.headers.get('Authorization'), 'Bearer tok_abc');
    assert.ok(!request?.url.includes('tok_abc'));
  });

  it('retries a 503 then succeeds', async () => {
    const order = customerOrder();
    const fetch = scriptedFetch(
      () => new Response('', { status: 503 }),
      networkFailure,
      () => json(order),
    );
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: fast });
    assert.deepEqual(await client.getOrder(access), order);
    assert.equal(fetch.requests.length, 3);
  });

  it('gives up after two retries', async () => {
    const fetch = scriptedFetch(
      () => new Response('', { status: 503 }),
      () => new Response('', { status: 502 }),
      () => new Response('', { status: 504 }),
    );
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: fast });
    const error = await failureOf(client.getOrder(access));
    assert.equal(error.code, 'unavailable');
    assert.equal(error.status, 504);
    assert.equal(fetch.requests.length, 3);
  });

  it('does not retry errors that another attempt cannot fix', async () => {
    const fetch = scriptedFetch(() => json({ code: 'token_expired', message: 'expired' }, { status: 401 }));
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: fast });
    assert.equal((await failureOf(client.getOrder(access))).code, 'token_expired');
    assert.equal(fetch.requests.length, 1);
  });

  it('names the first offending field of an unexpected shape', async () => {
    const order = customerOrder();
    const broken = { ...order, shipments: [{ ...order.shipments[0], status: 'teleported' }] };
    const client = createSuiviClient({ baseUrl: '/api', fetch: scriptedFetch(() => json(broken)) });
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof UnexpectedResponseError);
    assert.equal(error.path, 'shipments.0.status');
    assert.equal(error.status, 200);
  });

  it('reports a nested path in a lookup response', async () => {
    const order = customerOrder();
    const broken = { token: 't', expiresAt: '2026-11-21T10:30:00Z', order: { ...order, totals: { ...order.totals, total: { amount: 55.8, currency: 'EUR' } } } };
    const client = createSuiviClient({ baseUrl: '/api', fetch: scriptedFetch(() => json(broken)) });
    const error = await failureOf(client.lookupOrder({ orderNumber: '#1001', email: 'camille@example.fr' }));
    assert.ok(error instanceof UnexpectedResponseError);
    assert.equal(error.path, 'order.totals.total.amount');
  });

  it('reports a body that is not JSON at (body)', async () => {
    const client = createSuiviClient({
      baseUrl: '/api',
      fetch: scriptedFetch(() => new Response('<!doctype html><p>Maintenance</p>', { status: 200, headers: { 'Content-Type': 'text/html' } })),
    });
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof UnexpectedResponseError);
    assert.equal(error.path, '(body)');
  });
});

describe('timeout and abort', () => {
  it('times out with code timeout when the server does not answer in time', async () => {
    const fetch = scriptedFetch(hangUntilAborted);
    const client = createSuiviClient({ baseUrl: '/api', fetch, timeoutMs: 20, retry: fast });
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof TimeoutError);
    assert.equal(fetch.requests.length, 1, 'a timeout is not retried');
  });

  it('aborts with code aborted when the caller aborts, not timeout', async () => {
    const controller = new AbortController();
    const client = createSuiviClient({ baseUrl: '/api', fetch: scriptedFetch(hangUntilAborted), timeoutMs: 1_000 });
    const pending = client.getOrder(access, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    const error = await failureOf(pending);
    assert.ok(error instanceof AbortedError);
  });

  it('does not even send a request when the signal is already aborted', async () => {
    const fetch = scriptedFetch();
    const client = createSuiviClient({ baseUrl: '/api', fetch });
    const error = await failureOf(client.getOrder(access, { signal: AbortSignal.abort() }));
    assert.equal(error.code, 'aborted');
    assert.equal(fetch.requests.length, 0);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const controller = new AbortController();
    const fetch = scriptedFetch(() => {
      setTimeout(() => controller.abort(), 5);
      return new Response('', { status: 503, headers: { 'Retry-After': '60' } });
    });
    const client = createSuiviClient({ baseUrl: '/api', fetch, retry: { maxDelayMs: 60_000 } });
    const started = Date.now();
    const error = await failureOf(client.getOrder(access, { signal: controller.signal }));
    assert.equal(error.code, 'aborted');
    assert.ok(Date.now() - started < 1_000);
    assert.equal(fetch.requests.length, 1);
  });

  it('the timeout also covers a body that never finishes', async () => {
    const fetch = scriptedFetch((request) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"view":'));
          request.signal?.addEventListener('abort', () => controller.error(request.signal?.reason));
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'application/json' } });
    });
    const client = createSuiviClient({ baseUrl: '/api', fetch, timeoutMs: 20, retry: { maxRetries: 0 } });
    assert.equal((await failureOf(client.getOrder(access))).code, 'timeout');
  });
});

describe('backoffDelayMs', () => {
  const options = { ...DEFAULT_RETRY_OPTIONS, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('doubles each attempt with jitter between half and all of the step', () => {
    assert.equal(backoffDelayMs(0, options, null, () => 0), 50);
    assert.equal(backoffDelayMs(0, options, null, () => 1), 100);
    assert.equal(backoffDelayMs(2, options, null, () => 0), 200);
    assert.equal(backoffDelayMs(2, options, null, () => 1), 400);
  });

  it('never exceeds the cap', () => {
    assert.equal(backoffDelayMs(10, options, null, () => 1), 1_000);
  });

  it('honours Retry-After, capped', () => {
    assert.equal(backoffDelayMs(0, options, 0.5), 500);
    assert.equal(backoffDelayMs(0, options, 120), 1_000);
  });
});
