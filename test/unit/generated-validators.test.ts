/**
 * The validators generated from the model's zod schemas (packages/model/src/generated/validators.ts,
 * `npm run validators`) are committed fresh, and each one does what its schema does: fast-check
 * (fixed seed) gives both the same values and they must agree on acceptance, on the value they
 * return (unknown keys dropped, as zod does) and on every issue (code, path and message, with and
 * without the SDK's explainIssue). The values: real API answers from the mock's 300 seeded orders
 * (customer, shared and admin views, list pages, events, carriers), valid requests, those values
 * broken in one to three places (a key dropped or added, a wrong type, a number out of range or
 * not whole, a bad enum value, null or undefined, an emoji-long string), and arbitrary JSON.
 *
 *   node --import tsx --test test/unit/generated-validators.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import {
  explainIssue,
  toAdminOrderDetail,
  toCustomerView,
  toOrderSummary,
  toSharedView,
  type AdminOrderList,
  type Order,
} from '@suivi/model';
import fc from 'fast-check';
import { getResponse } from 'msw';
import * as z from 'zod/mini';
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import { createMockApi } from '../../mocks/src/index.ts';
import { TARGETS, TARGET_MAPS, VALIDATORS_FILE, generateValidators } from '../../packages/model/scripts/generate-validators.ts';
import * as generated from '../../packages/model/src/generated/validators.ts';
import type { ValidateOptions, ValidationResult } from '../../packages/model/src/validator-runtime.ts';

const SEED = 20_261_122;
let compared = 0;
after(() => console.log(`generated validators: ${compared} comparisons with zod (seed ${SEED})`));

type Validate = (value: unknown, options?: ValidateOptions) => ValidationResult<unknown>;
interface Pair {
  name: string;
  schema: z.ZodMiniType;
  validate: Validate;
}

const PAIRS: Pair[] = [
  ...TARGETS.map((target) => ({ name: target.name, schema: target.schema, validate: (generated as unknown as Record<string, Validate>)[`validate${target.name}`]! })),
  ...TARGET_MAPS.flatMap((map) =>
    Object.entries(map.entries).map(([key, schema]) => ({
      name: `${map.name}.${key}`,
      schema: schema as z.ZodMiniType,
      validate: (generated as unknown as Record<string, Record<string, Validate>>)[map.name]![key]!,
    })),
  ),
];
const PAIR = new Map(PAIRS.map((pair) => [pair.name, pair]));

/** What a parse comes to, in terms both sides share: thrown, the value, or the issues' code, path and message. */
type Outcome = { threw: string } | { success: true; data: unknown } | { success: false; issues: { code: string; path: PropertyKey[]; message: string }[] };

function outcome(parse: () => { success: boolean; data?: unknown; error?: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] } }): Outcome {
  let result;
  try {
    result = parse();
  } catch (error) {
    return { threw: String(error) };
  }
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error!.issues.map(({ code, path, message }) => ({ code, path: [...path], message })) };
}

/** Both sides on one value, with the SDK's error map and without: they must come to the same. */
function assertAgree(pair: Pair, value: unknown): void {
  for (const options of [undefined, { error: explainIssue }]) {
    compared++;
    const expected = outcome(() => z.safeParse(pair.schema, value, options as Parameters<typeof z.safeParse>[2]));
    const actual = outcome(() => pair.validate(value, options));
    assert.deepStrictEqual(actual, expected, `${pair.name} disagrees with zod${options ? ' (with explainIssue)' : ''} on ${safeShow(value)}`);
  }
}

