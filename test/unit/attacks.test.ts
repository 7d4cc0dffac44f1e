/**
 * Attacks on the order API, tried and counted (issue 6: "attacks tried" is a figure of the closing
 * note). Each test is one attack, made the way an attacker would make it: raw requests to the
 * mock's handlers (msw's getResponse, no server), the SDK where the SDK is the attacker's tool, and
 * the standalone HTTP server for what only a socket can send. Every answer is searched for what
 * it must not give away: another order's number, e-mail, name or street address.
 *
 * Some attacks are also covered, with more detail, by the suites of each feature (lookup limits,
 * share links, admin writes); they are tried again here so that this one file counts them all.
 * An attack "succeeds" when one of its checks fails; the suite prints both counts at the end.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { after, describe, it } from 'node:test';
import { adminPaths, paths, type Order } from '@suivi/model';
import { createSuiviAdminClient, createSuiviClient } from '@suivi/sdk';
import { getResponse } from 'msw';
import type { MockApi } from '../../mocks/src/index.ts';
import { startMockHttpServer } from '../../mocks/src/server/http-server.ts';
import { BASE, NOW, adminHeaders, adminMock, customerToken, freshKey } from './fixtures/admin-api.ts';

const tally = { attacks: 0, requests: 0, succeeded: 0 };

/** One attack: its requests are counted, and a failed check counts it as succeeded. */
function attack(name: string, body: () => Promise<void>): void {
  it(name, { timeout: 30_000 }, async () => {
    tally.attacks++;
    try {
      await body();
    } catch (error) {
      tally.succeeded++;
      throw error;
    }
  });
}

/** A request an attacker makes, counted. No handler for it is a server's plain 404. */
async function send(api: MockApi, path: string, init: RequestInit = {}): Promise<Response> {
  tally.requests++;
  return (await getResponse(api.handlers, new Request(`${BASE}${path}`, init))) ?? new Response('Not Found', { status: 404 });
}

/** A mock whose clock the test moves (token and link expiry), with no floor on failed lookups (timing is lookup-timing's). */
function mockWithClock(): { api: MockApi; later: (ms: number) => void } {
  let now = NOW;
  const api = adminMock({ now: () => now, failedLookupFloorMs: 0, orderCount: 60 });
  return { api, later: (ms) => void (now += ms) };
}

function order(api: MockApi, orderNumber: string): Order {
  const found = api.store.getByNumber(orderNumber);
  assert.ok(found, `the seed has ${orderNumber}`);
  return found;
}

/** What identifies an order and its shopper, for every order but `except`. */
function secretsOf(api: MockApi, except: readonly string[] = []): string[] {
  const valuesOf = (one: Order) => [
    one.id,
    one.customer.email,
    one.customer.name,
    ...(one.shippingAddress ? [one.shippingAddress.line1] : []),
    // '#1002' but not inside '#10021'.
    `${one.orderNumber}"`,
    `${one.orderNumber} `,
    `${one.orderNumber},`,
  ];
  const orders = api.store.all();
  // Seeded shoppers may share a name or a street with the order allowed: those say nothing.
  const allowed = new Set(orders.filter((one) => except.includes(one.id)).flatMap(valuesOf));
  return orders.filter((one) => !except.includes(one.id)).flatMap(valuesOf).filter((value) => !allowed.has(value));
}

/** Reads an answer and checks it names no order but the ones allowed, in body or headers. */
async function assertLeaksNothing(api: MockApi, response: Response, allowed: readonly string[] = []): Promise<string> {
  const text = await response.text();
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  for (const secret of secretsOf(api, allowed)) {
    assert.ok(!text.includes(secret), `the answer (${response.status}) gives away "${secret}": ${text.slice(0, 200)}`);
    assert.ok(!headers.includes(secret), `a header gives away "${secret}"`);
  }
  return text;
}

