import * as z from 'zod/mini';
import { OrderDeliveryStatus, OrderSummary } from './order-summary.ts';
import { named } from './schema-meta.ts';
import { FulfillmentStatus, PaymentMethod, PaymentStatus } from './statuses.ts';

const Count = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * How many orders each filter value would give, the other filters applied. A dimension's own
 * filter is left out of its counts (as faceted search does), so with `payment=pending` the
 * payment facet still says how many are `paid`: what ticking that box would add.
 */
export const AdminOrderFacets = /* @__PURE__ */ named(
  z.object({
    payment: z.record(PaymentStatus, Count),
    fulfillment: z.record(FulfillmentStatus, Count),
    /** Includes `no_tracking`: the admin's delivery overview strip. */
    delivery: z.record(OrderDeliveryStatus, Count),
    method: z.record(PaymentMethod, Count),
    /** By carrier display name; only carriers that appear in some matching order. */
    carrier: z.record(z.string(), Count),
    /** By tag; only tags that appear in some matching order. */
    tag: z.record(z.string(), Count),
  }),
  'AdminOrderFacets',
  'Counts per filter value for the current filter, each dimension counted without its own filter.',
);
export type AdminOrderFacets = z.infer<typeof AdminOrderFacets>;

/** One page of the admin order list. */
export const AdminOrderList = /* @__PURE__ */ named(
  z.object({
    items: z.array(OrderSummary),
    /** Pass it back as `cursor` for the next page; null on the last page. Opaque. */
    nextCursor: z.nullable(z.string()),
    /** Orders matching the filter, across all pages. */
    total: Count,
    facets: AdminOrderFacets,
  }),
  'AdminOrderList',
  'A page of orders matching the query, the total count and the facet counts.',
);
export type AdminOrderList = z.infer<typeof AdminOrderList>;
