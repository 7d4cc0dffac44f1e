import type { OrderSummary } from '@suivi/model';
import type { RowSource } from './row-source.ts';

/** Draws orders into the row elements the pool hands out. */
export interface RowPainter {
  /** Gives a fresh (or emptied) row element its cells for the current columns. */
  build(rowElement: HTMLElement): void;
  /** Writes one order into a row element; `row` is undefined while a server page loads. */
  paint(rowElement: HTMLElement, row: OrderSummary | undefined, position: number): void;
}

/**
 * Browsers stop laying out boxes taller than about 16.7 million pixels (Firefox; Chrome at
 * 33.5 million), and a million 48-pixel rows need 48 million. Past this height the scroll range
 * is compressed: each scrolled pixel moves more than one pixel of rows.
 */
const MAX_BODY_HEIGHT = 15_000_000;
/** Rows drawn above and below the screen, so a fast flick shows rows rather than blank space. */
const OVERSCAN = 4;

/**
 * The virtual scroller behind the order table. It keeps a fixed pool of row elements (enough
 * for one screen plus a few) and never creates one per order: the row at position p always lives
 * in pool slot p mod poolSize, so scrolling by one row repaints one row element and moves it
 * with a transform, whatever the row count. A scroll frame allocates nothing that grows with
 * the number of orders.
 *
 * The scroller's header (a sticky row group before `body`) covers the top of the viewport; the
 * body's height stands for all rows (compressed past MAX_BODY_HEIGHT, where rows are placed at
 * most 15 million pixels down: whole pixels are still exact there in the compositor's floats).
 */
export class VirtualRows {
  readonly rowHeight: number;
  private readonly scroller: HTMLElement;
  private readonly body: HTMLElement;
  private readonly painter: RowPainter;
  private source: RowSource | null = null;
  private pool: HTMLElement[] = [];
  /** Position each slot shows (-1: none), the source version it was painted from, its translateY. */
  private slotPosition = new Int32Array(0);
  private slotVersion = new Float64Array(0);
  private slotOffset = new Float64Array(0);
  private bodyHeight = -1;
  private viewportHeight = 0;
  private headerHeight = 0;
  /** Top of the viewport in row pixels (position × rowHeight), exact even when compressed. */
  private rowTop = 0;
  /** The scrollTop that goes with rowTop, to tell our own scrolls from the person's. */
  private expectedScrollTop = 0;
  private firstShown = 0;
  private lastShown = -1;
  private resizeObserver: ResizeObserver | null = null;
  private readonly onScroll = () => this.refresh();

  constructor(scroller: HTMLElement, body: HTMLElement, painter: RowPainter, rowHeight: number) {
    this.scroller = scroller;
    this.body = body;
    this.painter = painter;
    this.rowHeight = rowHeight;
  }

  connect(): void {
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.resizeObserver = new ResizeObserver(() => this.refresh());
    this.resizeObserver.observe(this.scroller);
  }

  disconnect(): void {
    this.scroller.removeEventListener('scroll', this.onScroll);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
  }

  setSource(source: RowSource): void {
    this.source = source;
  }

  /** Rebuilds every row element's cells (the columns changed) and repaints. */
  rebuild(): void {
    for (const rowElement of this.pool) {
      rowElement.replaceChildren();
      this.painter.build(rowElement);
    }
    this.slotVersion.fill(-1);
    this.refresh();
  }

  /** Repaints every row on screen on the next refresh (selection or locale changed). */
  invalidate(): void {
    this.slotVersion.fill(-1);
  }

  /** Rows a screen holds (for Page Up/Down). */
  get pageRows(): number {
    return Math.max(1, Math.floor(this.viewportHeight / this.rowHeight));
  }

  /** The row element showing a position, if it is drawn. */
  rowElement(position: number): HTMLElement | null {
    if (position < this.firstShown || position > this.lastShown || this.pool.length === 0) return null;
    const slot = position % this.pool.length;
    return this.slotPosition[slot] === position ? this.pool[slot] : null;
  }

  /** The first row at least half visible, and where its top is below the header, for anchoring. */
  topVisible(): { position: number; offset: number } {
    const position = Math.floor((this.rowTop + this.rowHeight / 2) / this.rowHeight);
    return { position, offset: position * this.rowHeight - this.rowTop };
  }

  /** Whether any part of a row is inside the viewport. */
  isVisible(position: number): boolean {
    const top = position * this.rowHeight;
    return position >= 0 && top + this.rowHeight > this.rowTop && top < this.rowTop + this.viewportHeight;
  }

  /** Scrolls so a row is fully visible, moving as little as possible, then draws. */
  scrollIntoView(position: number): void {
    const top = position * this.rowHeight;
    if (top < this.rowTop) this.scrollToRowTop(top);
    else if (top + this.rowHeight > this.rowTop + this.viewportHeight) this.scrollToRowTop(top + this.rowHeight - this.viewportHeight);
    else this.refresh();
  }