/** An ApiError answer with this status and code, nothing else in it. */
async function assertRefused(api: MockApi, response: Response, status: number, code?: string): Promise<void> {
  assert.equal(response.status, status, `expected ${status}, got ${response.status}`);
  const body = JSON.parse(await assertLeaksNothing(api, response)) as Record<string, unknown>;
  if (code) assert.equal(body.code, code);
  assert.deepEqual(Object.keys(body).filter((key) => !['code', 'message', 'fields', 'retryAfter', 'refusal', 'current'].includes(key)), []);
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
const lookup = (api: MockApi, orderNumber: string, email: string, from: string) => send(api, paths.lookup, json({ orderNumber, email }, { 'x-forwarded-for': from }));

describe('attacks on the lookup', () => {
  attack('brute-forcing the e-mail of one order number from a new client address each time: locked per number, even the right e-mail', async () => {
    const { api } = mockWithClock();
    const victim = order(api, '#1001');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      const response = await lookup(api, '#1001', `guess${attempt}@example.fr`, `203.0.113.${attempt}`);
      statuses.push(response.status);
      await assertLeaksNothing(api, response);
    }
    assert.ok(!statuses.includes(200));
    assert.ok(statuses.filter((status) => status === 429).length >= 30, `locked after a few guesses: ${statuses.join(' ')}`);
    const right = await lookup(api, '1001', victim.customer.email, '198.51.100.77');
    assert.equal(right.status, 429, 'a locked number stays locked for the right e-mail from a fresh address');
    assert.ok(Number(right.headers.get('retry-after')) > 0);
  });

  attack('guessing the e-mail of a known number with near misses (case, spaces, another domain, other shoppers): nothing opens', async () => {
    const { api } = mockWithClock();
    const victim = order(api, '#1002');
    const [local, domain] = victim.customer.email.split('@') as [string, string];
    const guesses = [`${local}@example.com`, `${local}.@${domain}`, `${local}@${domain}.`, `x${local}@${domain}`, order(api, '#1001').customer.email];
    for (const [index, email] of guesses.entries()) {
      const response = await lookup(api, '#1002', email, `192.0.2.${index}`);
      assert.ok([404, 429].includes(response.status), `${email}: ${response.status}`);
      await assertLeaksNothing(api, response);
    }
  });

  attack('enumerating order numbers: an unknown number and a known one with a wrong e-mail answer alike (status, headers, body)', async () => {
    const { api } = mockWithClock();
    const answers: string[] = [];
    for (const [index, orderNumber] of ['#1003', '#999999', '#1004', '#424242', '#1005', '#0'].entries()) {
      const response = await lookup(api, orderNumber, 'nobody@example.org', `198.18.0.${index}`);
      const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).sort().join('\n');
      answers.push(`${response.status}\n${headers}\n${await assertLeaksNothing(api, response)}`);
    }
    assert.equal(new Set(answers).size, 1, `different answers:\n${[...new Set(answers)].join('\n---\n')}`);
  });
});

