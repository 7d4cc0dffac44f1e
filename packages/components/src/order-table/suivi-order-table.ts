import type { FulfillmentStatus, OrderDeliveryStatus, OrderSummary, PaymentMethod, PaymentStatus } from '@suivi/model';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { formatDate } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { type Translate, translator } from '../i18n/messages.ts';
import { FULFILLMENT_LABELS, PAYMENT_LABELS, PAYMENT_METHOD_LABELS } from '../i18n/status-messages.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { BULK_ACTIONS, type BulkAction, BulkActionEvent } from './bulk-action-event.ts';
import { ClientRowSource } from './client-row-source.ts';
import { type ColumnLayout, defaultLayout, gridTemplate, loadLayout, saveLayout, visibleColumns, withColumnWidth } from './column-layout.ts';
import { COLUMN_SPECS, type ColumnId } from './columns.ts';
import { OVERVIEW_STATUSES } from './facet-values.ts';
import { type GridCell, nextCell } from './grid-navigation.ts';
import { type TableMessages, tableMessages } from './messages.ts';
import { OrderOpenEvent } from './order-open-event.ts';
import { OrderRowPainter, deliveryLabel, type PaintContext } from './row-painter.ts';
import type { DeliveryCounts, RowSource } from './row-source.ts';
import { SAVED_VIEWS, type SavedView, currentView } from './saved-views.ts';
import { tableStyles } from './styles.ts';
import type { Panel, PanelHost } from './table-panels.ts';
import { laterParts, loadLaterParts } from './later-parts-loader.ts';
import {
  EMPTY_QUERY,
  type FilterChip,
  type ListFacet,
  NO_FILTERS,
  type TableFilters,
  type TableQuery,
  type TableSort,
  filterChips,
  hasFilters,
  withoutChip,
} from './table-query.ts';
import { VirtualRows } from './virtual-rows.ts';

/** Fixed row height (px): the virtual scroller's arithmetic depends on every row being this tall. */
const ROW_HEIGHT = 48;
/** Up to this many rows, the overview counts are computed with the view; past it, right after the rows paint. */
const SYNC_COUNTS_LIMIT = 20_000;
/** Pixels a column grows or shrinks per Shift+Arrow on its header. */
const KEYBOARD_RESIZE_STEP = 16;
/** Longest slice of background work (overview counts) between frames. */
const IDLE_SLICE_MS = 8;

/** What the next update must do to the scroll position and focus. */
interface PendingUpdate {
  queryChanged: boolean;
  /** An order to keep where it is on screen (its top `offset` pixels below the header). */
  anchor: { id: string; offset: number } | null;
  focusInBody: boolean;
  /** Whether the focused order is brought into view and focused (not when it had been scrolled out of sight before new data came). */
  followFocus: boolean;
}
const NO_PENDING_UPDATE: PendingUpdate = { queryChanged: false, anchor: null, focusInBody: false, followFocus: false };
/** How long typing must pause before the number of matches is read out. */
const ANNOUNCE_DELAY_MS = 700;

/** The grid's one tab stop: an order (by id, so it survives sorting and updates) or the header row. */
interface ActiveCell {
  rowId: string | null;
  position: number;
  column: number;
}

/**
 * @summary Every order's payment, fulfilment and delivery status at a glance: a fast, accessible order grid for merchants.
 *
 * Client mode: give it `orders` (admin list rows) and it searches, filters and sorts them in the
 * browser, at any size — a million rows stay smooth, because only the rows on screen exist
 * (a recycled pool, see VirtualRows) and sorting and filtering run on typed-array indexes (see
 * ClientRowSource). The merchant gets saved views, a delivery overview strip that filters on
 * click, a search box, filters with removable chips, sortable and resizable columns they can
 * hide and reorder (remembered in this browser under `storage-key`), and row selection with a
 * bulk-action bar. The grid follows the ARIA grid pattern: one tab stop, arrow keys between
 * cells, Home/End, Page Up/Down, Enter opens an order, Space selects it, Shift+Left/Right on a
 * header narrows or widens its column (as do the picker's width fields); focus stays on the same
 * order across sorting and data updates, and the sort and result counts are announced politely.
 *
 * @fires suivi-order-open - An `OrderOpenEvent` (`orderId`) when Enter is pressed on a row or its order number is clicked.
 * @fires suivi-bulk-action - A `BulkActionEvent` (`action`, `orderIds`) when a bulk action is chosen for the selection.
 *
 * @csspart toolbar - Everything above the grid: views, overview, search, filters, chips, counts.
 * @csspart views - The saved views.
 * @csspart overview - The delivery overview strip.
 * @csspart search - The search field and its label.
 * @csspart filters-panel - The filter choices, when open.
 * @csspart columns-panel - The column picker, when open.
 * @csspart chips - The active filter chips.
 * @csspart bulk-bar - The bar shown while orders are selected.
 * @csspart grid - The scrolling grid (header and rows).
 * @csspart empty - The message shown when there is nothing to list.
 *
 * @cssproperty --suivi-order-table-height - Height of the whole table; the grid scrolls inside. Defaults to 40rem.
 * @cssproperty --suivi-order-table-background - Behind the table. Defaults to the surface colour.
 * @cssproperty --suivi-order-table-header-background - Behind the column headers. Defaults to the raised surface.
 * @cssproperty --suivi-order-table-selected-background - Behind selected rows and the bulk-action bar.
 * @cssproperty --suivi-order-table-hover-background - Behind the row under the pointer.
 * @cssproperty --suivi-order-table-divider-color - Lines between rows.
 *
 * @attr storage-key - Names this table's remembered columns in localStorage (for two tables on one site). Defaults to `default`.
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang`.
 */
