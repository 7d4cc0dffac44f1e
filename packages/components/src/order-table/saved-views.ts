import { NO_FILTERS, type TableFilters, sameFilters } from './table-query.ts';

export type SavedViewId = 'all' | 'awaiting-payment' | 'attempted-delivery' | 'paid-not-shipped';

export interface SavedView {
  readonly id: SavedViewId;
  readonly filters: TableFilters;
}

/**
 * The lists a merchant checks every day (seed 004: "which orders still need paying, which
 * parcels did not get through, what is paid but still on the shelf"). A view sets the filters;
 * the search box is left as it is.
 */
export const SAVED_VIEWS: readonly SavedView[] = [
  { id: 'all', filters: NO_FILTERS },
  {
    id: 'awaiting-payment',
    filters: { ...NO_FILTERS, paymentStatus: ['pending', 'authorized', 'partially_paid'], archived: 'exclude' },
  },
  { id: 'attempted-delivery', filters: { ...NO_FILTERS, deliveryStatus: ['attempted_delivery'] } },
  {
    // Paid means the model's settled statuses (SETTLED_PAYMENT_STATUSES); a unit test keeps them equal.
    id: 'paid-not-shipped',
    filters: { ...NO_FILTERS, paymentStatus: ['paid', 'partially_refunded'], fulfillmentStatus: ['unfulfilled', 'partially_fulfilled'], archived: 'exclude' },
  },
];

/** The saved view the current filters are exactly, if any. */
export function currentView(filters: TableFilters): SavedViewId | null {
  return SAVED_VIEWS.find((view) => sameFilters(view.filters, filters))?.id ?? null;
}
