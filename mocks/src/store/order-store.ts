import type { Order, OrderChange } from '@suivi/model';
import { fulfillmentStatusOf } from './order-fulfillment.ts';
import { Outbox } from './outbox.ts';

/** What a subscriber hears: the order after a change, and what changed. */
export interface OrderStoreChange {
  order: Order;
  changes: OrderChange[];
}
export type OrderListener = (change: OrderStoreChange) => void;

/**
 * What a store-wide listener hears: any order changed or added (built, with what changed), or
 * every order replaced at once (`load`, the mock's reset).
 */
export type StoreEvent =
  | { type: 'updated'; order: Order; changes: OrderChange[] }
  | { type: 'added'; order: Order }
  | { type: 'reloaded' };
export type StoreListener = (event: StoreEvent) => void;

/** An order the store can build when first asked for, found by id or number without building it. */
export interface LazyOrder {
  id: string;
  orderNumber: string;
}

export interface OrderStoreOptions<Entry extends LazyOrder> {
  /** Builds an entry's order the first time someone reads it. */
  materialise: (entry: Entry) => Order;
  /** Clock for updatedAt when an update does not say when it happened. */
  now: () => number;
}

export interface UpdateOptions {
  /** When the change happened (ISO), or how to tell from the changed order; defaults to the store's clock. */
  at?: string | ((changed: Order) => string);
}

/**
 * The in-memory order database. Orders are built lazily from their seed entries (100 000 of
 * them index in well under a second) and, once built, live here. Lookups by id and by number
 * are Map reads. Orders handed out are snapshots: `update` copies, changes the copy and swaps
 * it in, so a view someone already holds never changes under them. Treat them as read-only.
 */
export class OrderStore<Entry extends LazyOrder = LazyOrder> {
  private entries: Entry[] = [];
  private indexById = new Map<string, number>();
  private indexByNumber = new Map<string, number>();
  private built: (Order | undefined)[] = [];
  private listeners = new Map<string, Set<OrderListener>>();
  private storeListeners = new Set<StoreListener>();
  private readonly options: OrderStoreOptions<Entry>;
  /** Messages to customers the mock would have sent; emptied by `load`. */
  readonly outbox = new Outbox();

  constructor(options: OrderStoreOptions<Entry>) {
    this.options = options;
  }

  /** Replaces every order with fresh, unbuilt entries; subscribers stay and hear about orders that had been built. */
  load(entries: Entry[]): void {
    const wereBuilt = [...this.listeners.keys()].filter((id) => this.isBuilt(id));
    // A copy: `add` appends to it, and the caller's seed list must stay as seeded for the next reset.
    this.entries = [...entries];
    this.built = new Array(entries.length);
    this.indexById = new Map(entries.map((entry, index) => [entry.id, index]));
    this.indexByNumber = new Map(entries.map((entry, index) => [entry.orderNumber, index]));
    this.outbox.clear();
    this.tellStore({ type: 'reloaded' });
    for (const id of wereBuilt) {
      const order = this.getById(id);
      if (order) this.notify(order, [{ kind: 'order_updated' }]);
    }
  }

  /**
   * Adds an order (the mock's "a new order comes in"), built at once, and tells store-wide
   * listeners. Throws if its id or number is taken: that would be a bug in the caller.
   */
  add(entry: Entry): Order {
    if (this.indexById.has(entry.id) || this.indexByNumber.has(entry.orderNumber)) {
      throw new Error(`Order ${entry.orderNumber} (${entry.id}) already exists`);
    }
    const index = this.entries.length;
    this.entries.push(entry);
    this.built.length = this.entries.length;
    this.indexById.set(entry.id, index);
    this.indexByNumber.set(entry.orderNumber, index);
    const order = this.at(index);
    this.tellStore({ type: 'added', order });
    return order;
  }

  /** Position of an order in `seedEntries()`, which never changes until the next `load`. */
  positionOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  get size(): number {
    return this.entries.length;
  }

