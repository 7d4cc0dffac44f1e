/**
 * The demo's tabs as one shop: a TabSync (see @suivi/mocks) over a BroadcastChannel, with the
 * browser's Web Locks as its write lock and as its list of open tabs (each tab holds a lock named
 * after itself for as long as it is open, so a write knows whose acknowledgement to wait for and a
 * closed or crashed tab drops out by itself). Without either API (an old browser) each tab keeps
 * its own mock, as before.
 */
import { TabSync, type TabChannel, type TabLocks } from '@suivi/mocks';

const CHANNEL_NAME = 'suivi-demo-mock';
const WRITE_LOCK = 'suivi-demo-mock-write';
const TAB_LOCK_PREFIX = 'suivi-demo-tab:';

function newTabId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function broadcastChannel(name: string): TabChannel {
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (listener) => {
      const onMessage = (event: MessageEvent) => listener(event.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

function webLocks(locks: LockManager): TabLocks {
  return {
    exclusive: (work) => locks.request(WRITE_LOCK, work),
    peers: async () => {
      const { held = [], pending = [] } = await locks.query();
      return [...held, ...pending].flatMap((lock) => (lock.name?.startsWith(TAB_LOCK_PREFIX) ? [lock.name.slice(TAB_LOCK_PREFIX.length)] : []));
    },
  };
}

/**
 * Joins the demo's open tabs. Call it before the mock reads its journal (createMockApi), so a
 * change another tab makes in between is heard. `onReset`: another tab forgot the demo data.
 */
export function joinDemoTabs(onReset: () => void): TabSync | undefined {
  if (typeof BroadcastChannel === 'undefined' || typeof navigator === 'undefined' || !navigator.locks) return undefined;
  const tabId = newTabId();
  // Never released: the browser lets go of it when the tab closes.
  void navigator.locks.request(`${TAB_LOCK_PREFIX}${tabId}`, () => new Promise<never>(() => {}));
  return new TabSync({ tabId, channel: broadcastChannel(CHANNEL_NAME), locks: webLocks(navigator.locks), onReset });
}
