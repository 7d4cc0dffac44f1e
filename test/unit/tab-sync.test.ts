/**
 * Cross-tab sync of the demo's mock (TabSync): several mocks, each a tab's copy of one shop,
 * connected by a fake BroadcastChannel (messages delivered later, in each sender's order, and
 * droppable) and a fake Web Lock, on one fake localStorage. Changes reach every tab with their
 * versions, a write based on an older version is refused, two tabs writing at once never fork,
 * a carrier tick happens once everywhere, and a tab that missed a change catches up.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unshippedQuantities, type Order } from '@suivi/model';
import { getResponse } from 'msw';
import { createMockApi, MockPersistence, TabSync, type KeyValueStorage, type MockApi, type TabChannel, type TabLocks, type TabMessage } from '../../mocks/src/index.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');
const NOW = Date.parse('2026-11-21T09:00:00Z');
const BASE = 'http://shop.test/api';

class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/**
 * One browser's tabs: a channel that delivers each message a macrotask later (as BroadcastChannel
 * does, in order per sender) to every other open tab, unless told to drop the next ones for a tab;
 * one exclusive lock for all, granted in request order; the open tabs as peers.
 */
class FakeBrowser {
  readonly storage = new FakeStorage();
  private readonly listeners = new Map<string, Set<(message: TabMessage) => void>>();
  private readonly dropping = new Map<string, number>();
  private lockTail: Promise<unknown> = Promise.resolve();
  delivered = 0;

