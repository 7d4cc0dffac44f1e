import type { Order, OrderChange } from '@suivi/model';
import { getResponse, http, type RequestHandler } from 'msw';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import { handlerPrefix } from '../http/handlers.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { OutboxMessage } from '../store/outbox.ts';
import type { RoutePlan, RoutePlanBook } from '../store/route-plan.ts';
import { addedEntry, applyJournal, recordMissing, replacePlansOf } from './journal-keeper.ts';
import type { MockPersistence } from './mock-persistence.ts';

/**
 * One thing a tab's mock did, as the other tabs redo it. Orders travel whole with their version
 * (put as they are, never re-derived); a carrier tick travels as its step count, because every
 * tab replays it on its own orders: orders are built lazily, so only the tick, not the orders one
 * tab happened to have built, moves the others' alike.
 */
export type TabOp =
  | { op: 'order'; order: Order; changes: OrderChange[]; plans: RoutePlan[] }
  | { op: 'added'; order: Order; plans: RoutePlan[] }
  /** `index`: the tick's place in the clock's log (1 for the first), so a tab never makes it twice. */
  | { op: 'tick'; steps: number; index: number }
  | { op: 'outbox'; message: OutboxMessage }
  /** The mock's reset (POST /__mock/reset): every tab goes back to the seed. */
  | { op: 'reloaded' };

/** What tabs say to each other. */
export type TabMessage =
  | { type: 'change'; from: string; seq: number; ops: TabOp[] }
  | { type: 'ack'; from: string; to: string; seq: number }
  /** The demo's "Reset demo data": the journal is gone and every tab starts again. */
  | { type: 'reset'; from: string };

/** A BroadcastChannel, or a fake one in tests: a message reaches every other tab, in the order each tab sent them. */
export interface TabChannel {
  post(message: TabMessage): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: TabMessage) => void): () => void;
}

/** navigator.locks, or a fake in tests. */
export interface TabLocks {
  /** Runs `work` holding the one lock every tab's writes share (exclusive, tabs and this tab alike). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Ids of the other tabs open now (or opening), whose acknowledgement a write waits for. */
  peers(): Promise<string[]>;
}

export interface TabSyncOptions {
  /** This tab's id, unique among the open tabs. */
  tabId: string;
  channel: TabChannel;
  locks: TabLocks;
  /** How long a write waits for a tab that does not acknowledge (hung, paused in a debugger). Default 3 000 ms. */
  ackTimeoutMs?: number;
  /** Another tab reset the demo data; the page should reload. */
  onReset?: () => void;
}

