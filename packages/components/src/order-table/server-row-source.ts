import { ADMIN_LIST_MAX_LIMIT, type AdminOrderFacets, type AdminOrderList, type AdminOrderListQuery, type OrderSummary } from '@suivi/model';
import type { SuiviAdminClient } from '@suivi/sdk';
import type { Locale } from '../i18n/locale.ts';
import type { ColumnId } from './columns.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import { dayStart, hasFilters, type TableQuery, type TableSort } from './table-query.ts';

/** Rows per list request: a few screens, so scrolling rarely waits. */
const PAGE_SIZE = 100;
/** Typing pauses this long before the search goes to the server. */
const SEARCH_DEBOUNCE_MS = 200;
/** Live changes are folded into one counts refresh this long after the last. */
const COUNTS_REFRESH_MS = 400;
/**
 * The most orders "select all matching" takes by default: one bulk run a merchant can follow
 * (25 list requests of the API's largest page, then 25 bulk batches), not a whole shop by accident.
 */
export const SELECT_ALL_LIMIT = 5_000;

/** The API's sort field for each column (`customer` sorts by name). */
const SORT_FIELDS: Record<ColumnId, AdminOrderListQuery['sort']> = {
  orderNumber: 'orderNumber',
  placedAt: 'placedAt',
  customer: 'customer',
  total: 'total',
  paymentStatus: 'payment',
  fulfillmentStatus: 'fulfillment',
  deliveryStatus: 'delivery',
  carrier: 'carrier',
  tags: 'tags',
};

/** How far "select all matching" is: ids read so far, of how many, and whether the last page failed. */
export interface SelectProgress {
  loaded: number;
  total: number;
  failed: boolean;
}

/** One "select all" reading: its abort switch, and while a page has failed, how to ask for it again. */
interface SelectRun {
  stop: AbortController;
  resume?: (value: unknown) => void;
}

/** A date filter's day as the instant the API compares with: its first millisecond for `from`, its last for `to`. */
const dayBound = (day: string, end: boolean): string => new Date(dayStart(day, +end) - +end).toISOString();