describe('attacks with access tokens', () => {
  attack('reading an order with no token, a malformed one, a made-up one and an expired one: 401, no order', async () => {
    const { api, later } = mockWithClock();
    const victim = order(api, '#1001');
    const url = paths.order(victim.id);
    await assertRefused(api, await send(api, url), 401, 'unauthorized');
    for (const header of ['Bearer', 'Bearer <script>', 'Basic Y2FtaWxsZTp4', `Bearer ${'a'.repeat(600)}`, 'Bearer a b']) {
      await assertRefused(api, await send(api, url, { headers: { authorization: header } }), 401);
    }
    await assertRefused(api, await send(api, url, { headers: bearer(randomBytes(32).toString('base64url')) }), 401, 'unauthorized');
    const { token } = await customerToken(api);
    later(16 * 60_000);
    await assertRefused(api, await send(api, url, { headers: bearer(token) }), 401, 'token_expired');
    await assertRefused(api, await send(api, paths.orderEvents(victim.id), { headers: bearer(token) }), 401, 'token_expired');
  });

  attack("using one order's token on another order (read, events, share links, returns, notifications): the same 404 as no order", async () => {
    const { api } = mockWithClock();
    const mine = await customerToken(api);
    const victim = order(api, '#1002');
    const headers = bearer(mine.token);
    await assertRefused(api, await send(api, paths.order(victim.id), { headers }), 404, 'not_found');
    await assertRefused(api, await send(api, paths.orderEvents(victim.id), { headers }), 404, 'not_found');
    await assertRefused(api, await send(api, paths.orderShareLinks(victim.id), { headers }), 404, 'not_found');
    await assertRefused(api, await send(api, paths.orderShareLinks(victim.id), json({}, headers)), 404, 'not_found');
    await assertRefused(api, await send(api, paths.orderNotifications(victim.id), { headers }), 404, 'not_found');
    await assertRefused(api, await send(api, paths.orderNotifications(victim.id), { ...json({ email: false, sms: false }, headers), method: 'PUT' }), 404, 'not_found');
    const items = [{ lineItemId: victim.lineItems[0]!.id, quantity: 1 }];
    await assertRefused(api, await send(api, paths.orderReturns(victim.id), json({ items, reason: 'too_small' }, headers)), 404, 'not_found');
    assert.equal(order(api, '#1002').version, victim.version, 'nothing changed on the other order');
  });

  attack('putting the access token in the query string instead of the header: refused as if absent', async () => {
    const { api } = mockWithClock();
    const { token, order: view } = await customerToken(api);
    for (const name of ['access_token', 'token', 'authorization', 'bearer']) {
      await assertRefused(api, await send(api, `${paths.order(view.id)}?${name}=${token}`), 401, 'unauthorized');
      await assertRefused(api, await send(api, `${paths.orderEvents(view.id)}?${name}=${token}`), 401, 'unauthorized');
    }
  });

  attack('the SDK never puts an access token, share token or admin key in a URL (every customer call, the live stream, admin calls)', async () => {
    const { api } = mockWithClock();
    const requests: { url: string; authorization: string | null }[] = [];
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      requests.push({ url: request.url, authorization: request.headers.get('authorization') });
      tally.requests++;
      return (await getResponse(api.handlers, request)) ?? new Response(null, { status: 599 });
    };
    const client = createSuiviClient({ baseUrl: BASE, fetch: recording, retry: { maxRetries: 0 } });
    const victim = order(api, '#1001');
    const session = await client.lookupOrder({ orderNumber: '#1001', email: victim.customer.email });
    await client.getOrder(session);
    const link = await client.createShareLink(session);
    await client.listShareLinks(session);
    await client.getSharedOrder(link.token);
    await client.getNotificationSettings(session);
    await client.setNotificationPreferences(session, { email: true, sms: false });
    await client.revokeShareLink(session, link.id);
    await new Promise<void>((resolve, reject) => {
      const stop = client.watchOrder(session, {
        onStatus: (status) => status === 'open' && (stop(), resolve()),
        onEvent: () => {},
        onError: (error) => reject(error),
      });
    });
    const admin = createSuiviAdminClient({ baseUrl: BASE, adminKey: api.adminKey, fetch: recording, retry: { maxRetries: 0 } });
    await admin.listOrders({ limit: 5 });
    await admin.getOrder(victim.id);
    await admin.listCarriers();

    const secrets = [session.token, api.adminKey];
    for (const { url } of requests) for (const secret of secrets) assert.ok(!url.includes(secret), `a secret in ${url}`);
    const byToken = requests.filter(({ url }) => url.includes(link.token));
    assert.deepEqual(byToken.map(({ url }) => new URL(url).pathname), [`/api${paths.sharedOrder(link.token)}`], 'the share token only names the shared view it opens, as a path');
    assert.ok(requests.filter(({ url }) => url.includes(`/v1/orders/${victim.id}`)).every(({ authorization }) => authorization === `Bearer ${session.token}`));
  });

  attack("a shopper's token and a share token on every admin endpoint: 403 and 401, no data", async () => {
    const { api } = mockWithClock();
    const { token, order: found } = await customerToken(api);
    const view = order(api, found.orderNumber);
    const share = JSON.parse(await (await send(api, paths.orderShareLinks(view.id), json({}, bearer(token)))).text()) as { token: string };
    const write = (body: unknown) => json(body, { 'if-match': `"${view.version}"`, 'idempotency-key': freshKey() });
    const endpoints: [string, RequestInit][] = [
      [adminPaths.orders, {}],
      [`${adminPaths.orders}?q=${encodeURIComponent(view.orderNumber)}`, {}],
      [adminPaths.order(view.id), {}],
      [adminPaths.orderAction(view.id, 'archive'), write({})],
      [adminPaths.orderTags(view.id), { ...write({ tags: ['x'] }), method: 'PUT' }],
      [adminPaths.orderTags(view.id), write({ add: ['x'] })],
      [adminPaths.orderNotes(view.id), write({ text: 'x' })],
      [adminPaths.bulk('archive'), json({ idempotencyKey: freshKey(), orders: [{ id: view.id, version: view.version }] })],
      [adminPaths.exportCsv, {}],
      [adminPaths.events, {}],
      [adminPaths.carriers, {}],
    ];
    for (const [path, init] of endpoints) {
      await assertRefused(api, await send(api, path, { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(token) } }), 403, 'forbidden');
      await assertRefused(api, await send(api, path, { ...init, headers: { ...(init.headers as Record<string, string>), ...bearer(share.token) } }), 401, 'unauthorized');
    }
    assert.equal(order(api, view.orderNumber).state, 'open');
  });

  attack('a share token used as an access token on customer endpoints: 401', async () => {
    const { api } = mockWithClock();
    const { token, order: view } = await customerToken(api);
    const share = JSON.parse(await (await send(api, paths.orderShareLinks(view.id), json({}, bearer(token)))).text()) as { token: string };
    for (const path of [paths.order(view.id), paths.orderEvents(view.id), paths.orderShareLinks(view.id), paths.orderNotifications(view.id)]) {
      await assertRefused(api, await send(api, path, { headers: bearer(share.token) }), 401, 'unauthorized');
    }
  });
});

