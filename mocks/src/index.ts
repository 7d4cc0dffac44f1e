import { DEFAULT_RETURN_WINDOW_DAYS, type Order } from '@suivi/model';
import type { RequestHandler } from 'msw';
import { SlidingWindowLimiter } from './auth/sliding-window-limiter.ts';
import { TokenVault } from './auth/token-vault.ts';
import { CarrierClock } from './clock/carrier-clock.ts';
import { DEFAULT_ADMIN_KEY } from './admin/admin-auth.ts';
import { createAdminContext, resetAdmin } from './admin/admin-context.ts';
import { createAdminHandlers } from './admin/admin-handlers.ts';
import { createCustomerContext, createCustomerHandlers, defaultShareLinkUrl, resetCustomer, type ShareLinkUrl } from './customer/index.ts';
import type { ShareLinkBook } from './customer/share-link-book.ts';
import { createHandlers } from './http/handlers.ts';
import { withFaults } from './faults/fault-handlers.ts';
import { FaultSwitch } from './faults/fault-switch.ts';
import type { MockContext } from './http/mock-context.ts';
import { indexSeed, type SeedEntry } from './seed/seed-index.ts';
import type { ShowcaseOrder } from './seed/showcase.ts';
import { startOfUtcDay } from './seed/time.ts';
import { OrderStore } from './store/order-store.ts';
import { keepJournal, restoreJournal } from './persistence/journal-keeper.ts';
import type { MockPersistence } from './persistence/mock-persistence.ts';
import type { TabSync } from './persistence/tab-sync.ts';
import { RoutePlanBook } from './store/route-plan.ts';

export type { ShowcaseOrder } from './seed/showcase.ts';
export { CarrierClock } from './clock/carrier-clock.ts';
export { OrderStore, type OrderListener, type OrderStoreChange, type StoreEvent, type StoreListener, type UpdateOptions } from './store/order-store.ts';
export type { Outbox, OutboxMessage, OutboxEvent, OutboxListener } from './store/outbox.ts';
export type { ShareLinkBook, ShareLinkRecord, ShareLinkChange } from './customer/share-link-book.ts';
export type { ShareLinkUrl } from './customer/customer-context.ts';
export { customerMockControlPaths } from './customer/customer-mock-paths.ts';
export { DEFAULT_ADMIN_KEY } from './admin/admin-auth.ts';
export { adminMockControlPaths } from './admin/mock-control-paths.ts';
export { mockControlPaths } from './http/handlers.ts';
export { REMOTE_ADDRESS_HEADER } from './http/request-reading.ts';
export { FaultSwitch, type ActiveFault } from './faults/fault-switch.ts';
export { FAULT_KINDS, type Fault, type FaultKind, type FaultMatch, type FaultRule, type FaultRuleRequest } from './faults/fault.ts';
export { faultControlPaths } from './faults/fault-handlers.ts';
export { TabSync, type TabChannel, type TabLocks, type TabMessage, type TabOp, type TabSyncOptions, type TabSyncTarget } from './persistence/tab-sync.ts';
export { MockPersistence, parseJournal, type KeyValueStorage, type MockJournal, type MockPersistenceOptions, type PersistenceProblem } from './persistence/mock-persistence.ts';

export interface RateLimitOptions {
  /** Failed lookups one client may make per window. */
  perClient: number;
  /** Failed lookups on one order number per window, whoever makes them. */
  perOrderNumber: number;
  windowMs: number;
}

export interface MockApiOptions {
  /** Seed of the generated orders (the showcase does not depend on it). Default 1. */
  seed?: number;
  /** Total orders, showcase included. Default 300; 100 000 index in under a second. */
  orderCount?: number;
  /** "Now" for the seed data. Default: the start of today (UTC). Tests pass a fixed date. */
  anchor?: Date;
  /** Where the API lives: '/api' (default, same origin) or absolute ('http://127.0.0.1:4010/api'). */
  baseUrl?: string;
  /** Lifetime of lookup tokens. Default 15 minutes. */
  tokenTtlMs?: number;
  rateLimit?: RateLimitOptions;
  /** Clock for tokens and rate limits. Default Date.now. */
  now?: () => number;
  /**
   * A failed lookup answers no sooner than this after it arrived, so its timing says nothing about
   * whether the order number exists (see handleLookup). Default 25 ms (DEFAULT_FAILED_LOOKUP_FLOOR_MS); 0 turns it off.
   */
  failedLookupFloorMs?: number;
  /** Bearer token of the admin API (8+ characters a header can carry). Default DEFAULT_ADMIN_KEY, 'suivi-demo-admin-key'. */
  adminKey?: string;
  /** Admin live events kept for clients that reconnect with Last-Event-ID. Default 1 000. */
  adminEventLogSize?: number;
  /** Days after delivery during which the shop accepts returns. Default 30 (DEFAULT_RETURN_WINDOW_DAYS). */
  returnWindowDays?: number;
  /** The address a share link gives, from its token. Default: `/?share=<token>` on the API's origin. */
  shareLinkUrl?: ShareLinkUrl;
  /**
   * Keeps changed orders, the clock's ticks, new orders and the outbox across page loads (the
   * demo: `new MockPersistence({ storage: localStorage })`). Off by default. A stored journal's
   * anchor wins over `anchor`, so orders read the same on a reload the next day. Tokens, rate
   * limits, idempotency keys and fault rules are not kept; share links are the page's to keep.
   */
  persistence?: MockPersistence;
  /**
   * Makes this mock one of several tabs' copies of one shop (the demo: BroadcastChannel and Web
   * Locks): each change here reaches the others as it happens and writes are taken one at a time
   * across tabs (see TabSync). Attached once the journal is restored.
   */
  tabSync?: TabSync;
}

