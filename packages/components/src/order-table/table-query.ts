import type { FulfillmentStatus, OrderDeliveryStatus, PaymentMethod, PaymentStatus } from '@suivi/model';
import type { SortableColumnId } from './columns.ts';

/**
 * What the merchant asked the table for: a text search, filters and a sort. The same shape a
 * server-mode source will turn into the admin list request (search, filters, sort), so both
 * modes read one query.
 */
export interface TableQuery {
  /** Free text matched against order number, customer name, e-mail and tracking numbers. */
  readonly search: string;
  readonly filters: TableFilters;
  /** Null keeps the orders in the order they were given. */
  readonly sort: TableSort | null;
}

export type SortDirection = 'ascending' | 'descending';

export interface TableSort {
  readonly column: SortableColumnId;
  readonly direction: SortDirection;
}

/** Include archived orders, leave them out, or show only them. */
export type ArchivedFilter = 'include' | 'exclude' | 'only';

/**
 * Filters combine with AND across facets and OR within one (payment "pending" or
 * "authorized", and delivery "attempted delivery"). An empty list does not filter.
 */
export interface TableFilters {
  readonly paymentStatus: readonly PaymentStatus[];
  readonly fulfillmentStatus: readonly FulfillmentStatus[];
  readonly deliveryStatus: readonly OrderDeliveryStatus[];
  readonly paymentMethod: readonly PaymentMethod[];
  readonly carrier: readonly string[];
  readonly tag: readonly string[];
  /** First calendar day included ("2026-11-01"), in the merchant's time zone. */
  readonly placedFrom: string | null;
  /** Last calendar day included. */
  readonly placedTo: string | null;
  readonly archived: ArchivedFilter;
}

/** The facets that hold a list of accepted values. */
export type ListFacet = 'paymentStatus' | 'fulfillmentStatus' | 'deliveryStatus' | 'paymentMethod' | 'carrier' | 'tag';
export const LIST_FACETS: readonly ListFacet[] = ['paymentStatus', 'fulfillmentStatus', 'deliveryStatus', 'paymentMethod', 'carrier', 'tag'];

export const NO_FILTERS: TableFilters = {
  paymentStatus: [],
  fulfillmentStatus: [],
  deliveryStatus: [],
  paymentMethod: [],
  carrier: [],
  tag: [],
  placedFrom: null,
  placedTo: null,
  archived: 'include',
};

export const EMPTY_QUERY: TableQuery = { search: '', filters: NO_FILTERS, sort: null };

/** One removable chip per active filter value. */
export type FilterChip =
  | { readonly facet: ListFacet; readonly value: string }
  | { readonly facet: 'placedFrom' | 'placedTo'; readonly value: string }
  | { readonly facet: 'archived'; readonly value: Exclude<ArchivedFilter, 'include'> };

export function filterChips(filters: TableFilters): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const facet of LIST_FACETS) for (const value of filters[facet]) chips.push({ facet, value });
  if (filters.placedFrom) chips.push({ facet: 'placedFrom', value: filters.placedFrom });
  if (filters.placedTo) chips.push({ facet: 'placedTo', value: filters.placedTo });
  if (filters.archived !== 'include') chips.push({ facet: 'archived', value: filters.archived });
  return chips;
}

/** The filters without one chip's value. */
export function withoutChip(filters: TableFilters, chip: FilterChip): TableFilters {
  switch (chip.facet) {
    case 'placedFrom':
    case 'placedTo':
      return { ...filters, [chip.facet]: null };
    case 'archived':
      return { ...filters, archived: 'include' };
    default:
      return { ...filters, [chip.facet]: (filters[chip.facet] as readonly string[]).filter((value) => value !== chip.value) };
  }
}

/** Adds or removes one value of a list facet. */
export function toggleFilterValue(filters: TableFilters, facet: ListFacet, value: string, on: boolean): TableFilters {
  const current = filters[facet] as readonly string[];
  const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
  return { ...filters, [facet]: next };
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Equal filters, whatever order the values were picked in. */
export function sameFilters(a: TableFilters, b: TableFilters): boolean {
  return (
    LIST_FACETS.every((facet) => sameValues(a[facet], b[facet])) &&
    a.placedFrom === b.placedFrom &&
    a.placedTo === b.placedTo &&
    a.archived === b.archived
  );
}

export function hasFilters(filters: TableFilters): boolean {
  return filterChips(filters).length > 0;
}

/**
 * A calendar day of the date filters ("2026-11-05", in the merchant's time zone) as the instant
 * it starts, in ms; `plusDays` 1 gives the start of the next day. Client mode compares order dates
 * with it, server mode sends it to the API, so both read the same days the same way.
 */
export function dayStart(day: string, plusDays = 0): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + plusDays).getTime();
}
