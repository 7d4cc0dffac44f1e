import * as z from 'zod/mini';
import { named } from './schema-meta.ts';
import { REFUSAL_CODES } from './state-machine.ts';

/**
 * Why a write was refused (HTTP 422): the state machine's codes, plus what only the details of
 * a request can make impossible (an item that is not on the order, more units than are left,
 * refunding more than was paid) and an idempotency key reused for a different request.
 */
export const ADMIN_REFUSAL_CODES = [
  ...REFUSAL_CODES,
  'unknown_line_item',
  'not_shippable',
  'quantity_exceeds_unfulfilled',
  'unknown_shipment',
  'shipment_has_tracking',
  'unknown_carrier',
  'refund_exceeds_balance',
  'idempotency_key_reused',
] as const;
export const AdminRefusalCode = /* @__PURE__ */ named(z.enum(ADMIN_REFUSAL_CODES), 'AdminRefusalCode', 'A stable reason code for a refused admin write.');
export type AdminRefusalCode = z.infer<typeof AdminRefusalCode>;

export const AdminRefusal = /* @__PURE__ */ named(
  z.object({ code: AdminRefusalCode, reason: z.string() }),
  'AdminRefusal',
  'Why a write was refused: a stable code for programs, an English reason for developers.',
);
export type AdminRefusal = z.infer<typeof AdminRefusal>;
