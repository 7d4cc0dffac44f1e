import type { OrderSummary } from '@suivi/model';
import { ORDER_STATE_VALUES } from './facet-values.ts';
import { isoToMilliseconds } from './iso-time.ts';
import { dayStart, type TableFilters } from './table-query.ts';

export type RowCheck = (row: number) => boolean;

/** Every check at once; null when there is none. */
function allOf(checks: readonly RowCheck[]): RowCheck | null {
  if (checks.length < 2) return checks[0] ?? null;
  return (row) => {
    for (const check of checks) if (!check(row)) return false;
    return true;
  };
}

/**
 * A test of a row (by index) against the filters, the delivery filter only when asked (the
 * overview strip counts without it); null when there is nothing to test. It reads the orders' own fields
 * each time: a filter is a pass over the rows when the merchant changes it, and keeping a
 * column per status (a byte a row each) would cost the merchant's tab more than that pass.
 */
export function rowFilter(rows: readonly OrderSummary[], filters: TableFilters, withDelivery: boolean): RowCheck | null {
  const checks: RowCheck[] = [];
  const oneOf = (field: 'paymentStatus' | 'fulfillmentStatus' | 'deliveryStatus' | 'paymentMethod' | 'state', values: readonly string[]) => {
    if (values.length === 0) return;
    const accepted = new Set(values);
    checks.push((row) => accepted.has(rows[row][field]));
  };
  oneOf('paymentStatus', filters.paymentStatus);
  oneOf('fulfillmentStatus', filters.fulfillmentStatus);
  if (withDelivery) oneOf('deliveryStatus', filters.deliveryStatus);
  oneOf('paymentMethod', filters.paymentMethod);
  if (filters.archived !== 'include') oneOf('state', filters.archived === 'only' ? ['archived'] : ORDER_STATE_VALUES.filter((state) => state !== 'archived'));
  for (const facet of ['carrier', 'tag'] as const) {
    if (filters[facet].length === 0) continue;
    const wanted = new Set(filters[facet]);
    checks.push((row) => (facet === 'carrier' ? rows[row].carriers : rows[row].tags).some((value) => wanted.has(value)));
  }
  if (filters.placedFrom || filters.placedTo) {
    const from = filters.placedFrom ? dayStart(filters.placedFrom) : -Infinity;
    const to = filters.placedTo ? dayStart(filters.placedTo, 1) : Infinity;
    checks.push((row) => {
      const time = isoToMilliseconds(rows[row].placedAt);
      return time >= from && time < to;
    });
  }
  return allOf(checks);
}
