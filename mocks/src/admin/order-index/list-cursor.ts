import type { AdminOrderSortField, SortDirection } from '@suivi/model';
import type { SortKey } from './index-row.ts';

/** Where a page ended: the last row's sort key and order number, under one sort and direction. */
export interface CursorPosition {
  sort: AdminOrderSortField;
  dir: SortDirection;
  key: SortKey;
  seq: number;
}

/** Sorts whose key is text; the others compare numbers. */
const STRING_KEYED: ReadonlySet<AdminOrderSortField> = new Set(['customer', 'total', 'carrier', 'tags']);

/**
 * An opaque cursor: the position of the last row shown, not an offset. The next page starts
 * strictly after it in sort order, so orders created (or moved) meanwhile never make a page
 * repeat or skip the rows that were already around.
 */
export function encodeCursor(position: CursorPosition): string {
  const json = JSON.stringify([1, position.sort, position.dir, position.key, position.seq]);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The position a cursor names, or null when it is not one of ours or was made for another sort. */
export function decodeCursor(cursor: string, sort: AdminOrderSortField, dir: SortDirection): CursorPosition | null {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    if (!Array.isArray(value) || value.length !== 5 || value[0] !== 1 || value[1] !== sort || value[2] !== dir) return null;
    const [, , , key, seq] = value as [number, string, string, unknown, unknown];
    const keyOk = STRING_KEYED.has(sort) ? typeof key === 'string' : typeof key === 'number' && Number.isFinite(key);
    if (!keyOk || typeof seq !== 'number' || !Number.isInteger(seq)) return null;
    return { sort, dir, key: key as SortKey, seq };
  } catch {
    return null;
  }
}
