let defining: Promise<unknown> | undefined;

/**
 * Defines <suivi-order-detail> for the admin page's side panel. The panel's code is not in the
 * page's entry, so the order list draws sooner: the page starts this load once the list is on
 * screen, and opening an order waits for it only if it has not arrived. A failed load is
 * forgotten, so the panel's "Try again" loads afresh.
 */
export function defineOrderDetail(): Promise<unknown> {
  if (!defining) {
    defining = import('../order-detail/define.ts');
    defining.catch(() => (defining = undefined));
  }
  return defining;
}