function safeShow(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, child) => (child === undefined ? '<undefined>' : typeof child === 'number' && !Number.isFinite(child) ? String(child) : child));
    return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
  } catch {
    return String(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Valid values: what the API sends and what the SDK and the components send or check.

const NOW = Date.parse('2026-11-21T09:00:00Z');
const BASE = 'http://shop.test/api';
const api = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z'), orderCount: 300, now: () => NOW, baseUrl: BASE });
const orders: Order[] = api.store.all();
const asSent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function adminGet(path: string): Promise<unknown> {
  const response = await getResponse(api.handlers, new Request(`${BASE}${path}`, { headers: { authorization: `Bearer ${api.adminKey}` } }));
  assert.ok(response && response.ok, `the mock answers ${path}`);
  return response.json();
}

const LIST_QUERIES = ['', 'limit=7', 'payment=pending,paid&sort=total&dir=asc', 'delivery=attempted_delivery,exception', 'archived=include&limit=200', 'q=a&sort=customer', 'tag=vip', 'fulfillment=on_hold,scheduled&limit=3'];
const listPages: unknown[] = [];
for (const query of LIST_QUERIES) listPages.push(await adminGet(`/v1/admin/orders${query ? `?${query}` : ''}`));
const firstPage = listPages[0] as AdminOrderList;
if (firstPage.nextCursor) listPages.push(await adminGet(`/v1/admin/orders?cursor=${encodeURIComponent(firstPage.nextCursor)}`));
const carrierList = await adminGet('/v1/admin/carriers');

const EMOJI_TAG = '😀'.repeat(40);
const shareLink = (n: number, revoked: boolean) => ({
  id: `shl_${n}`,
  token: `AbCdEfGhIjKlMnOpQrStUv${'x'.repeat(n)}`,
  url: `https://shop.example/?share=${n}`,
  createdAt: '2026-11-21T09:00:00Z',
  expiresAt: '2026-11-28T09:00:00.123+01:00',
  revokedAt: revoked ? '2026-11-22T10:00:00Z' : null,
});
const lineItemsOf = (order: Order) => order.lineItems.map((item) => ({ lineItemId: item.id, quantity: item.quantity }));
const orderRefs = orders.slice(0, 5).map(({ id, version }) => ({ id, version }));
const bulkBase = { orders: orderRefs, idempotencyKey: 'bulk-key-0001' };

const SAMPLES: Record<string, unknown[]> = {
  TrackingNumber: [...new Set(orders.flatMap((order) => order.shipments.flatMap((shipment) => (shipment.trackingNumber ? [shipment.trackingNumber] : []))))].slice(0, 40).concat(['6A12345678901', 'AB-12']),
  Tag: [...new Set(orders.flatMap((order) => order.tags))].concat(['vip', 'a', 'gift wrap', EMOJI_TAG, 'é'.repeat(40)]),
  LookupResponse: orders.map((order) => ({ token: 'tok_abcdefghijklmnop', expiresAt: '2026-11-21T09:15:00.000Z', order: toCustomerView(order) })),
  CustomerOrderView: orders.map(toCustomerView),
  OrderEvent: orders.map((order) => ({
    version: order.version,
    at: order.updatedAt,
    changes: order.shipments.length && order.shipments[0]!.status ? [{ kind: 'shipment_status', shipmentId: order.shipments[0]!.id, status: order.shipments[0]!.status }, { kind: 'order_updated' }] : [{ kind: 'order_updated' }],
    order: toCustomerView(order),
  })),
  SharedOrderView: orders.map(toSharedView),
  SharedOrderEvent: orders.slice(0, 60).map((order) => ({ version: order.version, at: order.updatedAt, order: toSharedView(order) })),
  ShareLink: [shareLink(0, false), shareLink(5, true)],
  ShareLinkList: [{ links: [] }, { links: [shareLink(1, false), shareLink(2, true)] }],
  NotificationSettings: [
    { email: true, sms: false, smsAvailable: true, phoneEnding: '78' },
    { email: false, sms: false, smsAvailable: false, phoneEnding: null },
  ],
  ReturnRequest: orders.flatMap((order) => order.returns),
  AdminOrderDetail: orders.map(toAdminOrderDetail),
  AdminOrderList: listPages,
  AdminOrderEvent: orders.slice(0, 80).map((order, index) => ({ kind: index % 2 ? 'created' : 'updated', order: toOrderSummary(order) })),
  AdminResyncEvent: [{ reason: 'history_gap' }, { reason: 'reset' }],
  AdminCarrierList: [carrierList],
  BulkActionResponse: [
    { action: 'archive', results: [{ id: 'ord_1', ok: true, version: 3 }, { id: 'ord_2', ok: false, code: 'conflict', reason: 'Changed since.' }] },
    { action: 'refund', results: [{ id: 'ord_3', ok: false, code: 'not_authorized', reason: 'Nothing to capture.' }] },
  ],
  ApiError: [
    { code: 'not_found', message: 'No order.' },
    { code: 'rate_limited', message: 'Wait.', retryAfter: 30 },
    { code: 'invalid_input', message: 'Check.', fields: [{ path: 'email', message: 'Enter the e-mail address used for the order' }] },
  ],
  Order: orders,
  CustomerRefusal: [
    { code: 'not_delivered', reason: 'Not yet.', lineItemId: 'li_1', returnableQuantity: 0, windowClosedAt: null },
    { code: 'return_window_closed', reason: 'Closed.', lineItemId: 'li_2', returnableQuantity: 0, windowClosedAt: '2026-11-01T00:00:00Z' },
  ],
  AdminRefusal: orders.slice(0, 40).flatMap((order) => toAdminOrderDetail(order).refusedActions.map(({ code, reason }) => ({ code, reason }))),
  LookupRequest: orders.slice(0, 60).flatMap((order) => [
    { orderNumber: order.orderNumber, email: order.customer.email },
    { orderNumber: ` ${order.orderNumber.slice(1)} `, email: ` ${order.customer.email.toUpperCase()} ` },
  ]),
  CreateReturnRequest: orders.slice(0, 60).flatMap((order) => [
    { items: lineItemsOf(order), reason: 'too_small' },
    { items: lineItemsOf(order).slice(0, 1), reason: 'other', comment: 'The colour is not the one shown.' },
    { items: lineItemsOf(order).slice(0, 1), reason: 'damaged', comment: null },
  ]),
  CreateShareLinkRequest: [{}, { expiresInDays: 7 }, { expiresInDays: 30 }],
  SetTagsRequest: orders.slice(0, 40).map((order) => ({ tags: order.tags })).concat([{ tags: [EMOJI_TAG] }]),
  EditTagsRequest: [{ add: ['priority'] }, { remove: ['vip'] }, { add: ['a'], remove: ['b'] }],
  AddStaffNoteRequest: [{ text: 'Customer called: leave with the neighbour.' }, { text: 'Checked.', author: 'Sophie' }],
  'ADMIN_ACTION_PARAM_VALIDATORS.mark_paid': [{}],
  'ADMIN_ACTION_PARAM_VALIDATORS.capture_payment': [{}],
  'ADMIN_ACTION_PARAM_VALIDATORS.hold_fulfillment': [{ reason: 'Address to confirm' }],
  'ADMIN_ACTION_PARAM_VALIDATORS.release_fulfillment': [{}],
  'ADMIN_ACTION_PARAM_VALIDATORS.fulfill': [
    { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true },
    { carrier: 'dhl_express', trackingNumber: null, notifyCustomer: false, items: lineItemsOf(orders[0]!) },
  ],
  'ADMIN_ACTION_PARAM_VALIDATORS.add_tracking': [{ shipmentId: 'shp_1', trackingNumber: '6A12345678901' }, { shipmentId: 'shp_2', carrier: 'ups', trackingNumber: '1Z999AA10123456784', notifyCustomer: true }],
  'ADMIN_ACTION_PARAM_VALIDATORS.cancel': [{ reason: 'Out of stock' }, { reason: 'Asked by the customer', notifyCustomer: false }],
  'ADMIN_ACTION_PARAM_VALIDATORS.refund': [{ amount: 1250 }, { full: true, notifyCustomer: true }],
  'ADMIN_ACTION_PARAM_VALIDATORS.archive': [{}],
  'ADMIN_ACTION_PARAM_VALIDATORS.unarchive': [{}],
  'BULK_ACTION_REQUEST_VALIDATORS.mark_paid': [bulkBase],
  'BULK_ACTION_REQUEST_VALIDATORS.capture_payment': [bulkBase],
  'BULK_ACTION_REQUEST_VALIDATORS.hold_fulfillment': [{ ...bulkBase, reason: 'Stock count' }],
  'BULK_ACTION_REQUEST_VALIDATORS.release_fulfillment': [bulkBase],
  'BULK_ACTION_REQUEST_VALIDATORS.fulfill': [{ ...bulkBase, carrier: 'colissimo', notifyCustomer: true }],
  'BULK_ACTION_REQUEST_VALIDATORS.cancel': [{ ...bulkBase, reason: 'Fraud', notifyCustomer: false }],
  'BULK_ACTION_REQUEST_VALIDATORS.refund': [{ ...bulkBase, full: true }],
  'BULK_ACTION_REQUEST_VALIDATORS.archive': [bulkBase],
  'BULK_ACTION_REQUEST_VALIDATORS.unarchive': [bulkBase],
  'BULK_ACTION_REQUEST_VALIDATORS.add_tags': [{ ...bulkBase, tags: ['vip', 'gift'] }],
  'BULK_ACTION_REQUEST_VALIDATORS.remove_tags': [{ ...bulkBase, tags: ['vip'] }],
};
for (const [name, samples] of Object.entries(SAMPLES)) SAMPLES[name] = samples.map(asSent);

// ---------------------------------------------------------------------------------------------
// Mutations of valid values.

type Step = string | number;
/** Every place in a value: the root, each key of each object, each index of each array. */
function placesIn(value: unknown, path: Step[] = [], found: Step[][] = []): Step[][] {
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => placesIn(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) placesIn(child, [...path, key], found);
  return found;
}

const LONG = 'x'.repeat(2100);
/** Values that break a place in a telling way: other types, bounds, enum near-misses, formats, lengths in code points. */
const replacement = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  {
    weight: 5,
    arbitrary: fc.constantFrom<unknown>(
      null, undefined, '', ' ', -1, 0, 1, 1.5, 31, 201, 2 ** 53, -(2 ** 53), 1e300, Number.NaN, Number.POSITIVE_INFINITY, true, false, [], {}, [1], { length: 99 },
      'teleported', 'other', 'shipment_status', 'order_updated', '2026-13-45', '2026-11-21', '2026-11-21T09:00:00', '2026-11-21T09:00:00Z', '2026-02-29T00:00:00Z',
      '#abc', '#1001', 'EUR', 'eur', 'FR', 'colissimo', 'A'.repeat(41), '😀'.repeat(41), '😀'.repeat(21), 'é'.repeat(41), LONG, 'a,b', ' vip', 'vip ', '\u0007',
      ['a', 'a'], [{ lineItemId: 'x', quantity: 1 }, { lineItemId: 'x', quantity: 2 }], [{ id: 'o', version: 1 }, { id: 'o', version: 1 }],
    ),
  },
);
const extraKey = fc.oneof(fc.constantFrom('extra', '__proto__', 'constructor', 'length', 'toString', 'kind', 'ok', 'amount', 'full', 'comment'), fc.string({ maxLength: 6 }));

type Mutation = { path: number; kind: 'replace' | 'drop' | 'add' | 'undefine'; value: unknown; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'drop', 'add', 'undefine'),
  value: replacement,
  key: extraKey,
});

