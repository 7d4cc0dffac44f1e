/**
 * The mock's journal across "page loads": a second createMockApi on the same storage finds the
 * clock's ticks, changed and added orders, their journeys and the outbox; a full or broken
 * storage never stops the mock; reset and clear start afresh.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi, MockPersistence, parseJournal, type KeyValueStorage } from '../../mocks/src/index.ts';
import { addNewOrder } from '../../mocks/src/admin/new-order.ts';

/** localStorage's behaviour in a Map; `quota` makes setItem throw as a full browser storage does. */
class FakeStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  quota = Infinity;
  writes = 0;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    this.writes++;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const ANCHOR = new Date('2026-11-20T09:00:00Z');

function open(storage: FakeStorage, options: { maxChars?: number; anchor?: Date } = {}) {
  const persistence = new MockPersistence({ storage, debounceMs: 0, maxChars: options.maxChars });
  const api = createMockApi({ anchor: options.anchor ?? ANCHOR, orderCount: 60, persistence });
  return { api, persistence };
}

/** An order whose shipment the carrier clock still moves. */
function travelling(api: ReturnType<typeof createMockApi>) {
  const entry = api.store.seedEntries().find((candidate) => candidate.pendingSteps.length > 0)!;
  return entry.id;
}

describe('mock persistence', () => {
  it('brings back ticks, changed orders, added orders and the outbox after a reload', () => {
    const storage = new FakeStorage();
    const first = open(storage);
    const id = travelling(first.api);
    const before = first.api.store.getById(id)!;
    first.api.clock.advance(2);
    first.api.store.update(id, (draft) => {
      draft.tags = [...draft.tags, 'vip'];
    });
    const added = addNewOrder(first.api.store, ANCHOR.getTime());
    first.api.store.outbox.record({ id: 'msg_1', orderId: id, topic: 'shipped', channel: 'email', recipient: 'a@example.com', message: 'Shipped', at: ANCHOR.toISOString() });
    first.persistence.flush();
    const afterChanges = first.api.store.getById(id)!;
    assert.notDeepEqual(afterChanges.shipments.map((s) => s.events.length), before.shipments.map((s) => s.events.length), 'the clock moved the parcel');

    // A later day: the stored anchor wins, so the seed is the same.
    const second = open(storage, { anchor: new Date('2026-12-01T00:00:00Z') });
    const restored = second.api.store.getById(id)!;
    assert.deepEqual(restored.shipments, afterChanges.shipments);
    assert.deepEqual(restored.tags, afterChanges.tags);
    assert.ok(restored.tags.includes('vip'));
    assert.deepEqual(second.api.store.getById(added.id)?.orderNumber, added.orderNumber);
    assert.deepEqual(second.api.store.outbox.all().map((m) => m.id), first.api.store.outbox.all().map((m) => m.id));
    assert.deepEqual(second.api.clock.tickLog(), [2]);
    // An order not built before the reload catches up with the replayed ticks as it would have.
    const other = second.api.store.seedEntries().find((e) => e.pendingSteps.length && e.id !== id)!;
    assert.deepEqual(second.api.store.getById(other.id)!.shipments, first.api.store.getById(other.id)!.shipments);
    // The journey goes on where it stopped.
    first.api.clock.advance(1);
    second.api.clock.advance(1);
    assert.deepEqual(second.api.store.getById(id)!.shipments, first.api.store.getById(id)!.shipments);
  });

  it('starts afresh on data it cannot read, and removes it', () => {
    for (const broken of ['{not json', '[]', JSON.stringify({ format: 2 }), JSON.stringify({ format: 1, seed: 1, orderCount: 60, anchor: 0, ticks: ['x'], changed: [], added: [], plans: [], outbox: [] })]) {
      const storage = new FakeStorage();
      storage.items.set('suivi-mock-journal', broken);
      const { api } = open(storage);
      assert.equal(api.clock.tickLog().length, 0);
      assert.equal(api.store.size, 60);
      assert.equal(storage.items.has('suivi-mock-journal'), false, `removed ${broken}`);
    }
    assert.equal(parseJournal('null'), null);
  });

  it('keeps working when the storage is full, and says so', () => {
    const storage = new FakeStorage();
    storage.quota = 10;
    const { api, persistence } = open(storage);
    api.clock.advance(1);
    assert.doesNotThrow(() => persistence.flush());
    assert.equal(persistence.problem, 'quota-exceeded');
    assert.equal(storage.items.size, 0);
    storage.quota = Infinity;
    api.clock.advance(1);
    persistence.flush();
    assert.equal(persistence.problem, null);
    assert.deepEqual(parseJournal(storage.items.get('suivi-mock-journal')!)?.ticks, [1, 1]);
  });

  it('trims the oldest outbox messages to stay under its cap, and writes nothing when the orders alone are over it', () => {
    const storage = new FakeStorage();
    const { api, persistence } = open(storage, { maxChars: 6_000 });
    for (let i = 0; i < 40; i++) {
      api.store.outbox.record({ id: `msg_${i}`, orderId: 'ord_x', topic: 'shipped', channel: 'email', recipient: 'a@example.com', message: 'x'.repeat(100), at: ANCHOR.toISOString() });
    }
    persistence.flush();
    const kept = parseJournal(storage.items.get('suivi-mock-journal')!)!.outbox;
    assert.ok(kept.length > 0 && kept.length < 40);
    assert.equal(kept.at(-1)!.id, 'msg_39', 'the newest messages are kept');
    assert.ok(storage.items.get('suivi-mock-journal')!.length <= 6_000);

    api.clock.advance(3);
    for (const entry of api.store.seedEntries().slice(0, 30)) api.store.update(entry.id, () => undefined);
    persistence.flush();
    assert.equal(persistence.problem, 'over-cap');
    assert.ok(parseJournal(storage.items.get('suivi-mock-journal')!)!.changed.length === 0, 'the last journal that fitted stays');
  });

  it('reset empties the journal; clear removes it and stops writing', () => {
    const storage = new FakeStorage();
    const { api, persistence } = open(storage);
    api.clock.advance(2);
    api.reset();
    persistence.flush();
    assert.deepEqual(parseJournal(storage.items.get('suivi-mock-journal')!)?.ticks, []);
    api.clock.advance(1);
    persistence.clear();
    api.clock.advance(1);
    persistence.flush();
    assert.equal(storage.items.has('suivi-mock-journal'), false);
    assert.equal(open(storage).api.clock.tickLog().length, 0);
  });
});
