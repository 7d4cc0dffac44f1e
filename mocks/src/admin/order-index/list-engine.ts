import {
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type AdminOrderFacets,
  type AdminOrderList,
} from '@suivi/model';
import { SORT_KEY, compareKeys, type IndexRow } from './index-row.ts';
import { encodeCursor } from './list-cursor.ts';
import type { ListPlan } from './list-plan.ts';
import { matchesSearch } from './search-text.ts';
import { TopK } from './top-k.ts';

/** The filters that facets are counted across, one bit each. */
const PAYMENT = 1;
const FULFILLMENT = 2;
const DELIVERY = 4;
const METHOD = 8;
const CARRIER = 16;
const TAG = 32;

function anyIn(values: readonly string[], accepted: ReadonlySet<string>): boolean {
  for (const value of values) if (accepted.has(value)) return true;
  return false;
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
  if (plan.carriers && !anyIn(row.summary.carriers, plan.carriers)) failed |= CARRIER;
  if (plan.tags && !anyIn(row.summary.tags, plan.tags)) failed |= TAG;
  return failed;
}

class FacetCounter {
  readonly payment = new Int32Array(PAYMENT_STATUSES.length);
  readonly fulfillment = new Int32Array(FULFILLMENT_STATUSES.length);
  readonly delivery = new Int32Array(ORDER_DELIVERY_STATUSES.length);
  readonly method = new Int32Array(PAYMENT_METHODS.length);
  readonly carrier = new Map<string, number>();
  readonly tag = new Map<string, number>();

  /** Counts a row in the dimensions `only` names (bits), or in all when `only` is 0. */
  count(row: IndexRow, only: number): void {
    if (!only || only === PAYMENT) this.payment[row.payment]!++;
    if (!only || only === FULFILLMENT) this.fulfillment[row.fulfillment]!++;
    if (!only || only === DELIVERY) this.delivery[row.delivery]!++;
    if (!only || only === METHOD) this.method[row.method]!++;
    if (!only || only === CARRIER) for (const name of row.summary.carriers) this.carrier.set(name, (this.carrier.get(name) ?? 0) + 1);
    if (!only || only === TAG) for (const tag of row.summary.tags) this.tag.set(tag, (this.tag.get(tag) ?? 0) + 1);
  }

  facets(): AdminOrderFacets {
    const record = <T extends string>(values: readonly T[], counts: Int32Array) =>
      Object.fromEntries(values.map((value, index) => [value, counts[index]!])) as Record<T, number>;
    const sortedRecord = (counts: Map<string, number>) => Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      payment: record(PAYMENT_STATUSES, this.payment),
      fulfillment: record(FULFILLMENT_STATUSES, this.fulfillment),
      delivery: record(ORDER_DELIVERY_STATUSES, this.delivery),
      method: record(PAYMENT_METHODS, this.method),
      carrier: sortedRecord(this.carrier),
      tag: sortedRecord(this.tag),
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
export function runListPlan(rows: Iterable<IndexRow>, plan: ListPlan): AdminOrderList {
  const facets = new FacetCounter();
  const compare = rowComparator(plan);
  const keyOf = SORT_KEY[plan.sort];
  const sign = plan.dir === 'asc' ? 1 : -1;
  const after = plan.after;
  const page = new TopK<IndexRow>(plan.limit, compare);
  let total = 0;
  let afterCursor = 0;
  for (const row of rows) {
    if (!passesBase(row, plan)) continue;
    const failed = failedFacets(row, plan);
    if (failed) {
      // A single failed dimension is a power of two.
      if ((failed & (failed - 1)) === 0) facets.count(row, failed);
      continue;
    }
    facets.count(row, 0);
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
export function sortedMatches(rows: Iterable<IndexRow>, plan: ListPlan): IndexRow[] {
  const matches: IndexRow[] = [];
  for (const row of rows) if (passesBase(row, plan) && !failedFacets(row, plan)) matches.push(row);
  return matches.sort(rowComparator(plan));
}
