import { decideAction, type AdminAction, type AdminActionParams, type Order } from '@suivi/model';
import { refused, type ActionEnv, type ActionPlan } from './action-plan.ts';
import { planArchive, planCancel, planRefund, planUnarchive } from './closing-actions.ts';
import { planAddTracking, planFulfill, planHold, planRelease } from './fulfillment-actions.ts';
import { planPayment } from './payment-actions.ts';

/**
 * Checks an action against the order as it is now: the state machine first (the same rules the
 * UI offers actions by), then what the request itself asks (items, amounts, carriers). Returns
 * the change to make, or the refusal with its code and reason.
 */
export function planAdminAction<A extends AdminAction>(order: Order, action: A, params: AdminActionParams<A>, env: ActionEnv): ActionPlan {
  const decision = decideAction(order, action);
  if (!decision.allowed) return refused(decision.code, decision.reason);
  const p = params as AdminActionParams;
  const known: AdminAction = action;
  switch (known) {
    case 'mark_paid':
    case 'capture_payment':
      return planPayment(order, env);
    case 'hold_fulfillment':
      return planHold(order, p as AdminActionParams<'hold_fulfillment'>, env);
    case 'release_fulfillment':
      return planRelease(order, env);
    case 'fulfill':
      return planFulfill(order, p as AdminActionParams<'fulfill'>, env);
    case 'add_tracking':
      return planAddTracking(order, p as AdminActionParams<'add_tracking'>, env);
    case 'cancel':
      return planCancel(order, p as AdminActionParams<'cancel'>, env);
    case 'refund':
      return planRefund(order, p as AdminActionParams<'refund'>, env);
    case 'archive':
      return planArchive(order, env);
    case 'unarchive':
      return planUnarchive();
    default:
      throw new Error(`Unknown action ${String(known satisfies never)}`);
  }
}
