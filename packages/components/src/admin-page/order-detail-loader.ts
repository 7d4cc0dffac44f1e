import { loadOnce } from '../shared/load-once.ts';

/**
 * Defines <suivi-order-detail> for the admin page's side panel. The panel's code is not in the
 * page's entry, so the order list draws sooner: the page starts this load with its first list
 * request, and opening an order waits for it only if it has not arrived. A failed load is
 * forgotten, so the panel's "Try again" loads afresh.
 */
export const defineOrderDetail = loadOnce(() => import('../order-detail/define.ts'));