describe('attacks on the admin key', () => {
  attack('admin endpoints with no key, a wrong key, a near miss, or the key in the query string or another header: 401', async () => {
    const { api } = mockWithClock();
    const victim = order(api, '#1001');
    const wrong = [`${api.adminKey}x`, api.adminKey.slice(0, -1), api.adminKey.toUpperCase(), 'suivi-admin-key'];
    for (const path of [adminPaths.orders, adminPaths.order(victim.id), adminPaths.exportCsv, adminPaths.events, adminPaths.carriers]) {
      await assertRefused(api, await send(api, path), 401, 'unauthorized');
      for (const key of wrong) await assertRefused(api, await send(api, path, { headers: bearer(key) }), 401, 'unauthorized');
      for (const name of ['key', 'adminKey', 'access_token', 'token']) {
        await assertRefused(api, await send(api, `${path}${path.includes('?') ? '&' : '?'}${name}=${api.adminKey}`), 401, 'unauthorized');
      }
      await assertRefused(api, await send(api, path, { headers: { 'x-admin-key': api.adminKey, cookie: `admin=${api.adminKey}` } }), 401, 'unauthorized');
    }
  });

  attack('the admin key on customer endpoints is not a master key: 403', async () => {
    const { api } = mockWithClock();
    const victim = order(api, '#1003');
    for (const path of [paths.order(victim.id), paths.orderEvents(victim.id), paths.orderShareLinks(victim.id), paths.orderNotifications(victim.id)]) {
      await assertRefused(api, await send(api, path, { headers: bearer(api.adminKey) }), 403, 'forbidden');
    }
  });
});

describe('attacks on share links', () => {
  attack('guessing share tokens (random, well formed, and near a real one): 404, never an order', async () => {
    const { api } = mockWithClock();
    const { token } = await customerToken(api);
    const real = JSON.parse(await (await send(api, paths.orderShareLinks(order(api, '#1001').id), json({}, bearer(token)))).text()) as { token: string };
    const guesses = Array.from({ length: 200 }, () => randomBytes(32).toString('base64url'));
    guesses.push(real.token.slice(0, -1) + (real.token.endsWith('A') ? 'B' : 'A'), real.token.toLowerCase(), `${real.token}A`, real.token.slice(1));
    for (const guess of guesses) {
      if (guess === real.token) continue;
      await assertRefused(api, await send(api, paths.sharedOrder(guess)), 404, 'not_found');
    }
    await assertRefused(api, await send(api, paths.sharedOrderEvents(guesses[0]!)), 404, 'not_found');
  });

  attack('opening a revoked link (404) and an expired one (410): no order data, the stream too', async () => {
    const { api, later } = mockWithClock();
    const { token, order: view } = await customerToken(api);
    const make = async (days?: number) => JSON.parse(await (await send(api, paths.orderShareLinks(view.id), json(days ? { expiresInDays: days } : {}, bearer(token)))).text()) as { id: string; token: string };
    const revoked = await make();
    assert.equal((await send(api, paths.orderShareLink(view.id, revoked.id), { method: 'DELETE', headers: bearer(token) })).status, 200);
    const expiring = await make(1);
    later(86_400_000 + 1);
    for (const [link, status, code] of [[revoked, 404, 'not_found'], [expiring, 410, 'link_expired']] as const) {
      // The shared view never names the order's number, customer or address: no secret at all is allowed.
      await assertRefused(api, await send(api, paths.sharedOrder(link.token)), status, code);
      await assertRefused(api, await send(api, paths.sharedOrderEvents(link.token)), status, code);
    }
  });
});

