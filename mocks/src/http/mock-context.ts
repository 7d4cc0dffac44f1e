import type { SlidingWindowLimiter } from '../auth/sliding-window-limiter.ts';
import type { TokenVault } from '../auth/token-vault.ts';
import type { CarrierClock } from '../clock/carrier-clock.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import type { ShowcaseOrder } from '../seed/showcase.ts';
import type { OrderStore } from '../store/order-store.ts';

/** Everything the handlers work with; one per MockApi. */
export interface MockContext {
  store: OrderStore<SeedEntry>;
  clock: CarrierClock;
  tokens: TokenVault;
  /** Failed lookups per client (x-forwarded-for / socket address). */
  failuresPerClient: SlidingWindowLimiter;
  /** Failed lookups per normalised order number, whoever asks: rotating clients do not help. */
  failuresPerOrderNumber: SlidingWindowLimiter;
  showcase: ShowcaseOrder[];
  /** The admin API's bearer token, refused on customer routes. */
  adminKey: string;
  /**
   * A failed lookup answers no sooner than this many milliseconds after it arrived, so how long
   * the work took (reading an order that exists, or not) cannot tell an unknown number from a
   * wrong e-mail. 0 turns it off.
   */
  failedLookupFloorMs: number;
  now: () => number;
  reset(): void;
}