  channelFor(tabId: string): TabChannel {
    return {
      post: (message) => {
        for (const [id, set] of this.listeners) {
          if (id === tabId) continue;
          const drop = this.dropping.get(id) ?? 0;
          if (drop > 0 && message.type === 'change') {
            this.dropping.set(id, drop - 1);
            continue;
          }
          setTimeout(() => {
            this.delivered++;
            for (const listener of set) listener(structuredClone(message));
          }, 0);
        }
      },
      listen: (listener) => {
        const set = this.listeners.get(tabId) ?? new Set();
        this.listeners.set(tabId, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    };
  }

  locksFor(): TabLocks {
    return {
      exclusive: <T>(work: () => Promise<T>) => {
        const run = this.lockTail.then(work, work);
        this.lockTail = run.catch(() => undefined);
        return run;
      },
      peers: async () => [...this.listeners.keys()],
    };
  }

  /** The next `count` changes sent never reach `tabId` (it is frozen, say). */
  drop(tabId: string, count: number): void {
    this.dropping.set(tabId, count);
  }

  /** A tab opens: its sync listens before its mock reads the journal, as the demo's does. */
  open(tabId: string, options: { ackTimeoutMs?: number; onReset?: () => void } = {}): { api: MockApi; sync: TabSync; persistence: MockPersistence } {
    const sync = new TabSync({ tabId, channel: this.channelFor(tabId), locks: this.locksFor(), ackTimeoutMs: options.ackTimeoutMs ?? 2_000, onReset: options.onReset });
    const persistence = new MockPersistence({ storage: this.storage, debounceMs: 10_000 });
    const api = createMockApi({ anchor: ANCHOR, orderCount: 80, now: () => NOW, baseUrl: BASE, persistence, tabSync: sync });
    return { api, sync, persistence };
  }
}

async function call(api: MockApi, path: string, init: RequestInit = {}): Promise<Response> {
  const response = await getResponse(api.handlers, new Request(`${BASE}${path}`, init));
  assert.ok(response, `a handler answers ${path}`);
  return response;
}

let keys = 0;
function write(api: MockApi, method: string, path: string, body: unknown, version: number): Promise<Response> {
  return call(api, path, {
    method,
    headers: { authorization: `Bearer ${api.adminKey}`, 'content-type': 'application/json', 'if-match': `"${version}"`, 'idempotency-key': `tab-sync-${++keys}` },
    body: JSON.stringify(body),
  });
}

function paidUnshipped(api: MockApi): Order {
  const found = api.store.all().find((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0);
  assert.ok(found, 'the seed has a paid order to ship');
  return found;
}

/** Lets the fake channel deliver what is in flight. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('TabSync (demo tabs sharing one shop)', () => {
  it("a fulfilment in one tab reaches the other as it is, version and journey included, and the other's listeners hear it", async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a');
    const b = browser.open('b');
    const order = paidUnshipped(a.api);
    const heard: number[] = [];
    b.api.store.subscribe(order.id, ({ order: changed }) => heard.push(changed.version));

    const response = await write(a.api, 'POST', `/v1/admin/orders/${order.id}/actions/fulfill`, { carrier: 'colissimo', trackingNumber: '6A12345678901', notifyCustomer: true }, order.version);
    assert.equal(response.status, 200);
    // The write ends only once the other tab has it: no waiting needed.
    const inA = a.api.store.getById(order.id)!;
    assert.deepEqual(b.api.store.getById(order.id), inA);
    assert.equal(inA.version, order.version + 1);
    assert.deepEqual(heard, [inA.version]);
    assert.deepEqual(b.api.store.outbox.forOrder(order.id), a.api.store.outbox.forOrder(order.id), 'one shipping e-mail, the same in both');
    assert.equal(a.api.store.outbox.forOrder(order.id).filter((m) => m.topic === 'shipped').length, 1);

    // The new shipment's journey went too: a tick in B moves it as it would in A.
    await b.sync.write(() => b.api.clock.advance(1));
    const moved = b.api.store.getById(order.id)!;
    assert.ok(moved.shipments[0]!.events.length > inA.shipments[0]!.events.length, 'the clock moved the new parcel');
    assert.deepEqual(a.api.store.getById(order.id), moved);
  });

  it("a write based on the version before another tab's change gets 409 with the order as it is now, overwriting nothing", async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a');
    const b = browser.open('b');
    const order = paidUnshipped(a.api);
    const seenInB = b.api.store.getById(order.id)!;

    assert.equal((await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['from-a'] }, order.version)).status, 200);
    const stale = await write(b.api, 'POST', `/v1/admin/orders/${order.id}/notes`, { text: 'Typed in B', author: 'Bea' }, seenInB.version);
    assert.equal(stale.status, 409);
    const body = (await stale.json()) as { current: Order };
    assert.ok(body.current.tags.includes('from-a'), "the answer carries A's change");
    assert.ok(!b.api.store.getById(order.id)!.staffNotes.some((note) => note.text === 'Typed in B'));
    assert.deepEqual(a.api.store.getById(order.id), b.api.store.getById(order.id));
  });

  it('two tabs writing the same order at the same moment: one write wins, the other is told of it; the copies never fork', async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a');
    const b = browser.open('b');
    const order = paidUnshipped(a.api);
    const [fromA, fromB] = await Promise.all([
      write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['a'] }, order.version),
      write(b.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['b'] }, order.version),
    ]);
    assert.deepEqual([fromA.status, fromB.status].sort(), [200, 409]);
    await settle();
    const inA = a.api.store.getById(order.id)!;
    assert.deepEqual(b.api.store.getById(order.id), inA);
    assert.equal(inA.version, order.version + 1);
    assert.equal(inA.tags.filter((tag) => tag === 'a' || tag === 'b').length, 1);
    assert.equal(a.sync.sequence, b.sync.sequence);
  });

  it('a carrier tick happens once in every tab: the same orders, tick log and outbox, however many tabs', async () => {
    const browser = new FakeBrowser();
    const tabs = [browser.open('a'), browser.open('b'), browser.open('c')];
    // Tabs b and c have built every order, a none: the tick must move a's the same way when it builds them.
    tabs[1]!.api.store.all();
    tabs[2]!.api.store.all();
    const response = await call(tabs[1]!.api, '/__mock/clock/advance', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ steps: 2 }) });
    assert.equal(response.status, 200);
    await tabs[0]!.sync.write(() => tabs[0]!.api.clock.advance(1));
    await settle();
    const [a, b, c] = tabs.map(({ api }) => api);
    assert.deepEqual(a!.clock.tickLog(), [2, 1]);
    assert.deepEqual(b!.clock.tickLog(), [2, 1]);
    assert.deepEqual(c!.clock.tickLog(), [2, 1]);
    assert.deepEqual(b!.store.all(), c!.store.all());
    assert.deepEqual(a!.store.all(), c!.store.all());
    assert.ok(c!.store.outbox.size > 0, 'deliveries were announced');
    assert.deepEqual(a!.store.outbox.all(), c!.store.outbox.all());
    assert.deepEqual(b!.store.outbox.all(), c!.store.outbox.all());
  });

  it('a tab opened later starts from the stored journal (same versions) and follows from there', async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a');
    const order = paidUnshipped(a.api);
    await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['first'] }, order.version);
    await a.sync.write(() => a.api.clock.advance(1));
    const late = browser.open('late');
    assert.equal(late.sync.sequence, a.sync.sequence);
    assert.deepEqual(late.api.store.getById(order.id), a.api.store.getById(order.id));
    const current = a.api.store.getById(order.id)!;
    await write(late.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['second'] }, current.version);
    assert.deepEqual(a.api.store.getById(order.id)!.tags.slice(-2), ['first', 'second']);
    assert.deepEqual(a.api.store.all(), late.api.store.all());
  });

  it('a tab that missed a change (it did not answer in time) catches up from the journal before the next one', async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a', { ackTimeoutMs: 30 });
    const b = browser.open('b');
    const order = paidUnshipped(a.api);
    browser.drop('b', 1);
    await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['missed'] }, order.version);
    assert.equal(b.api.store.getById(order.id)!.version, order.version, 'b has not heard yet');
    const after = a.api.store.getById(order.id)!;
    await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['next'] }, after.version);
    assert.deepEqual(b.api.store.getById(order.id), a.api.store.getById(order.id));
    assert.equal(b.sync.sequence, 2);
  });

  it('a tab that has not heard the last change yet (in the background) meets the conflict when it writes, and no edit is lost', async () => {
    const browser = new FakeBrowser();
    const a = browser.open('a', { ackTimeoutMs: 30 });
    const b = browser.open('b');
    const order = paidUnshipped(a.api);
    // A's change never reaches B by message: B only has the journal A stored before sending it.
    browser.drop('b', 1);
    await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['priority'] }, order.version);
    assert.equal(b.api.store.getById(order.id)!.version, order.version, 'b has not heard yet');
    // B acts on the order as it showed it: refused with the order as it is now, tag included.
    const refused = await write(b.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['from-b'] }, order.version);
    assert.equal(refused.status, 409);
    const body = (await refused.json()) as { current?: Order };
    assert.ok(body.current?.tags.includes('priority'), 'the conflict carries the order with A’s tag');
    await settle();
    assert.deepEqual(a.api.store.getById(order.id), b.api.store.getById(order.id), 'both tabs hold the same order');
    assert.ok(!a.api.store.getById(order.id)!.tags.includes('from-b'));
  });

  it("the mock's reset goes to every tab; 'Reset demo data' asks the others to reload", async () => {
    const browser = new FakeBrowser();
    let resets = 0;
    const a = browser.open('a');
    const b = browser.open('b', { onReset: () => resets++ });
    const order = paidUnshipped(a.api);
    await write(a.api, 'POST', `/v1/admin/orders/${order.id}/tags`, { add: ['gone'] }, order.version);
    assert.equal((await call(a.api, '/__mock/reset', { method: 'POST' })).status < 300, true);
    assert.deepEqual(b.api.store.getById(order.id), order);
    a.sync.announceReset();
    await settle();
    assert.equal(resets, 1);
  });
});
