/**
 * E-mail and SMS updates through the real SDK against the real mock: reading and saving the
 * choice (SMS only with a phone), and the outbox recording who the shop would tell what, on the
 * channels chosen, as the carrier clock moves parcels and returns.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Order } from '@suivi/model';
import { createSuiviClient, isSuiviError, type OrderSession } from '@suivi/sdk';
import { createMockApi, type OutboxMessage } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { SseParser } from '../../packages/sdk/src/sse-parser.ts';

const BASE = 'http://shop.example/api';
const api = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z'), orderCount: 40 });
const server = createMockNodeServer(api);
const client = createSuiviClient({ baseUrl: BASE });
const LIMIT = { timeout: 10_000 };

before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => api.reset());
after(() => server.close());

async function signIn(orderNumber: string): Promise<OrderSession> {
  const entry = api.showcase.find((candidate) => candidate.orderNumber === orderNumber)!;
  return client.lookupOrder({ orderNumber, email: entry.email });
}

function order(session: OrderSession): Order {
  return api.store.getById(session.orderId)!;
}

const sent = (orderId: string) => api.store.outbox.forOrder(orderId).map((message) => [message.topic, message.channel, message.recipient]);

describe('notification preferences', () => {
  it('reads the choice and the last two digits of the phone, never the number', LIMIT, async () => {
    const settings = await client.getNotificationSettings(await signIn('#1001'));
    assert.deepEqual(settings, { email: true, sms: true, smsAvailable: true, phoneEnding: '78' });
    const withoutPhone = await client.getNotificationSettings(await signIn('#1005'));
    assert.deepEqual(withoutPhone, { email: true, sms: false, smsAvailable: false, phoneEnding: null });
  });

  it('saves a new choice on the order (a new version, seen by the live stream)', LIMIT, async () => {
    const session = await signIn('#1002');
    const version = order(session).version;
    const saved = await client.setNotificationPreferences(session, { email: false, sms: true });
    assert.deepEqual(saved, { email: false, sms: true, smsAvailable: true, phoneEnding: '23' });
    assert.deepEqual(order(session).notifications, { email: false, sms: true });
    assert.equal(order(session).version, version + 1);
    assert.deepEqual((await client.getOrder(session)).notifications, { email: false, sms: true });
    // Saving the same choice again changes nothing.
    await client.setNotificationPreferences(session, { email: false, sms: true });
    assert.equal(order(session).version, version + 1);
  });

  it('refuses SMS without a phone number (422 no_phone) and keeps the choice as it was', LIMIT, async () => {
    const session = await signIn('#1005');
    const error = await client.setNotificationPreferences(session, { email: true, sms: true }).catch((thrown: unknown) => thrown);
    assert.ok(isSuiviError(error, 'unprocessable'));
    assert.equal(error.refusal?.code, 'no_phone');
    assert.deepEqual(order(session).notifications, { email: true, sms: false });
  });

  it('checks the body: both channels, booleans, nothing else', LIMIT, async () => {
    const session = await signIn('#1001');
    for (const body of [{ email: true }, { email: 'yes', sms: false }, { email: true, sms: false, push: true }]) {
      const response = await fetch(`${BASE}/v1/orders/${session.orderId}/notifications`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.equal(response.status, 400, JSON.stringify(body));
    }
  });
});

describe('the outbox', () => {
  it('records an SMS and an e-mail when an opted-in order goes out for delivery, then is delivered', LIMIT, async () => {
    // #1004: a delivery was attempted; the next scans put it out for delivery again, then deliver it.
    const session = await signIn('#1004');
    await client.setNotificationPreferences(session, { email: true, sms: true });
    assert.deepEqual(sent(session.orderId), []);
    api.clock.advance(1);
    api.clock.advance(1);
    const { email, phone } = order(session).customer;
    const messages = api.store.outbox.forOrder(session.orderId);
    assert.deepEqual(
      messages.map((message) => [message.topic, message.channel, message.recipient]),
      [
        ['out_for_delivery', 'email', email],
        ['out_for_delivery', 'sms', phone],
        ['delivered', 'email', email],
        ['delivered', 'sms', phone],
      ],
    );
    assert.equal(messages[0]!.message, 'The parcel of your order #1004 is out for delivery today with Royal Mail.');
    // Dated when the carrier scanned the parcel.
    assert.equal(messages[2]!.at, order(session).shipments[0]!.deliveredAt);
  });

  it('tells no one on a channel the shopper turned off, and nothing for scans that change no status', LIMIT, async () => {
    // #1001 is in transit: its next scan is another hub (no message), the one after out for delivery.
    const moving = await signIn('#1001');
    api.clock.advance(1);
    assert.deepEqual(sent(moving.orderId), []);
    api.clock.advance(1);
    assert.deepEqual(sent(moving.orderId), [
      ['out_for_delivery', 'email', 'camille.martin@example.fr'],
      ['out_for_delivery', 'sms', '+33 6 12 34 56 78'],
    ]);
    assert.match(api.store.outbox.forOrder(moving.orderId)[0]!.message, /^Le colis de votre commande #1001 est en cours de livraison/);

    const quiet = await signIn('#1004');
    await client.setNotificationPreferences(quiet, { email: false, sms: false });
    api.clock.advance(2);
    assert.equal(order(quiet).shipments[0]!.status, 'delivered');
    assert.deepEqual(sent(quiet.orderId), []);
  });

  it('tells the shopper about each step of a return, in the order’s language', LIMIT, async () => {
    const session = await signIn('#1003');
    await client.requestReturn(session, { items: [{ lineItemId: session.order.lineItems[0]!.id, quantity: 1 }], reason: 'damaged' });
    api.clock.advance(1);
    api.clock.advance(1);
    const messages = api.store.outbox.forOrder(session.orderId);
    assert.deepEqual(messages.map((message) => message.topic), ['return_requested', 'return_in_progress', 'return_received']);
    assert.ok(messages.every((message) => message.channel === 'email' && message.recipient === 'chloe.bernard@example.fr'));
    assert.match(messages[0]!.message, /demande de retour pour la commande #1003/);
  });

  it('sends a confirmation for a new order', LIMIT, async () => {
    const response = await fetch(`${BASE}/__mock/orders/new`, { method: 'POST', headers: { authorization: `Bearer ${api.adminKey}` } });
    assert.equal(response.status, 201);
    const { id } = (await response.json()) as { id: string };
    const created = api.store.getById(id)!;
    const expected = [
      ...(created.notifications.email ? [['confirmation', 'email', created.customer.email]] : []),
      ...(created.notifications.sms && created.customer.phone ? [['confirmation', 'sms', created.customer.phone]] : []),
    ];
    assert.ok(expected.length > 0, 'the new order has at least one channel on');
    assert.deepEqual(sent(id), expected);
  });

  it('is listed at GET /__mock/outbox and followed live at /__mock/outbox/events; a reset empties it', LIMIT, async () => {
    const session = await signIn('#1003');
    const controller = new AbortController();
    const stream = await fetch(`${BASE}/__mock/outbox/events`, { signal: controller.signal });
    assert.equal(stream.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const received: OutboxMessage[] = [];
    const parser = new SseParser({ onEvent: (event) => event.type === 'message' && received.push(JSON.parse(event.data) as OutboxMessage) });
    const reading = (async () => {
      const reader = stream.body!.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) break;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    })();

    await client.requestReturn(session, { items: [{ lineItemId: session.order.lineItems[1]!.id, quantity: 1 }], reason: 'too_large' });
    while (!received.length) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.equal(received[0]!.topic, 'return_requested');
    const listed = (await (await fetch(`${BASE}/__mock/outbox`)).json()) as OutboxMessage[];
    assert.deepEqual(listed.at(-1), received[0]);
    controller.abort();
    await reading;

    await fetch(`${BASE}/__mock/reset`, { method: 'POST' });
    assert.deepEqual(await (await fetch(`${BASE}/__mock/outbox`)).json(), []);
  });
});
