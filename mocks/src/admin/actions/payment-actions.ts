import type { Order } from '@suivi/model';
import { addTimelineEntry, randomFor, type ActionEnv, type ActionPlan } from './action-plan.ts';

/**
 * Once paid, what the shopper bought electronically is theirs: each digital item gets its
 * download link and each gift card its code (the seed does the same for orders paid at checkout).
 */
function releaseElectronicItems(order: Order): void {
  const random = randomFor(order, 'release');
  for (const item of order.lineItems) {
    if (item.kind === 'digital' && !item.downloadUrl) item.downloadUrl = `https://downloads.suivi.example/d/${random.base32(24)}`;
    if (item.kind === 'gift_card' && !item.giftCardCode) {
      const chunk = () => random.base32(4).toUpperCase();
      item.giftCardCode = `${chunk()}-${chunk()}-${chunk()}-${chunk()}`;
    }
  }
}

/**
 * mark_paid (money received outside the checkout: a bank transfer, cash) and capture_payment (an
 * authorisation taken): the order is paid in full. The fulfilment status then follows by itself
 * (the store re-derives it): digital items and gift cards count as delivered once paid.
 */
export function planPayment(order: Order, env: ActionEnv): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      const at = new Date(env.now()).toISOString();
      draft.payment.status = 'paid';
      draft.payment.amountPaid = { ...draft.totals.total };
      draft.payment.failureReason = null;
      releaseElectronicItems(draft);
      addTimelineEntry(draft, randomFor(order, 'paid'), at, 'payment_paid');
    },
  };
}
