import type { Order } from '@suivi/model';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { BuiltOrder } from '../seed/order-builder.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { RoutePlanBook } from '../store/route-plan.ts';
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
 * Puts a journal back into a freshly seeded mock, before it answers anything: the clock's ticks
 * first (so seeded orders built from now on catch up), then each changed order over its seeded
 * self (through `update`, so the admin index and other listeners hear of it), added orders, their
 * journeys still to come, and the outbox last (replaying orders must not "send" anything twice).
 * A journal made with another seed or order count is ignored.
 */
export function restoreJournal(target: JournalTarget, journal: MockJournal | null): boolean {
  const { store, clock, plans } = target;
  if (!journal || journal.seed !== target.seed || journal.orderCount !== target.orderCount || journal.anchor !== target.anchor) return false;
  for (const steps of journal.ticks) clock.advance(steps);
  for (const saved of journal.changed) {
    store.update(saved.id, (draft) => {
      for (const key of Object.keys(draft)) delete (draft as Record<string, unknown>)[key];
      Object.assign(draft, structuredClone(saved));
    }, { at: saved.updatedAt });
  }
  for (const saved of journal.added) {
    if (store.getById(saved.id)) continue;
    const entry: SeedEntry = { id: saved.id, orderNumber: saved.orderNumber, pendingSteps: [], build: (): BuiltOrder => ({ order: structuredClone(saved), plans: [] }) };
    store.add(entry);
  }
  for (const plan of journal.plans) plans.add({ ...plan, remaining: [...plan.remaining] });
  store.outbox.clear();
  for (const message of journal.outbox) store.outbox.record(message);
  return true;
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
