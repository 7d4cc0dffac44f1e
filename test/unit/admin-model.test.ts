/**
 * The admin half of @suivi/model: query parsing and writing, date bounds, tags, CSV cells,
 * If-Match versions, action parameters, and what toAdminOrderDetail says about an order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ADMIN_ACTIONS,
  ADMIN_ACTION_PARAMS,
  ADMIN_ORDER_SORT_FIELDS,
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  adminOrderListSearchParams,
  csvCell,
  csvOrderRecord,
  dateBoundEnd,
  dateBoundStart,
  decimalAmount,
  editTags,
  etagOf,
  explainIssue,
  parseAdminOrderListQuery,
  toAdminOrderDetail,
  toOrderSummary,
  versionFromIfMatch,
  type AdminOrderListQuery,
} from '@suivi/model';
import * as z from 'zod/mini';
import { orderFixture } from './fixtures/order-fixture.ts';

const parse = (search: string) => parseAdminOrderListQuery(new URLSearchParams(search));

describe('admin list query', () => {
  it('reads comma-separated and repeated lists, trims values and ignores empty and unknown parameters', () => {
    const parsed = parse('payment=paid,%20pending&payment=authorized&tag=vip&tag=&q=&utm_source=mail&limit=20&sort=total&dir=asc');
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data, { payment: ['paid', 'pending', 'authorized'], tag: ['vip'], sort: 'total', dir: 'asc', limit: 20 });
  });

  it('names every invalid field, with the accepted values', () => {
    const parsed = parse('payment=paid,bogus&delivery=lost&limit=201&sort=colour&dir=up&archived=yes&from=yesterday');
    assert.ok(!parsed.success);
    const byPath = Object.fromEntries(parsed.fields.map((field) => [field.path, field.message]));
    assert.deepEqual(Object.keys(byPath).sort(), ['archived', 'delivery.0', 'dir', 'from', 'limit', 'payment.1', 'sort']);
    assert.match(byPath['payment.1']!, /pending, authorized, paid/);
    assert.equal(byPath.limit, 'At most 200');
  });

  it('refuses a limit that is not a whole number, and a range that ends before it starts', () => {
    for (const limit of ['0', '-1', '1.5', 'ten']) {
      const parsed = parse(`limit=${limit}`);
      assert.ok(!parsed.success, limit);
      assert.equal(parsed.fields[0]!.path, 'limit');
    }
    const backwards = parse('from=2026-11-20&to=2026-11-19');
    assert.ok(!backwards.success);
    assert.deepEqual(backwards.fields.map((field) => field.path), ['to']);
    assert.ok(parse('from=2026-11-20&to=2026-11-20').success, 'one whole day');
  });

  it('treats a date as the whole UTC day and a date-time as an instant', () => {
    assert.equal(dateBoundStart('2026-11-20'), Date.parse('2026-11-20T00:00:00Z'));
    assert.equal(dateBoundEnd('2026-11-20'), Date.parse('2026-11-21T00:00:00Z') - 1);
    assert.equal(dateBoundStart('2026-11-20T10:30:00+01:00'), Date.parse('2026-11-20T09:30:00Z'));
    assert.equal(dateBoundEnd('2026-11-20T10:30:00Z'), Date.parse('2026-11-20T10:30:00Z'));
  });

  it('writes search parameters that parse back to the same query', () => {
    const tag = fc.stringMatching(/^[a-z0-9][a-z0-9 -]{0,10}[a-z0-9]$/);
    const query = fc.record(
      {
        q: fc.string({ maxLength: 30 }).filter((q) => q.trim() !== '' && q === q.trimStart()),
        payment: fc.uniqueArray(fc.constantFrom(...PAYMENT_STATUSES), { minLength: 1 }),
        fulfillment: fc.uniqueArray(fc.constantFrom(...FULFILLMENT_STATUSES), { minLength: 1 }),
        delivery: fc.uniqueArray(fc.constantFrom(...ORDER_DELIVERY_STATUSES), { minLength: 1 }),
        method: fc.uniqueArray(fc.constantFrom(...PAYMENT_METHODS), { minLength: 1 }),
        tag: fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }),
        sort: fc.constantFrom(...ADMIN_ORDER_SORT_FIELDS),
        dir: fc.constantFrom('asc' as const, 'desc' as const),
        archived: fc.constantFrom('exclude' as const, 'include' as const, 'only' as const),
        limit: fc.integer({ min: 1, max: 200 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(query, (input: AdminOrderListQuery) => {
        const parsed = parseAdminOrderListQuery(new URLSearchParams(adminOrderListSearchParams(input).toString()));
        assert.ok(parsed.success, JSON.stringify(parsed));
        assert.deepEqual(parsed.data, { ...input });
      }),
      { numRuns: 200 },
    );
  });

  it('writes parameters in a fixed order, lists comma-separated, and leaves out what is not set', () => {
    const params = adminOrderListSearchParams({ limit: 10, tag: ['vip', 'gift'], q: 'camille', payment: [], sort: 'total' });
    assert.equal(params.toString(), 'q=camille&tag=vip%2Cgift&sort=total&limit=10');
  });
});

describe('admin request bodies', () => {
  it('refuse unknown fields by name, so a misspelt option is never silently ignored', () => {
    const result = z.safeParse(ADMIN_ACTION_PARAMS.fulfill, { carrier: 'colissimo', notifyCustomr: false, notifyCustomer: true });
    assert.ok(!result.success);
    assert.equal(result.error.issues[0]!.message, 'Unknown field: notifyCustomr');
  });

  it('require fulfil to say whether the customer is told', () => {
    const result = z.safeParse(ADMIN_ACTION_PARAMS.fulfill, { carrier: 'colissimo' }, { error: explainIssue });
    assert.ok(!result.success);
    assert.deepEqual(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]), [['notifyCustomer', 'Required']]);
  });

  it('take a refund as an amount or as full, never both or neither', () => {
    assert.ok(z.safeParse(ADMIN_ACTION_PARAMS.refund, { amount: 500 }).success);
    assert.ok(z.safeParse(ADMIN_ACTION_PARAMS.refund, { full: true }).success);
    assert.ok(!z.safeParse(ADMIN_ACTION_PARAMS.refund, { amount: 500, full: true }).success);
    assert.ok(!z.safeParse(ADMIN_ACTION_PARAMS.refund, {}).success);
    assert.ok(!z.safeParse(ADMIN_ACTION_PARAMS.refund, { amount: 0 }).success);
  });

  it('refuse blank reasons and the same line item twice', () => {
    assert.ok(!z.safeParse(ADMIN_ACTION_PARAMS.hold_fulfillment, { reason: '   ' }).success);
    const twice = z.safeParse(ADMIN_ACTION_PARAMS.fulfill, {
      items: [
        { lineItemId: 'li_1', quantity: 1 },
        { lineItemId: 'li_1', quantity: 1 },
      ],
      carrier: 'colissimo',
      notifyCustomer: false,
    });
    assert.ok(!twice.success);
  });

  it('accept an empty object for actions without parameters', () => {
    for (const action of ['mark_paid', 'capture_payment', 'release_fulfillment', 'archive', 'unarchive'] as const) {
      assert.ok(z.safeParse(ADMIN_ACTION_PARAMS[action], {}).success, action);
    }
  });
});

describe('tags', () => {
  it('removes, then appends what is new, without duplicates', () => {
    assert.deepEqual(editTags(['vip', 'gift'], { add: ['priority', 'vip'], remove: ['gift'] }), ['vip', 'priority']);
    assert.deepEqual(editTags(['vip'], { add: ['vip'], remove: ['vip'] }), ['vip']);
  });
});

describe('If-Match and ETag', () => {
  it('round-trip a version and read the forms clients send', () => {
    assert.equal(etagOf(12), '"12"');
    assert.equal(versionFromIfMatch(etagOf(12)), 12);
    assert.equal(versionFromIfMatch('12'), 12);
    assert.equal(versionFromIfMatch('W/"7"'), 7);
    for (const bad of [null, '', '*', '"0"', '"abc"', '"1", "2"']) assert.equal(versionFromIfMatch(bad), null, String(bad));
  });
});

describe('CSV cells', () => {
  it('quote commas, quotes and line breaks (RFC 4180)', () => {
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell('Martin, Camille'), '"Martin, Camille"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\r\nlines'), '"two\r\nlines"');
  });

  it('neutralise what a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://evil.example")'), '"\'=HYPERLINK(""http://evil.example"")"');
    assert.equal(csvCell('+33 6 12'), "'+33 6 12");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tcmd'), "'\tcmd");
    assert.equal(csvCell('a=b'), 'a=b');
  });

  it('write amounts as plain decimals in major units', () => {
    assert.equal(decimalAmount(1234, 'EUR'), '12.34');
    assert.equal(decimalAmount(5, 'EUR'), '0.05');
    assert.equal(decimalAmount(-250, 'GBP'), '-2.50');
    assert.equal(decimalAmount(1234, 'JPY'), '1234');
  });

  it('write one order as one CRLF-terminated record of its row', () => {
    const record = csvOrderRecord(toOrderSummary(orderFixture({ tags: ['vip', 'gift'] })));
    assert.ok(record.endsWith('\r\n'));
    assert.ok(record.startsWith('#1001,2026-11-18T10:00:00Z,Camille Martin,camille.martin@example.fr,'));
    assert.match(record, /,vip; gift,/);
  });
});

describe('toAdminOrderDetail', () => {
  it('sorts every action into allowed or refused with the state machine\'s reason', () => {
    const detail = toAdminOrderDetail(orderFixture());
    assert.equal(detail.allowedActions.length + detail.refusedActions.length, ADMIN_ACTIONS.length);
    const archived = toAdminOrderDetail(orderFixture({ state: 'archived' }));
    assert.deepEqual(archived.allowedActions, ['unarchive']);
    assert.ok(archived.refusedActions.every((refusal) => refusal.code === 'order_archived'));
  });
});
