import type { TokenVault } from '../auth/token-vault.ts';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { RoutePlanBook } from '../store/route-plan.ts';
import type { ActionEnv } from './actions/action-plan.ts';
import { checkAdminKey } from './admin-auth.ts';
import { AdminEventFeed } from './admin-event-feed.ts';
import { IdempotencyStore } from './idempotency-store.ts';
import { AdminOrderIndex } from './order-index/admin-order-index.ts';

/** Everything the admin handlers work with; one per MockApi. */
export interface AdminContext {
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  plans: RoutePlanBook;
  /** Customer tokens, to tell a shopper's token (403) from garbage (401). */
  tokens: TokenVault;
  adminKey: string;
  now: () => number;
  index: AdminOrderIndex;
  feed: AdminEventFeed;
  idempotency: IdempotencyStore;
}

export function actionEnvOf(context: AdminContext): ActionEnv {
  return { now: context.now, plans: context.plans, outbox: context.store.outbox };
}

export interface AdminOptions {
  /** The bearer token of the admin API. */
  adminKey: string;
  /** Live events kept for clients that reconnect (Last-Event-ID). Default 1 000. */
  eventLogSize?: number;
  /** Idempotency keys remembered. Default 10 000. */
  idempotencyCapacity?: number;
}

/** The admin side of one MockApi: its index, live feed and idempotency records, over the shared store and clock. */
export function createAdminContext(
  shared: { store: OrderStore<SeedEntry>; clock: CarrierClock; plans: RoutePlanBook; tokens: TokenVault; now: () => number },
  options: AdminOptions,
): AdminContext {
  const index = new AdminOrderIndex(shared.store, shared.clock);
  return {
    ...shared,
    adminKey: checkAdminKey(options.adminKey),
    index,
    feed: new AdminEventFeed(index, { capacity: options.eventLogSize }),
    idempotency: new IdempotencyStore({ capacity: options.idempotencyCapacity }),
  };
}

/** Forgets idempotency records (the mock's reset; the index and the feed follow the store's reload by themselves). */
export function resetAdmin(context: AdminContext): void {
  context.idempotency.clear();
}