/** No search and no filter: the whole list, whose total is every order. */
const isUnfiltered = (query: TableQuery): boolean => !query.search.trim() && !hasFilters(query.filters);

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
  viewVersion = 0;
  /** What the API's list does without a sort: newest first. */
  readonly unsortedOrder: TableSort = { column: 'placedAt', direction: 'descending' };
  loading = true;
  failed = false;
  onChange: (() => void) | undefined;
  /** Orders matching the query by the API's latest answer, which the facet counts come from (see RowSource.matching). */
  matching: number | undefined;

  /** The most orders "select all matching" takes (the table then offers "Select the first N"). */
  selectLimit = SELECT_ALL_LIMIT;
  /** "Select all matching" while it reads the ids (null otherwise): for the page to show, with Cancel, and Try again when `failed`. */
  selecting: SelectProgress | null = null;

  private selectRun: SelectRun | null = null;

  private rows: OrderSummary[] = [];
  /** Every row this source has seen by id, listed or fetched for "select all", kept current by live changes: a selected order's version for a bulk action. */
  private readonly known = new Map<string, OrderSummary>();
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

  /** A row seen by id, listed or selected with "select all" (its version and number, for a bulk action). */
  loadedRow(orderId: string): OrderSummary | undefined {
    return this.known.get(orderId);
  }

  /** Every order, before search and filters ("12 of 300 orders"), once known. */
  get total(): number {
    return this.everything ?? this.size;
  }

  apply(query: TableQuery, _locale: Locale): void {
    const previous = this.query;
    if (query === previous) return;
    this.query = query;
    // "Select all matching" meant the orders of the previous query.
    this.cancelSelect();
    clearTimeout(this.debounce);
    const onlySearch = previous && previous.filters === query.filters && previous.sort === query.sort;
    if (onlySearch) this.debounce = setTimeout(() => this.reload(), SEARCH_DEBOUNCE_MS);
    else this.reload();
  }

  /** Starts the current query again from its first page (after a failure, or a resync of the live feed). */
  retry(): void {
    this.reload();
  }

  rowAt(position: number, load = true): OrderSummary | undefined {
    const row = this.rows[position];
    if (!row && load && position < this.size && !this.request && !this.failed && this.cursor) void this.fetch(this.cursor);
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

  /**
   * Every order matching the current query, up to `selectLimit`, in the view's order: read
   * through the list API a page of its largest size at a time (300 matches are two requests).
   * `selecting` says how far it is for the page to show; when a page fails, `selecting.failed`
   * says so and the reading waits for `retrySelect` (the same page again) or `cancelSelect`
   * (which rejects, so the table keeps the selection it had). A new query cancels it too.
   */
  async matchingIds(): Promise<string[]> {
    this.cancelSelect();
    const run: SelectRun = { stop: new AbortController() };
    this.selectRun = run;
    const query = toListQuery(this.query!);
    const limit = this.selectLimit;
    const ids: string[] = [];
    let cursor: string | null = null;
    try {
      for (;;) {
        this.setSelecting({ loaded: ids.length, total: Math.min(this.size, limit), failed: false });
        const page = await this.selectPage(run, { ...query, limit: ADMIN_LIST_MAX_LIMIT, ...(cursor ? { cursor } : {}) });
        for (const row of page.items.slice(0, limit - ids.length)) {
          this.remember(row);
          ids.push(row.id);
        }
        cursor = page.nextCursor;
        if (!cursor || ids.length >= limit) return ids;
      }
    } finally {
      if (this.selectRun === run) {
        this.selectRun = null;
        this.setSelecting(null);
      }
    }
  }

  /** Sends the page "select all" failed on again. */
  retrySelect(): void {
    this.selectRun?.resume?.(undefined);
  }

  /** Stops "select all": the selection stays as it was. */
  cancelSelect(): void {
    this.selectRun?.stop.abort();
  }

  /** One page for "select all"; after a failure, waits for Try again (and asks again) or Cancel. */
  private async selectPage(run: SelectRun, query: AdminOrderListQuery): Promise<AdminOrderList> {
    const signal = run.stop.signal;
    for (;;) {
      try {
        return await this.client.listOrders(query, { signal });
      } catch (error) {
        if (signal.aborted) throw error;
        this.setSelecting({ ...this.selecting!, failed: true });
        await new Promise((resolve, reject) => {
          run.resume = resolve;
          signal.addEventListener('abort', reject, { once: true });
        });
        this.setSelecting({ ...this.selecting!, failed: false });
      }
    }
  }

  /** Tells the page (a `change` event) without changing the rows, so the table keeps its view as it is. */
  private setSelecting(selecting: SelectProgress | null): void {
    this.selecting = selecting;
    this.dispatchEvent(new Event('change'));
  }

  /** Keeps the newest version of a row seen. */
  private remember(row: OrderSummary): void {
    if ((this.known.get(row.id)?.version ?? 0) <= row.version) this.known.set(row.id, row);
  }

  prepareSearch(): void {}

  /** A live change: the row is replaced where it is (position and selection kept); a new order joins the top of a newest-first view. */
  upsert(kind: 'created' | 'updated', row: OrderSummary): void {
    this.remember(row);
    const at = this.positionOf(row.id);
    if (at !== -1) {
      if (this.rows[at]!.version >= row.version) return;
      this.rows[at] = row;
    } else if (kind === 'created' && this.showsNewOnTop()) {
      this.rows.unshift(row);
      this.size++;
      this.viewVersion++;
      if (this.everything !== undefined) this.everything++;
      // Counted at once, line and strip alike, until the counts refresh below confirms.
      if (this.matching !== undefined) this.matching++;
      const delivery = this.facets?.delivery;
      if (delivery) this.facets = { ...this.facets!, delivery: { ...delivery, [row.deliveryStatus]: delivery[row.deliveryStatus] + 1 } };
    } else if (kind === 'updated') {
      return void this.refreshCounts();
    }
    this.changed();
    this.refreshCounts();
  }

  private showsNewOnTop(): boolean {
    const query = this.query;
    if (!query || !isUnfiltered(query)) return false;
    const list = toListQuery(query);
    return list.sort === 'placedAt' && list.dir === 'desc';
  }

  private reload(): void {
    this.viewVersion++;
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
    page.items.forEach(this.remember, this);
    this.cursor = page.nextCursor;
    this.size = page.nextCursor ? page.total : this.rows.length;
    this.facets = page.facets;
    this.matching = page.total;
    this.loading = false;
    if (!cursor && isUnfiltered(query)) this.everything = page.total;
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

  /**
   * After live changes, one request of one row brings the facet counts and the totals up to date,
   * together, so the count line and the overview strip always agree. Rows already listed stay
   * (an order that no longer matches keeps its place with its new statuses; one that now matches
   * is not slotted in) until the list is read again: the merchant's focus, selection, scroll and
   * the order they just acted on do not move under them, as in mail and issue lists.
   */
  private refreshCounts(): void {
    clearTimeout(this.countsTimer);
    this.countsTimer = setTimeout(async () => {
      const query = this.query;
      if (!query || this.request) return;
      try {
        const page = await this.client.listOrders({ ...toListQuery(query), limit: 1 });
        if (query !== this.query) return;
        this.facets = page.facets;
        this.matching = page.total;
        if (isUnfiltered(query)) this.everything = page.total;
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
