import type { OrderSummary } from '@suivi/model';
import { foldText } from '@suivi/model';
import type { ColumnId } from './columns.ts';
import { DELIVERY_STATUS_VALUES, FULFILLMENT_STATUS_VALUES, PAYMENT_STATUS_VALUES } from './facet-values.ts';
import { isoToMilliseconds } from './iso-time.ts';

/** Past this many distinct strings, text is compared folded with `<` rather than with Intl.Collator (see textRanks). */
const COLLATOR_LIMIT = 20_000;

/**
 * A sorted column's order as numbers: rows sort by key ascending, equal keys by row index (a
 * stable sort of the rows as given). `all` holds every row's key, made once when the column is
 * sorted and dropped after the rows are put in buckets; `of` gives the keys of a few rows (a
 * bucket's, in increasing row order) whenever the table reads them. Keys of text columns are
 * ranks among the rows given, so only compare keys from one call.
 */
export interface ColumnKeys {
  readonly all: Float64Array;
  of(rows: Uint32Array): Float64Array;
}

/** Keys read off each row on its own (numbers, dates, statuses, totals). */
type RowKey = (row: OrderSummary) => number;

const ORDER_NUMBER = /^#?(\d{1,15})$/;

/** "#1042" → 1042, so #999 sorts before #1000; NaN when a number is not of that form. */
function orderNumberValue(orderNumber: string): number {
  const match = ORDER_NUMBER.exec(orderNumber);
  return match ? Number(match[1]) : NaN;
}

function keysOf(rows: readonly OrderSummary[], indexes: Uint32Array | null, key: RowKey): Float64Array {
  const keys = new Float64Array(indexes ? indexes.length : rows.length);
  for (let i = 0; i < keys.length; i++) keys[i] = key(rows[indexes ? indexes[i] : i]);
  return keys;
}

function byRow(rows: readonly OrderSummary[], key: RowKey): ColumnKeys {
  return { all: keysOf(rows, null, key), of: (indexes) => keysOf(rows, indexes, key) };
}

/** Text that sorts after every other (an order not shipped yet, in the carrier column): null. */
type RowText = (row: OrderSummary) => string | null;

/**
 * Ranks of a text column among some rows: equal texts share a rank, ranks follow the language's
 * alphabetical order, and texts the comparison finds equal ("Emile", "Émile") rank by where each
 * first appears. Only distinct values are compared (a million rows of customer names hold a few
 * thousand names): with Intl.Collator when the whole column has at most COLLATOR_LIMIT distinct
 * values, else as folded text (lower case, no accents) with `<`, which orders Latin names the
 * same at a fraction of the cost. `collator` undefined lets the column's size choose, null means
 * folded; a bucket's rows are ranked the way the whole column was, and in increasing row order,
 * which keeps every first appearance in place, so both orders agree.
 */
function textRanks(rows: readonly OrderSummary[], indexes: Uint32Array | null, text: RowText, collator: Intl.Collator | null | undefined, locale: string) {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const keys = keysOf(rows, indexes, (row) => {
    const value = text(row);
    if (value === null) return Infinity;
    let id = ids.get(value);
    if (id === undefined) {
      ids.set(value, (id = distinct.length));
      distinct.push(value);
    }
    return id;
  });
  if (collator === undefined) collator = distinct.length <= COLLATOR_LIMIT ? new Intl.Collator(locale, { sensitivity: 'base', numeric: true }) : null;
  const byText = distinct.map((_, id) => id);
  if (collator) {
    byText.sort((a, b) => collator.compare(distinct[a], distinct[b]));
  } else {
    const folded = distinct.map(foldText);
    byText.sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : 0));
  }
  const rank = new Float64Array(distinct.length);
  for (let r = 0; r < byText.length; r++) rank[byText[r]] = r;
  // Rows sorting last keep Infinity (no rank there).
  for (let i = 0; i < keys.length; i++) keys[i] = rank[keys[i]] ?? Infinity;
  return { keys, collator };
}

function byText(rows: readonly OrderSummary[], text: RowText, locale: string): ColumnKeys {
  const { keys, collator } = textRanks(rows, null, text, undefined, locale);
  return { all: keys, of: (indexes) => textRanks(rows, indexes, text, collator, locale).keys };
}

/**
 * Totals grouped by currency (alphabetically by code), by amount within each: amounts in
 * different currencies cannot be compared without exchange rates, which the browser does not
 * have. One key per row: the currency's rank times a power of two above every amount's
 * distance from the smallest (whole minor units: fractions of one do not order). Amounts come
 * from JSON, so every one is a number.
 */
function totalKeys(rows: readonly OrderSummary[]): RowKey {
  const currencies = new Set<string>();
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const { amount, currency } = rows[i].total;
    if (amount < min) min = amount;
    if (amount > max) max = amount;
    currencies.add(currency);
  }
  const rankOf = new Map([...currencies].sort().map((currency, rank) => [currency, rank]));
  let scale = 1;
  while (scale <= max - min) scale *= 2;
  return (row) => rankOf.get(row.total.currency)! * scale + Math.floor(row.total.amount - min);
}

/**
 * The keys of one column. Numbers, dates and amounts are read off each row; text columns are
 * ranked (see textRanks); statuses sort by their place in an order's life.
 */
export function columnKeys(column: ColumnId, rows: readonly OrderSummary[], locale: string): ColumnKeys {
  switch (column) {
    case 'orderNumber': {
      const numbers = byRow(rows, (row) => orderNumberValue(row.orderNumber));
      return numbers.all.includes(NaN) ? byText(rows, (row) => row.orderNumber, locale) : numbers;
    }
    case 'placedAt':
      return byRow(rows, (row) => {
        const time = isoToMilliseconds(row.placedAt);
        return time === time ? time : Infinity;
      });
    case 'customer':
      return byText(rows, (row) => row.customerName, locale);
    case 'total':
      return byRow(rows, totalKeys(rows));
    case 'paymentStatus':
    case 'fulfillmentStatus':
    case 'deliveryStatus': {
      const values = { paymentStatus: PAYMENT_STATUS_VALUES, fulfillmentStatus: FULFILLMENT_STATUS_VALUES, deliveryStatus: DELIVERY_STATUS_VALUES }[column];
      const codes = new Map<string, number>(values.map((value, code) => [value, code]));
      return byRow(rows, (row) => codes.get(row[column]) ?? 255);
    }
    case 'carrier':
      // Orders not shipped yet come after every carrier, as in the admin list API.
      return byText(rows, (row) => (row.carriers.length === 0 ? null : `${row.carriers.join(', ')} ${row.trackingNumbers.join(', ')}`), locale);
    case 'tags':
      return byText(rows, (row) => row.tags.join(', '), locale);
  }
}
