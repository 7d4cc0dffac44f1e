/**
 * GET /v1/admin/orders on the mock, checked against a reference worked out independently from
 * every order built by the store: filters, search, facets, sorts, cursors, the admin key, and the
 * index keeping up with the carrier clock without building orders.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ADMIN_ORDER_SORT_FIELDS,
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type AdminOrderSortField,
  type OrderSummary,
} from '@suivi/model';
import fc from 'fast-check';
import { compareKeys, totalKeyOf } from '../../mocks/src/admin/order-index/index-row.ts';
import { ClientRowSource } from '../../packages/components/src/order-table/client-row-source.ts';
import { EMPTY_QUERY } from '../../packages/components/src/order-table/table-query.ts';
import { adminMock, adminHeaders, call, customerToken, errorOf, freshKey, getDetail, listAll, listOrders, referenceRows } from './fixtures/admin-api.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const seq = (row: OrderSummary) => Number(row.orderNumber.slice(1));

const KEY: Record<AdminOrderSortField, (row: OrderSummary) => number | string> = {
  orderNumber: seq,
  placedAt: (row) => Date.parse(row.placedAt),
  customer: (row) => fold(row.customerName),
  // By currency code, then amount (the seed's are positive): never compared across currencies.
  total: (row) => `${row.total.currency} ${String(row.total.amount).padStart(16, '0')}`,
  payment: (row) => PAYMENT_STATUSES.indexOf(row.paymentStatus),
  fulfillment: (row) => FULFILLMENT_STATUSES.indexOf(row.fulfillmentStatus),
  delivery: (row) => ORDER_DELIVERY_STATUSES.indexOf(row.deliveryStatus),
  carrier: (row) => (row.carriers.length ? fold(row.carriers.join(' ')) : '\uffff'),
  // Numbers by value, as Intl.Collator's numeric option: each run of digits padded to one width.
  tags: (row) => fold(row.tags.join(', ')).replace(/\d+/g, (digits) => digits.padStart(24, '0')),
};

function sortedReference(rows: OrderSummary[], sort: AdminOrderSortField, dir: 'asc' | 'desc'): string[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const ka = KEY[sort](a);
      const kb = KEY[sort](b);
      return sign * (ka < kb ? -1 : ka > kb ? 1 : seq(a) - seq(b));
    })
    .map((row) => row.orderNumber);
}

const numbers = (rows: OrderSummary[]) => rows.map((row) => row.orderNumber);
/** Order numbers as the index sorts rows by total: its key, then order number, both in one direction. */
const rowsInKeyOrder = (rows: OrderSummary[], sign: 1 | -1) =>
  [...rows].sort((a, b) => sign * compareKeys(totalKeyOf(a.total), seq(a), totalKeyOf(b.total), seq(b))).map((row) => row.orderNumber);
const open = (rows: OrderSummary[]) => rows.filter((row) => row.state !== 'archived');
const countBy = <K extends string>(rows: OrderSummary[], keys: readonly K[], of: (row: OrderSummary) => K) =>
  Object.fromEntries(keys.map((key) => [key, rows.filter((row) => of(row) === key).length]));

