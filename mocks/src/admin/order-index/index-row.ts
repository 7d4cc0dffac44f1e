import {
  FULFILLMENT_STATUSES,
  ORDER_DELIVERY_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
  type AdminOrderSortField,
  type Money,
  type OrderSummary,
} from '@suivi/model';
import { foldText, searchHaystackOf } from './search-text.ts';

/** Position of each value in its status list: what the enum columns sort and filter on. */
function ranks<T extends string>(values: readonly T[]): Map<string, number> {
  return new Map(values.map((value, index) => [value, index]));
}
export const PAYMENT_RANK = ranks(PAYMENT_STATUSES);
export const FULFILLMENT_RANK = ranks(FULFILLMENT_STATUSES);
export const DELIVERY_RANK = ranks(ORDER_DELIVERY_STATUSES);
export const METHOD_RANK = ranks(PAYMENT_METHODS);

/**
 * Carrier names and tags as small numbers, so filters and facet counts index arrays instead of
 * hashing strings for every row of every query. Shared by every index: it only ever grows by the
 * few carriers and tags a shop has.
 */
export class Interner {
  private ids = new Map<string, number>();
  private readonly names: string[] = [];

  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of a name already seen, or undefined (a filter on it matches nothing). */
  existingIdOf(name: string): number | undefined {
    return this.ids.get(name);
  }

  nameOf(id: number): string {
    return this.names[id]!;
  }

  get size(): number {
    return this.names.length;
  }
}
export const CARRIER_NAMES = new Interner();
export const TAG_NAMES = new Interner();

/** Sorts after every carrier name, so orders without a carrier come last when ascending. */
const NO_CARRIER = '\uffff';

/**
 * Text whose runs of digits compare by value with `<`, as the table's Intl.Collator compares them
 * (`numeric: true`: "box 9" before "box 10"): each run loses its leading zeros and is preceded by
 * a character that grows with its length, so a shorter number sorts first.
 */
function numbersByValue(text: string): string {
  return text.replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return String.fromCharCode(0x30 + value.length) + value;
  });
}

/**
 * A total as text that compares with `<` as the order table's client mode sorts totals (see
 * column-keys.ts): by currency code first (codes are three capital letters, so they compare
 * alone), then by amount in minor units. Amounts in different currencies are not compared by
 * value: that takes exchange rates, which the browser does not have. The amount is written
 * after a sign mark ('n' before 'p') and a character giving its number of digits, so a shorter
 * number sorts first; a negative one's digits are complemented, so the larger debt sorts first.
 */
export function totalKeyOf(total: Money): string {
  const digits = String(Math.abs(total.amount));
  if (total.amount >= 0) return `${total.currency}p${String.fromCharCode(0x30 + digits.length)}${digits}`;
  const complement = digits.replace(/\d/g, (digit) => String(9 - Number(digit)));
  return `${total.currency}n${String.fromCharCode(0x50 - digits.length)}${complement}`;
}

/**
 * One order as the admin list works with it: its row (what the API answers) and everything
 * filtering and sorting need, worked out once per change instead of once per query.
 */
export interface IndexRow {
  readonly summary: OrderSummary;
  /** The order number's digits: unique, so it breaks every tie. */
  readonly seq: number;
  readonly placedAtMs: number;
  /** Currency code, then amount (see totalKeyOf). */
  readonly totalKey: string;
  readonly payment: number;
  readonly fulfillment: number;
  readonly delivery: number;
  readonly method: number;
  readonly customerKey: string;
  readonly carrierKey: string;
  /** The tags as the table shows them ("gift, vip"), folded, numbers by value (see numbersByValue); empty without tags, so those come first ascending, as in the table's own sort. */
  readonly tagsKey: string;
  readonly haystack: string;
  readonly archived: boolean;
  /** CARRIER_NAMES ids of the summary's carriers, and TAG_NAMES ids of its tags. */
  readonly carrierIds: readonly number[];
  readonly tagIds: readonly number[];
  /**
   * The same ids below MASK_BITS as bits of a number kept in the row itself: scans test and count
   * these without following a pointer to an array per row, which at 100 000 rows costs more than
   * the rest of a scan (memory latency, not arithmetic). Ids from MASK_BITS up are rare (a shop
   * with more than 31 tags) and set the `…Overflow` flag, which sends the scan to the array.
   */
  readonly carrierMask: number;
  readonly tagMask: number;
  readonly carrierOverflow: boolean;
  readonly tagOverflow: boolean;
}

/** Ids that fit in a row's bit mask (bit 31 is left alone: it is the sign). */
export const MASK_BITS = 31;

function maskOf(ids: readonly number[]): number {
  let mask = 0;
  for (const id of ids) if (id < MASK_BITS) mask |= 1 << id;
  return mask;
}

export function indexRowOf(summary: OrderSummary): IndexRow {
  return {
    summary,
    seq: Number(summary.orderNumber.slice(1)),
    placedAtMs: Date.parse(summary.placedAt),
    totalKey: totalKeyOf(summary.total),
    payment: PAYMENT_RANK.get(summary.paymentStatus)!,
    fulfillment: FULFILLMENT_RANK.get(summary.fulfillmentStatus)!,
    delivery: DELIVERY_RANK.get(summary.deliveryStatus)!,
    method: METHOD_RANK.get(summary.paymentMethod)!,
    customerKey: foldText(summary.customerName),
    carrierKey: summary.carriers.length ? foldText(summary.carriers.join(' ')) : NO_CARRIER,
    tagsKey: numbersByValue(foldText(summary.tags.join(', '))),
    haystack: searchHaystackOf(summary),
    archived: summary.state === 'archived',
    ...namesOf(
      summary.carriers.map((name) => CARRIER_NAMES.idOf(name)),
      summary.tags.map((tag) => TAG_NAMES.idOf(tag)),
    ),
  };
}

function namesOf(carrierIds: number[], tagIds: number[]) {
  return {
    carrierIds,
    tagIds,
    carrierMask: maskOf(carrierIds),
    tagMask: maskOf(tagIds),
    carrierOverflow: carrierIds.some((id) => id >= MASK_BITS),
    tagOverflow: tagIds.some((id) => id >= MASK_BITS),
  };
}

export type SortKey = number | string;

/** The value each sort field compares. */
export const SORT_KEY: Record<AdminOrderSortField, (row: IndexRow) => SortKey> = {
  orderNumber: (row) => row.seq,
  placedAt: (row) => row.placedAtMs,
  customer: (row) => row.customerKey,
  total: (row) => row.totalKey,
  payment: (row) => row.payment,
  fulfillment: (row) => row.fulfillment,
  delivery: (row) => row.delivery,
  carrier: (row) => row.carrierKey,
  tags: (row) => row.tagsKey,
};

/** Compares (key, seq) pairs ascending; flip the sign for descending. */
export function compareKeys(keyA: SortKey, seqA: number, keyB: SortKey, seqB: number): number {
  if (keyA < keyB) return -1;
  if (keyA > keyB) return 1;
  return seqA - seqB;
}

/**
 * The row after a carrier scan, which changes only the delivery status and the version: cheaper
 * than indexRowOf, which matters when one tick moves tens of thousands of unbuilt orders.
 */
export function movedRow(previous: IndexRow, summary: OrderSummary): IndexRow {
  return { ...previous, summary, delivery: DELIVERY_RANK.get(summary.deliveryStatus)! };
}
