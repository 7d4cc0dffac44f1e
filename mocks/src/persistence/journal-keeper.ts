import type { Order } from '@suivi/model';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { BuiltOrder } from '../seed/order-builder.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { Outbox, OutboxMessage } from '../store/outbox.ts';
import type { RoutePlan, RoutePlanBook } from '../store/route-plan.ts';
import type { MockJournal, MockPersistence } from './mock-persistence.ts';

/** The mock's parts the journal reads and replays. */
export interface JournalTarget {
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  plans: RoutePlanBook;
  seed: number;
  orderCount: number;
  anchor: number;
}

/**
 * Puts a journal back into a freshly seeded mock, before it answers anything (see applyJournal).
 * A journal made with another seed, order count or anchor is ignored.
 */
export function restoreJournal(target: JournalTarget, journal: MockJournal | null): boolean {
  if (!journal || journal.seed !== target.seed || journal.orderCount !== target.orderCount || journal.anchor !== target.anchor) return false;
  applyJournal(target, journal);
  return true;
}

/**
 * Brings the mock up to a journal, applying only what it does not have yet, so it serves both a
 * fresh mock (page load) and one that missed another tab's changes (cross-tab resync): the
 * clock's ticks it has not made first (so seeded orders built from now on catch up), then each
 * journalled order newer than its copy here, put as it is, version included (through the store,
 * so the admin index and other listeners hear of it), added orders it lacks and those orders'
 * journeys still to come, all with the outbox quiet (replaying must not "send" anything again),
 * then the outbox messages it has not recorded.
 */
export function applyJournal(target: Pick<JournalTarget, 'store' | 'clock' | 'plans'>, journal: MockJournal): void {
  const { store, clock, plans } = target;
  store.outbox.quietly(() => {
    for (const steps of journal.ticks.slice(clock.tickLog().length)) clock.advance(steps);
    const touched = new Set<string>();
    for (const saved of journal.changed) {
      const local = store.getById(saved.id);
      if (!local || local.version >= saved.version) continue;
      store.put(saved);
      touched.add(saved.id);
    }
    for (const saved of journal.added) {
      const local = store.getById(saved.id);
      if (local) {
        if (local.version < saved.version) store.put(saved);
      } else {
        store.add(addedEntry(saved));
      }
      touched.add(saved.id);
    }
    replacePlansOf(plans, touched, journal.plans);
  });
  recordMissing(store.outbox, journal.outbox);
}

/** A seed entry for an order added after seeding, built as it was saved. */
export function addedEntry(saved: Order): SeedEntry {
  return { id: saved.id, orderNumber: saved.orderNumber, pendingSteps: [], build: (): BuiltOrder => ({ order: structuredClone(saved), plans: [] }) };
}

/** Gives the listed orders exactly `given`'s journeys (theirs among them), leaving every other order's alone. */
export function replacePlansOf(plans: RoutePlanBook, orderIds: ReadonlySet<string>, given: readonly RoutePlan[]): void {
  if (!orderIds.size) return;
  const kept = plans.active().filter((plan) => !orderIds.has(plan.orderId));
  const theirs = given.filter((plan) => orderIds.has(plan.orderId)).map((plan) => ({ ...plan, remaining: [...plan.remaining] }));
  plans.replaceAll([...kept, ...theirs]);
}

/** Records the messages the outbox does not hold yet (by id), in their order. */
export function recordMissing(outbox: Outbox, messages: readonly OutboxMessage[]): void {
  if (!messages.length) return;
  const known = new Set(outbox.all().map((message) => message.id));
  for (const message of messages) if (!known.has(message.id)) outbox.record(message);
}

/**
 * Follows the mock's changes and hands the journal to `persistence` (which debounces the write).
 * A reload of the store (the mock's reset) empties the journal. Returns the function that stops.
 */
export function keepJournal(target: JournalTarget, persistence: MockPersistence, restored: MockJournal | null): () => void {
  const { store, clock, plans } = target;
  const changed = new Map<string, Order>();
  const added = new Map<string, Order>();
  if (restored) {
    for (const order of restored.changed) changed.set(order.id, store.getById(order.id) ?? order);
    for (const order of restored.added) added.set(order.id, store.getById(order.id) ?? order);
  }
  const journal = (): MockJournal => {
    const ids = new Set([...changed.keys(), ...added.keys()]);
    return {
      format: 1,
      seed: target.seed,
      orderCount: target.orderCount,
      anchor: target.anchor,
      ticks: [...clock.tickLog()],
      changed: [...changed.values()],
      added: [...added.values()],
      plans: plans.active().filter((plan) => ids.has(plan.orderId)),
      outbox: store.outbox.all(),
    };
  };
  const save = () => persistence.save(journal);
  const stops = [
    store.subscribeAll((event) => {
      if (event.type === 'reloaded') {
        changed.clear();
        added.clear();
      } else if (event.type === 'added') {
        added.set(event.order.id, event.order);
      } else if (added.has(event.order.id)) {
        added.set(event.order.id, event.order);
      } else {
        // Re-inserted so the map stays in order of last change.
        changed.delete(event.order.id);
        changed.set(event.order.id, event.order);
      }
      save();
    }),
    clock.onAdvance(save),
    store.outbox.subscribe(save),
  ];
  return () => stops.forEach((stop) => stop());
}
