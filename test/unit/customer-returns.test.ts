/**
 * Return requests through the real SDK against the real mock: each rule refused with its own
 * code (and what is still possible), an accepted return on the order, its timeline and its live
 * events, and the carrier clock moving it on. The rule itself (returnEligibility) is checked on
 * hand-made orders too, so its arithmetic does not depend on the seed.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { returnEligibility, refuseReturn, type CustomerRefusal, type Order, type OrderEvent } from '@suivi/model';
import { createSuiviClient, isSuiviError, type OrderSession, type UnprocessableError } from '@suivi/sdk';
import { createMockApi } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { orderFixture, shipmentFixture } from './fixtures/order-fixture.ts';

const ANCHOR = new Date('2026-11-20T09:00:00Z');
const BASE = 'http://shop.example/api';
const api = createMockApi({ anchor: ANCHOR, orderCount: 60 });
/** A shop with a one-day window: #1003, delivered two days before the anchor, is past it. */
const strictShop = createMockApi({ anchor: ANCHOR, orderCount: 10, baseUrl: 'http://strict.example/api', returnWindowDays: 1 });
// The strict shop first: the default one answers `*/api` on any host.
const server = createMockNodeServer({ ...api, handlers: [...strictShop.handlers, ...api.handlers] });
const client = createSuiviClient({ baseUrl: BASE, retry: { baseDelayMs: 10, maxDelayMs: 50, maxRetries: 0 } });
const LIMIT = { timeout: 10_000 };

before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  api.reset();
  strictShop.reset();
});
after(() => server.close());

function showcase(orderNumber: string, from = api): { order: Order; email: string } {
  const order = from.store.getByNumber(orderNumber);
  const entry = from.showcase.find((candidate) => candidate.orderNumber === orderNumber);
  assert.ok(order && entry);
  return { order, email: entry.email };
}

async function signIn(orderNumber: string, using = client, from = api): Promise<OrderSession> {
  const { order, email } = showcase(orderNumber, from);
  return using.lookupOrder({ orderNumber: order.orderNumber, email });
}

async function refusalOf(promise: Promise<unknown>): Promise<CustomerRefusal> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (thrown: unknown) => thrown,
  );
  assert.ok(isSuiviError(error, 'unprocessable'), `unprocessable, got ${String(error)}`);
  assert.equal(error.status, 422);
  const refusal = (error as UnprocessableError).refusal as CustomerRefusal | null;
  assert.ok(refusal && 'lineItemId' in refusal, 'a shopper refusal, with its details');
  return refusal;
}

const itemOf = (session: OrderSession, index: number) => session.order.lineItems[index]!.id;

