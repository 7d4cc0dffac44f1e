/**
 * Admin writes on the mock: reading one order, the If-Match / Idempotency-Key contract, every
 * action's effects and refusals, tags and staff notes, and changes reaching the shopper's stream.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AdminOrderDetail,
  ConflictErrorBody,
  OrderEvent,
  UnprocessableErrorBody,
  toCustomerView,
  unshippedQuantities,
  type Order,
} from '@suivi/model';
import * as z from 'zod/mini';
import type { MockApi } from '../../mocks/src/index.ts';
import { NOW, act, adminHeaders, adminMock, call, customerToken, errorOf, frameFields, frameReader, freshKey, getDetail } from './fixtures/admin-api.ts';

/** The seed's orders in full, from a twin mock (same seed), to pick test subjects by what they are. */
const seeded: Order[] = adminMock().store.all();
function pick(description: string, predicate: (order: Order) => boolean): Order {
  const found = seeded.find(predicate);
  assert.ok(found, `the seed has ${description}`);
  return found;
}

const paidUnshipped = () =>
  pick('a paid, open order with physical items left to ship', (o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0);

async function detailOf(response: Response): Promise<AdminOrderDetail> {
  const body: unknown = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return z.parse(AdminOrderDetail, body);
}

async function refusalOf(response: Response): Promise<UnprocessableErrorBody['refusal']> {
  const body: unknown = await response.json();
  assert.equal(response.status, 422, JSON.stringify(body));
  return z.parse(UnprocessableErrorBody, body).refusal;
}

async function doAct(api: MockApi, order: Pick<Order, 'id'>, action: string, body: unknown = {}): Promise<Response> {
  const { order: current } = await getDetail(api, order.id);
  return act(api, order.id, action, body, { version: current.version });
}

describe('GET /v1/admin/orders/{id}', () => {
  it('answers the whole order as staff see it, its ETag and what its state allows', async () => {
    const api = adminMock();
    const noted = pick('an order with staff notes', (o) => o.staffNotes.length > 0);
    const response = await call(api, `/v1/admin/orders/${noted.id}`, { headers: adminHeaders(api) });
    assert.equal(response.headers.get('etag'), `"${noted.version}"`);
    const detail = await detailOf(response);
    assert.deepEqual(detail.order, noted);
    assert.ok(detail.order.timeline.some((entry) => entry.internal), 'internal timeline entries included');
    assert.ok(detail.allowedActions.length > 0);
    for (const refused of detail.refusedActions) assert.ok(refused.reason.length > 0 && refused.code);
  });

  it('is a 404 for an unknown id', async () => {
    const api = adminMock();
    const response = await call(api, '/v1/admin/orders/ord_nope', { headers: adminHeaders(api) });
    assert.equal(response.status, 404);
    assert.equal((await errorOf(response)).code, 'not_found');
  });
});

describe('admin writes: If-Match and Idempotency-Key', () => {
  it('require If-Match (428) in the form of a version (400), and an Idempotency-Key (400)', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const missing = await act(api, order.id, 'archive', {}, { version: null });
    assert.equal(missing.status, 428);
    assert.deepEqual((await errorOf(missing)).fields, [{ path: 'If-Match', message: 'Required' }]);
    const headers = adminHeaders(api, { 'if-match': 'soon', 'idempotency-key': freshKey() });
    const malformed = await call(api, `/v1/admin/orders/${order.id}/actions/archive`, { method: 'POST', headers });
    assert.equal(malformed.status, 400);
    const noKey = await act(api, order.id, 'archive', {}, { version: order.version, key: null });
    assert.equal(noKey.status, 400);
    assert.equal(((await errorOf(noKey)).fields as { path: string }[])[0]!.path, 'Idempotency-Key');
    assert.equal((await getDetail(api, order.id)).order.version, order.version, 'nothing changed');
  });

  it('refuse a stale version with 409 and the order as it is now, overwriting nothing', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    assert.equal((await act(api, order.id, 'hold_fulfillment', { reason: 'Adresse à vérifier' }, { version: order.version })).status, 200);
    const stale = await act(api, order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: true }, { version: order.version });
    assert.equal(stale.status, 409);
    assert.equal(stale.headers.get('etag'), `"${order.version + 1}"`);
    const body = z.parse(ConflictErrorBody, await stale.json());
    assert.equal(body.current.version, order.version + 1);
    assert.equal(body.current.fulfillmentStatus, 'on_hold');
    assert.equal((await getDetail(api, order.id)).order.shipments.length, 0);
    assert.equal(api.store.outbox.size, 0);
  });

  it('answer a retry with the first answer and act once: one shipment, one e-mail', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const key = freshKey();
    const body = { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true };
    const first = await act(api, order.id, 'fulfill', body, { version: order.version, key });
    const firstDetail = await detailOf(first);
    const retry = await act(api, order.id, 'fulfill', body, { version: order.version, key });
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await detailOf(retry), firstDetail);
    const now = (await getDetail(api, order.id)).order;
    assert.equal(now.shipments.length, 1);
    assert.equal(now.version, order.version + 1);
    assert.equal(api.store.outbox.forOrder(order.id).filter((message) => message.channel === 'email').length, 1);
  });

  it('refuse the same key for a different request (422), without acting', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const key = freshKey();
    const { order: held } = await detailOf(await act(api, order.id, 'hold_fulfillment', { reason: 'Adresse à vérifier' }, { version: order.version, key }));
    const reused = await act(api, order.id, 'archive', {}, { version: held.version, key });
    assert.equal((await refusalOf(reused)).code, 'idempotency_key_reused');
    assert.equal((await getDetail(api, order.id)).order.state, 'open');
    const sameKeyOtherBody = await act(api, order.id, 'hold_fulfillment', { reason: 'Autre raison' }, { version: order.version, key });
    assert.equal((await refusalOf(sameKeyOtherBody)).code, 'idempotency_key_reused');
  });

  it('check the body: unknown fields and wrong types are 400 with the fields named', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const response = await act(api, order.id, 'fulfill', { carrier: 'Colissimo!', notifyCustomr: true }, { version: order.version });
    assert.equal(response.status, 400);
    const fields = (await errorOf(response)).fields as { path: string; message: string }[];
    assert.deepEqual(fields.map((field) => field.path).sort(), ['(body)', 'carrier', 'notifyCustomer'].sort());
    assert.ok(fields.some((field) => field.message === 'Unknown field: notifyCustomr'));
  });

  it('refuse a tracking number of spaces only (400, the field named): it would ship, and tell the customer, with no tracking', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const blank = await act(api, order.id, 'fulfill', { carrier: 'colissimo', trackingNumber: '   ', notifyCustomer: true }, { version: order.version });
    assert.equal(blank.status, 400);
    assert.deepEqual(((await errorOf(blank)).fields as { path: string }[]).map((field) => field.path), ['trackingNumber']);
    assert.equal((await getDetail(api, order.id)).order.shipments.length, 0);
    assert.equal(api.store.outbox.size, 0);
    const { order: shipped } = await detailOf(await act(api, order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: order.version }));
    const addBlank = await act(api, order.id, 'add_tracking', { shipmentId: shipped.shipments[0]!.id, trackingNumber: ' ' }, { version: shipped.version });
    assert.equal(addBlank.status, 400);
    assert.deepEqual(((await errorOf(addBlank)).fields as { path: string }[]).map((field) => field.path), ['trackingNumber']);
  });

  it('answer 404 for an unknown action or order', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    assert.equal((await act(api, order.id, 'teleport', {}, { version: 1 })).status, 404);
    assert.equal((await act(api, 'ord_nope', 'archive', {}, { version: 1 })).status, 404);
  });
});