export interface MockApi {
  /** MSW handlers for the customer and admin APIs and the mock controls. */
  handlers: RequestHandler[];
  /** What the admin API takes as `Authorization: Bearer <adminKey>`. */
  adminKey: string;
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  /** The demo's "orders to try". */
  showcase: ShowcaseOrder[];
  /** Share links handed out: expire them early (`expireNow`) or carry them across page loads (`snapshot`/`restore`). */
  shareLinks: ShareLinkBook;
  /** Makes matching requests fail (latency, timeout, 500, 503, dropped connection, malformed JSON, wrong shape, dropped stream); also `POST /__mock/faults`. */
  faults: FaultSwitch;
  /** Back to the freshly seeded state; forgets tokens, rate limits, clock ticks, new orders, sent messages, idempotency keys and fault rules. */
  reset(): void;
}

/**
 * Far above the work of a lookup (about 0.1 ms in process) and above its variation on a loaded
 * machine, yet unnoticed by a person who mistyped: a wrong guess costs 25 ms more.
 */
export const DEFAULT_FAILED_LOOKUP_FLOOR_MS = 25;

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perClient: 10, perOrderNumber: 5, windowMs: 15 * 60_000 };

/**
 * Creates a mock order API: an in-memory store seeded deterministically, a carrier clock,
 * and MSW handlers for both halves of the HTTP contract (customer, and admin behind `adminKey`).
 * Isomorphic: use the handlers with `startMockWorker` (browser), `createMockNodeServer`
 * (msw/node) or `startMockHttpServer`.
 *
 * @example
 * const api = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z') });
 * const server = createMockNodeServer(api);
 * server.listen();
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const now = options.now ?? (() => Date.now());
  const seed = options.seed ?? 1;
  const orderCount = Math.max(0, Math.floor(options.orderCount ?? 300));
  const journal = options.persistence?.load() ?? null;
  const sameData = journal !== null && journal.seed === seed && journal.orderCount === orderCount;
  const anchor = sameData ? journal.anchor : options.anchor ? options.anchor.getTime() : startOfUtcDay(Date.now());
  const rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;

  const plans = new RoutePlanBook();
  // The clock replays its ticks on each order as it is first built; it needs the store and the store needs it.
  let clock: CarrierClock | undefined;
  // Likewise its returns, once the returns desk exists (no order is built before it is).
  let returnsCatchUp: ((order: Order) => Order) | undefined;
  const store = new OrderStore<SeedEntry>({
    now,
    materialise: (entry) => {
      const order = clock!.catchUp(entry.build());
      return returnsCatchUp ? returnsCatchUp(order) : order;
    },
  });
  clock = new CarrierClock(store, plans);

  const index = indexSeed({ seed, orderCount, anchor });
  store.load(index.entries);

  const tokens = new TokenVault({ ttlMs: options.tokenTtlMs ?? 15 * 60_000, now });
  const failuresPerClient = new SlidingWindowLimiter({ limit: rateLimit.perClient, windowMs: rateLimit.windowMs, now });
  const failuresPerOrderNumber = new SlidingWindowLimiter({ limit: rateLimit.perOrderNumber, windowMs: rateLimit.windowMs, now });

  const faults = new FaultSwitch();
  const reset = () => {
    clock.stop();
    clock.rewind();
    plans.replaceAll([]);
    tokens.clear();
    failuresPerClient.clear();
    failuresPerOrderNumber.clear();
    resetAdmin(admin);
    resetCustomer(customer);
    faults.clear();
    store.load(index.entries);
  };

  const adminKey = options.adminKey ?? DEFAULT_ADMIN_KEY;
  const admin = createAdminContext({ store, clock, plans, tokens, now }, { adminKey, eventLogSize: options.adminEventLogSize });
  const context: MockContext = { store, clock, tokens, failuresPerClient, failuresPerOrderNumber, showcase: index.showcase, adminKey, now, reset,
    failedLookupFloorMs: Math.max(0, options.failedLookupFloorMs ?? DEFAULT_FAILED_LOOKUP_FLOOR_MS),
  };
  // The seed's "now" is its anchor; from there it runs with the clock (see createCustomerContext).
  const startedAt = now();
  const shopNow = () => anchor + (now() - startedAt);
  const customer = createCustomerContext(
    { store, clock, tokens, adminKey, now, shopNow },
    { returnWindowDays: options.returnWindowDays ?? DEFAULT_RETURN_WINDOW_DAYS, shareLinkUrl: options.shareLinkUrl ?? defaultShareLinkUrl },
  );
  returnsCatchUp = (order) => customer.returns.catchUp(order);
  let restored: typeof journal = null;
  if (options.persistence) {
    const target = { store, clock, plans, seed, orderCount, anchor };
    restored = restoreJournal(target, journal) ? journal : null;
    keepJournal(target, options.persistence, restored);
  }
  options.tabSync?.attach({ store, clock, plans, reset, persistence: options.persistence, restoredSeq: restored?.seq ?? 0 });
  const baseUrl = options.baseUrl ?? '/api';
  const apiHandlers = [...createHandlers(context, baseUrl), ...createCustomerHandlers(customer, baseUrl), ...createAdminHandlers(admin, baseUrl)];
  return {
    handlers: withFaults(faults, baseUrl, options.tabSync ? options.tabSync.guard(baseUrl, apiHandlers) : apiHandlers),
    faults,
    shareLinks: customer.shareLinks,
    adminKey,
    store,
    clock,
    showcase: index.showcase,
    reset,
  };
}
