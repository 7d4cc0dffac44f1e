/**
 * Counts events per key in a sliding window (a log of timestamps per key). Used for failed
 * lookups: past `limit` failures within `windowMs`, a key must wait until the oldest one
 * leaves the window.
 */
export class SlidingWindowLimiter {
  private log = new Map<string, number[]>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: { limit: number; windowMs: number; now: () => number }) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now;
  }

  /** Milliseconds until `key` may try again, or 0 if it may now. */
  waitFor(key: string): number {
    const times = this.recent(key);
    if (times.length < this.limit) return 0;
    return Math.max(1, times[times.length - this.limit]! + this.windowMs - this.now());
  }

  record(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    this.log.set(key, times);
    if (this.log.size > 50_000) this.prune();
  }

  clear(): void {
    this.log.clear();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.log.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.log.set(key, times);
    else this.log.delete(key);
    return times;
  }

  /** Drops keys with nothing left in the window, so random keys cannot fill memory. */
  private prune(): void {
    for (const key of [...this.log.keys()]) this.recent(key);
  }
}
