/**
 * The order table's data layer, away from the DOM: the sort buckets, the ISO time reader, text
 * folding, the client row source (search, filters, sort, positions, overview counts) checked
 * against plain reference implementations over generated rows, the column layout's reading
 * of whatever localStorage holds, grid key moves, and the overview strip's statuses (the model's,
 * in the strip's own order; the other status lists are the model's own, see facet-values.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  SETTLED_PAYMENT_STATUSES,
  type OrderSummary,
} from '@suivi/model';
import { ClientRowSource } from '../../packages/components/src/order-table/client-row-source.ts';
import { COLUMN_IDS } from '../../packages/components/src/order-table/columns.ts';
import { defaultLayout, normalizeLayout, visibleColumns, withColumnMoved, withColumnShown, withColumnWidth } from '../../packages/components/src/order-table/column-layout.ts';
import { OVERVIEW_STATUSES } from '../../packages/components/src/order-table/facet-values.ts';
import { foldText, searchTerms } from '@suivi/model';
import { nextCell } from '../../packages/components/src/order-table/grid-navigation.ts';
import { isoToMilliseconds } from '../../packages/components/src/order-table/iso-time.ts';
import { MAX_BUCKETS, sortBuckets } from '../../packages/components/src/order-table/sort-buckets.ts';
import { SAVED_VIEWS } from '../../packages/components/src/order-table/saved-views.ts';
import { MAX_OWN_VIEWS, loadOwnViews, ownViewsStorageKey, saveOwnViews } from '../../packages/components/src/order-table/own-views.ts';
import { hasRow, narrows, searchRows } from '../../packages/components/src/order-table/row-search.ts';
import { FoldedWordMatcher } from '../../packages/components/src/order-table/search-pattern.ts';
import { SearchedColumns } from '../../packages/components/src/order-table/searched-columns.ts';
import { WordStartPairs } from '../../packages/components/src/order-table/word-start-pairs.ts';
import { EMPTY_QUERY, NO_FILTERS, type TableFilters, type TableQuery } from '../../packages/components/src/order-table/table-query.ts';
import { generateOrderSummaries } from '../../bench/generate-orders.ts';

const ROWS = generateOrderSummaries(3000, { seed: 7 });

/** Row indexes sorted by a comparator, stably (Array.prototype.sort is stable). */
function referenceOrder(rows: readonly OrderSummary[], compare: (a: OrderSummary, b: OrderSummary) => number): number[] {
  return rows.map((_, index) => index).sort((a, b) => compare(rows[a], rows[b]));
}

function viewOf(source: ClientRowSource): string[] {
  return Array.from({ length: source.size }, (_, position) => source.rowAt(position)!.id);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

/** The admin API's search, written plainly: every query word starts some word of the order. */
function referenceSearch(row: OrderSummary, query: string): boolean {
  const words = [row.orderNumber, row.customerName, row.customerEmail, ...row.trackingNumbers].flatMap((field) => fold(field).match(/[\p{L}\p{N}]+/gu) ?? []);
  return (fold(query).match(/[\p{L}\p{N}]+/gu) ?? []).every((term) => words.some((word) => word.startsWith(term)));
}

function localDay(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function referenceFilter(row: OrderSummary, filters: TableFilters, withDelivery = true): boolean {
  const within = (values: readonly string[], value: string) => values.length === 0 || values.includes(value);
  return (
    within(filters.paymentStatus, row.paymentStatus) &&
    within(filters.fulfillmentStatus, row.fulfillmentStatus) &&
    (!withDelivery || within(filters.deliveryStatus, row.deliveryStatus)) &&
    within(filters.paymentMethod, row.paymentMethod) &&
    (filters.carrier.length === 0 || row.carriers.some((carrier) => filters.carrier.includes(carrier))) &&
    (filters.tag.length === 0 || row.tags.some((tag) => filters.tag.includes(tag))) &&
    (!filters.placedFrom || localDay(row.placedAt) >= filters.placedFrom) &&
    (!filters.placedTo || localDay(row.placedAt) <= filters.placedTo) &&
    (filters.archived === 'include' || (filters.archived === 'only') === (row.state === 'archived'))
  );
}

describe('order table: statuses', () => {
  it('the overview strip shows every delivery status of the model, once', () => {
    assert.deepEqual([...OVERVIEW_STATUSES].sort(), [...ORDER_DELIVERY_STATUSES].sort());
  });

  it('"Paid, not shipped" means the model’s settled payment statuses', () => {
    const view = SAVED_VIEWS.find((candidate) => candidate.id === 'paid-not-shipped')!;
    assert.deepEqual([...view.filters.paymentStatus].sort(), [...SETTLED_PAYMENT_STATUSES].sort());
  });
});

describe('order table: reading ISO times and folding text', () => {
  it('reads UTC times like Date.parse, with or without milliseconds, and other forms through it', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), fc.boolean(), (date, millis) => {
        const iso = millis ? date.toISOString() : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
        assert.equal(isoToMilliseconds(iso), Date.parse(iso));
      }),
    );
    assert.equal(isoToMilliseconds('2026-11-20T10:00:00+01:00'), Date.parse('2026-11-20T09:00:00Z'));
    assert.ok(Number.isNaN(isoToMilliseconds('not a date')));
  });

  it('folds case, accents and ligatures', () => {
    assert.equal(foldText('Élodie LEFÈVRE'), 'elodie lefevre');
    assert.equal(foldText('Cœur Æther Straße Łódź'), 'coeur aether strasse lodz');
    assert.equal(foldText('#1042 6A854'), '#1042 6a854');
    // Folding twice changes nothing, whatever the script.
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => assert.equal(foldText(foldText(text)), foldText(text))));
    // Latin letters with accents fold as Unicode decomposition says.
    const latin = fc.string({ unit: fc.constantFrom(...'aAeEzZ àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÉÈÊÇÔÜŸĀăĄćČďĘěğĺľńňőŕřśšţťůűźżžǎǐǒǔ'.split('')) });
    fc.assert(fc.property(latin, (text) => assert.equal(foldText(text), fold(text))));
  });

  it('splits a search into folded words, each once', () => {
    assert.deepEqual(searchTerms('  Lefèvre, #1042 lefevre '), ['lefevre', '1042']);
    assert.deepEqual(searchTerms('marie.dupont@example.fr'), ['marie', 'dupont', 'example', 'fr']);
    assert.deepEqual(searchTerms(' — '), []);
  });
});

