import type { Order } from '@suivi/model';
import type { OutboxMessage } from '../store/outbox.ts';
import type { RoutePlan } from '../store/route-plan.ts';

/** The part of the Web Storage API the journal needs (localStorage, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the mock keeps across page loads. The seeded orders are not in it: the same seed, order
 * count and anchor build them again, so only what changed since is stored (a journal, not a dump).
 */
export interface MockJournal {
  format: 1;
  seed: number;
  orderCount: number;
  /** The seed's "now" (ms); kept so orders read the same after a reload on another day. */
  anchor: number;
  /** The carrier clock's tick log, replayed on start. */
  ticks: number[];
  /** Seeded orders as they were last changed, oldest change first. */
  changed: Order[];
  /** Orders added after seeding ("a new order comes in"), in the order they came. */
  added: Order[];
  /** Journeys still to come of the stored orders' shipments (the clock's secret; fulfilments make new ones). */
  plans: RoutePlan[];
  /** What the mock "sent", newest last; trimmed first when over the size cap. */
  outbox: OutboxMessage[];
  /** The last cross-tab change this journal includes (TabSync); absent when tabs are not synced. */
  seq?: number;
}

/** Why the last write did not happen, for a page to say so; null when it did. */
export type PersistenceProblem = 'quota-exceeded' | 'over-cap' | 'unavailable' | null;

export interface MockPersistenceOptions {
  storage: KeyValueStorage;
  /** Default 'suivi-mock-journal'. */
  key?: string;
  /** Writes are grouped: a clock tick changes dozens of orders at once. Default 250 ms. */
  debounceMs?: number;
  /**
   * Largest journal written, in UTF-16 characters (what localStorage counts). Default 2 000 000,
   * well within the usual 5 M quota. Over it, the oldest outbox messages go first; if the orders
   * alone are over it, nothing is written and `problem` says 'over-cap' (the page keeps working).
   */
  maxChars?: number;
}

const DEFAULT_KEY = 'suivi-mock-journal';

/**
 * Keeps a mock API's changes in a key-value storage so a page reload finds them again. Isomorphic
 * and timer-based only; createMockApi reads `load()` before it answers and hands changes to `save`.
 */
export class MockPersistence {
  readonly key: string;
  private readonly storage: KeyValueStorage;
  private readonly debounceMs: number;
  private readonly maxChars: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => MockJournal) | null = null;
  private disabled = false;
  /** Why the last write failed (quota, cap, storage gone), or null. */
  problem: PersistenceProblem = null;
  /**
   * The last cross-tab change the mock has (TabSync sets it), written with the journal so a tab
   * that loads it knows which changes it already holds.
   */
  sequence: number | undefined;

  constructor(options: MockPersistenceOptions) {
    this.storage = options.storage;
    this.key = options.key ?? DEFAULT_KEY;
    this.debounceMs = Math.max(0, options.debounceMs ?? 250);
    this.maxChars = Math.max(1, options.maxChars ?? 2_000_000);
  }

  /** The stored journal, or null when there is none or it cannot be read (then it is removed: a fresh start). */
  load(): MockJournal | null {
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return null;
    }
    if (text === null) return null;
    const journal = parseJournal(text);
    if (!journal) this.forget();
    return journal;
  }

  /** Writes `journal()` after the debounce (the latest call wins); `flush` writes at once. */
  save(journal: () => MockJournal): void {
    if (this.disabled) return;
    this.pending = journal;
    if (this.timer !== null) return;
    this.timer = setTimeout(() => this.flush(), this.debounceMs);
    (this.timer as { unref?: () => void }).unref?.();
  }

  /** Writes the pending journal now (tests, and a page about to unload). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const make = this.pending;
    this.pending = null;
    if (!make || this.disabled) return;
    this.write(make());
  }

  /**
   * Drops the pending write. With tabs in sync only the tab that made a change writes the journal:
   * a tab that applied it would otherwise write it again a moment later, over a newer one.
   */
  discardPending(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }

  /** Removes what is stored and stops writing until the page reloads (the demo's "Reset demo data"). */
  clear(): void {
    this.disabled = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
    this.forget();
  }

  private write(made: MockJournal): void {
    const journal = this.sequence === undefined ? made : { ...made, seq: this.sequence };
    let outbox = journal.outbox;
    let text = JSON.stringify(journal);
    // Over the cap: drop the oldest half of the outbox until it fits or is empty.
    while (text.length > this.maxChars && outbox.length) {
      outbox = outbox.slice(Math.ceil(outbox.length / 2));
      text = JSON.stringify({ ...journal, outbox });
    }
    if (text.length > this.maxChars) {
      this.problem = 'over-cap';
      return;
    }
    try {
      this.storage.setItem(this.key, text);
      this.problem = null;
    } catch (error) {
      this.problem = isQuotaError(error) ? 'quota-exceeded' : 'unavailable';
    }
  }

  private forget(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Storage gone: nothing to forget.
    }
  }
}

function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && /quota/i.test(String((error as { name: unknown }).name));
}

const isArray = Array.isArray;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const hasIdAndNumber = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as Order).id === 'string' && typeof (value as Order).orderNumber === 'string';

/**
 * Reads a stored journal, or null when it is not one (another version, hand-edited, cut short).
 * Checks the outline only: the journal was written by this module from the store's own orders.
 */
export function parseJournal(text: string): MockJournal | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const j = value as Partial<MockJournal>;
  if (j.format !== 1 || !isNumber(j.seed) || !isNumber(j.orderCount) || !isNumber(j.anchor)) return null;
  if (!isArray(j.ticks) || !j.ticks.every(isNumber)) return null;
  if (!isArray(j.changed) || !j.changed.every(hasIdAndNumber)) return null;
  if (!isArray(j.added) || !j.added.every(hasIdAndNumber)) return null;
  if (!isArray(j.plans) || !isArray(j.outbox)) return null;
  if (j.seq !== undefined && !isNumber(j.seq)) return null;
  return j as MockJournal;
}
