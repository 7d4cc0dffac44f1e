import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, CustomerOrderView, LookupResponse, OrderEvent } from '@suivi/model';
import { getResponse } from 'msw';
import * as z from 'zod/mini';
import { createMockApi, type MockApi, type MockApiOptions } from '../../mocks/src/index.ts';
import { frameReader as sseFrames } from './fixtures/admin-api.ts';

const anchor = new Date('2026-11-21T00:00:00Z');
const BASE = 'http://shop.test/api';

function mockApi(options: MockApiOptions = {}): MockApi {
  return createMockApi({ anchor, orderCount: 60, ...options });
}

/** Answers a request with the mock's handlers, as MSW would, without patching fetch. */
async function call(api: MockApi, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await getResponse(api.handlers, new Request(`${BASE}${path}`, init));
  assert.ok(response, `a handler answers ${init.method ?? 'GET'} ${path}`);
  return response;
}

function lookup(api: MockApi, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(api, '/v1/lookup', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function errorOf(response: Response): Promise<ApiError> {
  const body: unknown = await response.json();
  const parsed = z.safeParse(ApiError, body);
  assert.ok(parsed.success, `ApiError shape: ${JSON.stringify(body)}`);
  return parsed.data;
}

async function signIn(api: MockApi, orderNumber = '#1001', email = 'camille.martin@example.fr'): Promise<LookupResponse> {
  const response = await lookup(api, { orderNumber, email });
  assert.equal(response.status, 200);
  return z.parse(LookupResponse, await response.json());
}

/** The fixtures' SSE frame reader, with the next `event: order` frame parsed. */
function frameReader(body: ReadableStream<Uint8Array>) {
  const frames = sseFrames(body);
  return {
    ...frames,
    /** The next `event: order` frame, parsed. */
    async nextOrderEvent(): Promise<{ id: string; event: OrderEvent }> {
      for (;;) {
        const frame = await frames.next();
        if (!frame.startsWith('event: order')) continue;
        const id = /^id: (.*)$/m.exec(frame)![1]!;
        const data = /^data: (.*)$/m.exec(frame)![1]!;
        return { id, event: z.parse(OrderEvent, JSON.parse(data)) };
      }
    },
  };
}

describe('@suivi/mocks POST /v1/lookup', () => {
  for (const [orderNumber, email] of [
    ['#1001', 'camille.martin@example.fr'],
    ['1001', 'camille.martin@example.fr'],
    [' 1 001 ', 'camille.martin@example.fr'],
    ['#1001', '  Camille.MARTIN@Example.FR  '],
  ]) {
    it(`finds #1001 with ${JSON.stringify(orderNumber)} and ${JSON.stringify(email)}`, async () => {
      const answer = await signIn(mockApi(), orderNumber, email);
      assert.equal(answer.order.orderNumber, '#1001');
      assert.equal(answer.order.view, 'customer');
      assert.match(answer.token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal('staffNotes' in answer.order, false);
    });
  }

  it('answers an unknown number and a wrong e-mail with the very same 404', async () => {
    const api = mockApi();
    const unknown = await lookup(api, { orderNumber: '#999999', email: 'camille.martin@example.fr' });
    const wrongEmail = await lookup(api, { orderNumber: '#1001', email: 'someone.else@example.fr' });
    assert.equal(unknown.status, 404);
    assert.equal(wrongEmail.status, unknown.status);
    const [a, b] = [await unknown.text(), await wrongEmail.text()];
    assert.equal(a, b);
    assert.deepEqual(JSON.parse(a), { code: 'not_found', message: 'No order matches this order number and e-mail.' });
  });

  it('answers 400 invalid_input with the fields at fault', async () => {
    const api = mockApi();
    const response = await lookup(api, { orderNumber: 'abc', email: 'not-an-email' });
    assert.equal(response.status, 400);
    const error = await errorOf(response);
    assert.equal(error.code, 'invalid_input');
    assert.deepEqual(error.fields!.map((f) => f.path).sort(), ['email', 'orderNumber']);

    const broken = await lookup(api, '{"orderNumber": "#1001",');
    assert.equal(broken.status, 400);
    assert.deepEqual((await errorOf(broken)).fields!.map((f) => f.path), ['(body)']);
  });

  it('limits failed lookups per client with 429, Retry-After and retryAfter, then lets the window slide', async () => {
    let now = Date.parse('2026-11-21T10:00:00Z');
    const api = mockApi({ now: () => now, rateLimit: { perClient: 3, perOrderNumber: 100, windowMs: 60_000 } });
    const client = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 3; i++) assert.equal((await lookup(api, { orderNumber: `#${2000 + i}`, email: 'x@example.com' }, client)).status, 404);
    const limited = await lookup(api, { orderNumber: '#1001', email: 'camille.martin@example.fr' }, client);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '60');
    const error = await errorOf(limited);
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.retryAfter, 60);
    // Another client is not affected.
    assert.equal((await lookup(api, { orderNumber: '#1001', email: 'camille.martin@example.fr' }, { 'x-forwarded-for': '198.51.100.1' })).status, 200);
    now += 60_001;
    assert.equal((await lookup(api, { orderNumber: '#1001', email: 'camille.martin@example.fr' }, client)).status, 200);
  });

  it('limits failed lookups per order number across rotating clients, and a success does not reset it', async () => {
    const api = mockApi({ rateLimit: { perClient: 100, perOrderNumber: 3, windowMs: 60_000 } });
    assert.equal((await lookup(api, { orderNumber: '#1001', email: 'guess1@example.com' }, { 'x-forwarded-for': '10.0.0.1' })).status, 404);
    assert.equal((await lookup(api, { orderNumber: '1001', email: 'guess2@example.com' }, { 'x-forwarded-for': '10.0.0.2' })).status, 404);
    assert.equal((await lookup(api, { orderNumber: '#1001', email: 'camille.martin@example.fr' }, { 'x-forwarded-for': '10.0.0.9' })).status, 200);
    assert.equal((await lookup(api, { orderNumber: ' 1001', email: 'guess3@example.com' }, { 'x-forwarded-for': '10.0.0.3' })).status, 404);
    const limited = await lookup(api, { orderNumber: '#1001', email: 'guess4@example.com' }, { 'x-forwarded-for': '10.0.0.4' });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // Other order numbers are still open.
    assert.equal((await lookup(api, { orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' }, { 'x-forwarded-for': '10.0.0.4' })).status, 200);
  });
});

describe('@suivi/mocks GET /v1/orders/:orderId', () => {
  it('returns the customer view with a valid token', async () => {
    const api = mockApi();
    const { token, order } = await signIn(api);
    const response = await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    const view = z.parse(CustomerOrderView, await response.json());
    assert.equal(view.id, order.id);
    assert.equal(response.headers.get('cache-control'), 'no-store');
  });

  it('answers 401 unauthorized without a token or with an unknown one', async () => {
    const api = mockApi();
    const { order } = await signIn(api);
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer nope' }, { authorization: 'Basic abc' }]) {
      const response = await call(api, `/v1/orders/${order.id}`, { headers });
      assert.equal(response.status, 401);
      assert.equal((await errorOf(response)).code, 'unauthorized');
    }
  });

  it('answers 401 token_expired once the token has lived its life', async () => {
    let now = Date.parse('2026-11-21T10:00:00Z');
    const api = mockApi({ now: () => now, tokenTtlMs: 60_000 });
    const { token, order, expiresAt } = await signIn(api);
    assert.equal(expiresAt, '2026-11-21T10:01:00.000Z');
    now += 59_000;
    assert.equal((await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
    now += 1_000;
    const expired = await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(expired.status, 401);
    assert.equal((await errorOf(expired)).code, 'token_expired');
  });

  it('answers 404 for another order than the token’s, exactly as for an id that does not exist', async () => {
    const api = mockApi();
    const { token } = await signIn(api);
    const other = api.store.getByNumber('#1002')!;
    const someoneElse = await call(api, `/v1/orders/${other.id}`, { headers: { authorization: `Bearer ${token}` } });
    const nobody = await call(api, '/v1/orders/ord_doesnotexist', { headers: { authorization: `Bearer ${token}` } });
    assert.equal(someoneElse.status, 404);
    assert.equal(await someoneElse.text(), await nobody.text());
  });
});

describe('@suivi/mocks GET /v1/orders/:orderId/events', () => {
  it('sends the current order, then an event when the carrier clock moves the parcel', async () => {
    const api = mockApi();
    const { token, order } = await signIn(api);
    const response = await call(api, `/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/event-stream/);
    const frames = frameReader(response.body!);
    const first = await frames.nextOrderEvent();
    assert.equal(first.id, '1');
    assert.deepEqual(first.event.changes, [{ kind: 'order_updated' }]);
    const before = first.event.order.shipments[0]!.events.length;

    assert.ok(api.clock.advance() > 0);
    const second = await frames.nextOrderEvent();
    assert.equal(second.id, '2');
    assert.equal(second.event.version, 2);
    assert.equal(second.event.order.shipments[0]!.events.length, before + 1);
    assert.deepEqual(second.event.changes, [{ kind: 'shipment_status', shipmentId: order.shipments[0]!.id, status: second.event.order.shipments[0]!.status! }]);

    await frames.cancel();
    assert.equal(api.store.listenerCount(order.id), 0, 'the subscription is released when the stream is cancelled');
  });

  it('honours Last-Event-ID: nothing to resend when up to date, the current order when behind', async () => {
    const api = mockApi();
    const { token, order } = await signIn(api);
    api.clock.advance();
    const upToDate = await call(api, `/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}`, 'last-event-id': '2' } });
    const current = frameReader(upToDate.body!);
    api.clock.advance();
    const next = await current.nextOrderEvent();
    assert.equal(next.id, '3', 'the first order event is the new change, not a resend of version 2');
    await current.cancel();

    const behind = await call(api, `/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}`, 'last-event-id': '1' } });
    const behindFrames = frameReader(behind.body!);
    const resync = await behindFrames.nextOrderEvent();
    assert.equal(resync.id, '3');
    assert.deepEqual(resync.event.changes, [{ kind: 'order_updated' }]);
    await behindFrames.cancel();
  });

  it('releases the subscription when the request is aborted', async () => {
    const api = mockApi();
    const { token, order } = await signIn(api);
    const aborter = new AbortController();
    const response = await call(api, `/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}` }, signal: aborter.signal });
    await frameReader(response.body!).nextOrderEvent();
    assert.equal(api.store.listenerCount(order.id), 1);
    aborter.abort();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(api.store.listenerCount(order.id), 0);
  });

  it('needs a token scoped to the order', async () => {
    const api = mockApi();
    const { token } = await signIn(api);
    const other = api.store.getByNumber('#1002')!;
    assert.equal((await call(api, `/v1/orders/${other.id}/events`, { headers: { authorization: `Bearer ${token}` } })).status, 404);
    assert.equal((await call(api, `/v1/orders/${other.id}/events`)).status, 401);
  });
});

describe('@suivi/mocks carrier clock and controls', () => {
  it('moves #1001 on every step until it is delivered, one notification per order per advance', () => {
    const api = mockApi();
    const order = api.store.getByNumber('#1001')!;
    const heard: string[] = [];
    const stop = api.store.subscribe(order.id, ({ order: changed }) => heard.push(changed.shipments[0]!.status!));
    const statuses: string[] = [];
    for (let i = 0; i < 10 && api.store.getById(order.id)!.shipments[0]!.status !== 'delivered'; i++) {
      api.clock.advance();
      statuses.push(api.store.getById(order.id)!.shipments[0]!.status!);
    }
    stop();
    assert.deepEqual(statuses, heard);
    assert.ok(statuses.length >= 2 && statuses.length <= 5, `a few steps to delivery: ${statuses}`);
    assert.equal(statuses.at(-1), 'delivered');
    const delivered = api.store.getById(order.id)!;
    assert.ok(delivered.shipments[0]!.deliveredAt);
    assert.ok(delivered.timeline.some((e) => e.kind === 'shipment_status' && e.status === 'delivered'));
    assert.equal(delivered.version, 1 + statuses.length);
  });

  it('advances and resets through the mock-only endpoints', async () => {
    const api = mockApi();
    const before = api.store.getByNumber('#1001')!;
    const advanced = await call(api, '/__mock/clock/advance', { method: 'POST', body: JSON.stringify({ steps: 2 }) });
    assert.equal(advanced.status, 200);
    const { changed } = (await advanced.json()) as { changed: number };
    assert.ok(changed > 0);
    assert.equal(api.store.getByNumber('#1001')!.shipments[0]!.events.length, before.shipments[0]!.events.length + 2);
    assert.equal((await call(api, '/__mock/clock/advance', { method: 'POST', body: '{"steps": "lots"}' })).status, 400);
    assert.equal((await call(api, '/__mock/clock/advance', { method: 'POST' })).status, 200, 'the body is optional');
    const reset = await call(api, '/__mock/reset', { method: 'POST' });
    assert.equal(reset.status, 204);
    assert.deepEqual(api.store.getByNumber('#1001'), before);
  });

  it('forgets tokens and rate limits on reset', async () => {
    const api = mockApi({ rateLimit: { perClient: 1, perOrderNumber: 1, windowMs: 60_000 } });
    const { token, order } = await signIn(api);
    assert.equal((await lookup(api, { orderNumber: '#1002', email: 'wrong@example.com' })).status, 404);
    assert.equal((await lookup(api, { orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' })).status, 429);
    api.reset();
    assert.equal((await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } })).status, 401);
    assert.equal((await lookup(api, { orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' })).status, 200);
  });
});

describe('@suivi/mocks junk input', () => {
  it('never answers 500, whatever the body, headers or ids', async () => {
    const api = mockApi({ rateLimit: { perClient: 1_000, perOrderNumber: 1_000, windowMs: 60_000 } });
    const { token, order } = await signIn(api);
    const huge = 'x'.repeat(200_000);
    const bodies: (string | undefined)[] = [
      undefined, '', ' ', 'null', 'true', '42', '"#1001"', '[]', '[1,2]', '{}', '{"orderNumber":null,"email":null}',
      '{"orderNumber":1001,"email":["a"]}', '{"orderNumber":{"$gt":""},"email":{"$ne":1}}', `{"orderNumber":"${huge}","email":"a@b.co"}`,
      `{"orderNumber":"#1001","email":"${'a'.repeat(300)}@example.fr"}`, huge, '{"orderNumber":"#1001"', '\u0000\u0001', '{"__proto__":{"x":1}}',
      '{"orderNumber":"#99999999999999999999","email":"a@b.co"}', '{"orderNumber":"# 1 0 0 1","email":"camille.martin@example.fr","extra":true}',
    ];
    const statuses = new Set<number>();
    for (const body of bodies) {
      for (const contentType of ['application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
        const response = await call(api, '/v1/lookup', { method: 'POST', headers: { 'content-type': contentType }, body });
        statuses.add(response.status);
        assert.ok(response.status < 500, `lookup body ${JSON.stringify(body?.slice(0, 40))} → ${response.status}`);
        if (response.status !== 200) await errorOf(response);
      }
    }
    const binary = await call(api, '/v1/lookup', { method: 'POST', body: new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    assert.equal(binary.status, 400);

    const odd: Record<string, string>[] = [
      { authorization: '' }, { authorization: 'Bearer' }, { authorization: 'Bearer ' + 'a'.repeat(5_000) }, { authorization: `bearer ${token}` },
      { authorization: `Bearer ${token}`, 'last-event-id': 'abc' }, { authorization: `Bearer ${token}`, 'last-event-id': '-1' },
      { authorization: `Bearer ${token}`, 'last-event-id': '99999999999999999999999' }, { 'x-forwarded-for': ',,,' },
    ];
    const ids = [order.id, '', '%00', '..', '%2e%2e%2fetc', 'ord_' + 'z'.repeat(2_000), '__proto__', 'constructor', '%E0%A4%A'];
    for (const id of ids) {
      for (const headers of odd) {
        for (const suffix of ['', '/events']) {
          let response: Response | undefined;
          try {
            response = await getResponse(api.handlers, new Request(`${BASE}/v1/orders/${id}${suffix}`, { headers }));
          } catch (error) {
            assert.fail(`GET ${id}${suffix} threw ${error}`);
          }
          if (!response) continue; // an id that makes no route (e.g. empty) falls through to the network, not a 500
          assert.ok(response.status < 500, `GET /v1/orders/${id.slice(0, 20)}${suffix} → ${response.status}`);
          await response.body?.cancel();
        }
      }
    }
    assert.ok(statuses.has(400));
  });
});
