import type { OrderDeliveryStatus, OrderSummary } from '@suivi/model';
import { searchTerms } from '@suivi/model';
import type { Locale } from '../i18n/locale.ts';
import type { ColumnId } from './columns.ts';
import { columnKeys } from './column-keys.ts';
import { DELIVERY_STATUS_VALUES } from './facet-values.ts';
import { type RowCheck, rowFilter } from './row-filters.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import { forEachRow, hasRow, narrows, rowBitSet, searchRows, searchWords } from './row-search.ts';
import type { SearchedColumns } from './searched-columns.ts';
import { foldTables } from './search-pattern.ts';
import { type SortBuckets, lastAtOrBelow, sortBuckets } from './sort-buckets.ts';
import { EMPTY_QUERY, type TableFilters, type TableQuery } from './table-query.ts';

/** An unsorted view counts its rows per block of 2^12 rows, to find the nth one without a list of them. */
const BLOCK_SHIFT = 12;

/** Rows the overview counts between two looks at the clock. */
const COUNT_SLICE = 16_384;
/** Rows read per slice by readSearchedColumns (about a millisecond's worth). */
const READ_SLICE = 8_192;

const DELIVERY_CODES = new Map(DELIVERY_STATUS_VALUES.map((status, code) => [status, code]));

/** The sorted column: its buckets (see sort-buckets.ts) and how to key a few of its rows. */
interface SortedColumn {
  readonly key: string;
  readonly buckets: SortBuckets;
  readonly keysOf: (rows: Uint32Array) => Float64Array;
}

/**
 * Client mode: every order is in memory (the `orders` property) and the browser searches,
 * filters and sorts them. The rows themselves are never changed or copied, and the table only
 * asks for the rows it draws, so nothing here lists the view in order.
 *
 * What it keeps beyond the orders stays small, since a merchant's tab holds it all day: the
 * rows in view as one bit a row (none when nothing is filtered; the search's own bits when only
 * searching), and for the sorted column one byte a row, its bucket (sort-buckets.ts). Rows are
 * grouped (by bucket when sorted, by blocks of rows when not) and each group's count of rows in
 * view gives where it starts; `rowAt` finds the group, then the row within it: a bucket's rows in
 * view are sorted when first read (a few thousand) and held while the view reads them. Sorted by a
 * column of few values (a status), a bucket of one value is in row order and is read by a scan.
 * Search keeps no folded copy of the orders: each search reads them as they are (see
 * FoldedWordMatcher), and a search that extends the last one (typing on) reads only the rows
 * that matched it.
 */
export class ClientRowSource implements RowSource {
  size = 0;
  version = 0;
  private rows: readonly OrderSummary[] = [];
  private query: TableQuery = EMPTY_QUERY;
  /** The last column sorted (kept while the sort is off, so turning it on again is free). */
  private sorted: SortedColumn | null = null;
  /** The sorted column when the view is sorted. */
  private order: SortedColumn | null = null;
  private reversed = false;
  /** Rows matching the current search, their count and its words; null without a search. */
  private matched: { words: string[]; bits: Uint32Array; count: number } | null = null;
  /** Rows in view (a bit set); null when every row is. */
  private view: Uint32Array | null = null;
  /** Where each group's rows in view start in the (ascending) view; null when position = row. */
  private starts: Uint32Array | null = null;
  /** The sorted rows in view of the bucket read last. */
  private window: { bucket: number; rows: Uint32Array } | null = null;
  /** The last row found by scanning a group (see nthByScan), and its rank there. */
  private cursor: { group: number; rank: number; row: number } | null = null;
  /** The overview counts as they are being made, a slice at a time. */
  private tally: { filters: TableFilters; matched: ClientRowSource['matched']; within: Uint32Array | null; next: number; accept: RowCheck | null; counts: Uint32Array } | null = null;
  /** The counts over every row, kept once made: the view goes back to them whenever the search and filters are cleared. */
  private everyRow: Uint32Array | null = null;
  /** Which columns each search word may be in, read a slice at a time after the rows are set (readSearchedColumns). */
  private searched: SearchedColumns | null = null;
  private facets = new Map<'carrier' | 'tag', string[]>();
  private idHint: { id: string; row: number } | null = null;

  /** Replaces the rows; everything made for the previous ones is dropped. */
  setRows(rows: readonly OrderSummary[]): void {
    if (rows === this.rows) return;
    this.rows = rows;
    this.sorted = this.order = this.matched = this.view = this.starts = this.window = this.tally = this.everyRow = null;
    this.facets = new Map();
    this.searched = null;
    this.size = rows.length;
    this.version++;
  }

