import {
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type AdminOrderFacets,
  type AdminOrderList,
} from '@suivi/model';
import { CARRIER_NAMES, MASK_BITS, SORT_KEY, TAG_NAMES, compareKeys, type IndexRow, type Interner } from './index-row.ts';
import { encodeCursor } from './list-cursor.ts';
import type { AcceptedNames, ListPlan } from './list-plan.ts';
import { matchesSearch } from './search-text.ts';
import { TopK } from './top-k.ts';

/** The filters that facets are counted across, one bit each. */
const PAYMENT = 1;
const FULFILLMENT = 2;
const DELIVERY = 4;
const METHOD = 8;
const CARRIER = 16;
const TAG = 32;

/** Whether any of a row's names is accepted: its mask first; the id list only for the rare row with ids past the mask. */
function anyAccepted(mask: number, overflow: boolean, ids: readonly number[], accepted: AcceptedNames): boolean {
  if ((mask & accepted.mask) !== 0) return true;
  if (!overflow) return false;
  // Ids past the table were interned after the plan was made: not accepted.
  for (let i = 0; i < ids.length; i++) if (accepted.ids[ids[i]!]) return true;
  return false;
}

/** Counts each name of a row once: the bits of its mask, then (rarely) the ids past it. */
function countNames(counts: Int32Array, mask: number, overflow: boolean, ids: readonly number[]): void {
  for (let rest = mask; rest !== 0; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]!++;
  if (overflow) for (let i = 0; i < ids.length; i++) if (ids[i]! >= MASK_BITS) counts[ids[i]!]!++;
}

/** Passes the filters that are not facets: search, date range, archived. */
function passesBase(row: IndexRow, plan: ListPlan): boolean {
  if (row.placedAtMs < plan.fromMs || row.placedAtMs > plan.toMs) return false;
  if (plan.archived === 'exclude' ? row.archived : plan.archived === 'only' ? !row.archived : false) return false;
  return plan.words.length === 0 || matchesSearch(row.haystack, plan.words);
}

/** The facet filters a row fails, as bits. */
function failedFacets(row: IndexRow, plan: ListPlan): number {
  let failed = 0;
  if (plan.payment && !plan.payment[row.payment]) failed |= PAYMENT;
  if (plan.fulfillment && !plan.fulfillment[row.fulfillment]) failed |= FULFILLMENT;
  if (plan.delivery && !plan.delivery[row.delivery]) failed |= DELIVERY;
  if (plan.method && !plan.method[row.method]) failed |= METHOD;
  if (plan.carriers && !anyAccepted(row.carrierMask, row.carrierOverflow, row.carrierIds, plan.carriers)) failed |= CARRIER;
  if (plan.tags && !anyAccepted(row.tagMask, row.tagOverflow, row.tagIds, plan.tags)) failed |= TAG;
  return failed;
}

class FacetCounter {
  readonly payment = new Int32Array(PAYMENT_STATUSES.length);
  readonly fulfillment = new Int32Array(FULFILLMENT_STATUSES.length);
  readonly delivery = new Int32Array(ORDER_DELIVERY_STATUSES.length);
  readonly method = new Int32Array(PAYMENT_METHODS.length);
  /** By CARRIER_NAMES / TAG_NAMES id. Names are only interned when rows are made, never during a scan, so the sizes hold. */
  readonly carrier = new Int32Array(CARRIER_NAMES.size);
  readonly tag = new Int32Array(TAG_NAMES.size);

  /** Counts a row that passes every filter, in every dimension. */
  countAll(row: IndexRow): void {
    this.payment[row.payment]!++;
    this.fulfillment[row.fulfillment]!++;
    this.delivery[row.delivery]!++;
    this.method[row.method]!++;
    if (row.carrierMask !== 0 || row.carrierOverflow) countNames(this.carrier, row.carrierMask, row.carrierOverflow, row.carrierIds);
    if (row.tagMask !== 0 || row.tagOverflow) countNames(this.tag, row.tagMask, row.tagOverflow, row.tagIds);
  }

