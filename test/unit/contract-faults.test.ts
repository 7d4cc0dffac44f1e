/**
 * The mock's fault switch, met by the real SDK: each fault a backend can throw at a client, and
 * what the client makes of it. GETs are retried with backoff (honouring Retry-After) and succeed
 * once the fault is gone; a lookup is never repeated; an admin write is repeated only with its
 * idempotency key and acts once; a live stream that drops comes back with Last-Event-ID and no
 * update missed. Through msw/node, then over real HTTP with the switch driven by
 * POST /__mock/faults. The closing line counts the requests sent while faults were on.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { CustomerOrderView, toCustomerView, unshippedQuantities, type OrderEvent } from '@suivi/model';
import {
  TimeoutError,
  UnavailableError,
  UnexpectedResponseError,
  createSuiviAdminClient,
  createSuiviClient,
  isSuiviError,
  type RetryOptions,
  type SuiviClient,
  type SuiviError,
  type WatchStatus,
} from '@suivi/sdk';
import * as z from 'zod/mini';
import { createMockApi, faultControlPaths, type ActiveFault, type MockApi } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { startMockHttpServer } from '../../mocks/src/server/http-server.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');
/** #1001 is in transit and moves on with every clock tick. */
const SHOPPER = { orderNumber: '1001', email: 'camille.martin@example.fr' };
const BASE = 'http://shop.example/api';
/** Quick retries, but long enough a cap that a 1 s Retry-After is obeyed as given. */
const QUICK: RetryOptions = { maxRetries: 2, baseDelayMs: 20, maxDelayMs: 3_000 };
const LIMIT = { timeout: 15_000 };

/** Every request the clients under test sent while rules were set, and how many got a fault (read from the mocks). */
const tally = { requests: 0, injected: 0 };

/** One request as the SDK sent it: enough to tell retries, methods and resume headers apart. */
interface Sent {
  method: string;
  path: string;
  lastEventId: string | null;
  idempotencyKey: string | null;
  at: number;
}

/** A fetch that records what goes out, then lets the real (msw-patched) fetch send it. */
function recordingFetch(): { fetch: typeof fetch; sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    fetch: (input, init) => {
      const request = new Request(input, init);
      tally.requests++;
      sent.push({
        method: request.method,
        path: new URL(request.url).pathname,
        lastEventId: request.headers.get('last-event-id'),
        idempotencyKey: request.headers.get('idempotency-key'),
        at: performance.now(),
      });
      return globalThis.fetch(request);
    },
  };
}

function rejection(promise: Promise<unknown>): Promise<SuiviError> {
  return promise.then(
    () => assert.fail('expected the call to fail'),
    (error: unknown) => {
      assert.ok(isSuiviError(error), `a SuiviError, got ${String(error)}`);
      return error;
    },
  );
}

