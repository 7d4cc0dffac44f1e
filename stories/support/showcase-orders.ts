// The mock API's showcase orders (#1001–#1012) for stories: one seeded API at the same instant
// as the browser tests, so stories and tests show the same data and dates.
import { createMockApi } from '@suivi/mocks';
import { type CustomerOrderView, type Order, toCustomerView } from '@suivi/model';

export const STORY_ANCHOR = new Date('2026-11-20T09:00:00Z');

/** The seeded mock API stories read their orders from. */
export const storyApi = createMockApi({ anchor: STORY_ANCHOR });

/** A showcase order in full, as the store holds it. */
export function showcase(orderNumber: string): Order {
  const order = storyApi.store.getByNumber(orderNumber);
  if (!order) throw new Error(`The mock has no order ${orderNumber}`);
  return order;
}

/** A copy of a showcase order as its shopper sees it, changed by `edit`. */
export function customer(orderNumber: string, edit: (order: CustomerOrderView) => void = () => {}): CustomerOrderView {
  const order = structuredClone(toCustomerView(showcase(orderNumber)));
  edit(order);
  return order;
}