  getById(id: string): Order | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.at(index);
  }

  /** By normalised order number ('#1001'); see normalizeOrderNumber. */
  getByNumber(orderNumber: string): Order | undefined {
    const index = this.indexByNumber.get(orderNumber);
    return index === undefined ? undefined : this.at(index);
  }

  /** Every order, in order-number order. Builds the ones not built yet, so the first call on a big seed is slow. */
  all(): Order[] {
    return this.entries.map((_, index) => this.at(index));
  }

  /** Whether an order has been built (and so may differ from its seed). */
  isBuilt(id: string): boolean {
    const index = this.indexById.get(id);
    return index !== undefined && this.built[index] !== undefined;
  }

  /** The seed entries, for code that reasons about orders without building them (the carrier clock). */
  seedEntries(): readonly Entry[] {
    return this.entries;
  }

  /**
   * Changes one order: `mutate` edits a copy and returns what changed (returning nothing means
   * `[{kind: 'order_updated'}]`; an empty list means "no change after all": no version bump,
   * no notification). The store then bumps the
   * version, sets updatedAt, re-derives the fulfilment status and tells subscribers once.
   */
  update(id: string, mutate: (draft: Order) => OrderChange[] | void, options: UpdateOptions = {}): Order | undefined {
    const index = this.indexById.get(id);
    if (index === undefined) return undefined;
    const current = this.at(index);
    const draft = structuredClone(current);
    const changes = mutate(draft) ?? [{ kind: 'order_updated' }];
    if (!changes.length) return current;
    draft.version = current.version + 1;
    draft.updatedAt = typeof options.at === 'function' ? options.at(draft) : (options.at ?? new Date(this.options.now()).toISOString());
    draft.fulfillmentStatus = fulfillmentStatusOf(draft);
    this.built[index] = draft;
    this.notify(draft, changes);
    this.tellStore({ type: 'updated', order: draft, changes });
    return draft;
  }

  /**
   * Puts an order exactly as another copy of this store has it, version included (a journal
   * replayed on load, another tab's change): `update` would bump the version and the copies
   * would disagree on which version is current. Listeners hear `changes` as from `update`.
   */
  put(order: Order, changes: OrderChange[] = [{ kind: 'order_updated' }]): Order | undefined {
    const index = this.indexById.get(order.id);
    if (index === undefined) return undefined;
    this.at(index);
    const copy = structuredClone(order);
    this.built[index] = copy;
    this.notify(copy, changes);
    this.tellStore({ type: 'updated', order: copy, changes });
    return copy;
  }

  /** Listens to every order's changes and additions, and to reloads; returns the function that stops listening. */
  subscribeAll(listener: StoreListener): () => void {
    this.storeListeners.add(listener);
    return () => {
      this.storeListeners.delete(listener);
    };
  }

  /** Listens to one order's changes; returns the function that stops listening. */
  subscribe(orderId: string, listener: OrderListener): () => void {
    let set = this.listeners.get(orderId);
    if (!set) this.listeners.set(orderId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.listeners.get(orderId) === set) this.listeners.delete(orderId);
    };
  }

  /** How many listeners an order has (tests check that closed streams clean up). */
  listenerCount(orderId: string): number {
    return this.listeners.get(orderId)?.size ?? 0;
  }

  private at(index: number): Order {
    let order = this.built[index];
    if (!order) {
      order = this.options.materialise(this.entries[index]!);
      this.built[index] = order;
    }
    return order;
  }

  private tellStore(event: StoreEvent): void {
    for (const listener of [...this.storeListeners]) {
      try {
        listener(event);
      } catch (error) {
        console.error('[suivi mocks] store listener failed', error);
      }
    }
  }

  private notify(order: Order, changes: OrderChange[]): void {
    const set = this.listeners.get(order.id);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener({ order, changes });
      } catch (error) {
        // One broken listener (a closed stream) must not stop the others or the writer.
        console.error('[suivi mocks] order listener failed', error);
      }
    }
  }
}