describe('order table: client row source', () => {
  const source = new ClientRowSource();
  source.setRows(ROWS);

  it('lists every row in the given order when nothing is asked', () => {
    source.apply(EMPTY_QUERY, 'en');
    assert.equal(source.size, ROWS.length);
    assert.deepEqual(viewOf(source), ROWS.map((row) => row.id));
    assert.equal(source.positionOf(ROWS[42].id), 42);
    assert.equal(source.positionOf('ord_missing'), -1);
  });

  it('sorts every column both ways, and totals by currency then amount', () => {
    const compareBy: Record<(typeof COLUMN_IDS)[number], (a: OrderSummary, b: OrderSummary) => number> = {
      orderNumber: (a, b) => Number(a.orderNumber.slice(1)) - Number(b.orderNumber.slice(1)),
      placedAt: (a, b) => Date.parse(a.placedAt) - Date.parse(b.placedAt),
      customer: (a, b) => a.customerName.localeCompare(b.customerName, 'en', { sensitivity: 'base', numeric: true }),
      total: (a, b) => (a.total.currency < b.total.currency ? -1 : a.total.currency > b.total.currency ? 1 : a.total.amount - b.total.amount),
      paymentStatus: (a, b) => PAYMENT_STATUSES.indexOf(a.paymentStatus) - PAYMENT_STATUSES.indexOf(b.paymentStatus),
      fulfillmentStatus: (a, b) => FULFILLMENT_STATUSES.indexOf(a.fulfillmentStatus) - FULFILLMENT_STATUSES.indexOf(b.fulfillmentStatus),
      deliveryStatus: (a, b) => ORDER_DELIVERY_STATUSES.indexOf(a.deliveryStatus) - ORDER_DELIVERY_STATUSES.indexOf(b.deliveryStatus),
      carrier: (a, b) =>
        (a.carriers.length === 0 ? 1 : 0) - (b.carriers.length === 0 ? 1 : 0) ||
        `${a.carriers.join(', ')} ${a.trackingNumbers.join(', ')}`.localeCompare(`${b.carriers.join(', ')} ${b.trackingNumbers.join(', ')}`, 'en', { sensitivity: 'base', numeric: true }),
      tags: (a, b) => a.tags.join(', ').localeCompare(b.tags.join(', '), 'en', { sensitivity: 'base', numeric: true }),
    };
    for (const column of COLUMN_IDS) {
      source.apply({ ...EMPTY_QUERY, sort: { column, direction: 'ascending' } }, 'en');
      const ascending = referenceOrder(ROWS, compareBy[column]).map((index) => ROWS[index].id);
      assert.deepEqual(viewOf(source), ascending, `${column} ascending`);
      source.apply({ ...EMPTY_QUERY, sort: { column, direction: 'descending' } }, 'en');
      assert.deepEqual(viewOf(source), [...ascending].reverse(), `${column} descending reads the same order backwards`);
      const someId = ascending[1234];
      assert.equal(source.rowAt(source.positionOf(someId))!.id, someId);
    }
  });

  it('searches like the admin API: each word starts a word of the number, name, e-mail or tracking number', () => {
    const queries = ['lefevre', 'LÉA', 'chloe gagnon', '#1042', '104', 'example.fr', ROWS.find((row) => row.trackingNumbers.length)!.trackingNumbers[0].slice(0, 6), 'artin', 'zzz', ''];
    for (const search of queries) {
      source.apply({ ...EMPTY_QUERY, search }, 'en');
      assert.deepEqual(viewOf(source), ROWS.filter((row) => referenceSearch(row, search)).map((row) => row.id), `search "${search}"`);
    }
  });

  it('filters, searches and sorts together, and counts the overview without its own filter', () => {
    const day = (offset: number) => localDay(new Date(Date.parse(ROWS[0].placedAt) - offset * 86_400_000).toISOString());
    const arbitraryFilters: fc.Arbitrary<TableFilters> = fc.record({
      paymentStatus: fc.subarray([...PAYMENT_STATUSES]),
      fulfillmentStatus: fc.subarray([...FULFILLMENT_STATUSES]),
      deliveryStatus: fc.subarray([...ORDER_DELIVERY_STATUSES], { maxLength: 2 }),
      paymentMethod: fc.subarray([...PAYMENT_METHODS]),
      carrier: fc.subarray(['UPS', 'Colissimo', 'Transports Bernard']),
      tag: fc.subarray(['gift', 'vip']),
      placedFrom: fc.option(fc.integer({ min: 100, max: 700 }).map(day)),
      placedTo: fc.option(fc.integer({ min: 0, max: 400 }).map(day)),
      archived: fc.constantFrom('include' as const, 'exclude' as const, 'only' as const),
    });
    fc.assert(
      fc.property(
        arbitraryFilters,
        fc.constantFrom('', 'martin', 'e', 'example'),
        fc.option(fc.record({ column: fc.constantFrom(...COLUMN_IDS), direction: fc.constantFrom('ascending' as const, 'descending' as const) })),
        (filters, search, sort) => {
          const query: TableQuery = { search, filters, sort };
          source.apply({ ...query, filters: NO_FILTERS, search: '' }, 'en');
          const sortedIds = viewOf(source);
          source.apply(query, 'en');
          const matching = new Set(ROWS.filter((row) => referenceFilter(row, filters) && referenceSearch(row, search)).map((row) => row.id));
          assert.deepEqual(viewOf(source), sortedIds.filter((id) => matching.has(id)));
          const counts = source.deliveryCounts();
          for (const status of ORDER_DELIVERY_STATUSES) {
            const expected = ROWS.filter((row) => row.deliveryStatus === status && referenceFilter(row, filters, false) && referenceSearch(row, search)).length;
            assert.equal(counts[status], expected, `${status} count`);
          }
          assert.deepEqual(new Set(source.matchingIds()), matching);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the overview counts across a new sort, and starts them over when the search or a filter changes, even half made', () => {
    const rows = generateOrderSummaries(40_000, { seed: 11 });
    const source = new ClientRowSource();
    source.setRows(rows);
    const expected = (filters: TableFilters, search: string) =>
      Object.fromEntries(ORDER_DELIVERY_STATUSES.map((status) => [status, rows.filter((row) => row.deliveryStatus === status && referenceFilter(row, filters, false) && referenceSearch(row, search)).length]));
    source.apply({ ...EMPTY_QUERY, search: 'martin' }, 'en');
    assert.equal(source.prepareCounts(0), false, 'one slice reads part of 40,000 rows');
    source.apply({ ...EMPTY_QUERY, search: 'e' }, 'en');
    assert.deepEqual(source.deliveryCounts(), expected(NO_FILTERS, 'e'));
    const paid: TableFilters = { ...NO_FILTERS, paymentStatus: ['paid'] };
    source.apply({ search: 'e', filters: paid, sort: null }, 'en');
    assert.deepEqual(source.deliveryCounts(), expected(paid, 'e'));
    source.apply({ search: 'e', filters: paid, sort: { column: 'total', direction: 'descending' } }, 'en');
    assert.equal(source.prepareCounts(0), true, 'a new sort keeps the counts');
    assert.deepEqual(source.deliveryCounts(), expected(paid, 'e'));
    source.apply({ search: '', filters: paid, sort: null }, 'en');
    assert.equal(source.prepareCounts(0), false, 'every row is read again once the search is cleared');
    assert.deepEqual(source.deliveryCounts(), expected(paid, ''));
    // Every row's counts, half made and left, then made, then found made when the view comes back to every row.
    source.apply(EMPTY_QUERY, 'en');
    assert.equal(source.prepareCounts(0), false);
    source.apply({ ...EMPTY_QUERY, search: 'e' }, 'en');
    source.prepareCounts(0);
    source.apply(EMPTY_QUERY, 'en');
    assert.deepEqual(source.deliveryCounts(), expected(NO_FILTERS, ''));
    source.apply({ ...EMPTY_QUERY, search: 'martin' }, 'en');
    assert.deepEqual(source.deliveryCounts(), expected(NO_FILTERS, 'martin'));
    source.apply({ ...EMPTY_QUERY, sort: { column: 'customer', direction: 'ascending' } }, 'en');
    assert.equal(source.prepareCounts(0), true, 'the counts of every row are kept');
    assert.deepEqual(source.deliveryCounts(), expected(NO_FILTERS, ''));
  });

  it('starts over when given new rows', () => {
    const other = new ClientRowSource();
    other.setRows(ROWS.slice(0, 10));
    other.apply({ ...EMPTY_QUERY, sort: { column: 'total', direction: 'ascending' } }, 'en');
    const replaced = ROWS.slice(10, 15);
    other.setRows(replaced);
    other.apply({ ...EMPTY_QUERY, sort: { column: 'total', direction: 'ascending' } }, 'en');
    assert.equal(other.size, 5);
    assert.deepEqual(new Set(viewOf(other)), new Set(replaced.map((row) => row.id)));
    assert.deepEqual(other.facetValues('carrier'), [...new Set(replaced.flatMap((row) => row.carriers))].sort((a, b) => a.localeCompare(b)));
  });
});

/**
 * The order a sorted view must show, written plainly: rows compared by a column's value, equal
 * values in row order. Text compares as the language does (Intl.Collator, base letters, numbers
 * by value), and texts it finds equal but that differ ("Emile", "Émile") by where each first
 * appears; past 20,000 distinct texts, by folded text with `<` instead.
 */
function referenceSort(rows: readonly OrderSummary[], column: (typeof COLUMN_IDS)[number]): number[] {
  const textRank = (text: (row: OrderSummary) => string | null) => {
    const values = rows.map(text);
    const distinct = [...new Set(values.filter((value): value is string => value !== null))];
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const compare = distinct.length <= 20_000 ? collator.compare : (a: string, b: string) => (foldText(a) < foldText(b) ? -1 : foldText(a) > foldText(b) ? 1 : 0);
    const rank = new Map([...distinct].sort(compare).map((value, r) => [value, r]));
    return values.map((value) => (value === null ? Infinity : rank.get(value)!));
  };
  const numberOf = (row: OrderSummary) => (/^#?\d{1,15}$/.test(row.orderNumber) ? Number(row.orderNumber.replace('#', '')) : NaN);
  const amounts = rows.map((row) => row.total.amount);
  const min = Math.min(...amounts.filter((amount) => !Number.isNaN(amount)));
  const currencies = [...new Set(rows.map((row) => row.total.currency))].sort();
  const keyOf: Record<(typeof COLUMN_IDS)[number], () => number[][]> = {
    orderNumber: () => (rows.some((row) => Number.isNaN(numberOf(row))) ? textRank((row) => row.orderNumber).map((rank) => [rank]) : rows.map((row) => [numberOf(row)])),
    placedAt: () => rows.map((row) => [Number.isNaN(Date.parse(row.placedAt)) ? Infinity : Date.parse(row.placedAt)]),
    customer: () => textRank((row) => row.customerName).map((rank) => [rank]),
    // Whole minor units: amounts closer than one unit tie (fractions of a cent do not order).
    total: () => rows.map((row) => [currencies.indexOf(row.total.currency), Math.floor(row.total.amount - min)]),
    paymentStatus: () => rows.map((row) => [PAYMENT_STATUSES.indexOf(row.paymentStatus)]),
    fulfillmentStatus: () => rows.map((row) => [FULFILLMENT_STATUSES.indexOf(row.fulfillmentStatus)]),
    deliveryStatus: () => rows.map((row) => [ORDER_DELIVERY_STATUSES.indexOf(row.deliveryStatus)]),
    carrier: () => textRank((row) => (row.carriers.length === 0 ? null : `${row.carriers.join(', ')} ${row.trackingNumbers.join(', ')}`)).map((rank) => [rank]),
    tags: () => textRank((row) => row.tags.join(', ')).map((rank) => [rank]),
  };
  const keys = keyOf[column]();
  const compareKeys = (a: number[], b: number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return 0;
  };
  return rows.map((_, index) => index).sort((a, b) => compareKeys(keys[a], keys[b]));
}

/** Rows made of few values (many ties), texts the collator finds equal, and amounts a fraction apart. */
const arbitraryRows = fc
  .array(
    fc.record({
      number: fc.integer({ min: 0, max: 40 }),
      name: fc.constantFrom('Émile Roux', 'Emile Roux', 'emile roux', 'Zoé', 'Zoe', 'Åsa', 'Adam 2', 'Adam 10', 'Œdipe', 'Oedipe', 'Ängel'),
      amount: fc.constantFrom(0, 1, 5, 100, 2 ** 40, -3, 12.5, 12.25),
      currency: fc.constantFrom('EUR', 'GBP', 'USD'),
      day: fc.constantFrom('2026-11-01T08:00:00Z', '2026-11-02T08:00:00.500Z', '2026-11-02T09:00:00+01:00', 'not a date'),
      payment: fc.constantFrom(...PAYMENT_STATUSES),
      fulfilment: fc.constantFrom('unfulfilled' as const, 'fulfilled' as const),
      delivery: fc.constantFrom('delivered' as const, 'in_transit' as const, 'no_tracking' as const, 'attempted_delivery' as const),
      carrier: fc.option(fc.constantFrom('UPS', 'Colissimo', 'ups')),
      tracking: fc.constantFrom('1Z9', '1Z10', 'AB'),
      tags: fc.subarray(['gift', 'vip', 'Gift']),
    }),
    { maxLength: 900, size: 'max' },
  )
  .chain((specs) => fc.tuple(fc.constant(specs), fc.boolean()))
  .map(([specs, textNumbers]) =>
    specs.map(
      (spec, index): OrderSummary => ({
        ...ROWS[0],
        id: `ord_${index}`,
        orderNumber: textNumbers && index % 7 === 3 ? `A-${spec.number}` : `#${spec.number}`,
        customerName: spec.name,
        customerEmail: `${spec.name.split(' ')[0].toLowerCase()}@example.fr`,
        total: { amount: spec.amount, currency: spec.currency },
        placedAt: spec.day,
        paymentStatus: spec.payment,
        fulfillmentStatus: spec.fulfilment,
        deliveryStatus: spec.delivery,
        carriers: spec.carrier ? [spec.carrier] : [],
        trackingNumbers: spec.carrier ? [spec.tracking] : [],
        tags: spec.tags,
      }),
    ),
  );

describe('order table: sorting by buckets', () => {
  it('puts keys in buckets that follow the key order, with a bucket of its own for a key many rows share', () => {
    const keys = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3000, size: 'max' }),
      fc.array(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), { maxLength: 3000, size: 'max' }),
      // More rows than are sampled, so keys between sampled ones land in buckets too.
      fc.array(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(7), fc.constant(8), fc.constant(Infinity)), { minLength: 17_000, maxLength: 40_000 }),
    );
    fc.assert(
      fc.property(keys, (values) => {
        const { ids, count, sizes, single } = sortBuckets(Float64Array.from(values));
        assert.ok(count >= 1 && count <= MAX_BUCKETS);
        const byKey = values.map((_, row) => row).sort((a, b) => values[a] - values[b] || a - b);
        for (let k = 1; k < byKey.length; k++) assert.ok(ids[byKey[k - 1]] <= ids[byKey[k]], 'a larger key is never in an earlier bucket');
        const seen = new Map<number, Set<number>>();
        const rowsIn = new Map<number, number>();
        const rowsOf = new Map<number, number>();
        for (let row = 0; row < values.length; row++) {
          seen.set(ids[row], (seen.get(ids[row]) ?? new Set()).add(values[row]));
          rowsIn.set(ids[row], (rowsIn.get(ids[row]) ?? 0) + 1);
          rowsOf.set(values[row], (rowsOf.get(values[row]) ?? 0) + 1);
        }
        for (let bucket = 0; bucket < count; bucket++) {
          assert.equal(sizes[bucket], rowsIn.get(bucket) ?? 0);
          if (sizes[bucket] > 0) assert.equal(single[bucket] === 1, seen.get(bucket)!.size === 1, `bucket ${bucket} single`);
        }
        // A key held by more than two buckets' worth of rows (and enough to be sampled) is alone in its bucket.
        for (const [value, rowCount] of rowsOf) {
          if (rowCount > (2 * values.length) / MAX_BUCKETS + 64) assert.equal(seen.get(ids[values.indexOf(value)])!.size, 1, `key ${value} alone`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads every position as a plain stable sort and filter would, both ways, in any order, and finds each row back', () => {
    const arbitraryQuery = fc.record({
      search: fc.constantFrom('', 'emile', 'zoe adam', 'a', '1'),
      paymentStatus: fc.subarray([...PAYMENT_STATUSES], { maxLength: 3 }),
      deliveryStatus: fc.subarray(['delivered', 'no_tracking'] as const),
      carrier: fc.subarray(['UPS', 'ups']),
      column: fc.constantFrom(...COLUMN_IDS),
      direction: fc.constantFrom('ascending' as const, 'descending' as const),
    });
    fc.assert(
      fc.property(arbitraryRows, fc.array(arbitraryQuery, { minLength: 1, maxLength: 3 }), fc.nat(), (rows, queries, seed) => {
        const source = new ClientRowSource();
        source.setRows(rows);
        for (const { search, column, direction, ...picked } of queries) {
          const filters = { ...NO_FILTERS, ...picked };
          source.apply({ search, filters, sort: { column, direction } }, 'en');
          const ascending = referenceSort(rows, column).filter((index) => referenceFilter(rows[index], filters) && referenceSearch(rows[index], search));
          const expected = (direction === 'ascending' ? ascending : ascending.reverse()).map((index) => rows[index].id);
          assert.equal(source.size, expected.length);
          // Jumping around (new buckets each time), then in order from the top.
          const positions = expected.map((_, position) => position).sort((a, b) => ((a * 7919 + seed) % 104729) - ((b * 7919 + seed) % 104729));
          for (const position of positions) assert.equal(source.rowAt(position)?.id, expected[position], `${column} ${direction}, position ${position}`);
          assert.deepEqual(viewOf(source), expected, `${column} ${direction}`);
          for (const position of positions.slice(0, 40)) assert.equal(source.positionOf(expected[position]), position);
          for (const row of rows.slice(0, 40)) if (!expected.includes(row.id)) assert.equal(source.positionOf(row.id), -1);
          assert.equal(source.rowAt(expected.length), undefined);
          assert.equal(source.rowAt(-1), undefined);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('reads large buckets of one key by scanning, and every bucket of a large view, as a plain sort would', () => {
    const rows = generateOrderSummaries(60_000, { seed: 11 });
    const source = new ClientRowSource();
    source.setRows(rows);
    for (const column of ['deliveryStatus', 'total', 'carrier'] as const) {
      for (const filters of [NO_FILTERS, { ...NO_FILTERS, paymentStatus: ['paid' as const] }]) {
        source.apply({ search: '', filters, sort: { column, direction: 'ascending' } }, 'en');
        const ascending = referenceSort(rows, column).filter((index) => referenceFilter(rows[index], filters)).map((index) => rows[index].id);
        assert.deepEqual(viewOf(source), ascending, `${column} ascending`);
        source.apply({ search: '', filters, sort: { column, direction: 'descending' } }, 'en');
        const descending = [...ascending].reverse();
        assert.deepEqual(viewOf(source), descending, `${column} descending`);
        for (let position = 0; position < descending.length; position += 4999) assert.equal(source.positionOf(descending[position]), position);
      }
    }
  });
});

/** Whether a folded search word starts a word of a field, folding the field with the model's foldText. */
function referenceWordStart(field: string, term: string): boolean {
  return (foldText(field).match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => word.startsWith(term));
}

/** Letters that fold into something else, or that the matcher must hand to foldText. */
const TRICKY = [...'aAeEoOsSiIzZ019 .-@#_·ßœŒæÆǢǣǼǽİıÉéèÈëÇçÅåØøŁłĳǄǅǆƁǮǯȺ\u0301\u0308αΣςẞ😀'];

describe('order table: search without an index', () => {
  it('reads every character below U+0250, and some beyond, as foldText does', () => {
    const beyond = ['\u0301', 'α', 'Σ', 'ẞ', '😀', '\u0130\u0307'];
    const characters = [...Array.from({ length: 0x250 }, (_, code) => String.fromCharCode(code)), ...beyond];
    for (const character of characters) {
      for (const field of [character, `x${character}`, `${character}ab`, `a ${character}b`, `${character}${character}s`]) {
        const words = foldText(field).match(/[\p{L}\p{N}]+/gu) ?? [];
        const terms = new Set(['a', 'ab', 'b', 'x', 's', 'ss', 'oe', 'ae', 'e', 'i', ...words.flatMap((word) => [word, word.slice(0, 1), word.slice(0, 2), word.slice(1)]).filter(Boolean)]);
        for (const term of terms) {
          assert.equal(new FoldedWordMatcher(term).matches(field), referenceWordStart(field, term), `"${term}" in ${JSON.stringify(field)}`);
        }
      }
    }
  });

  it('agrees with foldText on any text and any word', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code))), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.nat(6), (field, query, cut) => {
        const fromField = foldText(field).match(/[\p{L}\p{N}]+/gu) ?? [];
        const terms = [...searchTerms(query), ...fromField.map((word) => word.slice(0, Math.max(1, word.length - cut)))];
        for (const term of terms) assert.equal(new FoldedWordMatcher(term).matches(field), referenceWordStart(field, term), `"${term}" in ${JSON.stringify(field)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('still finds a word that ligatures could spell in millions of ways', () => {
    const field = `Straße ${'ß'.repeat(40)}`;
    assert.equal(new FoldedWordMatcher('s'.repeat(80)).matches(field), true);
    assert.equal(new FoldedWordMatcher('s'.repeat(81)).matches(field), false);
    assert.equal(new FoldedWordMatcher('strasse').matches(field), true);
    assert.equal(new FoldedWordMatcher('oe'.repeat(30)).matches('Œ'.repeat(15) + 'œ'.repeat(15)), true);
  });

  it('keeps one bit a row, and a search that extends the last one looks only at what it found', () => {
    const rows = ROWS.slice(0, 1000);
    const all = searchRows(rows, ['ma'], null);
    assert.equal(all.bits.length, Math.ceil(rows.length / 32));
    const expected = rows.map((row, index) => (referenceSearch(row, 'mar') ? index : -1)).filter((index) => index !== -1);
    const found = (bits: Uint32Array) => rows.map((_, index) => index).filter((index) => hasRow(bits, index));
    assert.deepEqual(found(searchRows(rows, ['mar'], all.bits).bits), expected);
    assert.equal(searchRows(rows, ['mar'], all.bits).count, expected.length);
    // Looking within a set only ever finds rows of that set.
    const none = new Uint32Array(all.bits.length);
    assert.equal(searchRows(rows, ['mar'], none).count, 0);
    assert.equal(narrows(['ma'], ['mar']), true);
    assert.equal(narrows(['ma', 'le'], ['mar', 'lef']), true);
    assert.equal(narrows(['mar'], ['ma']), false, 'a shorter word finds more');
    assert.equal(narrows(['ma', 'le'], ['mar']), false, 'a dropped word finds more');
    assert.equal(narrows([], ['ma']), false);
  });

  it('finds what a fresh search finds as a person types, deletes and retypes', () => {
    const source = new ClientRowSource();
    source.setRows(ROWS);
    // This one has read which words start in each column, so it skips columns; the fresh one reads all.
    assert.equal(source.readSearchedColumns(Infinity, SearchedColumns), true);
    const fresh = new ClientRowSource();
    fresh.setRows(ROWS);
    const names = ['Lefèvre', 'Chloé Tremblay', 'noemie.gagnon', '#1042', 'xy', 'harry jones example'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(20)), { minLength: 1, maxLength: 6 }), (steps) => {
        for (const [name, length] of steps) {
          const search = name.slice(0, length);
          source.apply({ ...EMPTY_QUERY, search, sort: { column: 'customer', direction: 'ascending' } }, 'en');
          fresh.setRows([...ROWS]);
          fresh.apply({ ...EMPTY_QUERY, search, sort: { column: 'customer', direction: 'ascending' } }, 'en');
          assert.deepEqual(viewOf(source), viewOf(fresh), `search "${search}"`);
          assert.deepEqual(new Set(viewOf(source)), new Set(ROWS.filter((row) => referenceSearch(row, search)).map((row) => row.id)), `search "${search}"`);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('order table: which columns a search word may be in', () => {
  const columnOf = (values: readonly string[]) => {
    const column = new WordStartPairs();
    for (const value of values) column.add(value);
    return column;
  };

  it('never rules out a column where the word starts a word, on any text', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(...TRICKY), fc.integer({ min: 0, max: 0x2ff }).map((code) => String.fromCharCode(code))), maxLength: 14 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), text, fc.nat(6), (values, query, cut) => {
        const column = columnOf(values);
        const fromValues = values.flatMap((value) => foldText(value).match(/[\p{L}\p{N}]+/gu) ?? []);
        const terms = [...searchTerms(query), ...fromValues.map((word) => word.slice(0, Math.max(1, word.length - cut)))];
        for (const term of terms) {
          if (values.some((value) => referenceWordStart(value, term))) assert.equal(column.mayStart(term), true, `"${term}" in ${JSON.stringify(values)}`);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('rules out the words no value of the column starts, by their first two letters', () => {
    const numbers = columnOf(['#1042', '#1043', '#2001']);
    assert.deepEqual(['1', '10', '1042', '2', '20', '1099'].filter((term) => !numbers.mayStart(term)), []);
    assert.deepEqual(['tremblay', '3', '11', '0', 'a'].filter((term) => numbers.mayStart(term)), []);
    const tracking = columnOf(['1Z999AA10123456784', 'XY123456789FR', 'TB-004211']);
    assert.equal(tracking.mayStart('xy'), true);
    assert.equal(tracking.mayStart('fr'), false, '"FR" follows a digit: it starts no word');
    assert.equal(tracking.mayStart('tb'), true);
    assert.equal(tracking.mayStart('004'), true, 'after the hyphen');
    assert.equal(tracking.mayStart('tremblay'), false);
    assert.equal(tracking.mayStart('z'), false);
    const names = columnOf(['Chloé Lefèvre', 'Hans Straße']);
    for (const term of ['chloe', 'lefevre', 'le', 'l', 'hans', 'strasse']) assert.equal(names.mayStart(term), true, term);
    for (const term of ['hl', 'ed', 'ss', 'x', 'oedipe']) assert.equal(names.mayStart(term), false, term);
    // Only ASCII is read: a word starting beyond it ("Œdipe") may be any word.
    assert.equal(columnOf(['Hans', 'Œdipe Roi']).mayStart('x'), true);
  });

  it('may hold any word once a value holds a character it cannot read one at a time', () => {
    const column = columnOf(['#1042', 'Σοφία']);
    assert.equal(column.mayStart('tremblay'), true);
    assert.equal(column.mayStart('σοφια'), true);
    assert.equal(columnOf(['#1042']).mayStart('σοφια'), false, 'no Latin text folds to a Greek letter');
  });

  it('finds the same rows reading only the columns a word may be in, and skips the rest', () => {
    const rows = ROWS.slice(0, 2000);
    const columns = new SearchedColumns();
    columns.readRows(rows, 1000);
    assert.equal(columns.rowsRead, 1000);
    columns.readRows(rows, rows.length);
    const none = { orderNumber: false, customerName: false, customerEmail: false, trackingNumbers: false };
    assert.deepEqual(columns.columnsFor('tremblay'), { ...none, customerName: true, customerEmail: true });
    // Names such as "Élodie" start a word beyond ASCII: any word may be in the names.
    assert.deepEqual(columns.columnsFor('1z'), { ...none, customerName: true, trackingNumbers: true });
    assert.equal(columns.columnsFor(rows[0].orderNumber.slice(1, 4)).orderNumber, true);
    assert.deepEqual(columns.columnsFor('qq'), { ...none, customerName: true });
    const ascii = new SearchedColumns();
    ascii.readRows([{ ...rows[0], customerName: 'Harry Jones', customerEmail: 'harry@example.com', orderNumber: '#1042', trackingNumbers: ['1Z999'] }], 1);
    assert.deepEqual(ascii.columnsFor('qq'), none, 'a word no column may hold');
    assert.equal(searchRows(rows.slice(0, 1), ['qq'], null, ascii).count, 0);
    const half = new SearchedColumns();
    half.readRows(rows, 1000);
    const words = fc.constantFrom('tremblay', 'lefevre', 'le', 'x', 'xy', '1', '1z', '6a', 'example', 'fr', 'qq', 'tb', rows[7].orderNumber.slice(1), rows[9].customerEmail.split('@')[0]);
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 1, maxLength: 3 }), (query) => {
        const expected = searchRows(rows, query, null);
        const expectedIds = rows.filter((row) => referenceSearch(row, query.join(' '))).length;
        assert.equal(expected.count, expectedIds);
        for (const found of [searchRows(rows, query, null, columns), searchRows(rows, query, null, half)]) {
          assert.equal(found.count, expected.count, query.join(' '));
          assert.deepEqual(found.bits, expected.bits, query.join(' '));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('order table: the merchant’s own views', () => {
  /** A Storage of one table's key, as localStorage would hold it. */
  const storageWith = (text: string | null): Storage => {
    const items = new Map<string, string>(text === null ? [] : [[ownViewsStorageKey('t'), text]]);
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) } as Storage;
  };

  it('reads back what it saved, and only well-formed views from anything else', () => {
    const storage = storageWith(null);
    const views = [{ name: 'Unpaid', filters: { ...NO_FILTERS, paymentStatus: ['pending' as const], placedFrom: '2026-11-01' } }];
    saveOwnViews('t', views, storage);
    assert.deepEqual(loadOwnViews('t', storage), views);
    for (const text of ['not json', '{"a":1}', '42', 'null']) assert.deepEqual(loadOwnViews('t', storageWith(text)), [], text);
    const mixed = JSON.stringify([
      { name: '  Spaces  ', filters: { paymentStatus: ['pending'] } },
      { name: '', filters: {} },
      { name: 'Bad day', filters: { placedFrom: 'yesterday' } },
      { name: 'Bad archived', filters: { archived: 'maybe' } },
      { name: 'Bad facet', filters: { tag: 'vip' } },
      { name: 'x'.repeat(41), filters: {} },
      { name: 'Spaces', filters: {} },
      null,
    ]);
    assert.deepEqual(loadOwnViews('t', storageWith(mixed)), [{ name: 'Spaces', filters: { ...NO_FILTERS, paymentStatus: ['pending'] } }]);
    const many = JSON.stringify(Array.from({ length: 20 }, (_, i) => ({ name: `View ${i}`, filters: {} })));
    assert.equal(loadOwnViews('t', storageWith(many)).length, MAX_OWN_VIEWS);
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); } } as unknown as Storage;
    assert.deepEqual(loadOwnViews('t', throwing), []);
    assert.doesNotThrow(() => saveOwnViews('t', views, throwing));
  });
});

describe('order table: column layout', () => {
  it('reads any saved value into a usable layout', () => {
    const fallback = defaultLayout();
    for (const saved of [null, 42, 'text', [], { order: 'x' }, { order: ['nope'], hidden: [1, 2], widths: { customer: 'wide' } }]) {
      assert.deepEqual(normalizeLayout(saved), fallback);
    }
    const layout = normalizeLayout({ order: ['tags', 'total', 'gone'], hidden: ['customer', 'customer'], widths: { total: 5, tags: 99999, placedAt: 150.4 } });
    assert.deepEqual(layout.order.slice(0, 2), ['tags', 'total']);
    assert.deepEqual([...layout.order].sort(), [...COLUMN_IDS].sort(), 'every column, once');
    assert.deepEqual(layout.hidden, ['customer']);
    assert.equal(layout.widths.total, 88, 'clamped to the minimum');
    assert.equal(layout.widths.tags, 640, 'clamped to the maximum');
    assert.equal(layout.widths.placedAt, 150);
    assert.deepEqual(normalizeLayout({ hidden: [...COLUMN_IDS] }).hidden, [], 'never every column hidden');
  });

  it('shows, hides, moves and resizes, and never hides the last column', () => {
    let layout = defaultLayout();
    for (const id of COLUMN_IDS) layout = withColumnShown(layout, id, false);
    assert.deepEqual(visibleColumns(layout), ['tags']);
    layout = withColumnShown(layout, 'total', true);
    assert.deepEqual(visibleColumns(layout), ['total', 'tags']);
    assert.deepEqual(withColumnMoved(defaultLayout(), 'orderNumber', -1).order, defaultLayout().order, 'first stays first');
    assert.deepEqual(withColumnMoved(defaultLayout(), 'placedAt', -1).order.slice(0, 2), ['placedAt', 'orderNumber']);
    assert.equal(withColumnWidth(defaultLayout(), 'customer', 1e9).widths.customer, 640);
  });
});

describe('order table: grid keys', () => {
  const shape = { rows: 100, columns: 10, pageRows: 12 };
  const key = (name: string, ctrlKey = false) => ({ key: name, ctrlKey, metaKey: false });

  it('moves one cell with arrows, without wrapping, from the header row (-1) to the last row', () => {
    assert.deepEqual(nextCell(key('ArrowRight'), { row: 3, column: 9 }, shape), { row: 3, column: 9 });
    assert.deepEqual(nextCell(key('ArrowLeft'), { row: 3, column: 0 }, shape), { row: 3, column: 0 });
    assert.deepEqual(nextCell(key('ArrowUp'), { row: 0, column: 2 }, shape), { row: -1, column: 2 });
    assert.deepEqual(nextCell(key('ArrowUp'), { row: -1, column: 2 }, shape), { row: -1, column: 2 });
    assert.deepEqual(nextCell(key('ArrowDown'), { row: 99, column: 2 }, shape), { row: 99, column: 2 });
  });

  it('jumps with Home/End, Ctrl+Home/End and Page Up/Down', () => {
    assert.deepEqual(nextCell(key('Home'), { row: 5, column: 4 }, shape), { row: 5, column: 0 });
    assert.deepEqual(nextCell(key('End'), { row: 5, column: 4 }, shape), { row: 5, column: 9 });
    assert.deepEqual(nextCell(key('Home', true), { row: 5, column: 4 }, shape), { row: -1, column: 0 });
    assert.deepEqual(nextCell(key('End', true), { row: 5, column: 4 }, shape), { row: 99, column: 9 });
    assert.deepEqual(nextCell(key('PageDown'), { row: 95, column: 1 }, shape), { row: 99, column: 1 });
    assert.deepEqual(nextCell(key('PageUp'), { row: 5, column: 1 }, shape), { row: 0, column: 1 });
    assert.deepEqual(nextCell(key('PageUp'), { row: 0, column: 1 }, shape), { row: -1, column: 1 });
    assert.equal(nextCell(key('a'), { row: 0, column: 1 }, shape), null);
    assert.deepEqual(nextCell(key('End', true), { row: -1, column: 0 }, { ...shape, rows: 0 }), { row: -1, column: 9 }, 'no rows: the header is the last row');
  });
});
