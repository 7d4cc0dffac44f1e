import * as z from 'zod/mini';
import { explainIssue } from './validation-rules.ts';
import { fieldErrorsOf, type FieldError } from './api-error.ts';
import { OrderDeliveryStatus } from './order-summary.ts';
import { CalendarDate, Timestamp, described, named } from './schema-meta.ts';
import { FulfillmentStatus, PaymentMethod, PaymentStatus } from './statuses.ts';

/** The columns the admin list sorts on; one per column of the order table. */
export const ADMIN_ORDER_SORT_FIELDS = ['orderNumber', 'placedAt', 'customer', 'total', 'payment', 'fulfillment', 'delivery', 'carrier', 'tags'] as const;
export const AdminOrderSortField = /* @__PURE__ */ named(
  z.enum(ADMIN_ORDER_SORT_FIELDS),
  'AdminOrderSortField',
  'What the admin list is sorted by. `total` groups orders by currency (codes in alphabetical order), then by amount within ' +
    'each: amounts in different currencies are never compared by value, as the order table sorts them in the browser; `payment`, `fulfillment` and `delivery` follow the order of their status lists; `carrier` sorts orders ' +
    "without a carrier last when ascending; `tags` compares an order's tags as listed, joined by \", \", case and accents ignored " +
    'and numbers by value ("box 9" before "box 10"), so orders without tags come first when ascending, as the order table sorts ' +
    'them in the browser. Ties are broken by order number, in the same direction.',
);
export type AdminOrderSortField = z.infer<typeof AdminOrderSortField>;

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const SortDirection = /* @__PURE__ */ named(z.enum(SORT_DIRECTIONS), 'SortDirection', 'Ascending or descending.');
export type SortDirection = z.infer<typeof SortDirection>;

/** Archived orders are done with: hidden unless asked for, as in most shop back offices. */
export const ARCHIVED_FILTERS = ['exclude', 'include', 'only'] as const;
export const ArchivedFilter = /* @__PURE__ */ named(
  z.enum(ARCHIVED_FILTERS),
  'ArchivedFilter',
  'Whether archived orders are listed: `exclude` (the default), `include` or `only`.',
);
export type ArchivedFilter = z.infer<typeof ArchivedFilter>;

export const ADMIN_LIST_DEFAULT_LIMIT = 50;
export const ADMIN_LIST_MAX_LIMIT = 200;
export const ADMIN_LIST_DEFAULT_SORT: AdminOrderSortField = 'placedAt';
export const ADMIN_LIST_DEFAULT_DIRECTION: SortDirection = 'desc';

/**
 * A tag as staff type it: no commas (lists of tags travel comma-separated in query strings), no
 * surrounding spaces, no control characters.
 */
export const Tag = /* @__PURE__ */ described(
  /* @__PURE__ */ z.string().check(
    z.minLength(1, 'A tag cannot be empty'),
    z.maxLength(40, 'A tag has at most 40 characters'),
    z.regex(/^[^,\s\p{Cc}](?:[^,\p{Cc}]*[^,\s\p{Cc}])?$/u, 'A tag has no commas, control characters or surrounding spaces'),
  ),
  'A staff tag, e.g. `vip`. No commas, no surrounding spaces, at most 40 characters.',
);

/** A carrier's display name as it appears in OrderSummary.carriers (the list filters on what it shows). */
const CarrierName = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[^,]+$/, 'A carrier name has no commas'));

/** A date (the whole UTC day) or an exact instant. */
const DateBound = /* @__PURE__ */ z.union([CalendarDate, Timestamp]);

/**
 * What the admin list (GET /v1/admin/orders) and the CSV export accept. Every filter is
 * optional; the multi-valued ones match any of their values (OR) and different filters all
 * apply (AND). In a query string, lists are comma-separated (`payment=pending,authorized`).
 */
