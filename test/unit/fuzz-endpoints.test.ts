/**
 * Every endpoint of the customer and admin API, through msw/node, fed thousands of random and
 * malformed requests (fast-check, fixed seed): arbitrary JSON, wrong types, bytes that are not
 * UTF-8, bodies past the size limit, unicode and control characters, odd headers, random ids,
 * paths and query strings. Whatever comes in, the answer is never a 5xx and never an uncaught
 * exception: a 4xx with the one error shape, or (when the random input happens to be valid) a 2xx
 * that matches the contract. The closing line says how many inputs were tried.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  ADMIN_ACTIONS,
  AdminCarrierList,
  AdminOrderDetail,
  AdminOrderList,
  ApiError,
  BULK_ACTIONS,
  BulkActionResponse,
  CustomerOrderView,
  LookupResponse,
  NotificationSettings,
  ReturnRequest,
  ShareLink,
  ShareLinkList,
  SharedOrderView,
} from '@suivi/model';
import fc from 'fast-check';
import { http } from 'msw';
import { setupServer } from 'msw/node';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';

const BASE = 'http://fuzz.example/api';
const ANCHOR = new Date('2026-11-21T00:00:00Z');
/** One seed for every property: a failure is replayed exactly by running the file again. */
const SEED = 20_261_121;
const SHOPPER = { orderNumber: '#1001', email: 'camille.martin@example.fr' };
/** Marks the answer of the fallback below, which stands for the standalone server's own 404 for paths no handler knows. */
const UNMATCHED_HEADER = 'x-fuzz-unmatched';

const api = createMockApi({ anchor: ANCHOR, orderCount: 60, baseUrl: BASE });
/** The mock's handlers, then what the standalone server answers a path none of them knows (see mocks/src/server/http-server.ts). */
const server = setupServer(
  ...api.handlers,
  http.all('*', () => Response.json({ code: 'not_found', message: 'No such endpoint.' }, { status: 404, headers: { [UNMATCHED_HEADER]: '1' } })),
);
const tally = { inputs: 0, clientErrors: 0, successes: 0, unmatched: 0, byEndpoint: new Map<string, number>() };
const troubles: string[] = [];
const onUncaught = (error: unknown) => troubles.push(`uncaught: ${String(error)}`);
const originalConsoleError = console.error;

before(() => {
  server.listen({ onUnhandledFrame: 'error' });
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  // The mock's last line of defence (guarded) logs here before answering 500: any call is a bug found.
  console.error = (...args: unknown[]) => troubles.push(`console.error: ${args.map(String).join(' ')}`);
});
afterEach(() => api.reset());
after(() => {
  console.error = originalConsoleError;
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  server.close();
  const endpoints = [...tally.byEndpoint].map(([name, count]) => `${name} ${count}`).join(', ');
  console.log(
    `fuzzed endpoints: ${tally.inputs} random or malformed requests (seed ${SEED}): ${tally.clientErrors} answered 4xx with the error shape, ${tally.successes} valid by chance and answered per the contract, ${tally.unmatched} on paths no handler knows; 0 answered 5xx. By endpoint: ${endpoints}`,
  );
});

// ---------------------------------------------------------------------------------------------
// What comes in