export class SuiviOrderTable extends LitElement {
  static override styles = [tokens, buttonStyles, tableStyles];

  /*
   * Reactive properties declared statically rather than with decorators: the decorator helpers
   * cost half a kilobyte of the table's 25 kB budget, gzipped.
   */
  static override properties = {
    orders: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    query: { state: true },
    layout: { state: true },
    openPanel: { state: true },
    panelsFailed: { state: true },
    counts: { state: true },
    selectionVersion: { state: true },
    announcement: { state: true },
  };

  /** The orders to list (client mode), in their natural order; set a new array to update, the table never changes it. */
  orders: readonly OrderSummary[] = [];

  /** Key under which column choice, order and widths are remembered in this browser. */
  storageKey = 'default';

  private query: TableQuery = EMPTY_QUERY;
  private layout: ColumnLayout = defaultLayout();
  private openPanel: Panel | null = null;
  private panelsFailed = false;
  private counts: DeliveryCounts | null = null;
  private selectionVersion = 0;
  private announcement = '';
  /** How many orders matched when "select all" took only the first `selectLimit` of them; 0 otherwise. */
  private capped = 0;

  private readonly localeCtl = new LocaleController(this);
  private readonly own = new ClientRowSource();
  private source: RowSource = this.own;
  private readonly selection = new Set<string>();
  private readonly painter = new OrderRowPainter(this.paintContext());
  private rows: VirtualRows | null = null;
  private active: ActiveCell = { rowId: null, position: -1, column: 1 };
  /** The source version the active cell's position was found in. */
  private activeVersion = -1;
  private appliedLocale: Locale | null = null;
  private paintedColumns = '';
  private paintedLocale: Locale | null = null;
  private paintedSelection = -1;
  private pending: PendingUpdate = NO_PENDING_UPDATE;
  private countsPending = false;
  private idleWorkScheduled = false;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private resultsUnannounced = false;
  private parked = false;
  /** Selected orders in the current view, kept up to date by each toggle; null until counted for this view. */
  private selectedInViewCount: { version: number; count: number } | null = null;

  /**
   * Server mode: rows come from `source` (a ServerRowSource over the admin API, as
   * `<suivi-order-admin>` gives it) instead of `orders`. A separate module, so client-mode pages
   * do not load it. Rows arriving from it count as new data: scroll position and focus are kept.
   */
  useSource(source: RowSource): void {
    (this.source = source).onChange = () => this.requestUpdate('orders');
    this.rows?.setSource(source);
    this.requestUpdate('orders');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.rows?.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.rows?.disconnect();
    clearTimeout(this.announceTimer);
  }

  private get scroller(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.scroller')!;
  }

  private get bodyGroup(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.body')!;
  }

  private get headRow(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.head-row');
  }

  private get t(): Translate<TableMessages> {
    return translator(tableMessages, this.localeCtl.locale);
  }

