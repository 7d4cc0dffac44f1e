import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts down to the moment a rate limit lifts, re-rendering its host once a second so the
 * "try again in…" text stays true and the submit button comes back by itself at the end.
 * A timer, not a stored deadline check on click, because a person waiting should see it happen.
 */
export class RetryCountdown implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private until: number | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** True while the wait is not over. */
  get active(): boolean {
    return this.until !== null && this.until > Date.now();
  }

  /** Milliseconds left, 0 when nothing is pending. */
  get remainingMs(): number {
    return this.until === null ? 0 : Math.max(0, this.until - Date.now());
  }

  /** Starts (or restarts) the wait until `at`. */
  start(at: Date) {
    this.until = at.getTime();
    this.schedule();
    this.host.requestUpdate();
  }

  /** Forgets any wait. */
  clear() {
    this.until = null;
    this.stopTimer();
    this.host.requestUpdate();
  }

  hostConnected() {
    if (this.active) this.schedule();
  }

  hostDisconnected() {
    this.stopTimer();
  }

  private schedule() {
    this.stopTimer();
    this.timer = setInterval(() => {
      if (!this.active) {
        this.until = null;
        this.stopTimer();
      }
      this.host.requestUpdate();
    }, 1000);
  }

  private stopTimer() {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }
}
