// What the stories of the shopper's tools share: a verified session for a showcase order of a
// story's own mock API, made in `play` (after the MSW loader has put the story's handlers in place),
// then handed to the element as the status page would.
import type { MockApi } from '@suivi/mocks';
import { createSuiviClient, type OrderSession } from '@suivi/sdk';

export const BASE_URL = '/api';

/** Looks a showcase order up with its e-mail, as the lookup form does. */
export function sessionFor(api: MockApi, orderNumber: string): Promise<OrderSession> {
  const entry = api.showcase.find((order) => order.orderNumber === orderNumber);
  if (!entry) throw new Error(`The mock has no showcase order ${orderNumber}`);
  return createSuiviClient({ baseUrl: BASE_URL }).lookupOrder({ orderNumber, email: entry.email });
}

/** The story's element, once rendered. */
export async function storyElement<T extends HTMLElement & { updateComplete: Promise<unknown> }>(canvasElement: HTMLElement, tag: string): Promise<T> {
  const element = canvasElement.querySelector(tag) as T | null;
  if (!element) throw new Error(`The story has no <${tag}>`);
  await element.updateComplete;
  return element;
}
