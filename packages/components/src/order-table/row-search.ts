import type { OrderSummary } from '@suivi/model';
import { FoldedWordMatcher } from './search-pattern.ts';
import type { ColumnsRead, SearchedColumns } from './searched-columns.ts';

const EVERY_COLUMN: ColumnsRead = { orderNumber: true, customerName: true, customerEmail: true, trackingNumbers: true };

/** Words beyond this many add nothing but work. */
export const MAX_TERMS = 8;

/** Row sets as one bit a row: bit r of word r >>> 5 (a million rows in 125 kB). */
export function rowBitSet(rowCount: number): Uint32Array {
  return new Uint32Array((rowCount + 31) >>> 5);
}

export function hasRow(bits: Uint32Array, row: number): boolean {
  return ((bits[row >>> 5] >>> (row & 31)) & 1) === 1;
}

/** Calls `visit` with every row of a bit set, in increasing order (of its words `from` to `to` only, when given: 32 rows a word). */
export function forEachRow(bits: Uint32Array, visit: (row: number) => void, from = 0, to = bits.length): void {
  for (let word = from; word < to; word++) {
    for (let set = bits[word]; set !== 0; set &= set - 1) visit((word << 5) + 31 - Math.clz32(set & -set));
  }
}

/** The words of a search, as the admin API reads them, the longest first (they rule out most rows soonest). */
export function searchWords(terms: readonly string[]): string[] {
  return terms.slice(0, MAX_TERMS).sort((a, b) => b.length - a.length);
}

/**
 * Whether every row matching `words` also matched `before`: each earlier word starts one of the
 * new ones ("trem" → "tremb", as a person types), so a search can look only at the rows the
 * last one found.
 */
export function narrows(before: readonly string[], words: readonly string[]): boolean {
  return before.length > 0 && before.every((old) => words.some((word) => word.startsWith(old)));
}

function fieldsMatch(row: OrderSummary, matcher: FoldedWordMatcher, columns: ColumnsRead): boolean {
  if (columns.customerName && matcher.matches(row.customerName)) return true;
  if (columns.customerEmail && matcher.matches(row.customerEmail)) return true;
  if (columns.orderNumber && matcher.matches(row.orderNumber)) return true;
  if (columns.trackingNumbers) {
    const tracking = row.trackingNumbers;
    for (let k = 0; k < tracking.length; k++) if (matcher.matches(tracking[k])) return true;
  }
  return false;
}

/**
 * The rows where each word starts a word of the order number, customer name, e-mail or a
 * tracking number, folded (case, accents and ligatures ignored), as the admin API searches.
 * Reads the orders as they are, nothing kept between searches but the result: a bit set, and
 * its count. `within` (a previous result) limits the rows looked at; `columns`, once it has read
 * every row, limits the columns read for each word to those where it may start a word.
 */
export function searchRows(
  rows: readonly OrderSummary[],
  words: readonly string[],
  within: Uint32Array | null,
  columns: SearchedColumns | null = null,
): { bits: Uint32Array; count: number } {
  const complete = columns !== null && columns.rowsRead >= rows.length;
  const matchers = words.map((word) => ({ matcher: new FoldedWordMatcher(word), columns: complete ? columns.columnsFor(word) : EVERY_COLUMN }));
  const bits = rowBitSet(rows.length);
  // A word no column may hold: no row matches, and none is read.
  if (matchers.some(({ columns }) => !columns.orderNumber && !columns.customerName && !columns.customerEmail && !columns.trackingNumbers)) return { bits, count: 0 };
  let count = 0;
  const test = (row: number) => {
    const order = rows[row];
    for (let k = 0; k < matchers.length; k++) if (!fieldsMatch(order, matchers[k].matcher, matchers[k].columns)) return;
    bits[row >>> 5] |= 1 << (row & 31);
    count++;
  };
  if (within) {
    forEachRow(within, test);
  } else {
    for (let row = 0; row < rows.length; row++) test(row);
  }
  return { bits, count };
}