  private get columns(): ColumnId[] {
    return visibleColumns(this.layout);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('storageKey')) this.layout = loadLayout(this.storageKey);
    const locale = this.localeCtl.locale;
    const dataChanged = changed.has('orders');
    const queryChanged = changed.has('query');
    if (!dataChanged && !queryChanged && locale === this.appliedLocale) return;
    const focusInBody = this.focusIsInBody();
    this.pending = { queryChanged, anchor: null, focusInBody, followFocus: focusInBody };
    if (dataChanged && !queryChanged && this.rows) {
      // New data keeps what the merchant was looking at: the focused order where it is on screen,
      // else the top visible one. Focus left on an order scrolled out of sight stays there, and
      // the view stays where the merchant scrolled (a live change does not bring them back).
      const top = this.rows.topVisible();
      const focusShown = focusInBody && this.rows.isVisible(this.active.position);
      this.pending.followFocus = focusShown;
      const anchorPosition = focusShown ? this.active.position : top.position;
      const anchorRow = this.source.rowAt(anchorPosition);
      const scrolled = this.scroller.scrollTop > 0;
      if (anchorRow && (focusShown || scrolled)) {
        const offset = focusShown ? anchorPosition * ROW_HEIGHT - (top.position * ROW_HEIGHT - top.offset) : top.offset;
        this.pending.anchor = { id: anchorRow.id, offset };
      }
    }
    if (dataChanged && this.source == this.own) {
      this.own.setRows(this.orders ?? []);
      this.pruneSelection();
    }
    this.source.apply(this.query, locale);
    this.appliedLocale = locale;
    if (dataChanged && this.resultsUnannounced) this.announceResults();
    // Server mode leaves `orders` empty: its counts come with each page.
    if (this.orders.length <= SYNC_COUNTS_LIMIT) this.counts = this.source.deliveryCounts();
    else this.scheduleCounts();
  }

  protected override firstUpdated(): void {
    this.rows = new VirtualRows(this.scroller, this.bodyGroup, {
      build: (rowElement) => this.painter.build(rowElement),
      paint: (rowElement, row, position) => this.paintRow(rowElement, row, position),
    }, ROW_HEIGHT);
    this.rows.setSource(this.source);
    this.rows.connect();
    // After the first rows are drawn (a failure waits for a panel's Try again).
    requestAnimationFrame(() => setTimeout(() => loadLaterParts().then(() => this.requestUpdate(), () => (this.panelsFailed = true))));
  }

  protected override updated(): void {
    const rows = this.rows;
    if (!rows) return;
    this.painter.context = this.paintContext();
    const columnsKey = this.columns.join();
    const locale = this.localeCtl.locale;
    if (columnsKey !== this.paintedColumns) {
      this.paintedColumns = columnsKey;
      rows.rebuild();
    } else if (locale !== this.paintedLocale || this.selectionVersion !== this.paintedSelection) {
      rows.invalidate();
    }
    this.paintedLocale = locale;
    this.paintedSelection = this.selectionVersion;

    const pending = this.pending;
    this.pending = NO_PENDING_UPDATE;
    this.refreshActivePosition(pending.focusInBody);
    const keepFocusedRow = pending.followFocus && this.active.rowId !== null;
    if (pending.anchor) {
      const position = this.source.positionOf(pending.anchor.id);
      if (position !== -1) rows.keepAt(position, pending.anchor.offset);
      else rows.refresh();
    } else if (pending.queryChanged && !keepFocusedRow) {
      rows.scrollToTop();
    } else {
      rows.refresh();
    }
    if (keepFocusedRow) {
      rows.scrollIntoView(this.active.position);
      this.focusActive();
    }
    this.syncTabStops();
  }

  /** Whether focus is on an order row, or parked on the grid while that row is scrolled away. */
  private focusIsInBody(): boolean {
    const focused = this.shadowRoot?.activeElement;
    return this.parked || (!!focused && !!this.bodyGroup?.contains(focused));
  }

  /** Finds the active order in the new view; an order that left it hands focus to the row now in its place. */
  private refreshActivePosition(focusInBody: boolean): void {
    const { rowId } = this.active;
    if (rowId === null || this.activeVersion === this.source.version) return;
    this.activeVersion = this.source.version;
    const position = this.source.positionOf(rowId);
    if (position !== -1) {
      this.active = { ...this.active, position };
      return;
    }
    const size = this.source.size;
    if (focusInBody && size > 0) {
      const clamped = Math.min(Math.max(0, this.active.position), size - 1);
      this.active = { ...this.active, rowId: this.source.rowAt(clamped)?.id ?? null, position: clamped };
    } else {
      this.active = { rowId: null, position: -1, column: this.active.column };
    }
  }

  private paintContext(): PaintContext {
    return {
      locale: this.localeCtl?.locale ?? 'en',
      t: translator(tableMessages, this.localeCtl?.locale ?? 'en'),
      columns: visibleColumns(this.layout ?? defaultLayout()),
      isSelected: (id) => this.selection.has(id),
      tabStopColumn: (id) => (id === this.active.rowId ? this.active.column : -1),
    };
  }

  /**
   * Paints one recycled row element. Before it shows another order, focus held by it is
   * parked on the grid (so it is not left on the wrong order); when the active order is
   * painted again, focus comes back to it.
   */
  private paintRow(rowElement: HTMLElement, row: OrderSummary | undefined, position: number): void {
    const focused = this.shadowRoot?.activeElement;
    if (focused && rowElement.contains(focused) && row?.id !== this.active.rowId) this.parkFocus();
    this.painter.paint(rowElement, row, position);
    if (this.parked && row && row.id === this.active.rowId) {
      this.parked = false;
      this.focusTarget(rowElement.children[this.active.column] as HTMLElement)?.focus({ preventScroll: true });
    }
  }

  private parkFocus(): void {
    this.parked = true;
    this.scroller.focus({ preventScroll: true });
  }

  /**
   * Large tables (client mode) count the overview and read their searched columns after the
   * next frame, in slices between frames: at a million rows reading every status takes tens of
   * milliseconds, which would drop frames if done at once. The columns are read once per data
   * set, for which words start in each (see ClientRowSource.readSearchedColumns; its code is one
   * of the later parts), so a search skips the columns a word cannot be in; before then it reads every column.
   */
  private scheduleCounts(): void {
    // Until they are counted, the strip shows "…" rather than counts of another filter.
    this.counts = null;
    this.countsPending = true;
    if (this.idleWorkScheduled) return;
    this.idleWorkScheduled = true;
    const step = () => {
      if (this.countsPending) {
        if (!this.own.prepareCounts(IDLE_SLICE_MS)) return void setTimeout(step, 0);
        this.countsPending = false;
        this.counts = this.source.deliveryCounts();
      }
      const parts = laterParts();
      // Once they could not be loaded, idle work does not ask again (at every keystroke): opening a panel, or its Try again, does.
      if (!parts && !this.panelsFailed) return void loadLaterParts().then(step, () => ((this.panelsFailed = true), step()));
      if (!parts) return void (this.idleWorkScheduled = false);
      if (!this.own.readSearchedColumns(IDLE_SLICE_MS, parts.SearchedColumns)) return void setTimeout(step, 0);
      this.idleWorkScheduled = false;
    };
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(step, 0)));
  }

  private pruneSelection(): void {
    if (this.selection.size === 0) return;
    const present = new Set<string>();
    for (const order of this.orders) if (this.selection.has(order.id)) present.add(order.id);
    if (present.size === this.selection.size) return;
    this.selection.clear();
    for (const id of present) this.selection.add(id);
    this.selectedInViewCount = null;
    this.selectionVersion++;
  }

  // —— Query changes ——

  private setQuery(next: TableQuery): void {
    this.query = next;
    this.scheduleResultAnnouncement();
  }

  private setFilters(filters: TableFilters): void {
    this.setQuery({ ...this.query, filters });
  }

  /** The sort the rows are in: the merchant's, else the source's own order when it is a column's. */
  private get shownSort(): TableSort | null {
    return this.query.sort ?? this.source.unsortedOrder ?? null;
  }

  private sortBy(column: ColumnId): void {
    const current = this.shownSort;
    const direction = current?.column === column && current.direction === 'ascending' ? 'descending' : 'ascending';
    this.query = { ...this.query, sort: { column, direction } };
    const t = this.t;
    this.announce(t('sortedBy', { column: t(column), direction: t(direction) }));
  }

  private onSearchInput(event: Event): void {
    this.setQuery({ ...this.query, search: (event.target as HTMLInputElement).value });
  }

  private toggleDelivery(status: OrderDeliveryStatus): void {
    const { deliveryStatus } = this.query.filters;
    const only = deliveryStatus.length === 1 && deliveryStatus[0] === status;
    this.setFilters({ ...this.query.filters, deliveryStatus: only ? [] : [status] });
  }

  private applyView(view: SavedView): void {
    this.setFilters(view.filters);
  }

  private clearAll(): void {
    this.setQuery({ ...this.query, search: '', filters: NO_FILTERS });
  }

  private announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.announcement = text;
  }

  /** Reads out the number of matches once the merchant pauses, not at every keystroke. */
  private scheduleResultAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announceResults(), ANNOUNCE_DELAY_MS);
  }

  /** Reads out the number of matches once the source has them: not while its first page is loading, nor a failed load's 0. */
  private announceResults(): void {
    this.resultsUnannounced = !!this.source.loading;
    const size = this.source.size;
    if (!this.resultsUnannounced) this.announcement = this.t('resultsAnnouncement', { count: this.formatCount(size), n: size });
  }

  private formatCount(n: number): string {
    return new Intl.NumberFormat(this.localeCtl.locale).format(n);
  }

  // —— Layout ——

  private setLayout(layout: ColumnLayout): void {
    this.layout = layout;
    saveLayout(this.storageKey, layout);
  }

  /** Shift+Arrow on a column header: narrower or wider by a step from the width it shows (a growing column's may exceed its own), read out politely. */
  private resizeFromKeyboard(column: ColumnId, shown: number, direction: 1 | -1): void {
    const rtl = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    this.setLayout(withColumnWidth(this.layout, column, shown + KEYBOARD_RESIZE_STEP * direction * rtl));
    const t = this.t;
    this.announce(t('columnResized', { column: t(column), width: this.layout.widths[column] }));
  }

  // —— Selection ——

  /** Selects or deselects an order shown in the current view. */
  private toggleSelected(orderId: string, selected = !this.selection.has(orderId)): void {
    if (selected === this.selection.has(orderId)) return;
    if (selected) this.selection.add(orderId);
    else this.selection.delete(orderId);
    const cached = this.selectedInViewCount;
    if (cached?.version === this.viewVersion) cached.count += selected ? 1 : -1;
    this.selectionVersion++;
  }

  /** Changes when the orders in view may have (see RowSource.viewVersion). */
  private get viewVersion(): number {
    return this.source.viewVersion ?? this.source.version;
  }

  /**
   * How many orders in the current view are selected (for the select-all checkbox). Counted
   * once per view (a pass over it when anything is selected), then kept by each toggle, so
   * pressing Space stays instant at a million rows.
   */
  private selectedInView(): number {
    if (this.selection.size === 0) return 0;
    const { viewVersion: version } = this;
    const { size } = this.source;
    if (this.selectedInViewCount?.version === version) return this.selectedInViewCount.count;
    let count = 0;
    // Client mode lists the view's ids in row order: reading it position by position would sort it.
    if (this.source === this.own) {
      for (const id of this.own.matchingIds()) if (this.selection.has(id)) count++;
    } else {
      // Server mode: the pages loaded, which come in order, without sending for the next one nobody scrolled to.
      for (let p = 0, row; p < size && (row = this.source.rowAt(p, false)); p++) if (this.selection.has(row.id)) count++;
    }
    this.selectedInViewCount = { version, count };
    return count;
  }

  /**
   * Selects every order of the view, or deselects them when all are selected. Server mode reads
   * the ids from the API first (the page shows how far, with Cancel): the selection changes once
   * they are all in, and stays as it was when that is cancelled.
   */
  private async onSelectAll(event: Event): Promise<void> {
    const checkbox = event.target as HTMLInputElement;
    const { viewVersion: version } = this;
    const { size } = this.source;
    const deselect = size > 0 && this.selectedInView() === size;
    let ids = this.source.matchingIds();
    if (!Array.isArray(ids)) {
      checkbox.checked = deselect;
      try {
        ids = await ids;
      } catch {
        return;
      }
    }
    for (const id of ids) deselect ? this.selection.delete(id) : this.selection.add(id);
    this.capped = !deselect && ids.length < size ? size : 0;
    this.selectedInViewCount = { version, count: deselect ? 0 : ids.length };
    checkbox.checked = !deselect && ids.length === size;
    this.selectionVersion++;
  }

  private clearSelection(): void {
    this.selection.clear();
    this.capped = 0;
    this.selectedInViewCount = null;
    this.selectionVersion++;
  }

  private runBulkAction(action: BulkAction): void {
    this.dispatchEvent(new BulkActionEvent(action, [...this.selection]));
  }

  // —— Grid keyboard and focus ——

  private cellAt(target: EventTarget | null): { cell: HTMLElement; at: GridCell } | null {
    const cell = (target as HTMLElement | null)?.closest?.<HTMLElement>('[role="gridcell"], [role="columnheader"]');
    if (!cell) return null;
    const rowElement = cell.parentElement as HTMLElement;
    const position = rowElement.dataset.position;
    return { cell, at: { row: position === undefined ? -1 : Number(position), column: Number(cell.getAttribute('aria-colindex')) - 1 } };
  }

  private focusTarget(cell: HTMLElement | undefined): HTMLElement | null {
    if (!cell) return null;
    return cell.querySelector<HTMLElement>('input, button') ?? cell;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    if (target === this.scroller && this.active.rowId !== null) {
      // Focus was parked while the active order was scrolled away: act from that order.
      this.rows?.scrollIntoView(this.active.position);
      this.focusActive();
    }
    const found = this.cellAt(target === this.scroller ? this.activeTarget() : target);
    if (!found) return;
    const { at } = found;
    if (at.row >= 0) {
      const orderId = (found.cell.parentElement as HTMLElement).dataset.orderId;
      if (event.key === 'Enter' && orderId) {
        event.preventDefault();
        this.dispatchEvent(new OrderOpenEvent(orderId));
        return;
      }
      if (event.key === ' ' && orderId) {
        event.preventDefault();
        this.toggleSelected(orderId);
        return;
      }
    }
    if (at.row === -1 && at.column > 0 && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      this.resizeFromKeyboard(this.columns[at.column - 1], found.cell.offsetWidth, event.key === 'ArrowRight' ? 1 : -1);
      return;
    }
    const next = nextCell(event, at, { rows: this.source.size, columns: this.columns.length + 1, pageRows: this.rows?.pageRows ?? 10 });
    if (!next) return;
    event.preventDefault();
    this.moveActive(next);
  }

  /** Makes a cell the tab stop and focuses it, scrolling its row into view. */
  private moveActive(next: GridCell): void {
    if (next.row === -1) {
      this.active = { rowId: null, position: -1, column: next.column };
    } else {
      const row = this.source.rowAt(next.row);
      if (!row) return;
      this.active = { rowId: row.id, position: next.row, column: next.column };
      this.activeVersion = this.source.version;
      this.rows?.scrollIntoView(next.row);
    }
    this.focusActive();
  }

  private activeTarget(): HTMLElement | null {
    const { rowId, position, column } = this.active;
    if (rowId === null) return this.focusTarget(this.headRow?.children[column] as HTMLElement | undefined);
    const rowElement = this.rows?.rowElement(position);
    if (!rowElement || rowElement.dataset.orderId !== rowId) return null;
    return this.focusTarget(rowElement.children[column] as HTMLElement | undefined);
  }

  private focusActive(): void {
    this.syncTabStops();
    const target = this.activeTarget();
    if (!target) return;
    this.parked = false;
    target.focus({ preventScroll: true });
    // Columns scroll sideways with the browser's own logic; rows were placed by the virtual scroller.
    target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /** One tab stop: the active cell when it is drawn, else the grid itself (which hands focus on to the cell). */
  private syncTabStops(): void {
    const head = this.headRow;
    if (!head) return;
    const cells = head.children;
    for (let c = 0; c < cells.length; c++) {
      const target = this.focusTarget(cells[c] as HTMLElement);
      if (target) target.tabIndex = this.active.rowId === null && this.active.column === c ? 0 : -1;
    }
    for (const stop of this.bodyGroup.querySelectorAll<HTMLElement>('[tabindex="0"]')) {
      const cell = this.cellAt(stop);
      const orderId = (cell?.cell.parentElement as HTMLElement | undefined)?.dataset.orderId;
      if (!cell || orderId !== this.active.rowId || cell.at.column !== this.active.column) stop.tabIndex = -1;
    }
    const target = this.activeTarget();
    if (target) target.tabIndex = 0;
    this.scroller.tabIndex = target ? -1 : 0;
  }

  private onGridFocusIn(event: FocusEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (target === this.scroller) {
      // Tabbed in while the active order was scrolled away: bring it back and focus it.
      if (this.parked) return;
      if (this.active.rowId !== null) this.rows?.scrollIntoView(this.active.position);
      this.focusActive();
      return;
    }
    const found = this.cellAt(target);
    if (!found) return;
    this.parked = false;
    const rowId = found.at.row === -1 ? null : ((found.cell.parentElement as HTMLElement).dataset.orderId ?? null);
    this.active = { rowId, position: found.at.row, column: found.at.column };
    this.activeVersion = this.source.version;
    this.syncTabStops();
  }

  /** Focus went somewhere else on the page: the grid no longer holds it for a scrolled-away row. */
  private onGridFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.scroller.contains(next)) this.parked = false;
  }

  private onBodyClick(event: MouseEvent): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.classList?.contains('open-order')) {
      const orderId = (target.closest('[role="row"]') as HTMLElement | null)?.dataset.orderId;
      if (orderId) this.dispatchEvent(new OrderOpenEvent(orderId));
    }
  }

  private onBodyChange(event: Event): void {
    const checkbox = event.composedPath()[0] as HTMLInputElement;
    if (!checkbox.classList?.contains('row-checkbox')) return;
    const orderId = (checkbox.closest('[role="row"]') as HTMLElement | null)?.dataset.orderId;
    if (orderId) this.toggleSelected(orderId, checkbox.checked);
  }

  private togglePanel(panel: Panel): void {
    this.openPanel = this.openPanel === panel ? null : panel;
    if (this.openPanel && !laterParts()) this.loadPanels();
  }

  private loadPanels(): void {
    this.panelsFailed = false;
    loadLaterParts().then(
      () => this.requestUpdate(),
      () => (this.panelsFailed = true),
    );
  }

  /** The open panel, or while its code loads a word on it (and Try again when it could not be loaded). */
  private renderPanel(panel: Panel, t: Translate<TableMessages>, locale: Locale) {
    const panels = laterParts();
    if (panels) return (panel === 'filters' ? panels.renderFiltersPanel : panels.renderColumnPicker)(this.panelHost);
    const failed = this.panelsFailed;
    return html`<div class="panel" id="${panel}-panel" role=${failed ? 'alert' : 'status'}>
      ${failed ? html`${t('panelUnavailable')} <button type="button" class="button secondary small" @click=${this.loadPanels}>${t('retry')}</button>` : t('panelLoading')}
    </div>`;
  }

  /** What the panels, own views and column drag read (the table's state as it is now, through getters) and change: one object for the table's life. */
  private readonly panelHost: PanelHost = ((table) => ({
    get t() {
      return table.t;
    },
    get locale() {
      return table.localeCtl.locale;
    },
    get filters() {
      return table.query.filters;
    },
    get layout() {
      return table.layout;
    },
    get storageKey() {
      return table.storageKey;
    },
    setFilters: (filters) => table.setFilters(filters),
    setLayout: (layout) => table.setLayout(layout),
    facetValues: (facet) => table.source.facetValues(facet),
    valueLabel: (facet, value) => table.facetValueLabel(facet, value, table.t, table.localeCtl.locale),
    onKeydown: (event, panel) => table.onPanelKeydown(event, panel),
  }))(this);

  private onPanelKeydown(event: KeyboardEvent, panel: Panel): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.openPanel = null;
    this.renderRoot.querySelector<HTMLElement>(`[data-panel-toggle="${panel}"]`)?.focus();
  }

  // —— Rendering ——

  override render() {
    const t = this.t;
    const locale = this.localeCtl.locale;
    const columns = this.columns;
    const size = this.source.size;
    const [template, width] = gridTemplate(this.layout, columns);
    return html`
      <div class="toolbar" part="toolbar">
        ${this.renderViews(t)} ${this.renderOverview(t, locale)}
        <div class="controls">
          <div class="search" part="search">
            <label for="search">${t('search')}</label>
            <input
              id="search"
              class="field"
              type="search"
              autocomplete="off"
              spellcheck="false"
              aria-describedby="search-hint"
              .value=${this.query.search}
              @input=${this.onSearchInput}
              @focus=${() => this.source.prepareSearch()}
            />
            <span id="search-hint" class="secondary">${t('searchHint')}</span>
          </div>
          ${this.renderPanelToggle('filters', t('filters'))} ${this.renderPanelToggle('columns', t('columns'))}
        </div>
        ${this.openPanel ? this.renderPanel(this.openPanel, t, locale) : nothing}
        ${this.renderChips(t, locale)}
        <div class="status-line">
          <span class="result-count">${this.source.loading ? '' : t('resultCount', { count: this.formatCount(this.source.matching ?? size), total: this.formatCount(this.source.total), n: this.source.matching ?? size })}</span>
          ${this.renderBulkBar(t)}
        </div>
      </div>
      <div class="frame">
        <div
          class="scroller"
          part="grid"
          role="grid"
          aria-label=${t('gridLabel')}
          aria-rowcount=${size + 1}
          aria-colcount=${columns.length + 1}
          aria-multiselectable="true"
          style="--_template: ${template}; --_row-width: ${width}px"
          @keydown=${this.onGridKeydown}
          @focusin=${this.onGridFocusIn}
          @focusout=${this.onGridFocusOut}
        >
          <div class="head" role="rowgroup">${this.renderHeaderRow(t, columns, size)}</div>
          <div class="body" role="rowgroup" @click=${this.onBodyClick} @change=${this.onBodyChange}></div>
        </div>
        ${size === 0 && !this.source.loading ? this.renderEmpty(t) : nothing}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderPanelToggle(panel: Panel, label: string) {
    const open = this.openPanel === panel;
    return html`<button
      type="button"
      class="button secondary small"
      data-panel-toggle=${panel}
      aria-expanded=${String(open)}
      aria-controls=${open ? `${panel}-panel` : nothing}
      @click=${() => this.togglePanel(panel)}
    >
      ${label}${panel === 'filters' && hasFilters(this.query.filters) ? html` <span class="count">(${filterChips(this.query.filters).length})</span>` : nothing}
    </button>`;
  }

  private renderViews(t: Translate<TableMessages>) {
    const current = currentView(this.query.filters);
    return html`<div class="views" part="views" role="group" aria-label=${t('views')}>
      ${SAVED_VIEWS.map(
        (view) =>
          html`<button type="button" class="toggle" aria-pressed=${String(current === view.id)} @click=${() => this.applyView(view)}>
            ${t(`view_${view.id}`)}
          </button>`,
      )}
      ${laterParts()?.ownViews(this.panelHost) ?? nothing}
    </div>`;
  }

  private renderOverview(t: Translate<TableMessages>, locale: Locale) {
    const { deliveryStatus } = this.query.filters;
    const counts = this.counts;
    return html`<div class="overview" part="overview" role="group" aria-label=${t('overview')}>
      ${OVERVIEW_STATUSES.map((status) => {
        const pressed = deliveryStatus.length === 1 && deliveryStatus[0] === status;
        return html`<button type="button" class="toggle" data-status=${status} aria-pressed=${String(pressed)} @click=${() => this.toggleDelivery(status)}>
          <span>${deliveryLabel(status, locale, t)}</span>
          <span class="count">${counts ? this.formatCount(counts[status]) : '…'}</span>
        </button>`;
      })}
    </div>`;
  }

  private renderHeaderRow(t: Translate<TableMessages>, columns: readonly ColumnId[], size: number) {
    const selected = size > 0 ? this.selectedInView() : 0;
    const all = size > 0 && selected === size;
    const limit = this.source.selectLimit ?? size;
    const label = size > limit ? t('selectFirst', { count: this.formatCount(limit) }) : t('selectAll', { count: this.formatCount(size), n: size });
    const sort = this.shownSort;
    return html`<div class="row head-row" role="row" aria-rowindex="1">
      <div class="cell select-cell" role="columnheader" aria-colindex="1">
        <input
          type="checkbox"
          class="select-all"
          aria-label=${label}
          title=${label}
          .checked=${all}
          .indeterminate=${selected > 0 && !all}
          @change=${this.onSelectAll}
        />
      </div>
      ${columns.map((column, index) => {
        const sorted = sort?.column === column ? sort.direction : undefined;
        return html`<div
          class="cell head-cell ${COLUMN_SPECS[column].align === 'end' ? 'end' : ''}"
          role="columnheader"
          aria-colindex=${index + 2}
          aria-sort=${sorted ?? nothing}
        >
          <button type="button" class="sort" tabindex="-1" aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight" @click=${() => this.sortBy(column)}>
            <span class="sort-label">${t(column)}</span>
            <span class="sort-icon" aria-hidden="true">${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
          </button>
          <span class="resizer" aria-hidden="true" @pointerdown=${(event: PointerEvent) => laterParts()?.startResize(this.panelHost, event, column)}></span>
        </div>`;
      })}
    </div>`;
  }

  private renderChips(t: Translate<TableMessages>, locale: Locale) {
    const chips = filterChips(this.query.filters);
    if (chips.length === 0) return nothing;
    return html`<div class="chips" part="chips" role="group" aria-label=${t('activeFilters')}>
      ${chips.map((chip) => {
        const text = this.chipText(chip, t, locale);
        return html`<span class="chip">
          <span>${text}</span>
          <button type="button" class="icon-button" aria-label=${t('removeChip', { chip: text })} @click=${() => this.setFilters(withoutChip(this.query.filters, chip))}>
            <span aria-hidden="true">✕</span>
          </button>
        </span>`;
      })}
      <button type="button" class="link-button" @click=${() => this.setFilters(NO_FILTERS)}>${t('clearFilters')}</button>
    </div>`;
  }

  private chipText(chip: FilterChip, t: Translate<TableMessages>, locale: Locale): string {
    switch (chip.facet) {
      case 'placedFrom':
        return t('chipPlacedFrom', { date: formatDate(`${chip.value}T12:00:00`, locale) });
      case 'placedTo':
        return t('chipPlacedTo', { date: formatDate(`${chip.value}T12:00:00`, locale) });
      case 'archived':
        return chip.value === 'only' ? t('chipArchivedOnly') : t('chipArchivedExclude');
      default:
        return t('chip', { facet: t(`facet_${chip.facet}`), value: this.facetValueLabel(chip.facet, chip.value, t, locale) });
    }
  }

  private facetValueLabel(facet: ListFacet, value: string, t: Translate<TableMessages>, locale: Locale): string {
    switch (facet) {
      case 'paymentStatus':
        return PAYMENT_LABELS[locale][value as PaymentStatus] ?? value;
      case 'fulfillmentStatus':
        return FULFILLMENT_LABELS[locale][value as FulfillmentStatus] ?? value;
      case 'deliveryStatus':
        return deliveryLabel(value as OrderDeliveryStatus, locale, t) ?? value;
      case 'paymentMethod':
        return PAYMENT_METHOD_LABELS[locale][value as PaymentMethod] ?? value;
      default:
        return value;
    }
  }

  private renderBulkBar(t: Translate<TableMessages>) {
    const count = this.selection.size;
    if (count === 0) return nothing;
    return html`<div class="bulk" part="bulk-bar" role="group" aria-label=${t('bulkActions')}>
      <span class="count">${t('selectedCount', { count: this.formatCount(count), n: count })}${this.capped ? ` ${t('firstOf', { total: this.formatCount(this.capped) })}` : ''}</span>
      ${BULK_ACTIONS.map((action) => html`<button type="button" class="button secondary small" @click=${() => this.runBulkAction(action)}>${t(`bulk_${action}`)}</button>`)}
      <button type="button" class="link-button" @click=${this.clearSelection}>${t('clearSelection')}</button>
    </div>`;
  }

  private renderEmpty(t: Translate<TableMessages>) {
    const filtered = this.source.total > 0;
    return html`<div class="empty" part="empty">
      <p>${filtered ? t('noMatches') : t('noOrders')}</p>
      ${filtered ? html`<button type="button" class="button secondary small" @click=${this.clearAll}>${t('clearAll')}</button>` : nothing}
    </div>`;
  }
}