describe('GET /v1/admin/orders', () => {
  const reference = referenceRows();

  it('answers the newest orders first, archived ones hidden, 50 to a page, with the total', async () => {
    const api = adminMock();
    const page = await listOrders(api);
    assert.equal(page.items.length, 50);
    assert.equal(page.total, open(reference).length);
    assert.ok(open(reference).length < reference.length, 'the seed has archived orders to hide');
    assert.deepEqual(numbers(page.items), sortedReference(open(reference), 'placedAt', 'desc').slice(0, 50));
    assert.ok(page.nextCursor);
  });

  it('gives every row exactly as the store would, without building the orders', async () => {
    const api = adminMock();
    const rows = await listAll(api, 'archived=include&sort=orderNumber&dir=asc', 200);
    assert.deepEqual(rows, [...reference].sort((a, b) => seq(a) - seq(b)));
    assert.equal(
      api.store.seedEntries().filter((entry) => api.store.isBuilt(entry.id)).length,
      0,
      'listing builds no order in the store',
    );
  });

  for (const sort of ADMIN_ORDER_SORT_FIELDS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${dir}, page after page, ties by order number`, async () => {
        const api = adminMock();
        const rows = await listAll(api, `sort=${sort}&dir=${dir}`);
        assert.deepEqual(numbers(rows), sortedReference(open(reference), sort, dir));
      });
    }
  }

  it('sorts by tags in the order the order table sorts them in the browser (client mode), after tags change', async () => {
    const api = adminMock();
    const retag: [string, string[]][] = [
      ['#1003', ['Été', 'vip']],
      ['#1004', ['ete']],
      ['#1005', ['VIP', 'gift']],
      ['#1006', ['gift', 'vip']],
      ['#1007', ['wholesale 10']],
      ['#1008', ['wholesale 9']],
    ];
    for (const [orderNumber, tags] of retag) {
      const row = reference.find((candidate) => candidate.orderNumber === orderNumber)!;
      const response = await call(api, `/v1/admin/orders/${row.id}/tags`, {
        method: 'PUT',
        headers: adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${row.version}"`, 'idempotency-key': freshKey() }),
        body: JSON.stringify({ tags }),
      });
      assert.equal(response.status, 200, await response.text());
    }
    const rows = await listAll(api, 'sort=orderNumber&dir=asc', 200);
    const client = new ClientRowSource();
    client.setRows(rows);
    for (const [dir, direction] of [['asc', 'ascending'], ['desc', 'descending']] as const) {
      client.apply({ ...EMPTY_QUERY, sort: { column: 'tags', direction } }, 'en');
      const inBrowser = Array.from({ length: client.size }, (_, position) => client.rowAt(position)!.orderNumber);
      assert.deepEqual(numbers(await listAll(api, `sort=tags&dir=${dir}`)), inBrowser, dir);
    }
  });

  it('sorts by total in the order the order table sorts them in the browser (client mode): by currency, then amount, ties by order number', async () => {
    const api = adminMock();
    // A shop-wide discount brings two open orders of each currency to the same amount, 25.00 in
    // its own currency: equal amounts within a currency and across currencies.
    const SAME = 2500;
    const discounted = new Map<string, number>();
    for (const row of open(reference)) {
      const { currency } = row.total;
      if ((discounted.get(currency) ?? 0) >= 2) continue;
      const order = api.store.getById(row.id)!;
      const { subtotal, shipping, handling, tax } = order.totals;
      const before = subtotal.amount + shipping.amount + handling.amount + tax.amount;
      if (before < SAME) continue;
      api.store.update(row.id, (draft) => {
        draft.totals.discount = { amount: before - SAME, currency };
        draft.totals.total = { amount: SAME, currency };
      });
      discounted.set(currency, (discounted.get(currency) ?? 0) + 1);
    }
    assert.deepEqual([...discounted].sort(), [['CAD', 2], ['EUR', 2], ['GBP', 2], ['USD', 2]]);
    const rows = await listAll(api, 'sort=orderNumber&dir=asc', 200);
    assert.equal(rows.filter((row) => row.total.amount === SAME).length, 8, 'the index follows the new totals');
    const client = new ClientRowSource();
    client.setRows(rows);
    for (const [dir, direction] of [['asc', 'ascending'], ['desc', 'descending']] as const) {
      client.apply({ ...EMPTY_QUERY, sort: { column: 'total', direction } }, 'en');
      const inBrowser = Array.from({ length: client.size }, (_, position) => client.rowAt(position)!.orderNumber);
      assert.deepEqual(numbers(await listAll(api, `sort=total&dir=${dir}`)), inBrowser, dir);
    }
    // What the merchant sees descending: one currency's totals, largest first, then the next's.
    const descending = await listAll(api, 'sort=total&dir=desc');
    const currencies = descending.map((row) => row.total.currency).filter((currency, at, all) => currency !== all[at - 1]);
    assert.deepEqual(currencies, ['USD', 'GBP', 'EUR', 'CAD']);
  });

  it("orders any totals (negative, zero, any number of digits) as client mode does, by the index's key", () => {
    const currency = fc.constantFrom('CAD', 'EUR', 'GBP', 'JPY', 'USD');
    // Up to about 5.5e11 minor units either way: beyond, client mode's single number per row (currency rank
    // times a power of two, plus the amount) runs out of exact digits.
    const amount = fc.oneof(fc.integer({ min: -1_000, max: 1_000 }), fc.integer(), fc.maxSafeInteger().map((value) => Math.trunc(value / 2 ** 14)));
    fc.assert(
      fc.property(fc.array(fc.record({ currency, amount }), { minLength: 1, maxLength: 60 }), (totals) => {
        const rows = totals.map((total, at) => ({ ...reference[at]!, orderNumber: `#${1000 + at}`, total }));
        const client = new ClientRowSource();
        client.setRows(rows);
        for (const direction of ['ascending', 'descending'] as const) {
          client.apply({ ...EMPTY_QUERY, sort: { column: 'total', direction } }, 'en');
          const inBrowser = Array.from({ length: client.size }, (_, position) => client.rowAt(position)!.orderNumber);
          const byKey = rowsInKeyOrder(rows, direction === 'ascending' ? 1 : -1);
          assert.deepEqual(byKey, inBrowser, direction);
        }
      }),
    );
  });

  it('filters each dimension by any of its values, and all dimensions together', async () => {
    const api = adminMock();
    const cases: [string, (row: OrderSummary) => boolean][] = [
      ['payment=pending,authorized', (row) => ['pending', 'authorized'].includes(row.paymentStatus)],
      ['fulfillment=on_hold', (row) => row.fulfillmentStatus === 'on_hold'],
      ['delivery=in_transit,attempted_delivery', (row) => ['in_transit', 'attempted_delivery'].includes(row.deliveryStatus)],
      ['delivery=no_tracking', (row) => row.deliveryStatus === 'no_tracking'],
      ['method=bank_transfer', (row) => row.paymentMethod === 'bank_transfer'],
      ['carrier=Colissimo,UPS', (row) => row.carriers.some((name) => name === 'Colissimo' || name === 'UPS')],
      ['tag=vip', (row) => row.tags.includes('vip')],
      ['payment=paid&delivery=delivered&carrier=Colissimo', (row) => row.paymentStatus === 'paid' && row.deliveryStatus === 'delivered' && row.carriers.includes('Colissimo')],
      ['from=2026-11-19&to=2026-11-20', (row) => row.placedAt >= '2026-11-19' && row.placedAt < '2026-11-21'],
      ['from=2026-11-20T06:00:00Z', (row) => Date.parse(row.placedAt) >= Date.parse('2026-11-20T06:00:00Z')],
    ];
    for (const [query, predicate] of cases) {
      const expected = open(reference).filter(predicate);
      assert.ok(expected.length > 0, `${query} has matches in the seed`);
      const rows = await listAll(api, `${query}&sort=orderNumber&dir=asc`);
      assert.deepEqual(numbers(rows), sortedReference(expected, 'orderNumber', 'asc'), query);
    }
  });

  it('lists archived orders only when asked', async () => {
    const api = adminMock();
    const only = await listAll(api, 'archived=only&sort=orderNumber&dir=asc');
    assert.deepEqual(numbers(only), sortedReference(reference.filter((row) => row.state === 'archived'), 'orderNumber', 'asc'));
    assert.equal((await listOrders(api, 'archived=include&limit=1')).total, reference.length);
  });

  it('counts each facet with the other filters applied and its own left out', async () => {
    const api = adminMock();
    const page = await listOrders(api, 'payment=paid,partially_refunded&delivery=in_transit&limit=1');
    const rows = open(reference);
    const paymentOk = (row: OrderSummary) => ['paid', 'partially_refunded'].includes(row.paymentStatus);
    const deliveryOk = (row: OrderSummary) => row.deliveryStatus === 'in_transit';
    const both = rows.filter((row) => paymentOk(row) && deliveryOk(row));
    assert.equal(page.total, both.length);
    assert.deepEqual(page.facets.payment, countBy(rows.filter(deliveryOk), PAYMENT_STATUSES, (row) => row.paymentStatus));
    assert.deepEqual(page.facets.delivery, countBy(rows.filter(paymentOk), ORDER_DELIVERY_STATUSES, (row) => row.deliveryStatus));
    assert.deepEqual(page.facets.fulfillment, countBy(both, FULFILLMENT_STATUSES, (row) => row.fulfillmentStatus));
    assert.deepEqual(page.facets.method, countBy(both, PAYMENT_METHODS, (row) => row.paymentMethod));
    const carriers = [...new Set(both.flatMap((row) => row.carriers))].sort();
    assert.deepEqual(page.facets.carrier, Object.fromEntries(carriers.map((name) => [name, both.filter((row) => row.carriers.includes(name)).length])));
    assert.ok(page.facets.payment.authorized > 0, 'a value outside the filter still says what ticking it would add');
  });

  it('counts no_tracking in the delivery overview', async () => {
    const api = adminMock();
    const page = await listOrders(api, 'limit=1');
    assert.deepEqual(page.facets.delivery, countBy(open(reference), ORDER_DELIVERY_STATUSES, (row) => row.deliveryStatus));
    assert.ok(page.facets.delivery.no_tracking > 0);
  });

  describe('search', () => {
    const find = async (q: string) => numbers(await listAll(adminMock(), `q=${encodeURIComponent(q)}&archived=include&sort=orderNumber&dir=asc`));
    const withAccent = reference.find((row) => /[éèëïôç]/.test(row.customerName))!;
    const tracked = reference.find((row) => row.trackingNumbers.length)!;

    it('finds a customer by the start of a name, whatever the case and accents', async () => {
      const [first, last] = withAccent.customerName.split(' ') as [string, string];
      const hits = await find(`${fold(first).toUpperCase()} ${fold(last).slice(0, 3)}`);
      assert.ok(hits.includes(withAccent.orderNumber));
      for (const number of hits) {
        const row = reference.find((candidate) => candidate.orderNumber === number)!;
        assert.ok(fold(row.customerName).includes(fold(first)), `${row.customerName} matches ${first}`);
      }
    });

    it('finds by e-mail, tracking number and order number (with or without #)', async () => {
      assert.deepEqual(await find(withAccent.customerEmail), [withAccent.orderNumber]);
      assert.ok((await find(tracked.trackingNumbers[0]!.toLowerCase())).includes(tracked.orderNumber));
      assert.deepEqual(await find('#1005'), ['#1005']);
      assert.deepEqual(await find('1005'), ['#1005']);
    });

    it('matches the start of words only, and every word', async () => {
      const middle = withAccent.customerEmail.slice(2, 7);
      assert.ok(!(await find(middle)).includes(withAccent.orderNumber), 'not in the middle of a word');
      assert.deepEqual(await find('zzzz-nobody'), []);
    });
  });

  it('refuses a page over 200, a foreign cursor and a cursor for another sort', async () => {
    const api = adminMock();
    const tooMany = await call(api, '/v1/admin/orders?limit=201', { headers: adminHeaders(api) });
    assert.equal(tooMany.status, 400);
    assert.deepEqual((await errorOf(tooMany)).fields, [{ path: 'limit', message: 'At most 200' }]);
    const garbage = await call(api, '/v1/admin/orders?cursor=bm90LWEtY3Vyc29y', { headers: adminHeaders(api) });
    assert.equal(garbage.status, 400);
    assert.equal(((await errorOf(garbage)).fields as { path: string }[])[0]!.path, 'cursor');
    const { nextCursor } = await listOrders(api, 'sort=total&dir=asc&limit=5');
    const otherSort = await call(api, `/v1/admin/orders?sort=total&dir=desc&cursor=${nextCursor}`, { headers: adminHeaders(api) });
    assert.equal(otherSort.status, 400);
  });

  it('keeps a cursor stable when a new order arrives between two pages', async () => {
    const api = adminMock();
    const before = await listAll(api, 'sort=placedAt&dir=desc', 200);
    const first = await listOrders(api, 'sort=placedAt&dir=desc&limit=20');
    const created = await call(api, '/__mock/orders/new', { method: 'POST' });
    assert.equal(created.status, 201);
    const second = await listOrders(api, `sort=placedAt&dir=desc&limit=20&cursor=${encodeURIComponent(first.nextCursor!)}`);
    assert.deepEqual(numbers([...first.items, ...second.items]), numbers(before.slice(0, 40)), 'no row repeated or skipped');
    assert.equal(second.total, before.length + 1, 'the new order counts');
    assert.equal((await listOrders(api, 'sort=placedAt&dir=desc&limit=1')).items[0]!.orderNumber, '#1201', 'and comes first on a fresh first page');
  });

  it('follows the carrier clock for orders it never built, as the store would build them', async () => {
    const api = adminMock();
    await listOrders(api, 'limit=1');
    // Read a few in full between ticks, so the index sees both built and unbuilt travelling orders.
    const travelling = reference.filter((row) => ['confirmed', 'in_transit', 'out_for_delivery'].includes(row.deliveryStatus));
    api.clock.advance(1);
    for (const row of travelling.slice(0, 5)) await getDetail(api, row.id);
    api.clock.advance(2);
    api.clock.advance(1);
    const rows = await listAll(api, 'archived=include&sort=orderNumber&dir=asc', 200);
    const expected = referenceRows({}, [1, 2, 1]).sort((a, b) => seq(a) - seq(b));
    assert.deepEqual(rows, expected);
    assert.ok(rows.some((row) => row.version !== reference.find((seeded) => seeded.id === row.id)!.version), 'some orders moved');
  });

  it('catches up with ticks made before it was first asked', async () => {
    const api = adminMock();
    api.clock.advance(3);
    const rows = await listAll(api, 'archived=include&sort=orderNumber&dir=asc', 200);
    assert.deepEqual(rows, referenceRows({}, [3]).sort((a, b) => seq(a) - seq(b)));
  });

  it('filters and counts tags however many the shop has (past the 31 a row keeps as bits)', async () => {
    const api = adminMock();
    const target = open(reference)[3]!;
    const tags = Array.from({ length: 45 }, (_, index) => `campaign-${index}`);
    const put = await call(api, `/v1/admin/orders/${target.id}/tags`, {
      method: 'PUT',
      headers: adminHeaders(api, { 'content-type': 'application/json', 'if-match': `"${target.version}"`, 'idempotency-key': `tags-${target.id}` }),
      body: JSON.stringify({ tags }),
    });
    assert.equal(put.status, 200);
    for (const tag of ['campaign-0', 'campaign-44']) {
      const page = await listOrders(api, `tag=${tag}`);
      assert.deepEqual(numbers(page.items), [target.orderNumber], tag);
      assert.equal(page.facets.tag[tag], 1);
    }
    const all = await listOrders(api, 'limit=1');
    assert.equal(Object.keys(all.facets.tag).filter((tag) => tag.startsWith('campaign-')).length, 45);
  });

  it('starts over after a reset', async () => {
    const api = adminMock();
    await call(api, '/__mock/orders/new', { method: 'POST' });
    assert.equal((await listOrders(api, 'archived=include&limit=1')).total, reference.length + 1);
    api.reset();
    assert.equal((await listOrders(api, 'archived=include&limit=1')).total, reference.length);
  });
});