  apply(query: TableQuery, locale: Locale): void {
    this.query = query;
    this.version++;
    const { rows } = this;
    const n = rows.length;
    const matched = (this.matched = this.search(query.search));
    this.order = query.sort ? this.sortedBy(query.sort.column, locale) : null;
    this.reversed = query.sort?.direction === 'descending';
    const filter = rowFilter(rows, query.filters, true);
    let view = matched?.bits ?? null;
    let size = matched ? matched.count : n;
    if (filter) {
      const bits = rowBitSet(n);
      size = 0;
      for (let row = 0; row < n; row++) {
        if ((!view || hasRow(view, row)) && filter(row)) {
          bits[row >>> 5] |= 1 << (row & 31);
          size++;
        }
      }
      view = bits;
    }
    this.view = view;
    this.size = size;
    this.starts = this.window = this.cursor = null;
    const order = this.order;
    if (!order && !view) return;
    // Rows in view per group, then where each group starts.
    const groups = order ? order.buckets.count : (n >>> BLOCK_SHIFT) + 1;
    const starts = new Uint32Array(groups + 1);
    if (!view) starts.set(order!.buckets.sizes, 1);
    else if (order) forEachRow(view, (row) => starts[order.buckets.ids[row] + 1]++);
    else forEachRow(view, (row) => starts[(row >>> BLOCK_SHIFT) + 1]++);
    for (let group = 0; group < groups; group++) starts[group + 1] += starts[group];
    this.starts = starts;
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
    const { view, starts, order } = this;
    if (row === -1 || (view && !hasRow(view, row))) return -1;
    if (!starts) return row;
    const group = order ? order.buckets.ids[row] : row >>> BLOCK_SHIFT;
    let at = starts[group];
    if (!this.scanned(group)) at += this.sortedRows(group).indexOf(row);
    else for (let before = this.groupStart(group); before < row; before++) if (this.inGroup(before, group)) at++;
    return this.reversed ? this.size - 1 - at : at;
  }

  /**
   * Counts a slice at a time (for `budgetMs` at most); true once the counts are made. The strip
   * counts what each status would show if picked: every filter but delivery's, and the search.
   * Counts are kept while the filters and the search stay the same (a new sort keeps both), those
   * of every row until the rows change (clearing the search finds them made), and only the rows
   * in view (or the search's matches, under a delivery filter) are read.
   */
  prepareCounts(budgetMs: number): boolean {
    const { rows } = this;
    const matched = this.matched;
    const { filters } = this.query;
    let tally = this.tally;
    if (tally?.filters !== filters || tally.matched !== matched) {
      // Without a delivery filter the strip counts the rows in view, as apply() found them; with
      // one, the other filters are tested again over the search's matches or every row.
      const delivery = filters.deliveryStatus.length > 0;
      const accept = delivery ? rowFilter(rows, filters, false) : null;
      const within = (delivery ? matched?.bits : this.view) ?? null;
      const kept = !accept && !within ? this.everyRow : null;
      tally = this.tally = { filters, matched, within, next: kept ? rows.length : 0, accept, counts: kept ?? new Uint32Array(256) };
    }
    const { accept, within, counts } = tally;
    const count = (row: number) => {
      if (!accept || accept(row)) counts[DELIVERY_CODES.get(rows[row].deliveryStatus) ?? 255]++;
    };
    // Through a bit set a word (32 rows) at a time, otherwise row by row.
    const end = within ? within.length : rows.length;
    const slice = within ? COUNT_SLICE >>> 5 : COUNT_SLICE;
    const deadline = performance.now() + budgetMs;
    while (tally.next < end) {
      const stop = Math.min(end, tally.next + slice);
      if (within) forEachRow(within, count, tally.next, stop);
      else for (let row = tally.next; row < stop; row++) count(row);
      tally.next = stop;
      if (performance.now() >= deadline) break;
    }
    if (tally.next < end) return false;
    if (!accept && !within) this.everyRow = counts;
    return true;
  }

  deliveryCounts(): DeliveryCounts {
    this.prepareCounts(Infinity);
    const { counts } = this.tally!;
    return Object.fromEntries(DELIVERY_STATUS_VALUES.map((status, code) => [status, counts[code]])) as Record<OrderDeliveryStatus, number>;
  }

  facetValues(facet: 'carrier' | 'tag'): readonly string[] {
    let values = this.facets.get(facet);
    if (!values) {
      const present = new Set<string>();
      for (const row of this.rows) for (const value of facet === 'carrier' ? row.carriers : row.tags) present.add(value);
      this.facets.set(facet, (values = [...present].sort((a, b) => a.localeCompare(b))));
    }
    return values;
  }

  /** The ids in view in the orders' own order (a selection is a set: sorting them would cost a sort of the whole view). */
  matchingIds(): string[] {
    const { rows, view } = this;
    if (!view) return rows.map((row) => row.id);
    const ids: string[] = [];
    forEachRow(view, (row) => ids.push(rows[row].id));
    return ids;
  }