describe('admin actions', () => {
  it('mark_paid: paid in full, downloads and gift card codes released, digital items fulfilled', async () => {
    const api = adminMock();
    const order = pick('an unpaid open order with a digital item or gift card', (o) => o.state === 'open' && o.payment.status === 'pending' && o.lineItems.some((item) => item.kind !== 'physical'));
    const { order: paid } = await detailOf(await doAct(api, order, 'mark_paid'));
    assert.equal(paid.payment.status, 'paid');
    assert.deepEqual(paid.payment.amountPaid, paid.totals.total);
    for (const item of paid.lineItems) {
      if (item.kind === 'digital') assert.match(item.downloadUrl ?? '', /^https:\/\//);
      if (item.kind === 'gift_card') assert.match(item.giftCardCode ?? '', /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    }
    assert.notEqual(paid.fulfillmentStatus, 'unfulfilled', 'electronic items count as delivered once paid');
    assert.equal(paid.timeline.at(-1)!.kind, 'payment_paid');
    assert.equal((await refusalOf(await doAct(api, order, 'mark_paid'))).code, 'already_paid');
  });

  it('capture_payment: an authorisation becomes paid; nothing else can be captured', async () => {
    const api = adminMock();
    const order = pick('an authorised open order', (o) => o.state === 'open' && o.payment.status === 'authorized');
    const { order: captured } = await detailOf(await doAct(api, order, 'capture_payment'));
    assert.equal(captured.payment.status, 'paid');
    assert.equal((await refusalOf(await doAct(api, order, 'capture_payment'))).code, 'not_authorized');
  });

  it('hold and release fulfilment; fulfilment is refused while on hold', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: held } = await detailOf(await doAct(api, order, 'hold_fulfillment', { reason: '  Adresse à vérifier  ' }));
    assert.deepEqual(held.fulfillmentHold, { kind: 'on_hold', reason: 'Adresse à vérifier', until: null });
    assert.equal(held.fulfillmentStatus, 'on_hold');
    assert.equal((await refusalOf(await doAct(api, order, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }))).code, 'fulfillment_on_hold');
    assert.equal((await refusalOf(await doAct(api, order, 'hold_fulfillment', { reason: 'again' }))).code, 'fulfillment_on_hold');
    const { order: released } = await detailOf(await doAct(api, order, 'release_fulfillment'));
    assert.equal(released.fulfillmentHold, null);
    assert.equal(released.fulfillmentStatus, 'unfulfilled');
    assert.deepEqual(released.timeline.slice(-2).map((entry) => entry.kind), ['fulfillment_held', 'fulfillment_released']);
  });

  it('fulfill with a supported carrier and a tracking number: a confirmed shipment the carrier clock moves on', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: shipped, allowedActions } = await detailOf(
      await doAct(api, order, 'fulfill', { carrier: 'chronopost', trackingNumber: 'XY123456789FR', notifyCustomer: false }),
    );
    const shipment = shipped.shipments[0]!;
    assert.equal(shipped.fulfillmentStatus, 'fulfilled');
    assert.deepEqual(shipment.lineItems, [...unshippedQuantities(order)].map(([lineItemId, quantity]) => ({ lineItemId, quantity })));
    assert.equal(shipment.carrier.code, 'chronopost');
    assert.equal(shipment.status, 'confirmed');
    assert.equal(shipment.shippedAt, new Date(NOW).toISOString());
    assert.match(shipment.trackingUrl ?? '', /XY123456789FR/);
    assert.equal(shipment.events.length, 1);
    assert.ok(shipment.estimatedDelivery);
    assert.equal(shipment.destination.city, order.shippingAddress!.city);
    assert.ok(shipped.timeline.some((entry) => entry.kind === 'shipment_created' && entry.shipmentId === shipment.id));
    assert.ok(!allowedActions.includes('fulfill'), 'nothing left to fulfil');
    assert.equal(api.store.outbox.size, 0, 'notifyCustomer: false tells nobody');

    api.clock.advance(2);
    const moved = (await getDetail(api, order.id)).order;
    assert.equal(moved.shipments[0]!.status, 'in_transit');
    assert.equal(moved.shipments[0]!.events.length, 3);
    assert.equal(moved.version, shipped.version + 1);
  });

  it('fulfill some items now and the rest later; notifying tells the customer by e-mail, in their language', async () => {
    const api = adminMock();
    const order = pick('a paid French order with two or more physical units to ship', (o) =>
      o.state === 'open' && o.locale === 'fr' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && [...unshippedQuantities(o).values()].reduce((a, b) => a + b, 0) >= 2);
    const [lineItemId] = [...unshippedQuantities(order).keys()];
    const { order: partly } = await detailOf(
      await doAct(api, order, 'fulfill', { items: [{ lineItemId, quantity: 1 }], carrier: 'colissimo', trackingNumber: '6A99999999999', notifyCustomer: true }),
    );
    assert.equal(partly.fulfillmentStatus, 'partially_fulfilled');
    const [email] = api.store.outbox.forOrder(order.id);
    assert.equal(email!.channel, 'email');
    assert.equal(email!.recipient, order.customer.email);
    assert.equal(email!.topic, 'shipped');
    assert.match(email!.message, new RegExp(`^Votre commande ${order.orderNumber} a été expédiée avec Colissimo\\. Numéro de suivi : 6A99999999999`));
    const { order: rest } = await detailOf(await doAct(api, order, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }));
    assert.equal(rest.shipments.length, 2);
    assert.equal(rest.fulfillmentStatus, 'fulfilled');
  });

  it('fulfill with a carrier Suivi cannot track, or without a tracking number: no live status until tracking is added', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: untracked } = await detailOf(await doAct(api, order, 'fulfill', { carrier: 'colissimo', trackingNumber: null, notifyCustomer: false }));
    const shipment = untracked.shipments[0]!;
    assert.equal(shipment.status, null);
    assert.equal(shipment.trackingUrl, null);
    api.clock.advance(3);
    assert.equal((await getDetail(api, order.id)).order.version, untracked.version, 'the clock has nothing to move');

    assert.equal((await refusalOf(await doAct(api, order, 'add_tracking', { shipmentId: 'shp_nope', trackingNumber: '6A11111111111' }))).code, 'unknown_shipment');
    const { order: tracked } = await detailOf(
      await doAct(api, order, 'add_tracking', { shipmentId: shipment.id, trackingNumber: '6A11111111111', notifyCustomer: true }),
    );
    assert.equal(tracked.shipments[0]!.status, 'confirmed');
    assert.equal(api.store.outbox.forOrder(order.id)[0]!.topic, 'tracking_added');
    assert.equal((await refusalOf(await doAct(api, order, 'add_tracking', { shipmentId: shipment.id, trackingNumber: '6A22222222222' }))).code, 'no_shipment_without_tracking');
    api.clock.advance(1);
    assert.equal((await getDetail(api, order.id)).order.shipments[0]!.status, 'in_transit');

    const other = seeded.filter((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0 && o.shippingAddress?.country === 'FR')[0]!;
    const { order: bulky } = await detailOf(await doAct(api, other, 'fulfill', { carrier: 'transports_bernard', trackingNumber: 'TB-12345678', notifyCustomer: false }));
    assert.equal(bulky.shipments[0]!.status, null);
    assert.equal(bulky.shipments[0]!.carrier.supported, false);
    assert.match(bulky.shipments[0]!.trackingUrl ?? '', /TB-12345678/);
  });

  it('fulfill refuses what cannot be shipped, with a code for each reason', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const [lineItemId, left] = [...unshippedQuantities(order)][0]!;
    const attempt = (body: unknown) => doAct(api, order, 'fulfill', body).then(refusalOf).then((refusal) => refusal.code);
    assert.equal(await attempt({ items: [{ lineItemId: 'li_nope', quantity: 1 }], carrier: 'colissimo', notifyCustomer: false }), 'unknown_line_item');
    assert.equal(await attempt({ items: [{ lineItemId, quantity: left + 1 }], carrier: 'colissimo', notifyCustomer: false }), 'quantity_exceeds_unfulfilled');
    assert.equal(await attempt({ carrier: 'pigeon_post', notifyCustomer: false }), 'unknown_carrier');
    const digital = pick('a paid order with a digital item and physical ones', (o) => o.payment.status === 'paid' && o.state === 'open' && !o.shipments.length && !o.fulfillmentHold && unshippedQuantities(o).size > 0 && o.lineItems.some((item) => item.kind === 'digital'));
    const digitalItem = digital.lineItems.find((item) => item.kind === 'digital')!;
    assert.equal((await refusalOf(await doAct(api, digital, 'fulfill', { items: [{ lineItemId: digitalItem.id, quantity: 1 }], carrier: 'colissimo', notifyCustomer: false }))).code, 'not_shippable');
    const unpaid = pick('an unpaid card order with items to ship', (o) => o.state === 'open' && o.payment.status === 'pending' && o.payment.method !== 'cash_on_delivery' && unshippedQuantities(o).size > 0);
    assert.equal((await refusalOf(await doAct(api, unpaid, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }))).code, 'payment_not_settled');
    const delivered = pick('a delivered open order', (o) => o.state === 'open' && o.fulfillmentStatus === 'fulfilled' && o.shipments.length > 0 && !o.fulfillmentHold && o.payment.status === 'paid');
    assert.equal((await refusalOf(await doAct(api, delivered, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }))).code, 'nothing_to_fulfill');
    assert.equal((await getDetail(api, order.id)).order.version, order.version, 'no refusal changed anything');
  });

  it('cancel before shipping: refunds what was paid, keeps the reason as a staff note, tells the customer if asked', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: cancelled, allowedActions } = await detailOf(await doAct(api, order, 'cancel', { reason: 'Rupture de stock', notifyCustomer: true }));
    assert.equal(cancelled.state, 'cancelled');
    assert.equal(cancelled.cancelledAt, new Date(NOW).toISOString());
    assert.equal(cancelled.payment.status, 'refunded');
    assert.deepEqual(cancelled.payment.amountRefunded, cancelled.payment.amountPaid);
    assert.equal(cancelled.staffNotes.at(-1)!.text, 'Rupture de stock');
    assert.ok(cancelled.timeline.some((entry) => entry.kind === 'order_cancelled'));
    assert.deepEqual(allowedActions, []);
    assert.equal(api.store.outbox.forOrder(order.id).find((message) => message.channel === 'email')!.topic, 'cancelled');

    const authorised = pick('an authorised unshipped order', (o) => o.state === 'open' && o.payment.status === 'authorized' && !o.shipments.length);
    const { order: voided } = await detailOf(await doAct(api, authorised, 'cancel', { reason: 'Fraud suspected' }));
    assert.equal(voided.payment.status, 'voided');

    const shipped = pick('an open order with a shipment', (o) => o.state === 'open' && o.shipments.length > 0);
    assert.equal((await refusalOf(await doAct(api, shipped, 'cancel', { reason: 'too late' }))).code, 'has_shipments');
  });

  it('refund part, then the rest; never more than was paid', async () => {
    const api = adminMock();
    const order = pick('a paid order with nothing refunded', (o) => o.state === 'open' && o.payment.status === 'paid' && o.payment.amountRefunded.amount === 0 && o.payment.amountPaid.amount > 1000);
    const paid = order.payment.amountPaid.amount;
    assert.equal((await refusalOf(await doAct(api, order, 'refund', { amount: paid + 1 }))).code, 'refund_exceeds_balance');
    const { order: partly } = await detailOf(await doAct(api, order, 'refund', { amount: 1000, notifyCustomer: true }));
    assert.equal(partly.payment.status, 'partially_refunded');
    assert.equal(partly.payment.amountRefunded.amount, 1000);
    assert.match(api.store.outbox.forOrder(order.id)[0]!.message, /10[,.]00/);
    const { order: fully } = await detailOf(await doAct(api, order, 'refund', { full: true }));
    assert.equal(fully.payment.status, 'refunded');
    assert.equal(fully.payment.amountRefunded.amount, paid);
    assert.equal((await refusalOf(await doAct(api, order, 'refund', { full: true }))).code, 'nothing_to_refund');
  });

  it('archive and unarchive; an archived order refuses every other action', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: archived, allowedActions } = await detailOf(await doAct(api, order, 'archive'));
    assert.equal(archived.state, 'archived');
    assert.deepEqual(allowedActions, ['unarchive']);
    assert.equal((await refusalOf(await doAct(api, order, 'hold_fulfillment', { reason: 'x' }))).code, 'order_archived');
    const { order: reopened } = await detailOf(await doAct(api, order, 'unarchive'));
    assert.equal(reopened.state, 'open');
    assert.equal((await refusalOf(await doAct(api, order, 'unarchive'))).code, 'order_not_archived');
  });
});

