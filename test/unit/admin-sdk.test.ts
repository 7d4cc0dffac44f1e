/**
 * The admin SDK against the real mock handlers through msw/node: typed answers and errors,
 * local validation, idempotency keys made per call and kept across retries, streamed CSV, live events.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { unshippedQuantities, type AdminOrderEvent, type AdminResyncEvent, type Order } from '@suivi/model';
import {
  ConflictError,
  UnprocessableError,
  createSuiviAdminClient,
  isSuiviError,
  type SuiviAdminClient,
  type WatchStatus,
} from '@suivi/sdk';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { BASE, adminMock } from './fixtures/admin-api.ts';

const api = adminMock();
const server = createMockNodeServer(api);
before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => api.reset());
after(() => server.close());

const seeded: Order[] = adminMock().store.all();
const shippable = seeded.filter((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0);

/** Every request the client sends, and a way to lose the next answer on the way back. */
function recordingFetch() {
  const requests: Request[] = [];
  let loseNextAnswerTo: string | null = null;
  const fetchFn: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const response = await globalThis.fetch(request);
    if (loseNextAnswerTo && request.method === loseNextAnswerTo) {
      loseNextAnswerTo = null;
      await response.body?.cancel();
      // The server has acted; the client never hears back.
      throw new TypeError('fetch failed: connection reset');
    }
    return response;
  };
  return {
    fetch: fetchFn,
    requests,
    loseNextAnswer(method: string) {
      loseNextAnswerTo = method;
    },
  };
}

function client(fetchFn?: typeof fetch, adminKey = api.adminKey): SuiviAdminClient {
  return createSuiviAdminClient({ baseUrl: BASE, adminKey, fetch: fetchFn, retry: { baseDelayMs: 1, maxDelayMs: 5 }, timeoutMs: 2_000 });
}

