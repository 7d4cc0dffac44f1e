/**
 * The page bench/run.mjs drives in headless Chromium. It makes the rows here, in the page
 * (generate-orders.ts), mounts one <suivi-order-table> filling the window, and exposes each
 * measurement as a function on `window.suiviBench`, so the runner only calls them and collects
 * numbers. Every time is performance.now() from the action to the first point after the next
 * paint (a requestAnimationFrame callback, then a task queued from it).
 */
import type { OrderSummary } from '@suivi/model';
import '@suivi/components/define/order-table';
import type { SuiviOrderTable } from '@suivi/components';
import { generateOrderSummaries } from './generate-orders.ts';

declare global {
  interface Window {
    suiviBench: typeof bench;
    /** From --js-flags=--expose-gc. */
    gc?: () => void;
  }
  interface Performance {
    /** Chromium only; precise with --enable-precise-memory-info. */
    memory?: { usedJSHeapSize: number };
  }
}

let orders: OrderSummary[] = [];
let table: SuiviOrderTable;

/** Resolves after the next frame has been painted. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function shadow(): ShadowRoot {
  return table.shadowRoot!;
}

function renderedRows(): HTMLElement[] {
  return [...shadow().querySelectorAll<HTMLElement>('.body [role="row"]:not([hidden])')];
}

/** Order numbers of the rows on screen, top first, to check that an action did what it says. */
function visibleOrderNumbers(): string[] {
  return renderedRows()
    .sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position))
    .slice(0, 5)
    .map((row) => row.querySelector('.open-order')!.textContent ?? '');
}

/**
 * Strings made by concatenation, as the generator's are, are trees of pieces until something
 * reads them through a regular expression, which stores each as one piece (smaller). The search
 * does that, so the data would shrink during the run and hide growth of the table's own; the page
 * does it first, so the data measures the same before and after (as rows parsed from JSON do).
 */
function flattenStrings(rows: readonly OrderSummary[]): void {
  const read = /\u0000/;
  for (const row of rows) {
    for (const text of [row.id, row.orderNumber, row.placedAt, row.customerName, row.customerEmail, row.total.currency, ...row.trackingNumbers, ...row.carriers, ...row.tags]) read.test(text);
  }
}

function heap(): number {
  for (let i = 0; i < 3; i++) window.gc?.();
  return performance.memory?.usedJSHeapSize ?? NaN;
}

const bench = {
  /** Makes `count` rows and mounts an empty table; returns how long making them took. */
  async setup(count: number): Promise<{ generateMs: number }> {
    const start = performance.now();
    orders = generateOrderSummaries(count);
    flattenStrings(orders);
    const generateMs = performance.now() - start;
    localStorage.clear();
    table = document.createElement('suivi-order-table');
    table.storageKey = 'bench';
    document.body.append(table);
    await table.updateComplete;
    await afterPaint();
    return { generateMs };
  },

  heap,

  /** Sets `orders` and waits for the first rows on screen. */
  async firstRows(): Promise<{ ms: number; updateMs: number; rows: number; top: string[] }> {
    const start = performance.now();
    table.orders = orders;
    await table.updateComplete;
    const updateMs = performance.now() - start;
    const rows = renderedRows().length;
    await afterPaint();
    const ms = performance.now() - start;
    return { ms, updateMs, rows, top: visibleOrderNumbers() };
  },

  /** Waits for work the table defers until after the first paint (the overview counts). */
  async settle(): Promise<void> {
    for (let i = 0; i < 3; i++) await afterPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
  },

  /** Clicks a column header's sort button, as a person would. */
  async sortBy(label: string): Promise<{ ms: number; top: string[]; sort: string | null }> {
    const header = [...shadow().querySelectorAll<HTMLElement>('[role="columnheader"]')].find((cell) => cell.textContent?.trim().startsWith(label));
    const button = header!.querySelector('button')!;
    const start = performance.now();
    button.click();
    await table.updateComplete;
    await afterPaint();
    const ms = performance.now() - start;
    return { ms, top: visibleOrderNumbers(), sort: header!.getAttribute('aria-sort') };
  },

  /**
   * Types a whole search at once into the search box (one input event). The time starts before
   * the box gets focus, so whatever the table prepares on focus is counted too.
   */
  async search(text: string): Promise<{ ms: number; count: string }> {
    const input = shadow().querySelector<HTMLInputElement>('input[type="search"]')!;
    const start = performance.now();
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await table.updateComplete;
    await afterPaint();
    const ms = performance.now() - start;
    return { ms, count: shadow().querySelector('.result-count')!.textContent ?? '' };
  },

  /**
   * Scrolls the grid by `step` pixels in every frame for `frames` frames and returns the frame
   * intervals (requestAnimationFrame timestamps), starting from the top.
   */
  async scroll(frames: number, step: number): Promise<number[]> {
    const scroller = shadow().querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 0;
    await afterPaint();
    await afterPaint();
    const stamps: number[] = [];
    await new Promise<void>((resolve) => {
      const tick = (now: number) => {
        stamps.push(now);
        if (stamps.length > frames) return resolve();
        scroller.scrollTop += step;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return stamps.slice(1).map((stamp, i) => stamp - stamps[i]);
  },

  /**
   * Gives the table an empty list (the page still holds the orders), so the next heap reading
   * tells how much the table was holding for these orders: its sort order, search result and
   * columns.
   */
  async release(): Promise<void> {
    table.orders = [];
    await table.updateComplete;
    await afterPaint();
  },

  /** Elements in the document and in the table's shadow root. */
  domElements(): number {
    return document.querySelectorAll('*').length + shadow().querySelectorAll('*').length;
  },

};

window.suiviBench = bench;
