import type { OrderDeliveryStatus, OrderSummary } from '@suivi/model';
import type { Locale } from '../i18n/locale.ts';
import type { ColumnId } from './columns.ts';
import { ascendingOrder } from './column-order.ts';
import { CODED_FACET_VALUES, type CodedFacet, DELIVERY_STATUS_VALUES } from './facet-values.ts';
import { searchTerms } from '@suivi/model';
import { RowColumns } from './row-columns.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import { SearchIndex } from './search-index.ts';
import { EMPTY_QUERY, type TableFilters, type TableQuery } from './table-query.ts';

type RowCheck = (row: number) => boolean;

/** Slice of a frame given to building the search index in the background. */
const IDLE_SLICE_MS = 8;

/** "2026-11-05" → midnight of that day in the merchant's time zone, in ms. */
function localDayStart(day: string, plusDays = 0): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).getTime();
}

/**
 * Client mode: every order is in memory (the `orders` property) and the browser searches,
 * filters and sorts them. Nothing is copied or sorted per frame: the view is an array of row
 * indexes (or none at all when nothing is filtered), sorted orders are permutations computed
 * once per column and read backwards for descending, and filters run over typed-array columns.
 * The rows themselves are never changed.
 */
export class ClientRowSource implements RowSource {
  size = 0;
  version = 0;
  private rows: readonly OrderSummary[] = [];
  private columns = new RowColumns([]);
  private search: SearchIndex | null = null;
  /** Ascending permutation per column and locale, made on first sort. */
  private readonly sorted = new Map<string, Uint32Array>();
  /** Row indexes in view order; null means the sorted permutation (or every row in order). */
  private view: Uint32Array | null = null;
  private permutation: Uint32Array | null = null;
  private reversed = false;
  private query: TableQuery = EMPTY_QUERY;
  /** Per-row search hits for the current query, kept for the delivery counts. */
  private hits: Uint8Array | null = null;
  private termCount = 0;
  private counts: { version: number; counts: DeliveryCounts } | null = null;
  private idHint: { id: string; row: number } | null = null;
  private warming = false;

  /** Replaces the rows; indexes made for the previous ones are dropped. */
  setRows(rows: readonly OrderSummary[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.columns = new RowColumns(rows);
    this.search = null;
    this.sorted.clear();
    this.hits = null;
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
    const terms = searchTerms(query.search);
    const checks = this.checks(query.filters, true);
    this.termCount = 0;
    if (terms.length > 0) {
      const hits = this.hits ?? (this.hits = new Uint8Array(n));
      hits.fill(0);
      this.termCount = this.searchIndex().countHits(terms, hits);
      const need = this.termCount;
      checks.unshift((row) => hits[row] === need);
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
      const { hits, termCount } = this;
      if (termCount > 0 && hits) checks.unshift((row) => hits[row] === termCount);
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

  prepareSearch(): void {
    const index = this.searchIndex();
    if (index.ready || this.warming) return;
    this.warming = true;
    const step = () => {
      // Rows replaced meanwhile: that index is gone, and the new one starts on the next focus.
      if (index !== this.search || index.buildSome(IDLE_SLICE_MS)) {
        this.warming = false;
        return;
      }
      setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  /** Whether the search index is built (a search will not have to build it first). */
  searchReady(): boolean {
    return this.search?.ready ?? false;
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

  private searchIndex(): SearchIndex {
    return (this.search ??= new SearchIndex(this.rows));
  }

  private ascending(column: ColumnId, locale: Locale): Uint32Array {
    const key = `${column}:${locale}`;
    let order = this.sorted.get(key);
    if (!order) {
      order = ascendingOrder(column, this.columns, new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));
      this.sorted.set(key, order);
    }
    return order;
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
      const from = filters.placedFrom ? localDayStart(filters.placedFrom) : -Infinity;
      const to = filters.placedTo ? localDayStart(filters.placedTo, 1) : Infinity;
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