describe('return requests', () => {
  it('accepts a delivered item: the return is requested, on the order and its timeline, and pushed live', LIMIT, async () => {
    const session = await signIn('#1003');
    const events: OrderEvent[] = [];
    const stop = client.watchOrder(session, { onEvent: (event) => events.push(event) });
    while (!events.length) await new Promise((resolve) => setTimeout(resolve, 5));

    const created = await client.requestReturn(session, { items: [{ lineItemId: itemOf(session, 0), quantity: 1 }], reason: 'too_small', comment: 'Une taille au-dessus' });
    assert.equal(created.status, 'requested');
    assert.match(created.id, /^ret_/);
    assert.deepEqual(created.items, [{ lineItemId: itemOf(session, 0), quantity: 1 }]);
    // The order is in French: the reason reads in its language, with the shopper's own words kept.
    assert.equal(created.reason, 'Trop petit\u00a0: Une taille au-dessus');

    const order = await client.getOrder(session);
    assert.deepEqual(order.returns.map((request) => request.id), [created.id]);
    assert.equal(order.timeline.at(-1)?.kind, 'return_requested');
    while (!events.some((event) => event.order.returns.length)) await new Promise((resolve) => setTimeout(resolve, 5));
    stop();
  });

  it('moves the return on with the carrier clock: in progress, then returned, each step on the timeline', LIMIT, async () => {
    const session = await signIn('#1003');
    const created = await client.requestReturn(session, { items: [{ lineItemId: itemOf(session, 1), quantity: 1 }], reason: 'damaged' });
    api.clock.advance(1);
    let order = await client.getOrder(session);
    assert.equal(order.returns.find((request) => request.id === created.id)?.status, 'in_progress');
    api.clock.advance(1);
    order = await client.getOrder(session);
    assert.equal(order.returns.find((request) => request.id === created.id)?.status, 'returned');
    assert.deepEqual(
      order.timeline.filter((entry) => entry.kind.startsWith('return_')).map((entry) => [entry.kind, entry.status]),
      [['return_requested', null], ['return_status', 'in_progress'], ['return_status', 'returned']],
    );
    api.clock.advance(1);
    assert.equal((await client.getOrder(session)).returns.length, 1, 'nothing more happens once returned');
  });

  it('refuses more units than were delivered minus those already being returned (quantity_exceeds_returnable)', LIMIT, async () => {
    // #1005: four bowls delivered by Colissimo.
    const session = await signIn('#1005');
    const bowls = itemOf(session, 0);
    const tooMany = await refusalOf(client.requestReturn(session, { items: [{ lineItemId: bowls, quantity: 5 }], reason: 'changed_mind' }));
    assert.deepEqual([tooMany.code, tooMany.lineItemId, tooMany.returnableQuantity], ['quantity_exceeds_returnable', bowls, 4]);

    await client.requestReturn(session, { items: [{ lineItemId: bowls, quantity: 3 }], reason: 'changed_mind' });
    const afterOne = await refusalOf(client.requestReturn(session, { items: [{ lineItemId: bowls, quantity: 2 }], reason: 'changed_mind' }));
    assert.deepEqual([afterOne.code, afterOne.returnableQuantity], ['quantity_exceeds_returnable', 1]);
    const last = await client.requestReturn(session, { items: [{ lineItemId: bowls, quantity: 1 }], reason: 'changed_mind' });
    assert.equal(last.status, 'requested');
  });

  it('refuses an item that has not been delivered yet (not_delivered)', LIMIT, async () => {
    // #1005's lamp is still in transit with Chronopost.
    const session = await signIn('#1005');
    const refusal = await refusalOf(client.requestReturn(session, { items: [{ lineItemId: itemOf(session, 1), quantity: 1 }], reason: 'wrong_item' }));
    assert.deepEqual([refusal.code, refusal.lineItemId, refusal.returnableQuantity], ['not_delivered', itemOf(session, 1), 0]);
    assert.equal((await client.getOrder(session)).returns.length, 0, 'nothing was filed');
  });

  it('refuses digital items and gift cards (not_returnable)', LIMIT, async () => {
    const session = await signIn('#1007');
    for (const index of [0, 2]) {
      const refusal = await refusalOf(client.requestReturn(session, { items: [{ lineItemId: itemOf(session, index), quantity: 1 }], reason: 'changed_mind' }));
      assert.equal(refusal.code, 'not_returnable');
    }
  });

  it('refuses an item past its return window, from the delivery date (return_window_closed)', LIMIT, async () => {
    const strictClient = createSuiviClient({ baseUrl: 'http://strict.example/api' });
    const session = await signIn('#1003', strictClient, strictShop);
    const refusal = await refusalOf(strictClient.requestReturn(session, { items: [{ lineItemId: itemOf(session, 0), quantity: 1 }], reason: 'too_small' }));
    assert.equal(refusal.code, 'return_window_closed');
    const deliveredAt = session.order.shipments[0]!.deliveredAt!;
    assert.equal(refusal.windowClosedAt, new Date(Date.parse(deliveredAt) + 86_400_000).toISOString());
    // The default 30-day window takes the same request.
    const open = await client.requestReturn(await signIn('#1003'), { items: [{ lineItemId: itemOf(session, 0), quantity: 1 }], reason: 'too_small' });
    assert.equal(open.status, 'requested');
  });

  it('refuses a line item that is not on the order, and checks the body (400 with fields)', LIMIT, async () => {
    const session = await signIn('#1003');
    const refusal = await refusalOf(client.requestReturn(session, { items: [{ lineItemId: 'li_someone_else', quantity: 1 }], reason: 'too_small' }));
    assert.equal(refusal.code, 'unknown_line_item');
    for (const body of [{ items: [], reason: 'too_small' }, { items: [{ lineItemId: itemOf(session, 0), quantity: 1 }], reason: 'other' }, { items: [{ lineItemId: itemOf(session, 0), quantity: 0 }], reason: 'too_small' }]) {
      const response = await fetch(`${BASE}/v1/orders/${session.orderId}/returns`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 400, JSON.stringify(body));
      const error = (await response.json()) as { code: string; fields: { path: string }[] };
      assert.equal(error.code, 'invalid_input');
      assert.ok(error.fields.length > 0);
    }
    const otherWithoutWords = await client
      .requestReturn(session, { items: [{ lineItemId: itemOf(session, 0), quantity: 1 }], reason: 'other', comment: '  ' })
      .catch((error: unknown) => error);
    assert.ok(isSuiviError(otherWithoutWords, 'invalid_input'));
    assert.deepEqual(otherWithoutWords.fields.map((field) => field.path), ['comment']);
  });

  it('needs the access token of that order', LIMIT, async () => {
    const mine = await signIn('#1003');
    const theirs = await signIn('#1005');
    const error = await client.requestReturn({ ...theirs, orderId: mine.orderId }, { items: [{ lineItemId: itemOf(mine, 0), quantity: 1 }], reason: 'too_small' }).catch((e: unknown) => e);
    assert.ok(isSuiviError(error, 'not_found'));
  });
});

