import type { AdminOrderFacets, AdminOrderList, AdminOrderListQuery, OrderSummary } from '@suivi/model';
import type { SuiviAdminClient } from '@suivi/sdk';
import type { Locale } from '../i18n/locale.ts';
import type { ColumnId } from './columns.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import type { TableQuery } from './table-query.ts';

/** Rows per list request: a few screens, so scrolling rarely waits. */
const PAGE_SIZE = 100;
/** Typing pauses this long before the search goes to the server. */
const SEARCH_DEBOUNCE_MS = 200;
/** Live changes are folded into one counts refresh this long after the last. */
const COUNTS_REFRESH_MS = 400;

/** The API's sort field for each column (`customer` sorts by name, `tags` is not sortable by the API and falls back to date). */
const SORT_FIELDS: Record<ColumnId, AdminOrderListQuery['sort']> = {
  orderNumber: 'orderNumber',
  placedAt: 'placedAt',
  customer: 'customer',
  total: 'total',
  paymentStatus: 'payment',
  fulfillmentStatus: 'fulfillment',
  deliveryStatus: 'delivery',
  carrier: 'carrier',
  tags: 'placedAt',
};

/**
 * A day in the merchant's time zone ("2026-11-05") as the instant the API compares with: its
 * first millisecond for `from`, its last for `to` (client mode reads the same days the same way).
 */
function dayBound(day: string, end: boolean): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(new Date(year, month - 1, date + (end ? 1 : 0)).getTime() - (end ? 1 : 0)).toISOString();
}

/** The table's query as the admin list request (without the page). */
export function toListQuery(query: TableQuery): AdminOrderListQuery {
  const { filters, sort, search } = query;
  return {
    ...(search.trim() ? { q: search.trim() } : {}),
    payment: [...filters.paymentStatus],
    fulfillment: [...filters.fulfillmentStatus],
    delivery: [...filters.deliveryStatus],
    method: [...filters.paymentMethod],
    carrier: [...filters.carrier],
    tag: [...filters.tag],
    ...(filters.placedFrom ? { from: dayBound(filters.placedFrom, false) } : {}),
    ...(filters.placedTo ? { to: dayBound(filters.placedTo, true) } : {}),
    archived: filters.archived,
    sort: sort ? SORT_FIELDS[sort.column] : 'placedAt',
    dir: sort ? (sort.direction === 'ascending' ? 'asc' : 'desc') : 'desc',
  };
}

/**
 * Server mode: the API searches, filters, sorts and pages (`listOrders` with its cursor), and
 * the table asks for rows by position as it scrolls. A position not loaded yet reads as
 * undefined (drawn as a loading row) and asks for the next page; pages come in order because
 * cursors do. A new query aborts the request in flight; typing waits for a pause. The overview
 * strip and the filter menus read the API's facet counts. Live changes (`upsert`) replace a
 * loaded row in place and, for a new order in the default newest-first view, add it on top;
 * counts are then refreshed with a one-row request.
 */
export class ServerRowSource extends EventTarget implements RowSource {
  size = 0;
  version = 0;
  loading = true;
  failed = false;
  onChange: (() => void) | undefined;

