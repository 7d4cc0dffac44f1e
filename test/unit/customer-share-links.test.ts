/**
 * Share links through the real SDK against the real mock (msw/node): creating, listing and
 * revoking them, what an expired or revoked link answers, the live stream behind a link, and the
 * privacy promise: for many seeded orders, nothing personal appears anywhere in what a link shows.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { DEFAULT_SHARE_LINK_DAYS, SharedOrderView, toCustomerView, type Order, type SharedOrderEvent } from '@suivi/model';
import { createSuiviClient, isSuiviError, type OrderSession, type SuiviError, type WatchStatus } from '@suivi/sdk';
import { createMockApi } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { FORBIDDEN_SHARED_KEYS, containsWhole, formattedPrices, jsonKeys, personalValues } from './fixtures/personal-data.ts';

const BASE = 'http://shop.example/api';
const api = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z'), orderCount: 80 });
const server = createMockNodeServer(api);
const client = createSuiviClient({ baseUrl: BASE, retry: { baseDelayMs: 10, maxDelayMs: 50, maxRetries: 0 } });
const LIMIT = { timeout: 10_000 };

before(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => api.reset());
after(() => server.close());

async function signIn(order: Order): Promise<OrderSession> {
  return client.lookupOrder({ orderNumber: order.orderNumber, email: order.customer.email });
}

function byNumber(orderNumber: string): Order {
  const order = api.store.getByNumber(orderNumber);
  assert.ok(order, `the seed has ${orderNumber}`);
  return order;
}

async function failureOf(promise: Promise<unknown>): Promise<SuiviError> {
  const error = await promise.then(
    () => assert.fail('expected a failure'),
    (thrown: unknown) => thrown,
  );
  assert.ok(isSuiviError(error), `a SuiviError, got ${String(error)}`);
  return error;
}

describe('share links', () => {
  it('creates a link with a 256-bit base64url token that works for 7 days by default, listed newest first', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const first = await client.createShareLink(session);
    const second = await client.createShareLink(session, { expiresInDays: 1 });

    assert.match(first.token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(Buffer.from(first.token, 'base64url').length, 32);
    assert.notEqual(first.token, second.token);
    assert.equal(first.url, `http://shop.example/?share=${first.token}`);
    assert.equal(Date.parse(first.expiresAt) - Date.parse(first.createdAt), DEFAULT_SHARE_LINK_DAYS * 86_400_000);
    assert.equal(Date.parse(second.expiresAt) - Date.parse(second.createdAt), 86_400_000);
    assert.equal(first.revokedAt, null);
    // The link's id names it and the token opens it: they are different things.
    assert.ok(!first.url.includes(first.id));

    assert.deepEqual((await client.listShareLinks(session)).map((link) => link.id), [second.id, first.id]);
    assert.ok(!first.url.includes(session.token), 'the access token never goes into a link');
  });

  it('makes one link per Idempotency-Key: a retry with the same key gets the same link, marked as a replay', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const first = await client.createShareLink(session, { expiresInDays: 3 }, { idempotencyKey: 'share-attempt-1' });
    const again = await client.createShareLink(session, { expiresInDays: 3 }, { idempotencyKey: 'share-attempt-1' });
    assert.deepEqual(again, first);
    assert.equal(api.shareLinks.forOrder(session.orderId).length, 1, 'one live link, not two');
    const raw = await fetch(`${BASE}/v1/orders/${session.orderId}/share-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json', 'idempotency-key': 'share-attempt-1' },
      body: JSON.stringify({ expiresInDays: 3 }),
    });
    assert.equal(raw.status, 201);
    assert.equal(raw.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await raw.json()) as { id: string }).id, first.id);
    // Without a key (older clients) or with a new one, each call is a new link.
    await client.createShareLink(session, { expiresInDays: 3 });
    assert.equal(api.shareLinks.forOrder(session.orderId).length, 2);
  });

  it('refuses the same Idempotency-Key on a different request (400 naming the header) and makes nothing', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    await client.createShareLink(session, { expiresInDays: 3 }, { idempotencyKey: 'share-attempt-2' });
    const error = await failureOf(client.createShareLink(session, { expiresInDays: 10 }, { idempotencyKey: 'share-attempt-2' }));
    assert.ok(isSuiviError(error, 'invalid_input'));
    assert.deepEqual(error.fields.map((field) => field.path), ['Idempotency-Key']);
    const malformed = await failureOf(client.createShareLink(session, {}, { idempotencyKey: 'no spaces allowed' }));
    assert.ok(isSuiviError(malformed, 'invalid_input'));
    assert.equal(api.shareLinks.forOrder(session.orderId).length, 1);
  });

  it("sends a fresh key per call and the same key on the transport's own retry, so a lost answer makes one link", LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const keys: string[] = [];
    const retrying = createSuiviClient({
      baseUrl: BASE,
      retry: { baseDelayMs: 5, maxDelayMs: 20, maxRetries: 2 },
      fetch: (input, init) => {
        keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
        return fetch(input, init);
      },
    });
    api.faults.add({ match: { method: 'POST', path: '/v1/orders/:orderId/share-links' }, fault: { kind: 'respond_then_drop' }, times: 1 });
    const link = await retrying.createShareLink(session);
    assert.equal(keys.length, 2, 'the lost answer was retried');
    assert.equal(keys[0], keys[1], 'with the same key');
    assert.match(keys[0]!, /^[0-9a-f-]{36}$/);
    assert.deepEqual(api.shareLinks.forOrder(session.orderId).map((made) => made.id), [link.id], 'one link, the one returned');
    await retrying.createShareLink(session);
    assert.notEqual(keys[2], keys[0], 'a new call is a new attempt');
  });

  it('refuses a lifetime outside 1–30 days before sending anything, and the mock refuses it too', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const local = await failureOf(client.createShareLink(session, { expiresInDays: 31 }));
    assert.equal(local.code, 'invalid_input');
    assert.equal(local.status, null, 'refused by the SDK, no request made');
    const response = await fetch(`${BASE}/v1/orders/${session.orderId}/share-links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ expiresInDays: 0, extra: true }),
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'invalid_input');
  });

  it('needs the access token of that order to create, list or revoke links', LIMIT, async () => {
    const mine = await signIn(byNumber('#1001'));
    const theirs = await signIn(byNumber('#1002'));
    assert.equal((await failureOf(client.createShareLink({ ...mine, token: 'not-a-token' }))).code, 'unauthorized');
    const link = await client.createShareLink(mine);
    // Someone else's token gets "not found", as for any order it does not open.
    assert.equal((await failureOf(client.listShareLinks({ ...theirs, orderId: mine.orderId }))).code, 'not_found');
    assert.equal((await failureOf(client.revokeShareLink({ ...theirs, orderId: mine.orderId }, link.id))).code, 'not_found');
    assert.equal((await failureOf(client.revokeShareLink(theirs, link.id))).code, 'not_found');
    const response = await fetch(`${BASE}/v1/orders/${mine.orderId}/share-links`, { headers: { authorization: `Bearer ${api.adminKey}` } });
    assert.equal(response.status, 403, 'the admin key does not open customer routes');
  });

  it('opens the shared view with the share token alone', LIMIT, async () => {
    const session = await signIn(byNumber('#1005'));
    const link = await client.createShareLink(session);
    const shared = await client.getSharedOrder(link.token);
    assert.equal(shared.view, 'shared');
    assert.equal(shared.orderNumber, '#1005');
    assert.equal(shared.shipments.length, 2, 'both parcels, with their tracking and map data');
    assert.deepEqual(
      shared.lineItems.map((item) => [item.title, item.quantity]),
      session.order.lineItems.map((item) => [item.title, item.quantity]),
    );
  });

  it('answers 404 for a revoked link, exactly as for one that never existed', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const link = await client.createShareLink(session);
    const revoked = await client.revokeShareLink(session, link.id);
    assert.ok(revoked.revokedAt);
    assert.deepEqual(await client.listShareLinks(session), []);

    const gone = await fetch(`${BASE}/v1/share-links/${link.token}`);
    const unknown = await fetch(`${BASE}/v1/share-links/${'x'.repeat(43)}`);
    assert.equal(gone.status, 404);
    assert.equal(unknown.status, 404);
    assert.deepEqual(await gone.json(), await unknown.json());
    assert.equal((await failureOf(client.revokeShareLink(session, link.id))).code, 'not_found', 'revoking twice');
  });

  it('answers 410 link_expired once a link has expired, and still lists it so the page can say so', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    const link = await client.createShareLink(session);
    assert.equal(api.shareLinks.expireNow(link.token), 1);
    const response = await fetch(`${BASE}/v1/share-links/${link.token}`);
    assert.equal(response.status, 410);
    assert.equal(((await response.json()) as { code: string }).code, 'link_expired');
    const error = await failureOf(client.getSharedOrder(link.token));
    assert.equal(error.code, 'link_expired');
    assert.equal(error.status, 410);
    const [listed] = await client.listShareLinks(session);
    assert.equal(listed?.id, link.id);
    assert.ok(Date.parse(listed!.expiresAt) <= Date.now());
  });

  it('expires links through the mock control too (POST /__mock/share-links/expire)', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    await client.createShareLink(session);
    await client.createShareLink(session);
    const response = await fetch(`${BASE}/__mock/share-links/expire`, { method: 'POST' });
    assert.deepEqual(await response.json(), { expired: 2 });
  });

  it('follows the shared order live, and ends with link_expired or not_found when the link stops working', LIMIT, async () => {
    const session = await signIn(byNumber('#1001'));
    for (const stop of ['expire', 'revoke'] as const) {
      const link = await client.createShareLink(session);
      const events: SharedOrderEvent[] = [];
      const errors: SuiviError[] = [];
      const statuses: WatchStatus[] = [];
      let markClosed!: () => void;
      const closed = new Promise<void>((resolve) => (markClosed = resolve));
      client.watchSharedOrder(link.token, {
        onEvent: (event) => events.push(event),
        onError: (error) => errors.push(error),
        onStatus: (status) => {
          statuses.push(status);
          if (status === 'closed') markClosed();
        },
      });
      while (events.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(events[0]!.order.view, 'shared');
      const before = events[0]!.order.shipments[0]!.events.length;
      api.clock.advance(1);
      while (events.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      assert.equal(events[1]!.order.shipments[0]!.events.length, before + 1, 'the new scan reaches the shared page');

      if (stop === 'expire') api.shareLinks.expireNow(link.token);
      else await client.revokeShareLink(session, link.id);
      await closed;
      assert.equal(errors.at(-1)?.code, stop === 'expire' ? 'link_expired' : 'not_found');
      assert.deepEqual(statuses.slice(0, 2), ['connecting', 'open']);
    }
  });

  describe('privacy: nothing personal in what a link shows', () => {
    const showcase = api.showcase.map((order) => order.orderNumber);
    // Generated orders bring what the showcase lacks: billing addresses, second lines, companies, notes, refunds.
    const generated = api.store.all().slice(showcase.length, showcase.length + 32).map((order) => order.orderNumber);

    for (const orderNumber of [...showcase, ...generated]) {
      it(`${orderNumber}: the shared view's JSON holds no name, e-mail, phone, address, payment, price, note or code`, LIMIT, async () => {
        const order = byNumber(orderNumber);
        const session = await signIn(order);
        const link = await client.createShareLink(session);
        const response = await fetch(`${BASE}/v1/share-links/${link.token}`);
        assert.equal(response.status, 200);
        const text = await response.text();
        const body: unknown = JSON.parse(text);
        assert.ok(SharedOrderView.safeParse(body).success);

        const keys = jsonKeys(body);
        assert.deepEqual(FORBIDDEN_SHARED_KEYS.filter((key) => keys.has(key)), []);
        const found = personalValues(order).filter((value) => containsWhole(text, value));
        assert.deepEqual(found, [], `personal data in the shared view of ${orderNumber}`);
        const prices = formattedPrices(order).filter((price) => text.includes(price));
        assert.deepEqual(prices, []);
        assert.ok(!text.includes(session.token));
      });
    }

    it('checks orders that do have what must be hidden (otherwise the test above could not fail)', () => {
      const orders = [...showcase, ...generated].map(byNumber);
      assert.ok(orders.every((order) => personalValues(order).length >= 4));
      assert.ok(orders.some((order) => order.billingAddress && order.billingAddress.line1 !== order.shippingAddress?.line1));
      assert.ok(orders.some((order) => order.customerNote));
      assert.ok(orders.some((order) => order.payment.methodDetail));
      assert.ok(orders.some((order) => order.lineItems.some((item) => item.giftCardCode)));
      // And the detector does find them in what the shopper's own view shows: name, e-mail, street, postal code at least.
      for (const order of orders) {
        const customerText = JSON.stringify(toCustomerView(order));
        const seen = personalValues(order).filter((value) => containsWhole(customerText, value));
        assert.ok(seen.includes(order.customer.name) && seen.includes(order.customer.email), `${order.orderNumber}: name and e-mail found`);
        if (order.shippingAddress) assert.ok(seen.includes(order.shippingAddress.line1) && seen.includes(order.shippingAddress.postalCode), `${order.orderNumber}: street and postal code found`);
      }
    });
  });
});