  /** Scrolls so a row's top is `offset` pixels below the header (keeps a row in place across updates). */
  keepAt(position: number, offset: number): void {
    this.scrollToRowTop(position * this.rowHeight - offset);
  }

  scrollToTop(): void {
    this.scrollToRowTop(0);
  }

  /** Reads the scroll position and size, and repaints the rows that changed. */
  refresh(): void {
    const source = this.source;
    if (!source) return;
    const size = source.size;
    const rowHeight = this.rowHeight;
    const head = this.body.previousElementSibling as HTMLElement | null;
    this.headerHeight = head ? head.offsetHeight : 0;
    this.viewportHeight = Math.max(0, this.scroller.clientHeight - this.headerHeight);
    const fullHeight = size * rowHeight;
    const bodyHeight = Math.min(fullHeight, MAX_BODY_HEIGHT);
    if (bodyHeight !== this.bodyHeight) {
      this.bodyHeight = bodyHeight;
      this.body.style.height = `${bodyHeight}px`;
    }
    const maxScroll = Math.max(0, bodyHeight - this.viewportHeight);
    const maxRowTop = Math.max(0, fullHeight - this.viewportHeight);
    const scale = maxScroll > 0 ? maxRowTop / maxScroll : 1;
    const scrollTop = this.scroller.scrollTop;
    // A scroll we did ourselves keeps its exact row position; a person's scroll maps through the scale.
    if (Math.abs(scrollTop - this.expectedScrollTop) >= 1) this.rowTop = scrollTop * scale;
    this.rowTop = Math.min(maxRowTop, Math.max(0, this.rowTop));
    this.expectedScrollTop = scrollTop;

    const visibleRows = Math.ceil(this.viewportHeight / rowHeight) + 1;
    this.ensurePool(visibleRows + 2 * OVERSCAN);
    const poolSize = this.pool.length;
    const firstVisible = Math.floor(this.rowTop / rowHeight);
    const first = Math.max(0, firstVisible - OVERSCAN);
    const last = Math.min(size - 1, first + poolSize - 1);
    this.firstShown = first;
    this.lastShown = last;
    // Rows sit at their place in the full list, shifted by how far compression moved the view.
    const shift = this.rowTop - scrollTop;
    const version = source.version;
    // Position by position, each in its slot (position modulo the pool): rows are read in view
    // order, which a sorted source reads fastest (one bucket after the next, see ClientRowSource);
    // slots past the last position are hidden.
    for (let position = first; position < first + poolSize; position++) {
      const slot = position % poolSize;
      const rowElement = this.pool[slot];
      if (position > last) {
        if (this.slotPosition[slot] !== -1) {
          this.slotPosition[slot] = -1;
          rowElement.hidden = true;
        }
        continue;
      }
      if (this.slotPosition[slot] !== position || this.slotVersion[slot] !== version) {
        if (this.slotPosition[slot] === -1) rowElement.hidden = false;
        this.slotPosition[slot] = position;
        this.slotVersion[slot] = version;
        this.painter.paint(rowElement, source.rowAt(position), position);
      }
      const offset = position * rowHeight - shift;
      if (offset !== this.slotOffset[slot]) {
        this.slotOffset[slot] = offset;
        rowElement.style.transform = `translateY(${offset}px)`;
      }
    }
  }

  private scrollToRowTop(rowTop: number): void {
    const source = this.source;
    if (!source) return;
    const fullHeight = source.size * this.rowHeight;
    const bodyHeight = Math.min(fullHeight, MAX_BODY_HEIGHT);
    const maxScroll = Math.max(0, bodyHeight - this.viewportHeight);
    const maxRowTop = Math.max(0, fullHeight - this.viewportHeight);
    const scale = maxScroll > 0 ? maxRowTop / maxScroll : 1;
    this.rowTop = Math.min(maxRowTop, Math.max(0, rowTop));
    this.scroller.scrollTop = this.rowTop / scale;
    this.expectedScrollTop = this.scroller.scrollTop;
    this.refresh();
  }

  private ensurePool(size: number): void {
    if (this.pool.length >= size) return;
    const grown = this.pool.slice();
    while (grown.length < size) {
      const rowElement = document.createElement('div');
      rowElement.setAttribute('role', 'row');
      rowElement.className = 'row';
      rowElement.hidden = true;
      this.painter.build(rowElement);
      this.body.append(rowElement);
      grown.push(rowElement);
    }
    this.pool = grown;
    // Slot numbers change with the pool size, so every slot is repainted.
    this.slotPosition = new Int32Array(size).fill(-1);
    this.slotVersion = new Float64Array(size).fill(-1);
    this.slotOffset = new Float64Array(size).fill(NaN);
    for (const rowElement of grown) rowElement.hidden = true;
  }
}