  /** The fold tables a search's patterns are made from (under a millisecond). */
  prepareSearch(): void {
    foldTables();
  }

  /**
   * Reads which words start in each searched column (for `budgetMs` at most, a slice of rows at
   * a time); true once every row is read. Until then a search reads every column, and finds the
   * same rows. `Reader` is SearchedColumns, loaded apart (later-parts-loader.ts).
   */
  readSearchedColumns(budgetMs: number, Reader: typeof SearchedColumns): boolean {
    const { rows } = this;
    const searched = (this.searched ??= new Reader());
    const deadline = performance.now() + budgetMs;
    while (searched.rowsRead < rows.length) {
      searched.readRows(rows, Math.min(rows.length, searched.rowsRead + READ_SLICE));
      if (performance.now() >= deadline) break;
    }
    return searched.rowsRead >= rows.length;
  }

  private rowIndexAt(position: number): number {
    const { starts } = this;
    if (position < 0 || position >= this.size) return -1;
    if (!starts) return position;
    const at = this.reversed ? this.size - 1 - position : position;
    // The last group starting at or before `at` (so not an empty one).
    const group = lastAtOrBelow(starts, at, starts.length - 2);
    const rank = at - starts[group];
    return this.scanned(group) ? this.nthByScan(group, rank) : this.sortedRows(group)[rank];
  }

  /** The first row a group can hold: a block's first, or row 0 for a bucket. */
  private groupStart(group: number): number {
    return this.order ? 0 : group << BLOCK_SHIFT;
  }

  private inGroup(row: number, group: number): boolean {
    const { order, view } = this;
    return (order ? order.buckets.ids[row] : row >>> BLOCK_SHIFT) === group && (!view || hasRow(view, row));
  }

  /**
   * Whether a group is read by scanning, in row order: a block of an unsorted view, or a bucket
   * of one key (a status most orders have: holding its rows would take 4 bytes each). Only a
   * small table has small buckets, so a scan from the first row stays short when the bucket is.
   */
  private scanned(group: number): boolean {
    return !this.order || this.order.buckets.single[group] === 1;
  }

  /** The rank-th row in view of a scanned group, on from the last row found there (a row or two further, either way, as the view scrolls). */
  private nthByScan(group: number, rank: number): number {
    let { row, rank: at } = this.cursor?.group === group ? this.cursor : { row: this.groupStart(group) - 1, rank: -1 };
    while (at < rank) if (this.inGroup(++row, group)) at++;
    while (at > rank) if (this.inGroup(--row, group)) at--;
    this.cursor = { group, rank, row };
    return row;
  }

  /**
   * The rows in view of a bucket of several keys, sorted: every row of the bucket gathered by one pass over the
   * bucket ids, keyed, and those in view sorted by key (a stable sort of rows in row order, so
   * equal keys stay in row order). Rows out of view are keyed too: two texts the language finds
   * equal ("gift", "Gift") order by where each first appears among all the rows, and each text's
   * rows are all in one bucket. Held until the view changes or another bucket is read.
   */
  private sortedRows(bucket: number): Uint32Array {
    if (this.window?.bucket === bucket) return this.window.rows;
    const { buckets: { ids, sizes }, keysOf } = this.order!;
    const found = new Uint32Array(sizes[bucket]);
    for (let row = 0, k = 0; k < found.length; row++) if (ids[row] === bucket) found[k++] = row;
    const { view } = this;
    const keys = keysOf(found);
    const inView = [...found.keys()].filter((k) => !view || hasRow(view, found[k])).sort((a, b) => keys[a] - keys[b]);
    const rows = Uint32Array.from(inView, (k) => found[k]);
    this.window = { bucket, rows };
    return rows;
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
  private search(text: string): { words: string[]; bits: Uint32Array; count: number } | null {
    const words = searchWords(searchTerms(text));
    if (words.length === 0) return null;
    const last = this.matched;
    if (last && last.words.length === words.length && last.words.every((word, k) => word === words[k])) return last;
    const within = last && narrows(last.words, words) ? last.bits : null;
    return { words, ...searchRows(this.rows, words, within, this.searched) };
  }

  /**
   * The sorted column's buckets, made on its first sort: every row's key (a temporary array),
   * then one byte a row. Only the last sorted column's are kept.
   */
  private sortedBy(column: ColumnId, locale: Locale): SortedColumn {
    const key = `${column}:${locale}`;
    if (this.sorted?.key !== key) {
      this.sorted = null;
      const keys = columnKeys(column, this.rows, locale);
      this.sorted = { key, buckets: sortBuckets(keys.all), keysOf: keys.of };
    }
    return this.sorted;
  }
}