describe('returnEligibility', () => {
  const DAY = 86_400_000;
  const deliveredAt = '2026-11-01T10:00:00.000Z';

  function orderWith(edit: (order: Order) => void): Order {
    const order = orderFixture({ shipments: [shipmentFixture()] });
    edit(order);
    return order;
  }

  it('counts delivered units only, minus units held by requested, in-progress and returned returns (declined ones free theirs)', () => {
    const order = orderWith((draft) => {
      const [first] = draft.lineItems;
      first!.quantity = 5;
      first!.kind = 'physical';
      draft.lineItems = [first!];
      const base = draft.shipments[0]!;
      draft.shipments = [
        { ...base, id: 'shp_a', status: 'delivered', deliveredAt, lineItems: [{ lineItemId: first!.id, quantity: 2 }] },
        { ...base, id: 'shp_b', status: 'delivered', deliveredAt, lineItems: [{ lineItemId: first!.id, quantity: 2 }] },
        { ...base, id: 'shp_c', status: 'in_transit', deliveredAt: null, lineItems: [{ lineItemId: first!.id, quantity: 1 }] },
      ];
      const request = (status: 'requested' | 'in_progress' | 'returned' | 'declined', quantity: number) => ({
        id: `ret_${status}`, requestedAt: deliveredAt, status, items: [{ lineItemId: first!.id, quantity }], reason: 'x', declineReason: null,
      });
      draft.returns = [request('requested', 1), request('in_progress', 1), request('declined', 2)];
    });
    const [item] = returnEligibility(order, { now: Date.parse(deliveredAt) + DAY, windowDays: 30 });
    assert.deepEqual({ delivered: item!.delivered, inReturns: item!.inReturns, returnable: item!.returnable, blocked: item!.blocked }, { delivered: 4, inReturns: 2, returnable: 2, blocked: null });
    assert.equal(item!.windowClosesAt, new Date(Date.parse(deliveredAt) + 30 * DAY).toISOString());
  });

  it('closes the window exactly N days after the delivery, and leaves it to the server when the window is unknown', () => {
    const order = orderWith((draft) => {
      draft.lineItems = [{ ...draft.lineItems[0]!, kind: 'physical', quantity: 1 }];
      draft.shipments = [{ ...draft.shipments[0]!, status: 'delivered', deliveredAt, lineItems: [{ lineItemId: draft.lineItems[0]!.id, quantity: 1 }] }];
      draft.returns = [];
    });
    const at = (days: number) => Date.parse(deliveredAt) + days * DAY;
    assert.equal(returnEligibility(order, { now: at(30) - 1, windowDays: 30 })[0]!.blocked, null);
    assert.equal(returnEligibility(order, { now: at(30), windowDays: 30 })[0]!.blocked, 'return_window_closed');
    assert.equal(returnEligibility(order, { now: at(300), windowDays: null })[0]!.blocked, null);
    assert.equal(refuseReturn(order, { items: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }] }, { now: at(31), windowDays: 30 })?.code, 'return_window_closed');
  });
});