describe('the admin key', () => {
  it('is required: none or an unknown one is 401, with a challenge', async () => {
    const api = adminMock();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer not-the-admin-key' }, { authorization: 'Basic abc' }];
    for (const headers of attempts) {
      const response = await call(api, '/v1/admin/orders', { headers });
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await errorOf(response)).code, 'unauthorized');
    }
  });

  it('is not a shopper\'s token: an order token gets 403 on every admin endpoint', async () => {
    const api = adminMock();
    const { token, order } = await customerToken(api);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"1"', 'idempotency-key': 'k-12345678' };
    const requests: [string, string][] = [
      ['GET', '/v1/admin/orders'],
      ['GET', `/v1/admin/orders/${order.id}`],
      ['GET', '/v1/admin/orders/export.csv'],
      ['GET', '/v1/admin/events'],
      ['GET', '/v1/admin/carriers'],
      ['POST', `/v1/admin/orders/${order.id}/actions/archive`],
      ['POST', `/v1/admin/orders/${order.id}/notes`],
      ['PUT', `/v1/admin/orders/${order.id}/tags`],
      ['POST', '/v1/admin/orders/bulk/archive'],
    ];
    for (const [method, path] of requests) {
      const response = await call(api, path, { method, headers, body: method === 'GET' ? undefined : '{}' });
      assert.equal(response.status, 403, `${method} ${path}`);
      assert.equal((await errorOf(response)).code, 'forbidden');
    }
  });

  it('does not open customer routes (403), where the shopper\'s token still works', async () => {
    const api = adminMock();
    const { token, order } = await customerToken(api);
    for (const path of [`/v1/orders/${order.id}`, `/v1/orders/${order.id}/events`]) {
      const response = await call(api, path, { headers: adminHeaders(api) });
      assert.equal(response.status, 403, path);
      assert.equal((await errorOf(response)).code, 'forbidden');
    }
    assert.equal((await call(api, `/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
  });

  it('can be chosen per mock, and must be a bearer token', async () => {
    const api = adminMock({ adminKey: 'another-key-42' });
    assert.equal((await call(api, '/v1/admin/carriers', { headers: { authorization: 'Bearer another-key-42' } })).status, 200);
    assert.equal((await call(api, '/v1/admin/carriers', { headers: { authorization: 'Bearer suivi-demo-admin-key' } })).status, 401);
    assert.throws(() => adminMock({ adminKey: 'has spaces in it' }), /adminKey/);
  });
});

describe('admin list: search folds like the table', () => {
  it('finds a ligature spelled out and an accent left off, as the client-mode table does', async () => {
    const { searchHaystackOf, searchWordsOf, matchesSearch } = await import('../../mocks/src/admin/order-index/search-text.ts');
    const { foldText } = await import('@suivi/model');
    const row = { orderNumber: '#4242', customerName: 'Cœur Lefèvre', customerEmail: 'coeur@example.fr', trackingNumbers: [] } as never;
    const haystack = searchHaystackOf(row);
    assert.ok(matchesSearch(haystack, searchWordsOf('COEUR lefevre')));
    assert.ok(!matchesSearch(haystack, searchWordsOf('oeur')));
    assert.equal(foldText(foldText('Ǣ')), foldText('Ǣ'));
  });
});