describe('tags and staff notes', () => {
  const write = (api: MockApi, method: string, path: string, body: unknown, version: number) =>
    call(api, path, { method, headers: adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${version}"`, 'idempotency-key': freshKey() }), body: JSON.stringify(body) });

  it('PUT replaces the tags; the same tags again change nothing', async () => {
    const api = adminMock();
    const order = paidUnshipped();
    const { order: tagged } = await detailOf(await write(api, 'PUT', `/v1/admin/orders/${order.id}/tags`, { tags: ['vip', 'gift', 'vip'] }, order.version));
    assert.deepEqual(tagged.tags, ['vip', 'gift']);
    const { order: same } = await detailOf(await write(api, 'PUT', `/v1/admin/orders/${order.id}/tags`, { tags: ['vip', 'gift'] }, tagged.version));
    assert.equal(same.version, tagged.version);
    const bad = await write(api, 'PUT', `/v1/admin/orders/${order.id}/tags`, { tags: ['a,b'] }, tagged.version);
    assert.equal(bad.status, 400);
    assert.equal(((await errorOf(bad)).fields as { path: string }[])[0]!.path, 'tags.0');
  });

  it('POST adds and removes, leaving other tags alone', async () => {
    const api = adminMock();
    const order = pick('an order with a tag other than priority', (o) => o.tags.length > 0 && !o.tags.includes('priority') && o.state === 'open');
    const { order: edited } = await detailOf(await write(api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['priority'] }, order.version));
    assert.deepEqual(edited.tags, [...order.tags, 'priority']);
    const { order: removed } = await detailOf(await write(api, 'POST', `/v1/admin/orders/${order.id}/tags`, { remove: [order.tags[0]] }, edited.version));
    assert.deepEqual(removed.tags, [...order.tags.slice(1), 'priority']);
  });

  it('a staff note is kept with its author and an internal timeline entry, and never reaches the customer', async () => {
    const api = adminMock();
    const { token, order } = await customerToken(api);
    const { order: current } = await getDetail(api, order.id);
    const { order: noted } = await detailOf(await write(api, 'POST', `/v1/admin/orders/${order.id}/notes`, { text: 'Client appelé.', author: 'Sophie' }, current.version));
    assert.deepEqual(noted.staffNotes.at(-1), { id: noted.staffNotes.at(-1)!.id, at: new Date(NOW).toISOString(), author: 'Sophie', text: 'Client appelé.' });
    assert.ok(noted.timeline.some((entry) => entry.kind === 'staff_note' && entry.internal));
    const view = await (await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
    assert.deepEqual(view, toCustomerView(noted));
    assert.ok(!JSON.stringify(view).includes('Client appelé'));
  });
});

describe('admin changes reach the shopper', () => {
  it('the customer\'s live stream gets the order after an admin action', async () => {
    const api = adminMock();
    const { token, order } = await customerToken(api);
    const controller = new AbortController();
    const { order: current } = await getDetail(api, order.id);
    // Resuming at the current version: the stream sends only what happens from now on.
    const stream = await call(api, `/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}`, 'last-event-id': String(current.version) }, signal: controller.signal });
    const frames = frameReader(stream.body!);
    await detailOf(await act(api, order.id, 'archive', {}, { version: current.version }));
    let frame = await frames.next();
    while (!frame.startsWith('event: order')) frame = await frames.next();
    const event = z.parse(OrderEvent, JSON.parse(frameFields(frame).data!));
    assert.equal(event.order.state, 'archived');
    assert.equal(event.version, current.version + 1);
    controller.abort();
    await frames.cancel();
  });
});
