/**
 * The mock API both demo pages run on, made the same way on each: the default seed anchored on
 * the day the demo data was first made (orders read as "2 days ago", as in a real shop), share
 * links pointing back at the page that made them and kept in localStorage for every tab. What
 * the visitor changes (clock ticks, orders changed or added, the outbox) is journalled in
 * localStorage too, so a reload finds it again; "Reset demo data" (reset-data.ts) forgets it.
 * Each open tab still has its own store in memory: another tab sees the changes on its next load.
 */
import { createMockApi, MockPersistence, type MockApi } from '@suivi/mocks';
import { keepShareLinksAcrossTabs, shareLinkUrl, SHARE_LINKS_STORAGE_KEY } from './share-route.ts';

/** Where the demo keeps the mock's journal. */
export const DEMO_JOURNAL_KEY = 'suivi-demo-mock-journal';

function demoPersistence(): MockPersistence | undefined {
  try {
    return new MockPersistence({ storage: localStorage, key: DEMO_JOURNAL_KEY });
  } catch {
    // localStorage refused (privacy settings): the demo runs on a fresh mock each load.
    return undefined;
  }
}

const persistence = demoPersistence();

export function createDemoMockApi(): MockApi {
  const api = createMockApi({ anchor: new Date(), shareLinkUrl, persistence });
  keepShareLinksAcrossTabs(api);
  // The journal is written a moment after each change; a reload right after one must not lose it.
  addEventListener('pagehide', () => persistence?.flush());
  return api;
}

/** Forgets everything the demo stored (journal and share links); the caller reloads the page. */
export function forgetDemoData(): void {
  persistence?.clear();
  try {
    localStorage.removeItem(SHARE_LINKS_STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
