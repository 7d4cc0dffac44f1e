import * as z from 'zod/mini';
import { LineItemQuantity } from './line-item.ts';
import { staffText, strictBody } from './admin-request-body.ts';
import { named } from './schema-meta.ts';
import type { AdminAction } from './state-machine.ts';
import { eachLineItemOnce, refundsAmountOrFull } from './validation-rules.ts';

/** A carrier code, e.g. `colissimo` (see GET /v1/admin/carriers). */
export const CarrierCode = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9_]{2,40}$/, 'Expected a carrier code like colissimo'));

/** A tracking number as carriers print them: letters, digits and dashes. */
export const TrackingNumber = /* @__PURE__ */ z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/, 'Expected 4 to 40 letters, digits or dashes'));

const NoParams = /* @__PURE__ */ strictBody({});

/** Whether the customer is told (e-mail, and SMS if they opted in). Never implied: the caller says so. */
const notifyCustomer = /* @__PURE__ */ z.boolean();

export const HoldFulfillmentParams = /* @__PURE__ */ named(
  strictBody({ reason: staffText(500) }),
  'HoldFulfillmentParams',
  'Puts fulfilment on hold, with the problem to solve first.',
);

export const FulfillParams = /* @__PURE__ */ named(
  strictBody({
    /** What goes in the parcel; all units still to ship when omitted. */
    items: z.optional(
      /* @__PURE__ */ z.array(LineItemQuantity).check(
        z.minLength(1, 'Name at least one item, or leave items out to ship everything left'),
        z.refine(eachLineItemOnce, 'Each line item at most once'),
      ),
    ),
    carrier: CarrierCode,
    /** Null or absent when the label is not bought yet: add it later with add_tracking. */
    trackingNumber: z.optional(z.nullable(TrackingNumber)),
    notifyCustomer,
  }),
  'FulfillParams',
  'Ships items with a carrier. A supported carrier with a tracking number is tracked live from then on.',
);

export const AddTrackingParams = /* @__PURE__ */ named(
  strictBody({
    shipmentId: /* @__PURE__ */ z.string().check(z.minLength(1)),
    /** The carrier, when it is not the one the shipment was created with. */
    carrier: z.optional(CarrierCode),
    trackingNumber: TrackingNumber,
    notifyCustomer: z.optional(notifyCustomer),
  }),
  'AddTrackingParams',
  'Adds the tracking number of a shipment created without one.',
);

export const CancelParams = /* @__PURE__ */ named(
  strictBody({ reason: staffText(500), notifyCustomer: z.optional(notifyCustomer) }),
  'CancelParams',
  'Cancels an order that has not shipped: an authorisation is voided and anything paid is refunded. The reason is kept as a staff note.',
);

export const RefundParams = /* @__PURE__ */ named(
  /* @__PURE__ */ strictBody({
    /** In minor units of the order's currency. */
    amount: z.optional(/* @__PURE__ */ z.int().check(z.gte(1, 'At least 1 (minor units)'))),
    /** Everything paid and not yet refunded. */
    full: z.optional(z.literal(true)),
    notifyCustomer: z.optional(notifyCustomer),
  }).check(z.refine(refundsAmountOrFull, { message: 'Give either amount or full: true', path: ['amount'] })),
  'RefundParams',
  'Refunds part (amount, in minor units) or all (full: true) of what was paid.',
);

/** The body each action takes; actions without parameters take `{}` or no body at all. */
export const ADMIN_ACTION_PARAMS = {
  mark_paid: NoParams,
  capture_payment: NoParams,
  hold_fulfillment: HoldFulfillmentParams,
  release_fulfillment: NoParams,
  fulfill: FulfillParams,
  add_tracking: AddTrackingParams,
  cancel: CancelParams,
  refund: RefundParams,
  archive: NoParams,
  unarchive: NoParams,
} as const satisfies Record<AdminAction, z.ZodMiniType>;

export type AdminActionParams<A extends AdminAction = AdminAction> = z.infer<(typeof ADMIN_ACTION_PARAMS)[A]>;

/** Actions whose body is empty: callers may leave the params out. */
export type ParameterlessAdminAction = { [A in AdminAction]: keyof AdminActionParams<A> extends never ? A : never }[AdminAction];
