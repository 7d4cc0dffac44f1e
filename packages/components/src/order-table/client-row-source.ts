import type { OrderDeliveryStatus, OrderSummary } from '@suivi/model';
import type { Locale } from '../i18n/locale.ts';
import type { ColumnId } from './columns.ts';
import { ascendingOrder } from './column-order.ts';
import { CODED_FACET_VALUES, type CodedFacet, DELIVERY_STATUS_VALUES } from './facet-values.ts';
import { searchTerms } from '@suivi/model';
import { RowColumns } from './row-columns.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import { foldTables } from './search-pattern.ts';
import { hasRow, narrows, searchRows, searchWords } from './row-search.ts';
import { EMPTY_QUERY, dayStart, type TableFilters, type TableQuery } from './table-query.ts';

type RowCheck = (row: number) => boolean;

/**
 * Client mode: every order is in memory (the `orders` property) and the browser searches,
 * filters and sorts them. Nothing is copied or sorted per frame: the view is an array of row
 * indexes (or none at all when nothing is filtered), the sorted order is a permutation computed
 * once for the sorted column and read backwards for descending, and filters run over
 * typed-array columns. The rows themselves are never changed.
 *
 * What it keeps beyond the orders stays small, since a merchant's tab holds it all day: four
 * bytes a row for the sorted column's order (only that column's), one byte a row per status
 * column it has read, one bit a row for the current search's matches, four bytes per row in
 * view when filtered. Search keeps no folded copy of the orders: each search reads them as
 * they are (see FoldedWordMatcher), and a search that extends the last one (typing on) reads
 * only the rows that matched it.
 */
export class ClientRowSource implements RowSource {
  size = 0;
  version = 0;
  private rows: readonly OrderSummary[] = [];
  private columns = new RowColumns([]);
  /** The sorted column's ascending permutation (one column and locale at a time: 4 MB at a million rows). */
  private sorted: { key: string; order: Uint32Array } | null = null;
  /** Row indexes in view order; null means the sorted permutation (or every row in order). */
  private view: Uint32Array | null = null;
  private permutation: Uint32Array | null = null;
  private reversed = false;
  private query: TableQuery = EMPTY_QUERY;
  /** Rows matching the current search (a bit set, see row-search.ts), and its words; null without a search. */
  private matched: { words: string[]; bits: Uint32Array } | null = null;
  private counts: { version: number; counts: DeliveryCounts } | null = null;
  private idHint: { id: string; row: number } | null = null;

