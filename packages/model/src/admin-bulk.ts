import * as z from 'zod/mini';
import { CarrierCode } from './admin-actions.ts';
import { ADMIN_REFUSAL_CODES } from './admin-refusal.ts';
import { IdempotencyKey } from './admin-concurrency.ts';
import { Tag } from './admin-list-query.ts';
import { staffText, strictBody } from './admin-request-body.ts';
import { named } from './schema-meta.ts';
import { eachOrderOnce } from './validation-rules.ts';

/**
 * What can be done to a selection at once. Tracking numbers and partial refunds differ per
 * order, so add_tracking is not here, fulfil ships everything left (without tracking) and
 * refund is full only.
 */
export const BULK_ACTIONS = [
  'mark_paid',
  'capture_payment',
  'hold_fulfillment',
  'release_fulfillment',
  'fulfill',
  'cancel',
  'refund',
  'archive',
  'unarchive',
  'add_tags',
  'remove_tags',
] as const;
export const BulkAction = /* @__PURE__ */ named(z.enum(BULK_ACTIONS), 'BulkAction', 'An action applied to each order of a selection.');
export type BulkAction = z.infer<typeof BulkAction>;

export const MAX_BULK_ORDERS = 200;

export const BulkOrderRef = /* @__PURE__ */ named(
  z.object({ id: /* @__PURE__ */ z.string().check(z.minLength(1)), version: /* @__PURE__ */ z.int().check(z.gte(1)) }),
  'BulkOrderRef',
  'An order of the selection and the version staff saw.',
);
export type BulkOrderRef = z.infer<typeof BulkOrderRef>;

const bulkBase = {
  orders: /* @__PURE__ */ z.array(BulkOrderRef).check(
    z.minLength(1, 'Select at least one order'),
    z.maxLength(MAX_BULK_ORDERS, `At most ${MAX_BULK_ORDERS} orders at once`),
    z.refine(eachOrderOnce, 'Each order at most once'),
  ),
  /** Names the whole request; a retry with the same key and body gets the same results without a second effect. */
  idempotencyKey: IdempotencyKey,
};

/** The request body of each bulk action: the selection, the key, and the action's own parameters. */
export const BULK_ACTION_REQUESTS = {
  mark_paid: /* @__PURE__ */ strictBody(bulkBase),
  capture_payment: /* @__PURE__ */ strictBody(bulkBase),
  hold_fulfillment: /* @__PURE__ */ strictBody({ ...bulkBase, reason: staffText(500) }),
  release_fulfillment: /* @__PURE__ */ strictBody(bulkBase),
  fulfill: /* @__PURE__ */ strictBody({ ...bulkBase, carrier: CarrierCode, notifyCustomer: z.boolean() }),
  cancel: /* @__PURE__ */ strictBody({ ...bulkBase, reason: staffText(500), notifyCustomer: z.optional(z.boolean()) }),
  refund: /* @__PURE__ */ strictBody({ ...bulkBase, full: z.literal(true), notifyCustomer: z.optional(z.boolean()) }),
  archive: /* @__PURE__ */ strictBody(bulkBase),
  unarchive: /* @__PURE__ */ strictBody(bulkBase),
  add_tags: /* @__PURE__ */ strictBody({ ...bulkBase, tags: /* @__PURE__ */ z.array(Tag).check(z.minLength(1), z.maxLength(50)) }),
  remove_tags: /* @__PURE__ */ strictBody({ ...bulkBase, tags: /* @__PURE__ */ z.array(Tag).check(z.minLength(1), z.maxLength(50)) }),
} as const satisfies Record<BulkAction, z.ZodMiniType>;

export type BulkActionRequest<A extends BulkAction = BulkAction> = z.infer<(typeof BULK_ACTION_REQUESTS)[A]>;
/** A bulk action's own parameters, without the selection and the key. */
export type BulkActionParams<A extends BulkAction = BulkAction> = Omit<BulkActionRequest<A>, 'orders' | 'idempotencyKey'>;

export const BULK_ITEM_ERROR_CODES = ['not_found', 'conflict', ...ADMIN_REFUSAL_CODES] as const;
export const BulkItemErrorCode = /* @__PURE__ */ named(
  z.enum(BULK_ITEM_ERROR_CODES),
  'BulkItemErrorCode',
  'Why one order of a bulk action was left unchanged: gone, changed since (conflict), or refused.',
);
export type BulkItemErrorCode = z.infer<typeof BulkItemErrorCode>;

export const BulkItemResult = /* @__PURE__ */ named(
  z.discriminatedUnion('ok', [
    z.object({ id: z.string(), ok: z.literal(true), version: z.int() }),
    z.object({ id: z.string(), ok: z.literal(false), code: BulkItemErrorCode, reason: z.string() }),
  ]),
  'BulkItemResult',
  'What happened to one order: its new version, or why it was left as it was.',
);
export type BulkItemResult = z.infer<typeof BulkItemResult>;

export const BulkActionResponse = /* @__PURE__ */ named(
  z.object({ action: BulkAction, results: z.array(BulkItemResult) }),
  'BulkActionResponse',
  'One result per selected order, in the order of the request. Each order succeeds or fails on its own.',
);
export type BulkActionResponse = z.infer<typeof BulkActionResponse>;
