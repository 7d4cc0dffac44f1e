import * as z from 'zod/mini';
import { AdminRefusalCode } from './admin-refusal.ts';
import { Order } from './order.ts';
import { named } from './schema-meta.ts';
import { ADMIN_ACTIONS, AdminAction, decideAction } from './state-machine.ts';

export const RefusedAction = /* @__PURE__ */ named(
  z.object({ action: AdminAction, code: AdminRefusalCode, reason: z.string() }),
  'RefusedAction',
  'An action the order\'s state does not allow right now, and why.',
);
export type RefusedAction = z.infer<typeof RefusedAction>;

/**
 * One order as staff see it, with what they may do next: every action is either allowed or
 * refused with its reason, so an admin UI can offer the allowed ones and explain the others.
 */
export const AdminOrderDetail = /* @__PURE__ */ named(
  z.object({
    order: Order,
    allowedActions: z.array(AdminAction),
    refusedActions: z.array(RefusedAction),
  }),
  'AdminOrderDetail',
  'The whole order (staff notes, tags, internal timeline entries included) and the actions its state allows.',
);
export type AdminOrderDetail = z.infer<typeof AdminOrderDetail>;

/** Sorts every action into allowed and refused with decideAction, in ADMIN_ACTIONS order. */
export function toAdminOrderDetail(order: Order): AdminOrderDetail {
  const allowedActions: AdminAction[] = [];
  const refusedActions: RefusedAction[] = [];
  for (const action of ADMIN_ACTIONS) {
    const decision = decideAction(order, action);
    if (decision.allowed) allowedActions.push(action);
    else refusedActions.push({ action, code: decision.code, reason: decision.reason });
  }
  return { order, allowedActions, refusedActions };
}