/** Waits for a condition the SDK reaches asynchronously (a reconnection, an event). */
async function until(condition: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('fault switch through msw/node, met by the SDK', () => {
  const api: MockApi = createMockApi({ anchor: ANCHOR, orderCount: 40 });
  const server = createMockNodeServer(api);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    tally.injected += api.faults.injected - injectedBefore;
    injectedBefore = api.faults.injected;
    api.reset();
  });
  after(() => server.close());
  let injectedBefore = 0;

  function client(retry: RetryOptions = QUICK, timeoutMs = 3_000): { client: SuiviClient; sent: Sent[] } {
    const recorder = recordingFetch();
    return { client: createSuiviClient({ baseUrl: BASE, fetch: recorder.fetch, retry, timeoutMs }), sent: recorder.sent };
  }

  async function session() {
    return createSuiviClient({ baseUrl: BASE }).lookupOrder(SHOPPER);
  }

  it('added latency slows the answer down and changes nothing else', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault: { kind: 'latency', ms: 250 }, times: 1 });
    const { client: sdk, sent } = client();
    const started = performance.now();
    const order = await sdk.getOrder(access);
    assert.ok(performance.now() - started >= 240, 'the answer waited for the added latency');
    assert.equal(order.id, access.orderId);
    assert.equal(sent.length, 1);
  });

  it('a server that never answers ends in TimeoutError after timeoutMs, without a retry', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { path: '/v1/orders/:orderId' }, fault: { kind: 'timeout' } });
    const { client: sdk, sent } = client(QUICK, 300);
    const started = performance.now();
    const error = await rejection(sdk.getOrder(access));
    assert.ok(error instanceof TimeoutError, `timeout, got ${error.code}`);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 290 && elapsed < 2_000, `gave up after the timeout (${Math.round(elapsed)} ms)`);
    assert.equal(sent.length, 1, 'a timeout is not retried: the server may still be working on it');
  });

  for (const [kind, fault, status] of [
    ['500', { kind: 'server_error' }, 500],
    ['503 with Retry-After', { kind: 'unavailable', retryAfterSeconds: 0 }, 503],
    ['a dropped connection', { kind: 'drop' }, null],
  ] as const) {
    it(`${kind} on every attempt: a GET is tried three times, then fails as unavailable`, LIMIT, async () => {
      const access = await session();
      api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault });
      const { client: sdk, sent } = client();
      const error = await rejection(sdk.getOrder(access));
      assert.ok(error instanceof UnavailableError, `unavailable, got ${error.code}`);
      assert.equal(error.status, status);
      assert.equal(sent.length, 3, 'the first attempt and maxRetries (2) retries');
    });

    it(`${kind} once: the GET is retried and succeeds`, LIMIT, async () => {
      const access = await session();
      api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault, times: 1 });
      const { client: sdk, sent } = client();
      const order = await sdk.getOrder(access);
      assert.equal(order.id, access.orderId);
      assert.equal(sent.length, 2);
    });

    it(`${kind} on the lookup: the POST is sent once and never repeated`, LIMIT, async () => {
      api.faults.add({ match: { method: 'POST', path: '/v1/lookup' }, fault, times: 1 });
      const { client: sdk, sent } = client();
      const error = await rejection(sdk.lookupOrder(SHOPPER));
      assert.ok(error instanceof UnavailableError, `unavailable, got ${error.code}`);
      assert.equal(sent.length, 1, 'a lookup counts against the rate limit: the person decides to try again');
      // The fault has retired: trying again by hand works.
      assert.equal((await sdk.lookupOrder(SHOPPER)).order.orderNumber, '#1001');
    });
  }

  it('503 with Retry-After: the retry waits what the server asked for (not the 20 ms backoff), then succeeds', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId' }, fault: { kind: 'unavailable', retryAfterSeconds: 1 }, times: 2 });
    const { client: sdk, sent } = client();
    const order = await sdk.getOrder(access);
    assert.equal(order.id, access.orderId);
    assert.equal(sent.length, 3);
    for (let i = 1; i < sent.length; i++) {
      const waited = sent[i]!.at - sent[i - 1]!.at;
      assert.ok(waited >= 990, `retry ${i} waited ${Math.round(waited)} ms for Retry-After: 1`);
    }
  });

  it('the 503 itself carries Retry-After in the header and the body, which the SDK reports', LIMIT, async () => {
    api.faults.add({ match: { path: '/v1/lookup' }, fault: { kind: 'unavailable', retryAfterSeconds: 7 } });
    const response = await fetch(`${BASE}/v1/lookup`, { method: 'POST', body: '{}' });
    tally.requests++;
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '7');
    assert.deepEqual(await response.json(), { code: 'unavailable', message: 'The service is down for maintenance (mock fault).', retryAfter: 7 });
    const { client: sdk } = client();
    const error = await rejection(sdk.lookupOrder(SHOPPER));
    assert.ok(error instanceof UnavailableError);
    assert.equal(error.retryAfterSeconds, 7);
  });

  it('malformed JSON is unexpected_response at (body), on a read and on the lookup', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { path: '/v1/orders/:orderId' }, fault: { kind: 'malformed_json' } });
    api.faults.add({ match: { path: '/v1/lookup' }, fault: { kind: 'malformed_json' } });
    const { client: sdk, sent } = client();
    for (const call of [sdk.getOrder(access), sdk.lookupOrder(SHOPPER)]) {
      const error = await rejection(call);
      assert.ok(error instanceof UnexpectedResponseError, `unexpected_response, got ${error.code}`);
      assert.equal(error.path, '(body)');
      assert.equal(error.status, 200);
    }
    assert.equal(sent.length, 2, 'a body that is not JSON is not retried: the server answered');
  });

  it('a body that does not match the schema names the offending field', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { path: '/v1/orders/:orderId' }, fault: { kind: 'schema_mismatch', path: 'shipments.0.status', value: 'teleported' }, times: 1 });
    api.faults.add({ match: { path: '/v1/lookup' }, fault: { kind: 'schema_mismatch', path: 'order.totals.total.amount', value: '12,50' }, times: 1 });
    api.faults.add({ match: { path: '/v1/orders/:orderId' }, fault: { kind: 'schema_mismatch' }, times: 1 });
    const { client: sdk } = client();
    const read = await rejection(sdk.getOrder(access));
    assert.ok(read instanceof UnexpectedResponseError);
    assert.equal(read.path, 'shipments.0.status');
    const lookup = await rejection(sdk.lookupOrder(SHOPPER));
    assert.ok(lookup instanceof UnexpectedResponseError);
    assert.equal(lookup.path, 'order.totals.total.amount');
    const whole = await rejection(sdk.getOrder(access));
    assert.ok(whole instanceof UnexpectedResponseError);
    assert.equal(whole.path, '(body)');
    // Every rule has retired: the same client reads the order again.
    assert.equal((await sdk.getOrder(access)).id, access.orderId);
  });

  it('rules match by method and path pattern only, and retire after `times`', LIMIT, async () => {
    const access = await session();
    api.faults.add({ match: { method: 'POST', path: '/v1/orders/:orderId' }, fault: { kind: 'server_error' } });
    api.faults.add({ match: { path: /^\/v1\/orders\/[^/]+\/notifications$/ }, fault: { kind: 'server_error' }, times: 1 });
    const { client: sdk } = client({ ...QUICK, maxRetries: 0 });
    assert.equal((await sdk.getOrder(access)).id, access.orderId, 'a GET is not a POST');
    const error = await rejection(sdk.getNotificationSettings(access));
    assert.equal(error.code, 'unavailable');
    assert.equal((await sdk.getNotificationSettings(access)).email, true, 'the rule retired after one hit');
    const rules: ActiveFault[] = api.faults.list();
    assert.deepEqual(
      rules.map(({ method, path, remaining, hits }) => ({ method, path, remaining, hits })),
      [{ method: 'POST', path: '/v1/orders/:orderId', remaining: null, hits: 0 }],
    );
  });

  it('an admin write whose answer is lost is repeated with its Idempotency-Key and acts once', LIMIT, async () => {
    const order = api.store
      .all()
      .find((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0);
    assert.ok(order, 'a paid order waiting to ship');
    api.faults.add({ match: { method: 'POST', path: '/v1/admin/orders/:orderId/actions/fulfill' }, fault: { kind: 'unavailable', retryAfterSeconds: 0 }, times: 1 });
    const recorder = recordingFetch();
    const admin = createSuiviAdminClient({ baseUrl: BASE, adminKey: api.adminKey, fetch: recorder.fetch, retry: QUICK, timeoutMs: 3_000 });
    const detail = await admin.act(order.id, 'fulfill', { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true }, { version: order.version });
    assert.equal(detail.order.shipments.length, 1);
    assert.equal(recorder.sent.length, 2);
    assert.ok(recorder.sent[0]!.idempotencyKey, 'the write names its attempt');
    assert.equal(recorder.sent[1]!.idempotencyKey, recorder.sent[0]!.idempotencyKey, 'the retry is the same attempt');
    assert.equal(api.store.getById(order.id)!.shipments.length, 1, 'one shipment');
    assert.equal(api.store.outbox.forOrder(order.id).filter((message) => message.topic === 'shipped' && message.channel === 'email').length, 1, 'one e-mail');
  });

  it('a live stream that drops resumes with Last-Event-ID, and no update is missed', LIMIT, async () => {
    const { client: sdk, sent } = client({ maxRetries: 2, baseDelayMs: 20, maxDelayMs: 100 });
    const access = await session();
    api.faults.add({ match: { method: 'GET', path: '/v1/orders/:orderId/events' }, fault: { kind: 'stream_drop', afterEvents: 1 }, times: 1 });
    const events: OrderEvent[] = [];
    const statuses: WatchStatus[] = [];
    const errors: SuiviError[] = [];
    const stop = sdk.watchOrder(access, {
      onEvent: (event) => {
        events.push(event);
        // Changes made while the stream is down: the first connection has already dropped.
        // (#1001 takes three ticks to be delivered: two now, one once the stream is back.)
        if (events.length === 1) for (let tick = 0; tick < 2; tick++) api.clock.advance(1);
      },
      onStatus: (status) => statuses.push(status),
      onError: (error) => errors.push(error),
    });
    try {
      const first = () => events[0]!.version;
      await until(() => events.length >= 2, 'the event after the reconnection');
      const streams = sent.filter((request) => request.path.endsWith('/events'));
      assert.equal(streams.length, 2, 'one reconnection');
      assert.equal(streams[0]!.lastEventId, null);
      assert.equal(streams[1]!.lastEventId, String(first()), 'resumed after the last event received');
      const current = api.store.getById(access.orderId)!;
      assert.ok(current.version > first(), 'the order moved while the stream was down');
      assert.equal(events[1]!.version, current.version, 'the reconnection brought the order as it is now');
      assert.deepEqual(events[1]!.order, z.parse(CustomerOrderView, JSON.parse(JSON.stringify(toCustomerView(current)))));
      // And it goes on: the next change arrives live on the new connection.
      api.clock.advance(1);
      await until(() => events.length >= 3, 'the next live change');
      assert.equal(events[2]!.version, api.store.getById(access.orderId)!.version);
      assert.ok(statuses.includes('reconnecting'));
      assert.equal(statuses.at(-1), 'open');
      assert.deepEqual(errors, [], 'a stream that ends is simply reopened');
    } finally {
      stop();
    }
  });

  it('a stream that keeps dropping before its first event is reopened with backoff until it holds', LIMIT, async () => {
    const { client: sdk, sent } = client({ maxRetries: 2, baseDelayMs: 10, maxDelayMs: 40 });
    const access = await session();
    api.faults.add({ match: { path: '/v1/orders/:orderId/events' }, fault: { kind: 'stream_drop', afterEvents: 0 }, times: 3 });
    const events: OrderEvent[] = [];
    const stop = sdk.watchOrder(access, { onEvent: (event) => events.push(event) });
    try {
      await until(() => events.length >= 1, 'the first event');
      assert.equal(sent.filter((request) => request.path.endsWith('/events')).length, 4);
      assert.equal(events[0]!.version, api.store.getById(access.orderId)!.version);
    } finally {
      stop();
    }
  });

  // This used to be "reports each one and stays open": a bent connection then bent every later
  // event while the page said "live". Now each bad event closes the connection; once the fault is
  // gone the next connection resumes from the last good event and changes arrive again.
  for (const fault of [{ kind: 'malformed_json' }, { kind: 'schema_mismatch', path: 'version', value: 'three' }] as const) {
    it(`a stream whose events break the contract (${fault.kind}) is reopened, and once the fault is cleared the next change arrives`, LIMIT, async () => {
      const { client: sdk, sent } = client({ maxRetries: 2, baseDelayMs: 10, maxDelayMs: 40 });
      const access = await session();
      const rule = api.faults.add({ match: { path: '/v1/orders/:orderId/events' }, fault });
      const errors: SuiviError[] = [];
      const statuses: WatchStatus[] = [];
      const events: OrderEvent[] = [];
      const stop = sdk.watchOrder(access, { onEvent: (event) => events.push(event), onError: (error) => errors.push(error), onStatus: (status) => statuses.push(status) });
      try {
        await until(() => errors.length >= 2, 'two connections with a broken event');
        assert.ok(errors.every((error) => error instanceof UnexpectedResponseError));
        assert.ok(statuses.includes('reconnecting'), 'a bent stream is not reported as live');
        assert.equal(events.length, 0, 'nothing unchecked reached the page');
        api.faults.remove(rule.id);
        await until(() => events.length >= 1, 'the order as it is now, on the first clean connection');
        assert.equal(events[0]!.version, api.store.getById(access.orderId)!.version);
        api.clock.advance(1);
        await until(() => events.length >= 2, 'the next live change');
        assert.equal(events[1]!.version, api.store.getById(access.orderId)!.version);
        assert.ok(events[1]!.version > events[0]!.version);
        assert.equal(statuses.at(-1), 'open');
        const streams = sent.filter((request) => request.path.endsWith('/events'));
        assert.ok(streams.length >= 3 && streams.every((request) => request.lastEventId === null), 'no bad event id was ever resumed from');
      } finally {
        stop();
      }
    });
  }

});

