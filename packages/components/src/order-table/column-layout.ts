import { COLUMN_IDS, COLUMN_SPECS, type ColumnId, MAX_COLUMN_WIDTH, SELECT_COLUMN_WIDTH, isColumnId } from './columns.ts';

/** Which columns show, in what order, how wide: what a merchant arranges and expects to find again. */
export interface ColumnLayout {
  /** Every column, shown or not, in display order. */
  readonly order: readonly ColumnId[];
  readonly hidden: readonly ColumnId[];
  readonly widths: Readonly<Record<ColumnId, number>>;
}

export function defaultLayout(): ColumnLayout {
  return {
    order: [...COLUMN_IDS],
    hidden: [],
    widths: Object.fromEntries(COLUMN_IDS.map((id) => [id, COLUMN_SPECS[id].defaultWidth])) as Record<ColumnId, number>,
  };
}

export function clampWidth(id: ColumnId, width: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(COLUMN_SPECS[id].minWidth, width)));
}

/**
 * Reads a layout saved by any version of the table: unknown columns are dropped, columns
 * added since are appended where they were by default, widths are clamped, and at least one
 * column stays visible. Anything unreadable gives the default layout. Every width is kept as
 * saved, including a default width an earlier version saved with a column shown or moved
 * (the table cannot tell it from a chosen one): Reset columns brings today's defaults.
 */
export function normalizeLayout(saved: unknown): ColumnLayout {
  const fallback = defaultLayout();
  if (typeof saved !== 'object' || saved === null) return fallback;
  const { order, hidden, widths } = saved as Record<string, unknown>;
  const knownOrder = Array.isArray(order) ? [...new Set(order.filter(isColumnId))] : [];
  const fullOrder = [...knownOrder, ...COLUMN_IDS.filter((id) => !knownOrder.includes(id))];
  const knownHidden = Array.isArray(hidden) ? [...new Set(hidden.filter(isColumnId))] : [];
  const savedWidths = typeof widths === 'object' && widths !== null ? (widths as Record<string, unknown>) : {};
  const nextWidths = { ...fallback.widths };
  for (const id of COLUMN_IDS) {
    const width = savedWidths[id];
    if (typeof width === 'number' && Number.isFinite(width)) nextWidths[id] = clampWidth(id, width);
  }
  return {
    order: fullOrder,
    hidden: knownHidden.length >= COLUMN_IDS.length ? [] : knownHidden,
    widths: nextWidths,
  };
}

/**
 * The grid's column template (checkbox column first) and the row's width when no column grows.
 * A column that grows, left at its default width, takes an equal share of the room the others
 * leave (its default width is then its least); a width the merchant chose is kept exactly.
 */
export function gridTemplate(layout: ColumnLayout, columns: readonly ColumnId[]): [template: string, width: number] {
  let width = SELECT_COLUMN_WIDTH;
  let template = `${width}px`;
  for (const id of columns) {
    const spec = COLUMN_SPECS[id];
    const px = layout.widths[id];
    width += px;
    template += spec.grows && px === spec.defaultWidth ? ` minmax(${px}px,1fr)` : ` ${px}px`;
  }
  return [template, width];
}

export function visibleColumns(layout: ColumnLayout): ColumnId[] {
  return layout.order.filter((id) => !layout.hidden.includes(id));
}

/** Shows or hides a column; the last visible column cannot be hidden. */
export function withColumnShown(layout: ColumnLayout, id: ColumnId, shown: boolean): ColumnLayout {
  if (shown) return { ...layout, hidden: layout.hidden.filter((hiddenId) => hiddenId !== id) };
  if (layout.hidden.includes(id) || visibleColumns(layout).length <= 1) return layout;
  return { ...layout, hidden: [...layout.hidden, id] };
}

/** Moves a column one place earlier (-1) or later (+1) in the display order. */
export function withColumnMoved(layout: ColumnLayout, id: ColumnId, delta: -1 | 1): ColumnLayout {
  const order = [...layout.order];
  const from = order.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return layout;
  [order[from], order[to]] = [order[to], order[from]];
  return { ...layout, order };
}

export function withColumnWidth(layout: ColumnLayout, id: ColumnId, width: number): ColumnLayout {
  return { ...layout, widths: { ...layout.widths, [id]: clampWidth(id, width) } };
}

/** Where a table's layout is kept in localStorage; the `storage-key` attribute tells two tables on one site apart. */
export function layoutStorageKey(storageKey: string): string {
  return `suivi-order-table:${storageKey}:columns`;
}

/** The layout this browser remembers for a table, or the default (also when storage is blocked). */
export function loadLayout(storageKey: string, storage: Storage | null = safeLocalStorage()): ColumnLayout {
  try {
    const text = storage?.getItem(layoutStorageKey(storageKey));
    return normalizeLayout(text ? JSON.parse(text) : null);
  } catch {
    return defaultLayout();
  }
}

/** Remembers a layout; a full or blocked storage only means it is not remembered. */
export function saveLayout(storageKey: string, layout: ColumnLayout, storage: Storage | null = safeLocalStorage()): void {
  try {
    storage?.setItem(layoutStorageKey(storageKey), JSON.stringify(layout));
  } catch {
    // Private browsing or a full quota: the table still works, it just forgets.
  }
}

/** localStorage, or null where reading it throws (blocked storage) or it does not exist. */
export function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
