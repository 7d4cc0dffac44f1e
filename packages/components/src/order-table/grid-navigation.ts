/** A cell of the grid: row -1 is the header row, rows 0… are orders in view order; column 0 is the checkbox column. */
export interface GridCell {
  readonly row: number;
  readonly column: number;
}

export interface GridShape {
  /** Order rows in the view. */
  readonly rows: number;
  /** Columns, the checkbox column included. */
  readonly columns: number;
  /** Rows one screen holds, for Page Up and Page Down. */
  readonly pageRows: number;
}

export interface NavigationKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/**
 * Where a key moves focus in the grid, following the ARIA grid pattern: arrows one cell (no
 * wrapping), Home/End to the row's first/last cell, Ctrl+Home/End to the grid's first/last
 * cell, Page Up/Down by a screen of rows. Returns null for keys that do not move focus.
 */
export function nextCell({ key, ctrlKey, metaKey }: NavigationKey, at: GridCell, shape: GridShape): GridCell | null {
  const lastRow = shape.rows - 1;
  const lastColumn = shape.columns - 1;
  const jump = ctrlKey || metaKey;
  switch (key) {
    case 'ArrowRight':
      return { row: at.row, column: Math.min(lastColumn, at.column + 1) };
    case 'ArrowLeft':
      return { row: at.row, column: Math.max(0, at.column - 1) };
    case 'ArrowDown':
      return { row: Math.min(lastRow, at.row + 1), column: at.column };
    case 'ArrowUp':
      return { row: Math.max(-1, at.row - 1), column: at.column };
    case 'Home':
      return jump ? { row: -1, column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return jump ? { row: Math.max(-1, lastRow), column: lastColumn } : { row: at.row, column: lastColumn };
    case 'PageDown':
      return { row: Math.min(lastRow, at.row + Math.max(1, shape.pageRows)), column: at.column };
    case 'PageUp':
      // From the first order, one more Page Up reaches the header row.
      return { row: at.row > 0 ? Math.max(0, at.row - Math.max(1, shape.pageRows)) : -1, column: at.column };
    default:
      return null;
  }
}
