import { toOrderSummary, type AdminOrderList, type OrderSummary } from '@suivi/model';
import type { CarrierClock } from '../../clock/carrier-clock.ts';
import type { SeedEntry } from '../../seed/seed-index.ts';
import type { OrderStore, StoreEvent } from '../../store/order-store.ts';
import { clockFollowerOf, hasArrived, summaryAfterTicks, tickTimelineOf, type ClockFollower, type TickTimeline } from './clock-follower.ts';
import { indexRowOf, movedRow, type IndexRow } from './index-row.ts';
import { runListPlan, sortedMatches } from './list-engine.ts';
import type { ListPlan } from './list-plan.ts';

/** What the index tells its listeners (the admin event feed). */
export type IndexChange = { kind: 'created' | 'updated'; order: OrderSummary } | { kind: 'reset' };

export interface AdminOrderIndexOptions {
  /** Orders indexed between two yields to the event loop while the index is first built. Default 2 000. */
  chunkSize?: number;
}

/**
 * The admin list's view of every order: one IndexRow per order, by its position in the store.
 * Built on first use (not at startup: the shopper's side never needs it), a chunk at a time so
 * the event loop keeps serving meanwhile. Orders the store has built are read from it; the
 * others are built on the side, summarised and dropped, so the store stays lazy and small.
 * From then on it follows every change: store updates and additions (built orders), and clock
 * ticks for the unbuilt orders still travelling (see ClockFollower). A query is then one scan
 * over the rows (see runListPlan): no sort caches to invalidate when statuses move.
 */
export class AdminOrderIndex {
  private rows: (IndexRow | undefined)[] = [];
  private followers = new Map<number, ClockFollower>();
  private building: Promise<void> | null = null;
  private complete = false;
  /** Bumped by every reload, so a build started before one stops instead of mixing two data sets. */
  private generation = 0;
  private listeners = new Set<(change: IndexChange) => void>();
  private readonly store: OrderStore<SeedEntry>;
  private readonly clock: CarrierClock;
  private readonly chunkSize: number;

  constructor(store: OrderStore<SeedEntry>, clock: CarrierClock, options: AdminOrderIndexOptions = {}) {
    this.store = store;
    this.clock = clock;
    this.chunkSize = Math.max(1, options.chunkSize ?? 2_000);
    store.subscribeAll((event) => this.onStoreEvent(event));
    clock.onAdvance(() => this.onClockAdvance());
  }

  /** Resolves once every order is indexed; starts building on the first call (and again after a reload). */
  async ready(): Promise<void> {
    while (!this.complete) {
      this.building ??= this.build(this.generation);
      await this.building;
    }
  }

  get isReady(): boolean {
    return this.complete;
  }

  /** One page of the list. Call after `ready()`. */
  list(plan: ListPlan): AdminOrderList {
    this.assertReady();
    return runListPlan(this.rows, plan);
  }

  /** Every matching row, sorted (the CSV export). Call after `ready()`. */
  matchingRows(plan: ListPlan): IndexRow[] {
    this.assertReady();
    return sortedMatches(this.rows, plan);
  }

  /** Hears every created or changed order and every reset; returns the function that stops listening. */
  onChange(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private assertReady(): void {
    if (!this.complete) throw new Error('AdminOrderIndex: await ready() first');
  }

  private async build(generation: number): Promise<void> {
    const entries = this.store.seedEntries();
    let timeline = tickTimelineOf(this.clock.tickLog());
    for (let position = 0; position < entries.length; position++) {
      if (position > 0 && position % this.chunkSize === 0) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        if (generation !== this.generation) return;
        // The clock may have ticked while we were away.
        timeline = tickTimelineOf(this.clock.tickLog());
      }
      if (!this.rows[position]) this.rows[position] = this.rowOfEntry(position, entries[position]!, timeline);
    }
    if (generation === this.generation) this.complete = true;
  }

  /** An order's row without building it in the store when it is not built yet. */
  private rowOfEntry(position: number, entry: SeedEntry, timeline: TickTimeline): IndexRow {
    if (this.store.isBuilt(entry.id)) return indexRowOf(toOrderSummary(this.store.getById(entry.id)!));
    const built = entry.build();
    const follower = clockFollowerOf(built);
    if (!follower) return indexRowOf(toOrderSummary(built.order));
    if (!hasArrived(follower, timeline)) this.followers.set(position, follower);
    return indexRowOf(summaryAfterTicks(follower, timeline));
  }

  private onStoreEvent(event: StoreEvent): void {
    if (event.type === 'reloaded') {
      this.generation++;
      this.rows = [];
      this.followers.clear();
      this.building = null;
      this.complete = false;
      this.emit({ kind: 'reset' });
      return;
    }
    const position = this.store.positionOf(event.order.id);
    if (position === undefined) return;
    // A built order is the store's to announce from now on.
    this.followers.delete(position);
    const summary = toOrderSummary(event.order);
    this.rows[position] = indexRowOf(summary);
    this.emit({ kind: event.type === 'added' ? 'created' : 'updated', order: summary });
  }

  /** Moves the rows of unbuilt travelling orders as the tick moved them (built ones came through the store). */
  private onClockAdvance(): void {
    if (!this.followers.size) return;
    const timeline = tickTimelineOf(this.clock.tickLog());
    for (const [position, follower] of this.followers) {
      if (this.store.isBuilt(follower.seeded.id)) {
        this.followers.delete(position);
        continue;
      }
      const summary = summaryAfterTicks(follower, timeline);
      if (hasArrived(follower, timeline)) this.followers.delete(position);
      if (summary.version === this.rows[position]?.summary.version) continue;
      this.rows[position] = movedRow(this.rows[position]!, summary);
      this.emit({ kind: 'updated', order: summary });
    }
  }

  private emit(change: IndexChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('[suivi mocks] admin index listener failed', error);
      }
    }
  }
}
