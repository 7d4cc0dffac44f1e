import { type AdminActionParams, type Order } from '@suivi/model';
import { iso } from '../../seed/time.ts';
import { DEFAULT_STAFF_AUTHOR, addStaffNote, addTimelineEntry, randomFor, refused, type ActionEnv, type ActionPlan } from './action-plan.ts';
import { notifyCustomer } from './customer-notice.ts';

/** What was paid and is not refunded yet, in minor units. */
function refundable(order: Order): number {
  return order.payment.amountPaid.amount - order.payment.amountRefunded.amount;
}

/**
 * cancel (only before anything shipped): the order is closed, an authorisation or a pending
 * payment is voided, anything paid is refunded in full, a hold is lifted, and the reason is kept
 * as a staff note.
 */
export function planCancel(order: Order, params: AdminActionParams<'cancel'>, env: ActionEnv): ActionPlan {
  const random = randomFor(order, 'cancel');
  const at = iso(env.now());
  return {
    ok: true,
    apply(draft) {
      draft.state = 'cancelled';
      draft.cancelledAt = at;
      draft.fulfillmentHold = null;
      const balance = refundable(draft);
      if (balance > 0) {
        draft.payment.amountRefunded = { ...draft.payment.amountPaid };
        draft.payment.status = 'refunded';
        addTimelineEntry(draft, random, at, 'payment_refunded');
      } else if (draft.payment.status === 'authorized' || draft.payment.status === 'pending') {
        draft.payment.status = 'voided';
        addTimelineEntry(draft, random, at, 'payment_voided');
      }
      addTimelineEntry(draft, random, at, 'order_cancelled');
      addStaffNote(draft, random, at, DEFAULT_STAFF_AUTHOR, params.reason.trim());
    },
    after(updated) {
      if (params.notifyCustomer) notifyCustomer(env.outbox, updated, { topic: 'cancelled' }, at, random);
    },
  };
}

/** refund: part or all of what is left; the payment becomes refunded once nothing paid is left. */
export function planRefund(order: Order, params: AdminActionParams<'refund'>, env: ActionEnv): ActionPlan {
  const balance = refundable(order);
  const amount = params.full ? balance : params.amount!;
  if (amount > balance) return refused('refund_exceeds_balance', `At most ${balance} (minor units) is left to refund.`);
  const random = randomFor(order, 'refund');
  const at = iso(env.now());
  const money = { amount, currency: order.payment.amountPaid.currency };
  return {
    ok: true,
    apply(draft) {
      draft.payment.amountRefunded = { amount: draft.payment.amountRefunded.amount + amount, currency: money.currency };
      draft.payment.status = draft.payment.amountRefunded.amount >= draft.payment.amountPaid.amount ? 'refunded' : 'partially_refunded';
      addTimelineEntry(draft, random, at, 'payment_refunded');
    },
    after(updated) {
      if (params.notifyCustomer) notifyCustomer(env.outbox, updated, { topic: 'refunded', amount: money }, at, random);
    },
  };
}

export function planArchive(order: Order, env: ActionEnv): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      draft.state = 'archived';
      addTimelineEntry(draft, randomFor(order, 'archive'), iso(env.now()), 'order_archived');
    },
  };
}

/** unarchive: back to open. The timeline has no entry kind for it; the version and updatedAt say it changed. */
export function planUnarchive(): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      draft.state = 'open';
    },
  };
}