export const AdminOrderListQuery = /* @__PURE__ */ named(
  /* @__PURE__ */ z
    .object({
      /** Words that must each start a word of the order number, customer name, e-mail or a tracking number; case and accents ignored. */
      q: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(200, 'At most 200 characters'))),
      payment: z.optional(z.array(PaymentStatus)),
      fulfillment: z.optional(z.array(FulfillmentStatus)),
      delivery: z.optional(z.array(OrderDeliveryStatus)),
      method: z.optional(z.array(PaymentMethod)),
      /** Carrier display names, as in OrderSummary.carriers. */
      carrier: z.optional(z.array(CarrierName)),
      tag: z.optional(z.array(Tag)),
      /** Placed at or after: a date means from the start of that UTC day. */
      from: z.optional(DateBound),
      /** Placed at or before: a date means until the end of that UTC day. */
      to: z.optional(DateBound),
      archived: z.optional(ArchivedFilter),
      sort: z.optional(AdminOrderSortField),
      dir: z.optional(SortDirection),
      /** `nextCursor` of the previous page; only valid with the same sort and direction. */
      cursor: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(512))),
      limit: z.optional(/* @__PURE__ */ z.int().check(z.gte(1, 'At least 1'), z.lte(ADMIN_LIST_MAX_LIMIT, `At most ${ADMIN_LIST_MAX_LIMIT}`))),
    })
    .check(
      z.refine((query) => query.from === undefined || query.to === undefined || dateBoundStart(query.from) <= dateBoundEnd(query.to), {
        message: '`to` is before `from`',
        path: ['to'],
      }),
    ),
  'AdminOrderListQuery',
  'Search, filters, sort and page of the admin order list. Lists match any of their values; different filters all apply.',
);
export type AdminOrderListQuery = z.infer<typeof AdminOrderListQuery>;

/** The part of the query the CSV export uses: everything but the page. */
export type AdminOrderExportQuery = Omit<AdminOrderListQuery, 'cursor' | 'limit'>;

/** The first instant a `from`/`to` bound covers: a date starts at midnight UTC. */
export function dateBoundStart(bound: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(bound) ? Date.parse(`${bound}T00:00:00Z`) : Date.parse(bound);
}

/** The last instant a `from`/`to` bound covers: a date ends at the last millisecond of its UTC day. */
export function dateBoundEnd(bound: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(bound) ? Date.parse(`${bound}T00:00:00Z`) + 86_400_000 - 1 : Date.parse(bound);
}

const LIST_KEYS = ['payment', 'fulfillment', 'delivery', 'method', 'carrier', 'tag'] as const;
const SCALAR_KEYS = ['q', 'from', 'to', 'archived', 'sort', 'dir', 'cursor'] as const;

/** Query-string order of the parameters, so the same query always gives the same URL (and cache key). */
const PARAMETER_ORDER = ['q', ...LIST_KEYS, 'from', 'to', 'archived', 'sort', 'dir', 'cursor', 'limit'] as const;

export type AdminOrderListQueryParsing = { success: true; data: AdminOrderListQuery } | { success: false; fields: FieldError[] };

/**
 * Reads the admin list query from a URL's search parameters and validates it with
 * AdminOrderListQuery. Lists may be comma-separated, repeated (`tag=a&tag=b`) or both; empty
 * values count as absent; unknown parameters are ignored (cache busters, tracking tags). Failures
 * name each field (`payment.1` for the second payment status).
 */
export function parseAdminOrderListQuery(params: URLSearchParams): AdminOrderListQueryParsing {
  const input: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
    if (values.length) input[key] = values;
  }
  for (const key of SCALAR_KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') input[key] = key === 'q' ? value : value.trim();
  }
  const limit = params.get('limit')?.trim();
  if (limit) input.limit = /^\d{1,9}$/.test(limit) ? Number(limit) : limit;
  const parsed = z.safeParse(AdminOrderListQuery, input, { error: explainIssue });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, fields: fieldErrorsOf(parsed.error.issues) };
}

/** The query as search parameters, in a fixed order, lists comma-separated; the inverse of parseAdminOrderListQuery. */
export function adminOrderListSearchParams(query: Partial<AdminOrderListQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of PARAMETER_ORDER) {
    const value = query[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}