  /** Replaces the rows; indexes made for the previous ones are dropped. */
  setRows(rows: readonly OrderSummary[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.columns = new RowColumns(rows);
    this.sorted = null;
    this.matched = null;
    this.view = null;
    this.permutation = null;
    this.size = rows.length;
    this.version++;
  }

  apply(query: TableQuery, locale: Locale): void {
    this.query = query;
    this.version++;
    const n = this.rows.length;
    const { sort } = query;
    const permutation = sort ? this.ascending(sort.column, locale) : null;
    const reversed = sort?.direction === 'descending';
    const checks = this.checks(query.filters, true);
    this.matched = this.search(query.search);
    if (this.matched) {
      const { bits } = this.matched;
      checks.unshift((row) => hasRow(bits, row));
    }
    this.permutation = permutation;
    this.reversed = reversed;
    if (checks.length === 0) {
      this.view = null;
      this.size = n;
      return;
    }
    const accept = combine(checks);
    const out = new Uint32Array(n);
    let count = 0;
    if (permutation) {
      if (reversed) {
        for (let j = n - 1; j >= 0; j--) if (accept(permutation[j])) out[count++] = permutation[j];
      } else {
        for (let j = 0; j < n; j++) if (accept(permutation[j])) out[count++] = permutation[j];
      }
    } else {
      for (let i = 0; i < n; i++) if (accept(i)) out[count++] = i;
    }
    this.view = out.slice(0, count);
    this.size = count;
  }

  get total(): number {
    return this.rows.length;
  }

  rowAt(position: number): OrderSummary | undefined {
    const row = this.rowIndexAt(position);
    return row === -1 ? undefined : this.rows[row];
  }

  positionOf(orderId: string): number {
    const row = this.rowIndexOf(orderId);
    if (row === -1) return -1;
    if (this.view) return this.view.indexOf(row);
    if (!this.permutation) return row;
    const at = this.permutation.indexOf(row);
    return this.reversed ? this.size - 1 - at : at;
  }

  deliveryCounts(): DeliveryCounts {
    if (this.counts?.version === this.version) return this.counts.counts;
    const codes = this.columns.codes('deliveryStatus');
    const tally = new Uint32Array(256);
    const filteringDelivery = this.query.filters.deliveryStatus.length > 0;
    if (!filteringDelivery && this.view) {
      for (let p = 0; p < this.view.length; p++) tally[codes[this.view[p]]]++;
    } else {
      // The strip counts what each status would show if picked: every filter but delivery's.
      const checks = this.checks(this.query.filters, false);
      const bits = this.matched?.bits;
      if (bits) checks.unshift((row) => hasRow(bits, row));
      const accept = checks.length > 0 ? combine(checks) : null;
      for (let i = 0; i < codes.length; i++) if (!accept || accept(i)) tally[codes[i]]++;
    }
    const counts = Object.fromEntries(DELIVERY_STATUS_VALUES.map((status, code) => [status, tally[code]])) as Record<OrderDeliveryStatus, number>;
    this.counts = { version: this.version, counts };
    return counts;
  }

  /** Reads the delivery statuses a slice at a time (see RowColumns.prepareCodes); true when the counts are cheap. */
  prepareCounts(budgetMs: number): boolean {
    return this.columns.prepareCodes('deliveryStatus', budgetMs);
  }

  facetValues(facet: 'carrier' | 'tag'): readonly string[] {
    return [...this.columns.membership(facet).values].sort((a, b) => a.localeCompare(b));
  }

  matchingIds(): string[] {
    const ids = new Array<string>(this.size);
    for (let p = 0; p < this.size; p++) ids[p] = this.rows[this.rowIndexAt(p)].id;
    return ids;
  }

  /** Search keeps no index, so there is little to prepare: the fold tables its patterns are made from (under a millisecond). */
  prepareSearch(): void {
    foldTables();
  }

  private rowIndexAt(position: number): number {
    if (position < 0 || position >= this.size) return -1;
    if (this.view) return this.view[position];
    if (!this.permutation) return position;
    return this.permutation[this.reversed ? this.size - 1 - position : position];
  }

  /** A row's index by order id; the last answer is tried first, since focus asks for the same row again and again. */
  private rowIndexOf(orderId: string): number {
    const hint = this.idHint;
    if (hint?.id === orderId && this.rows[hint.row]?.id === orderId) return hint.row;
    const row = this.rows.findIndex((order) => order.id === orderId);
    if (row !== -1) this.idHint = { id: orderId, row };
    return row;
  }

  /** The rows matching a search box's text, or null when it holds no word. */
  private search(text: string): { words: string[]; bits: Uint32Array } | null {
    const words = searchWords(searchTerms(text));
    if (words.length === 0) return null;
    const last = this.matched;
    if (last && last.words.length === words.length && last.words.every((word, k) => word === words[k])) return last;
    const within = last && narrows(last.words, words) ? last.bits : null;
    return { words, bits: searchRows(this.rows, words, within).bits };
  }

  /**
   * The ascending permutation of a column, made on its first sort. Only the sorted column's is
   * kept: sorting by another one makes that one again (a few hundred milliseconds at a
   * million rows) rather than keeping 4 MB per column ever sorted.
   */
  private ascending(column: ColumnId, locale: Locale): Uint32Array {
    const key = `${column}:${locale}`;
    if (this.sorted?.key !== key) {
      this.sorted = null;
      this.sorted = { key, order: ascendingOrder(column, this.columns, new Intl.Collator(locale, { sensitivity: 'base', numeric: true })) };
    }
    return this.sorted.order;
  }

  /** One test per active filter, cheapest first; the delivery filter only when asked. */
  private checks(filters: TableFilters, withDelivery: boolean): RowCheck[] {
    const checks: RowCheck[] = [];
    const coded = (facet: CodedFacet, values: readonly string[]) => {
      if (values.length === 0) return;
      const codes = this.columns.codes(facet);
      const accepted = new Uint8Array(256);
      for (const value of values) {
        const code = CODED_FACET_VALUES[facet].indexOf(value);
        if (code !== -1) accepted[code] = 1;
      }
      checks.push((row) => accepted[codes[row]] === 1);
    };
    coded('paymentStatus', filters.paymentStatus);
    coded('fulfillmentStatus', filters.fulfillmentStatus);
    if (withDelivery) coded('deliveryStatus', filters.deliveryStatus);
    coded('paymentMethod', filters.paymentMethod);
    if (filters.archived === 'only') coded('state', ['archived']);
    if (filters.archived === 'exclude') coded('state', CODED_FACET_VALUES.state.filter((state) => state !== 'archived'));
    for (const facet of ['carrier', 'tag'] as const) {
      const wanted = filters[facet];
      if (wanted.length === 0) continue;
      const { values, masks } = this.columns.membership(facet);
      if (masks) {
        let bits = 0;
        for (const value of wanted) {
          const id = values.indexOf(value);
          if (id !== -1) bits |= 1 << id;
        }
        checks.push((row) => (masks[row] & bits) !== 0);
      } else {
        const set = new Set(wanted);
        const { rows } = this;
        checks.push((row) => (facet === 'carrier' ? rows[row].carriers : rows[row].tags).some((value) => set.has(value)));
      }
    }
    if (filters.placedFrom || filters.placedTo) {
      const times = this.columns.timestamps();
      const from = filters.placedFrom ? dayStart(filters.placedFrom) : -Infinity;
      const to = filters.placedTo ? dayStart(filters.placedTo, 1) : Infinity;
      checks.push((row) => times[row] >= from && times[row] < to);
    }
    return checks;
  }
}

function combine(checks: readonly RowCheck[]): RowCheck {
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (row) => a(row) && b(row);
  }
  return (row) => {
    for (let k = 0; k < checks.length; k++) if (!checks[k](row)) return false;
    return true;
  };
}
