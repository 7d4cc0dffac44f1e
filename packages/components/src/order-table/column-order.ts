import type { OrderSummary } from '@suivi/model';
import type { ColumnId } from './columns.ts';
import { foldText } from '@suivi/model';
import { bitsFor, sortBySafeIntegers, sortByUint32Keys } from './radix-sort.ts';
import type { RowColumns } from './row-columns.ts';

/** Past this many distinct strings, ranking falls back from Intl.Collator to folded text (see stringRanks). */
const COLLATOR_LIMIT = 20_000;

/**
 * Ranks of a text column: equal texts share a rank, and ranks follow the language's
 * alphabetical order. Only distinct values are compared (a million rows of customer names hold
 * a few thousand names), with Intl.Collator; when there are very many distinct values, folded
 * text (lower case, no accents) is compared with `<` instead, which orders the same for Latin
 * names at a fraction of the cost.
 */
export function stringRanks(rows: readonly OrderSummary[], text: (row: OrderSummary) => string, collator: Intl.Collator): Uint32Array {
  const ids = new Map<string, number>();
  const distinct: string[] = [];
  const keys = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const value = text(rows[i]);
    let id = ids.get(value);
    if (id === undefined) {
      id = distinct.length;
      ids.set(value, id);
      distinct.push(value);
    }
    keys[i] = id;
  }
  const byText = distinct.map((_, id) => id);
  if (distinct.length <= COLLATOR_LIMIT) {
    byText.sort((a, b) => collator.compare(distinct[a], distinct[b]));
  } else {
    const folded = distinct.map(foldText);
    byText.sort((a, b) => (folded[a] < folded[b] ? -1 : folded[a] > folded[b] ? 1 : 0));
  }
  const rank = new Uint32Array(distinct.length);
  for (let r = 0; r < byText.length; r++) rank[byText[r]] = r;
  for (let i = 0; i < keys.length; i++) keys[i] = rank[keys[i]];
  return keys;
}

const ORDER_NUMBER = /^#?(\d{1,15})$/;

/** "#1042" → 1042, so #999 sorts before #1000; NaN when a number is not of that form. */
function orderNumberValue(orderNumber: string): number {
  const match = ORDER_NUMBER.exec(orderNumber);
  return match ? Number(match[1]) : NaN;
}

/**
 * Every row's index, sorted ascending on one column: the permutation a sorted view reads,
 * forwards or backwards. Numbers, dates and amounts sort by radix on typed-array keys; text
 * columns by rank (see stringRanks); statuses by their place in an order's life.
 */
export function ascendingOrder(column: ColumnId, columns: RowColumns, collator: Intl.Collator): Uint32Array {
  const { rows } = columns;
  switch (column) {
    case 'orderNumber': {
      const numbers = new Float64Array(rows.length);
      let allNumeric = true;
      for (let i = 0; i < rows.length; i++) {
        const value = orderNumberValue(rows[i].orderNumber);
        numbers[i] = value;
        if (value !== value) allNumeric = false;
      }
      return allNumeric ? sortBySafeIntegers(numbers) : sortByUint32Keys(stringRanks(rows, (row) => row.orderNumber, collator), null);
    }
    case 'placedAt':
      return sortBySafeIntegers(columns.timestamps());
    case 'customer':
      return sortByUint32Keys(stringRanks(rows, (row) => row.customerName, collator), null);
    case 'total':
      return totalOrder(rows);
    case 'paymentStatus':
    case 'fulfillmentStatus':
    case 'deliveryStatus':
      return sortByUint32Keys(Uint32Array.from(columns.codes(column)), null);
    case 'carrier': {
      // Orders not shipped yet come after every carrier, as in the admin list API.
      const ranks = stringRanks(rows, (row) => `${row.carriers.join(', ')} ${row.trackingNumbers.join(', ')}`, collator);
      for (let i = 0; i < rows.length; i++) if (rows[i].carriers.length === 0) ranks[i] = 0xffffffff;
      return sortByUint32Keys(ranks, null);
    }
    case 'tags':
      return sortByUint32Keys(stringRanks(rows, (row) => row.tags.join(', '), collator), null);
  }
}

/**
 * Totals grouped by currency (alphabetically by code), by amount within each: amounts in
 * different currencies cannot be compared without exchange rates, which the browser does not
 * have. One pass over the rows reads amount and currency; when currency rank and amount fit in
 * 32 bits together (always, for real shops), a single radix sort on that key does the rest.
 */
function totalOrder(rows: readonly OrderSummary[]): Uint32Array {
  const n = rows.length;
  const amounts = new Float64Array(n);
  const currencyIds = new Uint16Array(n);
  const currencies: string[] = [];
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  let lastCurrency = '';
  let lastId = 0;
  for (let i = 0; i < n; i++) {
    const { amount, currency } = rows[i].total;
    amounts[i] = amount;
    if (amount < min) min = amount;
    if (amount > max) max = amount;
    if (!Number.isInteger(amount)) integers = false;
    if (currency !== lastCurrency) {
      lastId = currencies.indexOf(currency);
      if (lastId === -1) {
        lastId = currencies.length;
        currencies.push(currency);
      }
      lastCurrency = currency;
    }
    currencyIds[i] = lastId;
  }
  const rankOfId = new Uint32Array(currencies.length);
  [...currencies.keys()].sort((a, b) => (currencies[a] < currencies[b] ? -1 : 1)).forEach((id, rank) => (rankOfId[id] = rank));
  const amountBits = bitsFor(max - min);
  if (n > 0 && integers && currencies.length <= 0xffff && amountBits + bitsFor(currencies.length - 1) <= 32) {
    const keys = new Uint32Array(n);
    const scale = 2 ** amountBits;
    for (let i = 0; i < n; i++) keys[i] = (rankOfId[currencyIds[i]] * scale + (amounts[i] - min)) >>> 0;
    return sortByUint32Keys(keys, null);
  }
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOfId[currencyIds[i]];
  return sortByUint32Keys(ranks, sortBySafeIntegers(amounts));
}
