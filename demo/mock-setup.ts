/**
 * The mock API both demo pages run on, made the same way on each: the default seed anchored on
 * now (orders read as "2 days ago", as in a real shop), share links pointing back at the page that
 * made them and kept in localStorage for every tab. The mock's orders live in this page's memory:
 * each tab (and each of the two demo pages) has its own store, freshly seeded on load.
 */
import { createMockApi, type MockApi } from '@suivi/mocks';
import { keepShareLinksAcrossTabs, shareLinkUrl } from './share-route.ts';

export function createDemoMockApi(): MockApi {
  const api = createMockApi({ anchor: new Date(), shareLinkUrl });
  keepShareLinksAcrossTabs(api);
  return api;
}