/** The mock's parts a TabSync reads and changes (createMockApi attaches them). */
export interface TabSyncTarget {
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  plans: RoutePlanBook;
  /** Back to the seed (the mock's reset). */
  reset(): void;
  persistence?: MockPersistence;
  /** The last change the restored journal included (0 without one). */
  restoredSeq: number;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Keeps the mocks of several tabs of one browser one shop: each tab has its own store in memory,
 * and each change one makes is redone by the others as it happens, so their live streams fire
 * (a back office's row, a shopper's timeline) and versions agree (a write based on a version
 * another tab has since changed gets 409, as against one server).
 *
 * Ordering rule: **one writer at a time, and a write ends only once every open tab has applied
 * it.** Every change happens inside `write` (the API's requests other than GET, through `guard`;
 * the demo's clock button), which holds one Web Lock shared by all tabs. Inside it the change is
 * made, numbered (`seq`, one more than the last this tab applied), journalled in storage,
 * broadcast, and the lock is kept until each other open tab (`locks.peers()`) acknowledges
 * having applied it. So the next writer, whichever tab, already holds every earlier change: two
 * tabs writing at the same moment are served one after the other, the second against the
 * first's result, and the journal never forks. A tab that does not answer within `ackTimeoutMs`
 * is not waited for; if it later receives a change whose number skips one, it catches up from the
 * stored journal (written before the broadcast) before applying it.
 *
 * A tab opening reads the journal when its mock is made and listens from before that read, so
 * nothing is lost between the two; changes it already has (by number) are acknowledged and skipped.
 * Only the writing tab writes the journal: the others drop the write their store's events queued.
 */
export class TabSync {
  readonly tabId: string;
  private readonly channel: TabChannel;
  private readonly locks: TabLocks;
  private readonly ackTimeoutMs: number;
  private readonly onReset: (() => void) | undefined;
  private target: TabSyncTarget | null = null;
  /** Messages that came before the mock was attached, applied by `attach`. */
  private early: TabMessage[] = [];
  private seq = 0;
  /** Redoing another tab's change: what the store says now is not ours to send. */
  private applying = false;
  /** Made by this tab and not sent yet. */
  private ops: TabOp[] = [];
  /** Orders changed (or added) since the last op whose journeys are not filled in yet. */
  private unplanned: Array<Extract<TabOp, { op: 'order' | 'added' }>> = [];
  /** A tick is moving this tab's orders: every tab replays it, so its order changes are not sent. */
  private ticking = false;
  private writing = 0;
  private unlockedFlush: Promise<void> | null = null;
  private readonly waiting = new Map<number, { tabs: Set<string>; done: () => void }>();
  private readonly stops: Array<() => void> = [];

  constructor(options: TabSyncOptions) {
    this.tabId = options.tabId;
    this.channel = options.channel;
    this.locks = options.locks;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3_000;
    this.onReset = options.onReset;
    this.stops.push(this.channel.listen((message) => this.hear(message)));
  }

  /** The last change this tab holds (its own or another's). */
  get sequence(): number {
    return this.seq;
  }

  /** Connects the mock (createMockApi does it, after restoring the journal) and applies what came meanwhile. */
  attach(target: TabSyncTarget): void {
    if (this.target) throw new Error('TabSync is already attached to a mock');
    this.target = target;
    this.seq = target.restoredSeq;
    if (target.persistence) target.persistence.sequence = this.seq;
    const { store, clock } = target;
    this.stops.push(
      store.subscribeAll((event) => {
        if (this.applying || this.ticking) return;
        if (event.type === 'reloaded') this.record({ op: 'reloaded' });
        else if (event.type === 'added') this.record({ op: 'added', order: event.order, plans: [] });
        else this.record({ op: 'order', order: event.order, changes: event.changes, plans: [] });
      }),
      clock.onBeforeAdvance(() => {
        if (this.applying) return;
        this.planOrders();
        this.ticking = true;
      }),
      clock.onAdvance((steps) => {
        if (this.applying) return;
        this.ticking = false;
        this.record({ op: 'tick', steps, index: clock.tickLog().length });
      }),
      store.outbox.subscribe((event) => {
        if (this.applying || event.type !== 'recorded') return;
        this.record({ op: 'outbox', message: event.message });
      }),
    );
    const early = this.early;
    this.early = [];
    for (const message of early) this.hear(message);
  }

  /**
   * Runs one change holding the tabs' write lock, then hands it to every other tab and waits
   * until they have it (see the class's ordering rule). Returns what `change` returns.
   */
  write<T>(change: () => T | Promise<T>): Promise<T> {
    return this.locks.exclusive(async () => {
      // The last writer stored its change before sending it, but the message may not have reached
      // this tab yet (a background tab hears late, or missed the wait for its answer): a change
      // made on an order as this tab had it would then pass where it must meet a conflict, and the
      // late message would be dropped as older. So the journal first, then the change.
      if (this.target) this.catchUpFromJournal(this.seq);
      this.writing++;
      try {
        return await change();
      } finally {
        this.writing--;
        await this.publish();
      }
    });
  }

  /**
   * Puts the write lock in front of `handlers`: every request under the API base other than a
   * read is answered by them inside `write`, so whatever it changes reaches the other tabs before
   * the next write anywhere. Reads go straight on.
   */
  guard(baseUrl: string, handlers: RequestHandler[]): RequestHandler[] {
    const prefix = handlerPrefix(baseUrl);
    return [
      http.all(`${prefix}/*`, async ({ request }) => {
        if (READS.has(request.method)) return undefined;
        return (await this.write(() => getResponse(handlers, request.clone()))) ?? undefined;
      }),
      ...handlers,
    ];
  }

  /** Tells the other tabs the demo data is gone (they reload through `onReset`). */
  announceReset(): void {
    this.channel.post({ type: 'reset', from: this.tabId });
  }

  /** Stops listening and following the mock. */
  close(): void {
    for (const stop of this.stops.splice(0)) stop();
    for (const { done } of this.waiting.values()) done();
  }

  private record(op: TabOp): void {
    if (op.op !== 'order' && op.op !== 'added') this.planOrders();
    this.ops.push(op);
    if (op.op === 'order' || op.op === 'added') this.unplanned.push(op);
    if (this.writing === 0) this.flushUnlocked();
  }

  /**
   * A change made outside `write` (a test or script calling the store or clock directly): sent
   * under the lock as soon as it is free, so numbering stays single. Nothing held it off other
   * writes, though: the demo routes its changes through `write`.
   */
  private flushUnlocked(): void {
    this.unlockedFlush ??= Promise.resolve().then(() => {
      this.unlockedFlush = null;
      return this.locks.exclusive(() => this.publish());
    });
  }

  /**
   * Fills in the journeys of the orders changed since the last op, as they are now: a fulfilment
   * files its shipment's journey just after the order changes, and a tick about to start would
   * use some up (the other tabs replay that tick themselves).
   */
  private planOrders(): void {
    if (!this.unplanned.length || !this.target) return;
    const active = this.target.plans.active();
    for (const op of this.unplanned) {
      op.plans = active.filter((plan) => plan.orderId === op.order.id).map((plan) => ({ ...plan, remaining: [...plan.remaining] }));
    }
    this.unplanned = [];
  }

  private async publish(): Promise<void> {
    this.planOrders();
    if (!this.ops.length) return;
    const ops = this.ops;
    this.ops = [];
    const seq = ++this.seq;
    const persistence = this.target?.persistence;
    if (persistence) {
      persistence.sequence = seq;
      // Stored before it is sent: a tab that finds a number missing reads it from there.
      persistence.flush();
    }
    const tabs = new Set((await this.locks.peers()).filter((id) => id !== this.tabId));
    const acknowledged = new Promise<void>((resolve) => {
      this.waiting.set(seq, { tabs, done: resolve });
      if (!tabs.size) resolve();
    });
    this.channel.post({ type: 'change', from: this.tabId, seq, ops });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<void>((resolve) => (timer = setTimeout(resolve, this.ackTimeoutMs)));
    await Promise.race([acknowledged, timedOut]);
    clearTimeout(timer);
    this.waiting.delete(seq);
  }

  private hear(message: TabMessage): void {
    if (message.from === this.tabId) return;
    if (message.type === 'reset') {
      this.onReset?.();
      return;
    }
    if (message.type === 'ack') {
      if (message.to !== this.tabId) return;
      const wait = this.waiting.get(message.seq);
      if (!wait) return;
      wait.tabs.delete(message.from);
      if (!wait.tabs.size) wait.done();
      return;
    }
    if (!this.target) {
      this.early.push(message);
      return;
    }
    if (message.seq > this.seq) {
      if (message.seq > this.seq + 1) this.catchUpFromJournal(message.seq - 1);
      this.apply(message.ops);
      this.seq = message.seq;
      if (this.target.persistence) {
        this.target.persistence.sequence = this.seq;
        this.target.persistence.discardPending();
      }
    }
    this.channel.post({ type: 'ack', from: this.tabId, to: message.from, seq: message.seq });
  }

  /** A change was missed (this tab did not answer in time): what the stored journal has, up to `wanted`. */
  private catchUpFromJournal(wanted: number): void {
    const target = this.target!;
    const journal = target.persistence?.load() ?? null;
    const stored = journal?.seq ?? 0;
    if (journal && stored > this.seq) {
      this.applying = true;
      try {
        applyJournal(target, journal);
      } finally {
        this.applying = false;
      }
      this.seq = stored;
    }
    if (this.seq < wanted) console.warn(`[suivi mocks] tab ${this.tabId} missed changes ${this.seq + 1}–${wanted}; carrying on without them`);
  }

  private apply(ops: readonly TabOp[]): void {
    const { store, clock, plans, reset } = this.target!;
    this.applying = true;
    try {
      for (const op of ops) {
        // The messages a change made travel as their own ops: the notifier must not make them again here.
        if (op.op === 'order') {
          const local = store.getById(op.order.id);
          if (!local || local.version >= op.order.version) continue;
          store.outbox.quietly(() => store.put(op.order, op.changes));
          replacePlansOf(plans, new Set([op.order.id]), op.plans);
        } else if (op.op === 'added') {
          if (!store.getById(op.order.id)) store.outbox.quietly(() => store.add(addedEntry(op.order)));
          replacePlansOf(plans, new Set([op.order.id]), op.plans);
        } else if (op.op === 'tick') {
          if (clock.tickLog().length === op.index - 1) store.outbox.quietly(() => clock.advance(op.steps));
        } else if (op.op === 'outbox') {
          recordMissing(store.outbox, [op.message]);
        } else {
          reset();
        }
      }
    } finally {
      this.applying = false;
    }
  }
}
