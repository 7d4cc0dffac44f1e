/**
 * The mock API both demo pages run on, made the same way on each: the default seed anchored on
 * the day the demo data was first made (orders read as "2 days ago", as in a real shop), share
 * links pointing back at the page that made them and kept in localStorage for every tab. What
 * the visitor changes (clock ticks, orders changed or added, the outbox) is journalled in
 * localStorage too, so a reload finds it again; "Reset demo data" (reset-data.ts) forgets it.
 * Every open tab of the demo (shopper and admin pages alike) is one shop: a change made in one
 * reaches the others as it happens (cross-tab.ts), so their live views move and a back office
 * writing from an order's old version gets the conflict it would get from a real server.
 */
import { createMockApi, MockPersistence, type MockApi } from '@suivi/mocks';
import { joinDemoTabs } from './cross-tab.ts';
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

/** Another tab forgot the demo data: this one starts again too, writing nothing on the way out. */
function restartAfterReset(): void {
  persistence?.clear();
  location.reload();
}

// Tabs share their changes through the journal's storage; without it each tab keeps its own shop.
const tabs = persistence ? joinDemoTabs(restartAfterReset) : undefined;

export function createDemoMockApi(): MockApi {
  const api = createMockApi({ anchor: new Date(), shareLinkUrl, persistence, tabSync: tabs });
  keepShareLinksAcrossTabs(api);
  // The journal is written a moment after each change; a reload right after one must not lose it.
  addEventListener('pagehide', () => persistence?.flush());
  return api;
}

/**
 * Moves the carriers one tick in every open tab (each replays it once), taken in turn with the
 * other tabs' writes; resolves with how many shipments moved.
 */
export function advanceDemoClock(api: MockApi): Promise<number> {
  return tabs ? tabs.write(() => api.clock.advance(1)) : Promise.resolve(api.clock.advance(1));
}

/** Forgets everything the demo stored (journal and share links) and tells the other tabs; the caller reloads the page. */
export function forgetDemoData(): void {
  persistence?.clear();
  try {
    localStorage.removeItem(SHARE_LINKS_STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
  tabs?.announceReset();
}