  /** Counts a row that fails only `dimension`'s filter, in that dimension alone. */
  countOnly(row: IndexRow, dimension: number): void {
    if (dimension === PAYMENT) this.payment[row.payment]!++;
    else if (dimension === FULFILLMENT) this.fulfillment[row.fulfillment]!++;
    else if (dimension === DELIVERY) this.delivery[row.delivery]!++;
    else if (dimension === METHOD) this.method[row.method]!++;
    else if (dimension === CARRIER) countNames(this.carrier, row.carrierMask, row.carrierOverflow, row.carrierIds);
    else if (dimension === TAG) countNames(this.tag, row.tagMask, row.tagOverflow, row.tagIds);
  }

  facets(): AdminOrderFacets {
    const record = <T extends string>(values: readonly T[], counts: Int32Array) =>
      Object.fromEntries(values.map((value, index) => [value, counts[index]!])) as Record<T, number>;
    const sortedRecord = (counts: Int32Array, names: Interner) =>
      Object.fromEntries(
        Array.from(counts)
          .flatMap((count, id): [string, number][] => (count ? [[names.nameOf(id), count]] : []))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    return {
      payment: record(PAYMENT_STATUSES, this.payment),
      fulfillment: record(FULFILLMENT_STATUSES, this.fulfillment),
      delivery: record(ORDER_DELIVERY_STATUSES, this.delivery),
      method: record(PAYMENT_METHODS, this.method),
      carrier: sortedRecord(this.carrier, CARRIER_NAMES),
      tag: sortedRecord(this.tag, TAG_NAMES),
    };
  }
}

/** Orders rows by the plan's sort (then order number), in its direction. */
export function rowComparator(plan: Pick<ListPlan, 'sort' | 'dir'>): (a: IndexRow, b: IndexRow) => number {
  const keyOf = SORT_KEY[plan.sort];
  const sign = plan.dir === 'asc' ? 1 : -1;
  return (a, b) => sign * compareKeys(keyOf(a), a.seq, keyOf(b), b.seq);
}

/**
 * One page of the list, in one pass over the rows: each row that passes every filter is counted
 * in every facet and offered to the page; a row that fails exactly one facet filter is counted in
 * that facet only (what ticking that value would add); rows after the cursor compete for the
 * page in a bounded heap. No full sort, no copy of the matches.
 */
export function runListPlan(rows: readonly (IndexRow | undefined)[], plan: ListPlan): AdminOrderList {
  const facets = new FacetCounter();
  const compare = rowComparator(plan);
  const keyOf = SORT_KEY[plan.sort];
  const sign = plan.dir === 'asc' ? 1 : -1;
  const after = plan.after;
  const page = new TopK<IndexRow>(plan.limit, compare);
  let total = 0;
  let afterCursor = 0;
  // Rows are stored in order-number order, which is also the order orders were placed in: the
  // usual sorts (newest first) see their best rows first when scanned from that end, so the heap
  // fills with the page at once and every later row is turned away with one comparison. A plain
  // indexed loop, too: at 100 000 rows an iterator's per-step cost shows.
  const step = plan.dir === 'desc' ? -1 : 1;
  for (let i = step > 0 ? 0 : rows.length - 1; i >= 0 && i < rows.length; i += step) {
    const row = rows[i];
    if (!row || !passesBase(row, plan)) continue;
    const failed = failedFacets(row, plan);
    if (failed) {
      // A single failed dimension is a power of two.
      if ((failed & (failed - 1)) === 0) facets.countOnly(row, failed);
      continue;
    }
    facets.countAll(row);
    total++;
    if (after && sign * compareKeys(keyOf(row), row.seq, after.key, after.seq) <= 0) continue;
    afterCursor++;
    page.offer(row);
  }
  const items = page.sorted();
  const last = items[items.length - 1];
  return {
    items: items.map((row) => row.summary),
    nextCursor: afterCursor > items.length && last ? encodeCursor({ sort: plan.sort, dir: plan.dir, key: keyOf(last), seq: last.seq }) : null,
    total,
    facets: facets.facets(),
  };
}

/** Every row matching the plan's filters (cursor and limit ignored), sorted: what the CSV export writes. */
export function sortedMatches(rows: readonly (IndexRow | undefined)[], plan: ListPlan): IndexRow[] {
  const matches: IndexRow[] = [];
  for (const row of rows) if (row && passesBase(row, plan) && !failedFacets(row, plan)) matches.push(row);
  return matches.sort(rowComparator(plan));
}