/** Header values fetch accepts (visible ASCII and spaces); the mock must cope with any of them. */
const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 }).map((text) => text.trim());
/** Far past the 16 kB body limit. */
const hugeText = fc.tuple(fc.constantFrom('a', 'é', '𝕏', '\u202e', '<script>'), fc.integer({ min: 16_500, max: 60_000 })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
/** Strings a person, a bot or an attacker might send: any unicode, control and direction characters, long ones. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e#1001', '#1001\n', '１００１', '#-1', '#1e3', '%00', '../../etc/passwd', '${7*7}', '<img src=x onerror=alert(1)>', 'null', '[]', '{}'),
  fc.string({ maxLength: 3 }).map((text) => text.repeat(300)),
);
/** Every JSON value, then values of the wrong type where the contract wants strings, numbers or booleans. */
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(anyText, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }));
/** A request body: JSON of any shape, text that is not JSON, bytes that are not UTF-8, far too much, or nothing. */
const anyBody: fc.Arbitrary<string | Uint8Array | undefined> = fc.oneof(
  { weight: 4, arbitrary: anyJson.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
/** Bodies that can never be valid JSON: what a broken client or a fuzzer sends. */
const notJsonBody = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 200 }).filter((bytes) => !isJson(bytes)),
  anyText.filter((text) => text.trim() !== '' && !isJson(text)),
  hugeText,
);
/** A path segment: random text (encoded or raw), or one of the classics. */
const anySegment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).map((text) => text.replace(/[/?#]/g, '')),
  fc.constantFrom('..', '.', '%2e%2e', '%00', '%2F', '%', '%zz', 'ord_', 'export.csv', 'bulk', 'events', 'share-links', '__proto__', 'constructor', 'a'.repeat(2_000)),
);
/** A path segment that stays one segment: an empty one, `.` or `..` (however encoded) would move the request to another route. */
const idSegment = anySegment.filter((segment) => segment !== '' && !/^(\.|%2e){1,2}$/i.test(segment));
/** A query string: known parameter names with random values, random names, junk. */
const anyQuery = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('q', 'payment', 'fulfillment', 'delivery', 'method', 'carrier', 'tag', 'from', 'to', 'archived', 'sort', 'dir', 'cursor', 'limit', 'access_token', 'token'),
        anyText,
      ),
      fc.oneof(anyText, fc.constantFrom('paid', 'paid,refunded', 'in_transit,,', '2026-02-30', '2026-11-21T00:00:00Z', '-1', '0', '1e9', '999999999999', 'placedAt', 'total', 'asc', 'sideways', 'only')),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')}` : ''));
/** An Authorization header: none, a random bearer token, or not a bearer scheme at all. */
const anyAuthorization = fc.oneof(
  fc.constant(undefined),
  headerText.map((token) => `Bearer ${token}`),
  headerText,
  fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', `Bearer ${'A'.repeat(600)}`, 'bearer suivi-demo-admin-key ', 'Bearer suivi-demo-admin-keyX'),
);
/** Other headers a client may send, with odd values. */
const oddHeaders = fc.record(
  {
    'content-type': fc.oneof(headerText, fc.constantFrom('application/json', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data')),
    'x-forwarded-for': fc.oneof(headerText, fc.ipV4(), fc.ipV6()),
    'last-event-id': fc.oneof(headerText, fc.constantFrom('-1', '0', '99999999999999999999', 'NaN')),
    'if-match': fc.oneof(headerText, fc.constantFrom('"1"', '*', 'W/"2"', '"999999999999"', '"-1"')),
    'idempotency-key': fc.oneof(headerText, fc.uuid()),
    accept: headerText,
  },
  { requiredKeys: [] },
);

function isJson(value: string | Uint8Array): boolean {
  try {
    JSON.parse(typeof value === 'string' ? value : new TextDecoder('utf-8', { fatal: true }).decode(value));
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// What must come out

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
interface Attempt {
  endpoint: string;
  method: Method;
  path: string;
  headers?: Record<string, string | undefined>;
  body?: string | Uint8Array;
  /** The shape of a 2xx answer; absent where any 2xx would be a failure (the input cannot be valid). */
  success?: z.ZodMiniType;
  /** A 2xx answer that is not JSON: an event stream or CSV. */
  successType?: 'text/event-stream' | 'text/csv';
  /** Random paths: a 2xx may be JSON (checked against `success`) or a stream or CSV. */
  anySuccessType?: boolean;
}

/** Sends one fuzzed request and checks the answer keeps the contract; returns its status. */
async function attempt({ endpoint, method, path, headers = {}, body, success, successType, anySuccessType = false }: Attempt): Promise<number> {
  tally.inputs++;
  tally.byEndpoint.set(endpoint, (tally.byEndpoint.get(endpoint) ?? 0) + 1);
  const sent = new Headers();
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent.set(name, value);
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { method, headers: sent, body: method === 'GET' ? undefined : (body as BodyInit | undefined) });
  } catch (error) {
    throw new Error(`${method} ${path} got no answer at all: ${String(error)}`);
  }
  const what = `${method} ${path.slice(0, 120)} → ${response.status}`;
  const contentType = response.headers.get('content-type') ?? '';
  if (response.status >= 500) throw new Error(`${what}: ${await response.text()}`);
  if (response.status >= 400) {
    tally.clientErrors++;
    if (response.headers.get(UNMATCHED_HEADER)) tally.unmatched++;
    assert.ok(contentType.startsWith('application/json'), `${what}: an error in JSON, got ${contentType}`);
    const parsed = z.safeParse(ApiError, await response.json());
    assert.ok(parsed.success, `${what}: the error shape`);
    if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) > 0, `${what}: Retry-After`);
    return response.status;
  }
  assert.ok(response.status >= 200 && response.status < 300, `${what}: a 2xx or a 4xx`);
  tally.successes++;
  const streamed = contentType.startsWith('text/event-stream') || contentType.startsWith('text/csv');
  if (successType || (anySuccessType && streamed)) {
    if (successType) assert.ok(contentType.startsWith(successType), `${what}: ${successType}, got ${contentType}`);
    await response.body?.cancel();
    return response.status;
  }
  assert.ok(success, `${what}: this input can never be valid, yet it was accepted`);
  if (response.status === 204) return response.status;
  const parsed = z.safeParse(success, await response.json());
  assert.ok(parsed.success, `${what}: the answer matches the contract`);
  return response.status;
}

/** The shopper's own token and order, for requests that get past the credentials. */
async function shopperSession(): Promise<LookupResponse> {
  const response = await fetch(`${BASE}/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(SHOPPER) });
  return z.parse(LookupResponse, await response.json());
}

function run<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  return fc.assert(property, { seed: SEED, numRuns, endOnFailure: true });
}

/** Whether a header would open the admin API after all (the scheme is case-insensitive, spaces are allowed). */
function isAdminKey(authorization: string | undefined): boolean {
  return authorization !== undefined && new RegExp(`^bearer[ \\t]+${api.adminKey}[ \\t]*$`, 'i').test(authorization);
}

const LIMIT = { timeout: 60_000 };
const ADMIN = { authorization: `Bearer ${api.adminKey}` };

describe('fuzzing the customer API (msw/node)', () => {
  it('POST /v1/lookup: any body, any headers → 400, 404 or 429 with the error shape', LIMIT, async () => {
    await run(
      fc.asyncProperty(
        fc.oneof(
          anyBody,
          fc.record({ orderNumber: fc.oneof(anyText, fc.jsonValue()), email: fc.oneof(anyText, fc.jsonValue()) }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
        ),
        oddHeaders,
        async (body, headers) => {
          const status = await attempt({ endpoint: 'lookup', method: 'POST', path: '/v1/lookup', headers, body });
          assert.ok([400, 404, 429].includes(status), `lookup → ${status}`);
        },
      ),
      400,
    );
  });

  it('reading an order, its events, share links and notifications with random ids and credentials → 4xx', LIMIT, async () => {
    const session = await shopperSession();
    await run(
      fc.asyncProperty(
        fc.constantFrom('', '/events', '/share-links', '/notifications', '/share-links/x', '/returns'),
        fc.oneof(idSegment, fc.constant(session.order.id)),
        fc.oneof(anyAuthorization, fc.constant(`Bearer ${session.token}`)),
        anyQuery,
        oddHeaders,
        async (suffix, id, authorization, query, headers) => {
          // The one valid combination (own id, own token) is fuzzed in the next property.
          const own = id === session.order.id && authorization === `Bearer ${session.token}`;
          fc.pre(!own);
          await attempt({ endpoint: 'customer reads', method: 'GET', path: `/v1/orders/${id}${suffix}${query}`, headers: { ...headers, authorization } });
        },
      ),
      400,
    );
  });

  it("the shopper's own order with random query strings, headers and write bodies → a 2xx per the contract or a 4xx", LIMIT, async () => {
    const session = await shopperSession();
    const id = session.order.id;
    // Indexes into this list, not the routes themselves: a counterexample then prints short.
    const routes: Omit<Attempt, 'headers' | 'body' | 'endpoint'>[] = [
      { method: 'GET', path: `/v1/orders/${id}`, success: CustomerOrderView },
      { method: 'GET', path: `/v1/orders/${id}/events`, successType: 'text/event-stream' },
      { method: 'GET', path: `/v1/orders/${id}/share-links`, success: ShareLinkList },
      { method: 'POST', path: `/v1/orders/${id}/share-links`, success: ShareLink },
      { method: 'POST', path: `/v1/orders/${id}/returns`, success: ReturnRequest },
      { method: 'GET', path: `/v1/orders/${id}/notifications`, success: NotificationSettings },
      { method: 'PUT', path: `/v1/orders/${id}/notifications`, success: NotificationSettings },
      { method: 'DELETE', path: `/v1/orders/${id}/share-links/`, success: ShareLink },
      { method: 'PATCH', path: `/v1/orders/${id}` },
    ];
    await run(
      fc.asyncProperty(fc.integer({ min: 0, max: routes.length - 1 }).map((index) => ({ index })), fc.oneof(anyBody, anyJson.map((value) => JSON.stringify({ items: value, reason: value, comment: value, email: value, sms: value, expiresInDays: value }))), idSegment, anyQuery, oddHeaders, async ({ index }, body, segment, query, headers) => {
        const route = routes[index]!;
        const path = route.method === 'DELETE' ? `${route.path}${segment}` : route.path;
        await attempt({ ...route, endpoint: 'customer writes', path: `${path}${query}`, body, headers: { ...headers, authorization: `Bearer ${session.token}` } });
      }),
      400,
    );
  });

  it('share links with random tokens → 404 (or 410), never the order', LIMIT, async () => {
    await run(
      fc.asyncProperty(idSegment, fc.constantFrom('', '/events'), anyQuery, oddHeaders, async (token, suffix, query, headers) => {
        const status = await attempt({ endpoint: 'shared view', method: 'GET', path: `/v1/share-links/${token}${suffix}${query}`, headers });
        assert.ok(status === 404 || status === 410, `a random share token → ${status}`);
      }),
      250,
    );
  });

  it('malformed bodies on every customer write → 400 invalid_input', LIMIT, async () => {
    const session = await shopperSession();
    const id = session.order.id;
    await run(
      fc.asyncProperty(
        fc.constantFrom<[Method, string]>(['POST', '/v1/lookup'], ['POST', `/v1/orders/${id}/share-links`], ['POST', `/v1/orders/${id}/returns`], ['PUT', `/v1/orders/${id}/notifications`]),
        notJsonBody,
        async ([method, path], body) => {
          const status = await attempt({ endpoint: 'malformed customer writes', method, path, body, headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' } });
          assert.equal(status, 400);
        },
      ),
      250,
    );
  });
});

describe('fuzzing the admin API (msw/node)', () => {
  it('the list and the CSV export with random query strings → 200 per the contract or 400 naming the fields', LIMIT, async () => {
    await run(
      fc.asyncProperty(fc.boolean(), anyQuery, async (exportCsv, query) => {
        await attempt(
          exportCsv
            ? { endpoint: 'admin list/export', method: 'GET', path: `/v1/admin/orders/export.csv${query}`, headers: ADMIN, successType: 'text/csv' }
            : { endpoint: 'admin list/export', method: 'GET', path: `/v1/admin/orders${query}`, headers: ADMIN, success: AdminOrderList },
        );
      }),
      300,
    );
  });

  it('every admin endpoint with a random credential → 401 or 403, nothing else', LIMIT, async () => {
    const session = await shopperSession();
    const order = api.store.getByNumber('#1002')!;
    await run(
      fc.asyncProperty(
        fc.oneof(anyAuthorization, fc.constant(`Bearer ${session.token}`)),
        fc.constantFrom<[Method, string]>(
          ['GET', '/v1/admin/orders'],
          ['GET', '/v1/admin/orders/export.csv'],
          ['GET', '/v1/admin/events'],
          ['GET', '/v1/admin/carriers'],
          ['GET', `/v1/admin/orders/${order.id}`],
          ['POST', `/v1/admin/orders/${order.id}/actions/archive`],
          ['POST', `/v1/admin/orders/${order.id}/tags`],
          ['PUT', `/v1/admin/orders/${order.id}/tags`],
          ['POST', `/v1/admin/orders/${order.id}/notes`],
          ['POST', '/v1/admin/orders/bulk/archive'],
        ),
        anyBody,
        async (authorization, [method, path], body) => {
          fc.pre(!isAdminKey(authorization));
          const status = await attempt({ endpoint: 'admin credentials', method, path, body, headers: { authorization, 'content-type': 'application/json' } });
          assert.ok(status === 401 || status === 403, `${method} ${path} with ${JSON.stringify(authorization)?.slice(0, 40)} → ${status}`);
        },
      ),
      300,
    );
  });

  it('admin writes with random orders, actions, bodies, If-Match and Idempotency-Key → 2xx per the contract or 4xx', LIMIT, async () => {
    const ids = api.store.all().slice(0, 12).map((order) => order.id);
    await run(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...ids), idSegment),
        fc.oneof(
          fc.constantFrom(...ADMIN_ACTIONS).map((action) => ({ route: `/actions/${action}`, method: 'POST' as Method })),
          idSegment.map((action) => ({ route: `/actions/${action}`, method: 'POST' as Method })),
          fc.constantFrom(
            { route: '/tags', method: 'POST' as Method },
            { route: '/tags', method: 'PUT' as Method },
            { route: '/notes', method: 'POST' as Method },
            { route: '', method: 'GET' as Method },
            { route: '', method: 'DELETE' as Method },
          ),
        ),
        fc.oneof(anyBody, anyJson.map((value) => JSON.stringify({ carrier: value, trackingNumber: value, notifyCustomer: value, reason: value, amount: value, tags: value, add: value, remove: value, text: value, author: value }))),
        oddHeaders,
        async (id, { route, method }, body, headers) => {
          // Every write answers the order as staff see it; DELETE is no route at all.
          const success = method === 'DELETE' ? undefined : AdminOrderDetail;
          await attempt({ endpoint: 'admin writes', method, path: `/v1/admin/orders/${id}${route}`, body, success, headers: { ...headers, ...ADMIN } });
        },
      ),
      400,
    );
  });

  it('bulk actions with random names, selections and bodies → 200 per the contract or 4xx', LIMIT, async () => {
    const ids = api.store.all().slice(0, 12).map((order) => order.id);
    await run(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...BULK_ACTIONS), idSegment),
        fc.oneof(anyBody, fc.record({ orders: fc.array(fc.oneof(fc.constantFrom(...ids), anyText), { maxLength: 260 }), idempotencyKey: fc.oneof(fc.uuid(), anyText), tags: fc.jsonValue(), notifyCustomer: fc.jsonValue() }, { requiredKeys: [] }).map((value) => JSON.stringify(value))),
        async (action, body) => {
          await attempt({ endpoint: 'admin bulk', method: 'POST', path: `/v1/admin/orders/bulk/${action}`, body, success: BulkActionResponse, headers: { ...ADMIN, 'content-type': 'application/json' } });
        },
      ),
      250,
    );
  });

  it('random paths and methods anywhere under the API → 4xx, whoever answers', LIMIT, async () => {
    await run(
      fc.asyncProperty(
        fc.constantFrom<Method>('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.array(fc.oneof(anySegment, fc.constantFrom('v1', 'orders', 'admin', 'lookup', 'share-links', 'actions', 'bulk', 'notes', 'tags', 'events', 'carriers')), { minLength: 1, maxLength: 6 }),
        anyQuery,
        fc.oneof(anyAuthorization, fc.constant(`Bearer ${api.adminKey}`)),
        anyBody,
        async (method, segments, query, authorization, body) => {
          const path = `/${segments.join('/')}${query}`;
          await attempt({
            endpoint: 'random paths',
            method,
            path,
            body,
            headers: { authorization },
            success: z.union([AdminOrderList, AdminOrderDetail, AdminCarrierList, CustomerOrderView, SharedOrderView, BulkActionResponse]),
            anySuccessType: true,
          });
        },
      ),
      400,
    );
  });

  it('through all of it, no handler threw, logged an error or left a promise rejected', () => {
    assert.ok(tally.inputs > 3_000, `thousands of inputs were tried (${tally.inputs})`);
    assert.deepEqual(troubles, []);
  });
});
