import { IdempotencyStore } from '../admin/idempotency-store.ts';
import type { TokenVault } from '../auth/token-vault.ts';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { OrderStore } from '../store/order-store.ts';
import { ReturnDesk } from './return-desk.ts';
import { returnReasonWords } from './return-reason-words.ts';
import { ShareLinkBook } from './share-link-book.ts';
import { StatusNotifier } from './status-notifier.ts';

/** Where a share link points: the page that opens it, given the token and the request that created it. */
export type ShareLinkUrl = (token: string, request: Request) => string;

/** By default, the site's root with `?share=<token>` on the API's own origin (the demo and Storybook serve both). */
export const defaultShareLinkUrl: ShareLinkUrl = (token, request) => new URL(`/?share=${encodeURIComponent(token)}`, request.url).href;

export interface CustomerOptions {
  /** Days after delivery during which returns are accepted. */
  returnWindowDays: number;
  shareLinkUrl: ShareLinkUrl;
}

/** What the shopper's handlers (share links, returns, notifications) work with; one per MockApi. */
export interface CustomerContext {
  store: OrderStore<SeedEntry>;
  tokens: TokenVault;
  adminKey: string;
  now: () => number;
  shareLinks: ShareLinkBook;
  returns: ReturnDesk;
  notifier: StatusNotifier;
  shareLinkUrl: ShareLinkUrl;
  /** First answers to shopper writes (returns, share links) by Idempotency-Key, so a retried request acts once. */
  idempotency: IdempotencyStore;
}

/**
 * `now` is the wall clock (share links expire in real days, like tokens). `shopNow` is "now" in the
 * seed's time, which starts at its anchor: return windows and return dates are measured there, so a
 * test anchored on a fixed day sees the same windows whatever day it runs.
 */
export function createCustomerContext(
  shared: { store: OrderStore<SeedEntry>; clock: CarrierClock; tokens: TokenVault; adminKey: string; now: () => number; shopNow: () => number },
  options: CustomerOptions,
): CustomerContext {
  const notifier = new StatusNotifier(shared.store, shared.shopNow);
  return {
    store: shared.store,
    tokens: shared.tokens,
    adminKey: shared.adminKey,
    now: shared.now,
    shareLinks: new ShareLinkBook({ now: shared.now }),
    returns: new ReturnDesk({ store: shared.store, clock: shared.clock, notifier, now: shared.shopNow, windowDays: options.returnWindowDays, words: returnReasonWords }),
    notifier,
    shareLinkUrl: options.shareLinkUrl,
    idempotency: new IdempotencyStore(),
  };
}

/** Forgets share links (the mock's reset); returns and snapshots follow the store's reload by themselves. */
export function resetCustomer(context: CustomerContext): void {
  context.shareLinks.clear();
  context.idempotency.clear();
}
