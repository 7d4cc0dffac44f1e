import type { OrderDeliveryStatus, OrderSummary } from '@suivi/model';
import type { Locale } from '../i18n/locale.ts';
import type { TableQuery, TableSort } from './table-query.ts';

/** How many orders have each delivery status under the current search and filters (except the delivery filter itself). */
export type DeliveryCounts = Readonly<Record<OrderDeliveryStatus, number>>;

/**
 * Where the table's rows come from. The table only ever asks for the rows it draws, by
 * position in the current view, so the same element works over an array in memory
 * (ClientRowSource, the `orders` property) and over a paged API (server mode: the source
 * turns the query into a list request and `rowAt` returns undefined until a page arrives,
 * which the table draws as an empty row).
 */
export interface RowSource {
  /** Rows in the current view (matching the search and filters). */
  readonly size: number;
  /**
   * Server mode: how many orders match the query by the API's latest answer, the one the overview
   * strip's counts come from, so the count line agrees with the strip. It may differ from `size`
   * after live changes: rows listed stay where they are until the list is read again.
   */
  readonly matching?: number;
  /** Changes whenever the rows or the view change, so the table knows to redraw. */
  readonly version: number;
  /**
   * Server mode: changes when which orders are in the view may have changed (a new query, a
   * reload, a new order on top), not when a further page arrives, so the count of selected
   * orders kept by the table (the select-all checkbox) outlives scrolling. Client mode: `version`.
   */
  readonly viewVersion?: number;
  /** The order rows come in when the merchant sorts by no column, when it is a column's (server mode: newest first), so the header can say so. */
  readonly unsortedOrder?: TableSort;
  /**
   * The row at a position of the current view. Server mode: undefined until its page arrives,
   * and asking for a row not loaded sends for its page, unless `load` is false (counting what
   * is already there must not fetch what nobody scrolled to).
   */
  rowAt(position: number, load?: boolean): OrderSummary | undefined;
  /** Where an order is in the current view, or -1 when it is not in it. */
  positionOf(orderId: string): number;
  /** Searches, filters and sorts (text sorts in `locale`'s alphabetical order). */
  apply(query: TableQuery, locale: Locale): void;
  /** Counts for the delivery overview strip; null while they are not known yet (server mode, loading). */
  deliveryCounts(): DeliveryCounts | null;
  /** The carriers or tags present, for the filter menus. */
  facetValues(facet: 'carrier' | 'tag'): readonly string[];
  /**
   * The ids of every order in the current view ("select all matching"), up to `selectLimit`.
   * Server mode reads them from the API: a promise, rejected when the merchant cancels.
   */
  matchingIds(): string[] | Promise<string[]>;
  /** Server mode: the most orders "select all matching" takes. */
  readonly selectLimit?: number;
  /** A hint that a search is coming (the search box got focus): prepare without blocking. */
  prepareSearch(): void;
  /** Orders before search and filters ("12 of 300 orders"). */
  readonly total: number;
  /** Server mode: no page of the current query has arrived yet (loading, or failed): the table does not say "No orders". */
  readonly loading?: boolean;
  /** Server mode: the last request failed; the page around the table says so and offers `retry`. */
  readonly failed?: boolean;
  /** Server mode: sends the current query again. */
  retry?(): void;
  /** Set by the table: called when rows arrive or change by themselves (pages, live updates). */
  onChange?: () => void;
}