describe('attacks on admin writes', () => {
  const shippable = (api: MockApi) => api.store.all().find((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && o.lineItems.some((item) => item.kind === 'physical'))!;
  const writeHeaders = (api: MockApi, version: number, key: string) => adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${version}"`, 'idempotency-key': key });

  attack('replaying a fulfil with the same idempotency key and a different body (another carrier, another order): refused, one shipment, one e-mail', async () => {
    const { api } = mockWithClock();
    const target = shippable(api);
    const other = api.store.all().find((o) => o !== target && o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length)!;
    const key = freshKey();
    const first = await send(api, adminPaths.orderAction(target.id, 'fulfill'), { method: 'POST', headers: writeHeaders(api, target.version, key), body: JSON.stringify({ carrier: 'colissimo', notifyCustomer: true }) });
    assert.equal(first.status, 200);
    const replay = await send(api, adminPaths.orderAction(target.id, 'fulfill'), { method: 'POST', headers: writeHeaders(api, target.version, key), body: JSON.stringify({ carrier: 'dhl', notifyCustomer: true }) });
    await assertRefused(api, replay, 422);
    const elsewhere = await send(api, adminPaths.orderAction(other.id, 'fulfill'), { method: 'POST', headers: writeHeaders(api, other.version, key), body: JSON.stringify({ carrier: 'colissimo', notifyCustomer: true }) });
    await assertRefused(api, elsewhere, 422);
    assert.equal(api.store.getById(target.id)!.shipments.length, 1);
    assert.equal(api.store.getById(other.id)!.version, other.version, 'the other order was not touched');
    assert.equal(api.store.outbox.forOrder(target.id).filter((message) => message.channel === 'email').length, 1);
  });

  attack('replaying a bulk request with the same idempotency key and more orders: refused, nothing more changed', async () => {
    const { api } = mockWithClock();
    const open = api.store.all().filter((o) => o.state === 'open' && !o.fulfillmentHold && o.payment.status === 'paid' && !o.shipments.length).slice(0, 3);
    const idempotencyKey = freshKey();
    const bulk = (orders: Order[]) => send(api, adminPaths.bulk('hold_fulfillment'), json({ idempotencyKey, reason: 'Stock', orders: orders.map(({ id, version }) => ({ id, version })) }, adminHeaders(api)));
    assert.equal((await bulk(open.slice(0, 1))).status, 200);
    await assertRefused(api, await bulk(open), 422);
    for (const untouched of open.slice(1)) assert.equal(api.store.getById(untouched.id)!.version, untouched.version);
  });

  attack('a write with a stale If-Match: 409 with the order as it is, nothing changed', async () => {
    const { api } = mockWithClock();
    const target = shippable(api);
    const held = await send(api, adminPaths.orderNotes(target.id), { method: 'POST', headers: writeHeaders(api, target.version, freshKey()), body: JSON.stringify({ text: 'first' }) });
    assert.equal(held.status, 200);
    const now = api.store.getById(target.id)!;
    const stale = await send(api, adminPaths.orderAction(target.id, 'fulfill'), { method: 'POST', headers: writeHeaders(api, target.version, freshKey()), body: JSON.stringify({ carrier: 'colissimo', notifyCustomer: true }) });
    assert.equal(stale.status, 409);
    await assertLeaksNothing(api, stale, [target.id]);
    assert.deepEqual(api.store.getById(target.id), now);
  });
});

describe('attacks with malformed requests', () => {
  attack('oversized bodies on every write (lookup, return, share link, notifications, note, tags, bulk): 400, nothing read', async () => {
    const { api } = mockWithClock();
    const { token, order: found } = await customerToken(api);
    const view = order(api, found.orderNumber);
    const huge = JSON.stringify({ text: 'x'.repeat(64 * 1024) });
    const customer = { ...bearer(token), 'content-type': 'application/json' };
    const admin = adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${view.version}"`, 'idempotency-key': freshKey() });
    const targets: [string, string, Record<string, string>][] = [
      [paths.lookup, 'POST', { 'content-type': 'application/json' }],
      [paths.orderReturns(view.id), 'POST', customer],
      [paths.orderShareLinks(view.id), 'POST', customer],
      [paths.orderNotifications(view.id), 'PUT', customer],
      [adminPaths.orderNotes(view.id), 'POST', admin],
      [adminPaths.orderTags(view.id), 'POST', admin],
      [adminPaths.bulk('archive'), 'POST', admin],
    ];
    for (const [path, method, headers] of targets) {
      await assertRefused(api, await send(api, path, { method, headers, body: huge }), 400, 'invalid_input');
      // Without a Content-Length to trust: the body is streamed and cut off past the limit.
      const stream = new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(new TextEncoder().encode(huge)), controller.close()) });
      await assertRefused(api, await send(api, path, { method, headers, body: stream, duplex: 'half' } as RequestInit), 400, 'invalid_input');
    }
    assert.equal(order(api, view.orderNumber).version, view.version);
  });

  attack('deeply nested JSON (8 000 levels of arrays and of objects) on every JSON endpoint: 400, no crash', async () => {
    const { api } = mockWithClock();
    const { token, order: found } = await customerToken(api);
    const view = order(api, found.orderNumber);
    const arrays = `${'['.repeat(8000)}${']'.repeat(8000)}`;
    const objects = `${'{"a":'.repeat(2500)}1${'}'.repeat(2500)}`;
    const inField = `{"text":${arrays}}`;
    const customer = { ...bearer(token), 'content-type': 'application/json' };
    const admin = () => adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${view.version}"`, 'idempotency-key': freshKey() });
    for (const body of [arrays, objects, `{"tags":${arrays}}`, `{"orders":${arrays},"idempotencyKey":"abcdefgh1"}`, inField]) {
      for (const [path, method, headers] of [
        [paths.lookup, 'POST', { 'content-type': 'application/json' }],
        [paths.orderReturns(view.id), 'POST', customer],
        [paths.orderNotifications(view.id), 'PUT', customer],
        [adminPaths.orderNotes(view.id), 'POST', admin()],
        [adminPaths.orderTags(view.id), 'PUT', admin()],
        [adminPaths.orderAction(view.id, 'fulfill'), 'POST', admin()],
        [adminPaths.bulk('archive'), 'POST', admin()],
      ] as const) {
        const response = await send(api, path, { method, headers, body });
        assert.equal(response.status, 400, `${method} ${path} with ${body.slice(0, 20)}…: ${response.status}`);
        await assertLeaksNothing(api, response);
      }
    }
    assert.equal(order(api, view.orderNumber).version, view.version);
    // Brackets inside a string are text, not nesting: a note of them is taken as written.
    const brackets = '[{'.repeat(200);
    const noted = await send(api, adminPaths.orderNotes(view.id), { method: 'POST', headers: admin(), body: JSON.stringify({ text: brackets }) });
    assert.equal(noted.status, 200, await noted.clone().text());
    assert.equal(api.store.getById(view.id)!.staffNotes.at(-1)!.text, brackets);
  });

  attack('path traversal in ids (../, encoded, double-encoded): no other resource, no order', async () => {
    const { api } = mockWithClock();
    const { token, order: view } = await customerToken(api);
    const victim = order(api, '#1002');
    const ids = [`..%2F${victim.id}`, `${view.id}%2F..%2F..%2F${victim.id}`, `%2E%2E%2F%2E%2E%2Fadmin%2Forders`, `..%252F..%252Fadmin%252Forders`, `${view.id}%00`, `..\\${victim.id}`];
    for (const id of ids) {
      const response = await send(api, `/v1/orders/${id}`, { headers: bearer(token) });
      assert.ok([400, 401, 403, 404].includes(response.status), `${id}: ${response.status}`);
      await assertLeaksNothing(api, response);
      const shared = await send(api, `/v1/share-links/${id}`);
      assert.ok([400, 404].includes(shared.status), `share ${id}: ${shared.status}`);
      await assertLeaksNothing(api, shared);
    }
    // `..` the URL itself resolves lands on the admin API, which wants the admin key.
    await assertRefused(api, await send(api, `/v1/orders/${view.id}/../../admin/orders`, { headers: bearer(token) }), 403, 'forbidden');
    for (const id of [`..%2Fcarriers`, `%2E%2E`, `${victim.id}%2F..`]) {
      const response = await send(api, `/v1/admin/orders/${id}`, { headers: adminHeaders(api) });
      assert.equal(response.status, 404, `admin ${id}: ${response.status}`);
    }
  });

  attack('prototype pollution keys in JSON bodies and as tags: refused or kept as plain data, no effect on other orders or on objects', async () => {
    const { api } = mockWithClock();
    const { token, order: found } = await customerToken(api);
    const view = order(api, found.orderNumber);
    const polluting = ['{"__proto__":{"polluted":"yes"},"orderNumber":"#1001","email":"x@example.fr"}', '{"constructor":{"prototype":{"polluted":"yes"}},"email":true,"sms":false}'];
    const customer = { ...bearer(token), 'content-type': 'application/json' };
    for (const body of polluting) {
      for (const [path, method, headers] of [
        [paths.lookup, 'POST', { 'content-type': 'application/json' }],
        [paths.orderNotifications(view.id), 'PUT', customer],
        [paths.orderShareLinks(view.id), 'POST', customer],
        [adminPaths.orderNotes(view.id), 'POST', adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${view.version}"`, 'idempotency-key': freshKey() })],
      ] as const) {
        const response = await send(api, path, { method, headers, body });
        assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
        await assertLeaksNothing(api, response);
      }
    }
    const keys = ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype'];
    const tagged = await send(api, adminPaths.orderTags(view.id), { method: 'PUT', headers: adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${view.version}"`, 'idempotency-key': freshKey() }), body: JSON.stringify({ tags: keys }) });
    assert.equal(tagged.status, 200, await tagged.clone().text());
    assert.deepEqual(api.store.getById(view.id)!.tags, keys, 'kept as plain text');
    for (const tag of keys) {
      const listed = await send(api, `${adminPaths.orders}?tag=${encodeURIComponent(tag)}&limit=100`, { headers: adminHeaders(api) });
      const list = JSON.parse(await listed.text()) as { items: { id: string }[]; facets: { tag?: Record<string, number> } & Record<string, unknown> };
      assert.equal(listed.status, 200);
      assert.deepEqual(list.items.map((item) => item.id), [view.id], `only the tagged order has ${tag}`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.ok(api.store.all().filter((o) => o.id !== view.id).every((o) => !o.tags.some((tag) => keys.includes(tag))), 'no other order gained those tags');
    // The list still works for everybody after these keys entered its index.
    assert.equal((await send(api, `${adminPaths.orders}?limit=5`, { headers: adminHeaders(api) })).status, 200);
  });

  attack('header injection through the standalone server: CR/LF and odd bytes in the Origin it echoes, in the forwarded address, the host', async () => {
    const api = adminMock({ orderCount: 20, baseUrl: '/api' });
    const server = await startMockHttpServer({ api, port: 0 });
    try {
      const raw = (head: string) =>
        new Promise<string>((resolve, reject) => {
          tally.requests++;
          const socket = connect(server.port, '127.0.0.1', () => socket.end(`${head}\r\n\r\n`));
          let answer = '';
          socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
          socket.on('end', () => resolve(answer));
          socket.on('error', reject);
        });
      const attempts = [
        'GET /api/v1/admin/carriers HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\nSet-Cookie: admin=1\r\nConnection: close',
        'GET /api/v1/admin/carriers HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://evil.example\rSet-Cookie: admin=1\r\nConnection: close',
        'GET /api/v1/admin/carriers HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: http://\xe9vil.example\r\nConnection: close',
        'GET /api/v1/admin/carriers HTTP/1.1\r\nHost: evil.example\r\nSet-Cookie: x\r\nX-Forwarded-For: 1.2.3.4\nLocation: http://evil.example\r\nConnection: close',
        'GET /api/v1/admin/carriers HTTP/1.1\r\nHost: 127.0.0.1/../\r\nConnection: close',
      ];
      for (const head of attempts) {
        const answer = await raw(head);
        const [statusLine, ...headerLines] = answer.split('\r\n\r\n')[0]!.split('\r\n');
        assert.match(statusLine ?? '', /^HTTP\/1\.1 (400|401) /, `answered: ${statusLine}`);
        assert.ok(!headerLines.some((line) => /^(set-cookie|location):/i.test(line)), `a header was injected: ${headerLines.join(' | ')}`);
      }
      const alive = await fetch(`${server.url}${adminPaths.carriers}`, { headers: adminHeaders(api) });
      assert.equal(alive.status, 200, 'the server still answers');
    } finally {
      await server.close();
    }
  });
});

after(() => {
  console.log(`attacks tried: ${tally.attacks} (${tally.requests} requests), succeeded: ${tally.succeeded}`);
});