describe('createSuiviAdminClient', () => {
  it('lists orders with the query in the URL and validated answers', async () => {
    const recorder = recordingFetch();
    const page = await client(recorder.fetch).listOrders({ payment: ['paid', 'partially_refunded'], delivery: ['in_transit'], sort: 'total', dir: 'asc', limit: 5 });
    assert.equal(page.items.length, 5);
    assert.ok(page.items.every((row) => row.deliveryStatus === 'in_transit'));
    const url = new URL(recorder.requests[0]!.url);
    assert.equal(url.search, '?payment=paid%2Cpartially_refunded&delivery=in_transit&sort=total&dir=asc&limit=5');
    assert.equal(recorder.requests[0]!.headers.get('authorization'), `Bearer ${api.adminKey}`);
    const next = await client().listOrders({ payment: ['paid', 'partially_refunded'], delivery: ['in_transit'], sort: 'total', dir: 'asc', limit: 5, cursor: page.nextCursor! });
    assert.ok(!next.items.some((row) => page.items.some((seen) => seen.id === row.id)));
  });

  it('reads one order with its allowed actions, and lists carriers', async () => {
    const detail = await client().getOrder(seeded[0]!.id);
    assert.equal(detail.order.orderNumber, seeded[0]!.orderNumber);
    const carriers = await client().listCarriers();
    assert.ok(carriers.some((carrier) => carrier.code === 'transports_bernard' && !carrier.supported));
  });

  it('acts with If-Match and a fresh Idempotency-Key per call', async () => {
    const recorder = recordingFetch();
    const admin = client(recorder.fetch);
    const order = shippable[0]!;
    const held = await admin.act(order.id, 'hold_fulfillment', { reason: 'Adresse à vérifier' }, { version: order.version });
    await admin.act(order.id, 'release_fulfillment', {}, { version: held.order.version });
    const [first, second] = recorder.requests;
    assert.equal(first!.headers.get('if-match'), `"${order.version}"`);
    assert.match(first!.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
    assert.notEqual(first!.headers.get('idempotency-key'), second!.headers.get('idempotency-key'));
  });

  it('retries a write whose answer was lost with the same key: the server acts once', async () => {
    const recorder = recordingFetch();
    const admin = client(recorder.fetch);
    const order = shippable[1]!;
    recorder.loseNextAnswer('POST');
    const detail = await admin.act(order.id, 'fulfill', { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true }, { version: order.version });
    assert.equal(recorder.requests.length, 2, 'one retry');
    assert.equal(recorder.requests[0]!.headers.get('idempotency-key'), recorder.requests[1]!.headers.get('idempotency-key'));
    assert.equal(detail.order.shipments.length, 1);
    assert.equal(api.store.outbox.forOrder(order.id).filter((message) => message.channel === 'email').length, 1, 'one e-mail');
    assert.equal(api.store.getById(order.id)!.shipments.length, 1, 'one shipment');
  });

  it('uses the caller\'s idempotency key when given, so a retry across calls acts once too', async () => {
    const admin = client();
    const order = shippable[2]!;
    const options = { version: order.version, idempotencyKey: 'page-42-fulfil-attempt' };
    const first = await admin.act(order.id, 'fulfill', { carrier: 'ups', notifyCustomer: false }, options);
    const again = await admin.act(order.id, 'fulfill', { carrier: 'ups', notifyCustomer: false }, options);
    assert.deepEqual(again, first);
    assert.equal(api.store.getById(order.id)!.shipments.length, 1);
  });

  it('throws ConflictError with the current order when the version is stale', async () => {
    const admin = client();
    const order = shippable[3]!;
    await admin.editTags(order.id, { add: ['priority'] }, { version: order.version });
    const error = await admin.act(order.id, 'archive', {}, { version: order.version }).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError);
    assert.ok(isSuiviError(error, 'conflict'));
    assert.equal(error.status, 409);
    assert.equal(error.current?.version, order.version + 1);
    assert.deepEqual(error.current?.tags, [...order.tags, 'priority']);
  });

  it('throws UnprocessableError with the refusal code when the state machine says no', async () => {
    const cancelled = seeded.find((o) => o.state === 'cancelled')!;
    const error = await client().act(cancelled.id, 'mark_paid', {}, { version: cancelled.version }).catch((e: unknown) => e);
    assert.ok(error instanceof UnprocessableError);
    assert.deepEqual(error.refusal, { code: 'order_cancelled', reason: 'The order is cancelled.' });
  });

  it('refuses impossible parameters before sending anything', async () => {
    const recorder = recordingFetch();
    const admin = client(recorder.fetch);
    const error = await admin
      .act(shippable[0]!.id, 'fulfill', { carrier: 'colissimo', trackingNumber: 'no spaces allowed', notifyCustomer: true }, { version: 1 })
      .catch((e: unknown) => e);
    assert.ok(isSuiviError(error, 'invalid_input'));
    assert.deepEqual(error.fields.map((field) => field.path), ['trackingNumber']);
    const tagError = await admin.setTags(shippable[0]!.id, ['a,b'], { version: 1 }).catch((e: unknown) => e);
    assert.ok(isSuiviError(tagError, 'invalid_input'));
    assert.equal(recorder.requests.length, 0);
  });

  it('fails with unauthorized on a wrong admin key', async () => {
    const error = await client(undefined, 'wrong-key-123').listOrders().catch((e: unknown) => e);
    assert.ok(isSuiviError(error, 'unauthorized'));
  });

  it('applies a bulk action with one result per order, retrying with the same key', async () => {
    const recorder = recordingFetch();
    const selection = shippable.slice(4, 7).map(({ id, version }) => ({ id, version }));
    recorder.loseNextAnswer('POST');
    const { action, results } = await client(recorder.fetch).bulk('add_tags', selection, { tags: ['wholesale-2026'] });
    assert.equal(action, 'add_tags');
    assert.deepEqual(results.map((result) => result.ok && result.version), selection.map(({ version }) => version + 1), 'tagged once');
    const [first, retry] = recorder.requests;
    assert.deepEqual(await retry!.json(), await first!.json(), 'the retry is the same request, key included');
  });

  it('exports CSV as a text stream with the suggested file name', async () => {
    const { fileName, stream } = await client().exportCsv({ q: 'camille', archived: 'include' });
    assert.equal(fileName, 'orders-2026-11-21.csv');
    let text = '';
    for await (const chunk of stream as unknown as AsyncIterable<string>) text += chunk;
    const lines = text.split('\r\n').filter(Boolean);
    const page = await client().listOrders({ q: 'camille', archived: 'include' });
    assert.equal(lines.length, page.total + 1);
    assert.ok(lines.slice(1).every((line) => /camille/i.test(line)));
  });

  it('watches new orders and changes live, and says when to resync', async () => {
    const admin = client();
    const events: AdminOrderEvent[] = [];
    const resyncs: AdminResyncEvent[] = [];
    const statuses: WatchStatus[] = [];
    let wake = () => {};
    const changed = () => new Promise<void>((resolve) => (wake = resolve));
    let opened = changed();
    const stop = admin.watchOrders({
      onEvent: (event) => (events.push(event), wake()),
      onResync: (event) => (resyncs.push(event), wake()),
      onStatus: (status) => (statuses.push(status), status === 'open' && wake()),
    });
    await opened;
    let next = changed();
    const created = (await (await fetch(`${BASE}/__mock/orders/new`, { method: 'POST' })).json()) as { id: string; version: number };
    await next;
    assert.deepEqual(events.map((event) => [event.kind, event.order.id]), [['created', created.id]]);
    next = changed();
    await admin.act(created.id, 'archive', {}, { version: created.version });
    await next;
    assert.deepEqual(events.at(-1), { kind: 'updated', order: { ...events[0]!.order, state: 'archived', version: created.version + 1 } });
    next = changed();
    api.reset();
    await next;
    assert.deepEqual(resyncs, [{ reason: 'reset' }]);
    opened = new Promise<void>((resolve) => setTimeout(resolve, 20));
    stop();
    await opened;
    assert.deepEqual(statuses, ['connecting', 'open', 'closed']);
  });
});
