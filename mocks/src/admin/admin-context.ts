import type { TokenVault } from '../auth/token-vault.ts';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import type { RoutePlanBook } from '../store/route-plan.ts';
import type { ActionEnv } from './actions/action-plan.ts';
import type { AdminEventFeed } from './admin-event-feed.ts';
import type { IdempotencyStore } from './idempotency-store.ts';
import type { AdminOrderIndex } from './order-index/admin-order-index.ts';

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