/** A copy of `sample` with the mutations applied, each at a place picked among those it has then. */
function mutate(sample: unknown, mutations: Mutation[]): unknown {
  let root: unknown = structuredClone(sample);
  for (const { path: pick, kind, key, value: shared } of mutations) {
    // fast-check hands the same constant to many runs: each run breaks its own copy.
    // 'undefine' keeps a key with the value undefined: zod keeps an optional key so, and refuses a required one.
    const change = { path: pick, kind: kind === 'undefine' ? 'replace' : kind, key, value: kind === 'undefine' ? undefined : structuredClone(shared) };
    const places = placesIn(root);
    const path = places[change.path % places.length]!;
    if (path.length === 0) {
      if (change.kind === 'replace') root = change.value;
      else if (change.kind === 'add' && root && typeof root === 'object' && !Array.isArray(root)) Object.defineProperty(root, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], root);
    const last = path[path.length - 1]!;
    if (change.kind === 'replace') parent[last] = change.value;
    else if (change.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      else if (Array.isArray(target)) target.push(change.value);
      else parent[last] = change.value;
    }
  }
  return root;
}

const NAMES = PAIRS.map((pair) => pair.name);

describe('generated validators', () => {
  it('are committed as the model generates them today (run `npm run validators` when this fails)', () => {
    assert.ok(readFileSync(VALIDATORS_FILE, 'utf8') === generateValidators(), 'packages/model/src/generated/validators.ts is stale: run `npm run validators` and commit it');
  });

  it('cover every schema the SDK and the components check, each with valid samples', () => {
    for (const name of NAMES) {
      assert.ok(PAIR.get(name)!.validate, `validate${name} is exported`);
      assert.ok((SAMPLES[name] ?? []).length > 0, `valid samples of ${name}`);
    }
    assert.ok(SAMPLES.CustomerOrderView!.length === 300);
  });

  it('accept every valid value as zod does and return the same value', { timeout: 120_000 }, () => {
    for (const name of NAMES) {
      const pair = PAIR.get(name)!;
      for (const sample of SAMPLES[name]!) {
        assert.ok(z.safeParse(pair.schema, sample).success, `a valid ${name} sample: ${safeShow(sample)}`);
        assertAgree(pair, sample);
      }
    }
  });

  it('agree with zod on valid values broken in one to three places', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES).chain((name) => fc.record({ name: fc.constant(name), sample: fc.constantFrom(...SAMPLES[name]!), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) })),
        ({ name, sample, mutations }) => assertAgree(PAIR.get(name)!, mutate(sample, mutations)),
      ),
      { seed: SEED, numRuns: 8_000 },
    );
  });

  it('agree with zod on arbitrary JSON and other values', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true, withBoxedValues: true })), (name, value) =>
        assertAgree(PAIR.get(name)!, value),
      ),
      { seed: SEED, numRuns: 4_000 },
    );
  });
});