  private rows: OrderSummary[] = [];
  private everything: number | undefined;
  private facets: AdminOrderFacets | null = null;
  private cursor: string | null = null;
  private query: TableQuery | null = null;
  private request: AbortController | null = null;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private countsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: SuiviAdminClient) {
    super();
  }

  /** The current query as the API takes it (for the CSV export of what is shown), or null before the table applied one. */
  listQuery(): AdminOrderListQuery | null {
    return this.query && toListQuery(this.query);
  }

  /** A loaded row by id (its version, for a bulk action). */
  loadedRow(orderId: string): OrderSummary | undefined {
    return this.rows.find((row) => row.id === orderId);
  }

  /** Every order, before search and filters ("12 of 300 orders"), once known. */
  get total(): number {
    return this.everything ?? this.size;
  }

  apply(query: TableQuery, _locale: Locale): void {
    const previous = this.query;
    if (query === previous) return;
    this.query = query;
    clearTimeout(this.debounce);
    const onlySearch = previous && previous.filters === query.filters && previous.sort === query.sort;
    if (onlySearch) this.debounce = setTimeout(() => this.reload(), SEARCH_DEBOUNCE_MS);
    else this.reload();
  }

  /** Starts the current query again from its first page (after a failure, or a resync of the live feed). */
  retry(): void {
    this.reload();
  }

  rowAt(position: number): OrderSummary | undefined {
    const row = this.rows[position];
    if (!row && position < this.size && !this.request && !this.failed && this.cursor) void this.fetch(this.cursor);
    return row;
  }

  positionOf(orderId: string): number {
    return this.rows.findIndex((row) => row.id === orderId);
  }

  deliveryCounts(): DeliveryCounts | null {
    return this.facets?.delivery ?? null;
  }

  facetValues(facet: 'carrier' | 'tag'): readonly string[] {
    return Object.keys(this.facets?.[facet] ?? {}).sort((a, b) => a.localeCompare(b));
  }

  /** The ids loaded so far: "select all" in server mode selects what has been listed. */
  matchingIds(): string[] {
    return this.rows.map((row) => row.id);
  }

  prepareSearch(): void {}

  /** A live change: the row is replaced where it is (position and selection kept); a new order joins the top of a newest-first view. */
  upsert(kind: 'created' | 'updated', row: OrderSummary): void {
    const at = this.positionOf(row.id);
    if (at !== -1) {
      if (this.rows[at]!.version >= row.version) return;
      this.rows[at] = row;
    } else if (kind === 'created' && this.showsNewOnTop()) {
      this.rows.unshift(row);
      this.size++;
      if (this.everything !== undefined) this.everything++;
    } else if (kind === 'updated') {
      return void this.refreshCounts();
    }
    this.changed();
    this.refreshCounts();
  }

  private showsNewOnTop(): boolean {
    const query = this.query;
    if (!query || !this.isUnfiltered(query)) return false;
    const list = toListQuery(query);
    return list.sort === 'placedAt' && list.dir === 'desc';
  }

  private isUnfiltered(query: TableQuery): boolean {
    const list = toListQuery(query);
    const filtered = [list.payment, list.fulfillment, list.delivery, list.method, list.carrier, list.tag].some((values) => values?.length) || list.from || list.to || list.archived !== 'include';
    return !filtered && !list.q;
  }

  private reload(): void {
    this.request?.abort();
    this.request = null;
    this.rows = [];
    this.cursor = null;
    this.facets = null;
    this.loading = true;
    this.failed = false;
    this.size = 0;
    this.changed();
    void this.fetch(undefined);
  }

  private async fetch(cursor: string | undefined): Promise<void> {
    const query = this.query;
    if (!query) return;
    const controller = (this.request = new AbortController());
    let page: AdminOrderList;
    try {
      page = await this.client.listOrders({ ...toListQuery(query), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return;
      this.request = null;
      // `loading` stays as it was: with no page yet, the table must not say "No orders".
      this.failed = true;
      this.changed();
      return;
    }
    if (controller !== this.request) return;
    this.request = null;
    this.rows.push(...page.items);
    this.cursor = page.nextCursor;
    this.size = page.nextCursor ? page.total : this.rows.length;
    this.facets = page.facets;
    this.loading = false;
    if (!cursor && this.isUnfiltered(query)) this.everything = page.total;
    else if (this.everything === undefined) void this.countEverything();
    this.changed();
  }

  /** One row of the whole list, for its total. */
  private async countEverything(): Promise<void> {
    try {
      this.everything = (await this.client.listOrders({ archived: 'include', limit: 1 })).total;
      this.changed();
    } catch {
      // "n orders" without "of m" until a later answer says how many there are.
    }
  }

  /** After live changes, one request of one row brings the facet counts and the total up to date. */
  private refreshCounts(): void {
    clearTimeout(this.countsTimer);
    this.countsTimer = setTimeout(async () => {
      const query = this.query;
      if (!query || this.request) return;
      try {
        const page = await this.client.listOrders({ ...toListQuery(query), limit: 1 });
        if (query !== this.query) return;
        this.facets = page.facets;
        this.changed();
      } catch {
        // The counts stay as they were; the next change or query tries again.
      }
    }, COUNTS_REFRESH_MS);
  }

  /** Tells the table (`onChange`) and anyone else listening (a `change` event: the page's loading and error messages). */
  private changed(): void {
    this.version++;
    this.onChange?.();
    this.dispatchEvent(new Event('change'));
  }
}