describe('fault switch over HTTP (standalone server, POST /__mock/faults)', () => {
  const api = createMockApi({ anchor: ANCHOR, orderCount: 40 });
  let base = '';
  let close: () => Promise<void> = async () => {};
  before(async () => {
    const server = await startMockHttpServer({ api, port: 0 });
    base = server.url;
    close = () => server.close();
  });
  afterEach(() => {
    tally.injected += api.faults.injected - injectedBefore;
    injectedBefore = api.faults.injected;
    api.reset();
  });
  after(() => close());
  let injectedBefore = 0;

  async function addFault(rule: unknown): Promise<Response> {
    tally.requests++;
    return fetch(`${base}${faultControlPaths.faults}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) });
  }

  it('refuses a rule it cannot play, naming the field', LIMIT, async () => {
    for (const rule of [
      { match: { path: '/v1/lookup' }, fault: { kind: 'meteor' } },
      { match: {}, fault: { kind: 'drop' } },
      { match: { path: '/v1/lookup', pathRegExp: 'x' }, fault: { kind: 'drop' } },
      { match: { pathRegExp: '(' }, fault: { kind: 'drop' } },
      { match: { path: '/v1/lookup' }, fault: { kind: 'latency', ms: -1 } },
    ]) {
      const response = await addFault(rule);
      assert.equal(response.status, 400, JSON.stringify(rule));
      const body = (await response.json()) as { code: string; fields: { path: string }[] };
      assert.equal(body.code, 'invalid_input');
      assert.ok(body.fields.length > 0);
    }
    assert.deepEqual(api.faults.list(), []);
  });

  it('a dropped connection cuts the socket: the SDK sees a network failure, never a 500', LIMIT, async () => {
    const access = await createSuiviClient({ baseUrl: base }).lookupOrder(SHOPPER);
    const added = await addFault({ match: { method: 'GET', pathRegExp: '^/v1/orders/[^/]+$' }, fault: { kind: 'drop' }, times: 1 });
    assert.equal(added.status, 201);
    const recorder = recordingFetch();
    const sdk = createSuiviClient({ baseUrl: base, fetch: recorder.fetch, retry: { ...QUICK, maxRetries: 0 } });
    const error = await rejection(sdk.getOrder(access));
    assert.ok(error instanceof UnavailableError);
    assert.equal(error.status, null, 'no status: the connection was cut');
    const listed = (await (await fetch(`${base}${faultControlPaths.faults}`)).json()) as { faults: ActiveFault[]; injected: number };
    tally.requests++;
    assert.deepEqual(listed.faults, [], 'the rule retired after its one hit');
    assert.equal(listed.injected, 1);
    assert.equal((await sdk.getOrder(access)).id, access.orderId);
  });

  it('a live stream dropped over TCP reconnects with Last-Event-ID and catches up', LIMIT, async () => {
    const access = await createSuiviClient({ baseUrl: base }).lookupOrder(SHOPPER);
    assert.equal((await addFault({ match: { path: '/v1/orders/:orderId/events' }, fault: { kind: 'stream_drop', afterEvents: 1 }, times: 1 })).status, 201);
    const recorder = recordingFetch();
    const sdk = createSuiviClient({ baseUrl: base, fetch: recorder.fetch, retry: { maxRetries: 2, baseDelayMs: 20, maxDelayMs: 100 } });
    const events: OrderEvent[] = [];
    const errors: SuiviError[] = [];
    const stop = sdk.watchOrder(access, {
      onEvent: (event) => {
        events.push(event);
        if (events.length === 1) api.clock.advance(2);
      },
      onError: (error) => errors.push(error),
    });
    try {
      await until(() => events.length >= 2, 'the event after the reconnection');
      const streams = recorder.sent.filter((request) => request.path.endsWith('/events'));
      assert.equal(streams[1]!.lastEventId, String(events[0]!.version));
      assert.equal(events[1]!.version, api.store.getById(access.orderId)!.version);
      assert.deepEqual(
        errors.map((error) => error.code),
        ['unavailable'],
        'over TCP the drop is a broken connection, reported once, then mended',
      );
    } finally {
      stop();
    }
  });

  it('DELETE /__mock/faults removes every rule', LIMIT, async () => {
    await addFault({ match: { path: '/v1/*' }, fault: { kind: 'server_error' } });
    await addFault({ match: { method: 'GET', path: '/v1/admin/orders' }, fault: { kind: 'timeout' } });
    assert.equal(api.faults.list().length, 2);
    const cleared = await fetch(`${base}${faultControlPaths.faults}`, { method: 'DELETE' });
    tally.requests++;
    assert.equal(cleared.status, 204);
    assert.deepEqual(api.faults.list(), []);
    const session = await createSuiviClient({ baseUrl: base }).lookupOrder(SHOPPER);
    assert.equal(session.order.orderNumber, '#1001');
  });
});

after(() => {
  console.log(`fault injection: ${tally.requests} requests made under fault injection, ${tally.injected} of them answered with a fault; no update lost, no write repeated`);
});
