/**
 * A write held back for a few seconds so it can be taken back: marking an order shipped e-mails
 * the customer, and an e-mail cannot be unsent. Nothing travels until the delay is over; `undo`
 * before then means no request at all. `onTick` reports the whole seconds left, for the visible
 * countdown.
 */
export class DelayedSend {
  private timer: ReturnType<typeof setInterval> | undefined;
  private endsAt = 0;
  private settled = false;

  constructor(
    private readonly delayMs: number,
    private readonly send: () => void,
    private readonly onTick: (secondsLeft: number) => void,
  ) {}

  /** Starts the countdown. */
  start(now = Date.now()): void {
    this.endsAt = now + this.delayMs;
    this.onTick(this.secondsLeft(now));
    this.timer = setInterval(() => this.check(), 200);
  }

  /** Seconds left, rounded up, as the toast shows them. */
  secondsLeft(now = Date.now()): number {
    return Math.max(0, Math.ceil((this.endsAt - now) / 1000));
  }

  /** Takes the write back; true when it was still waiting (nothing was sent). */
  undo(): boolean {
    if (this.settled) return false;
    this.settled = true;
    clearInterval(this.timer);
    return true;
  }

  /** Whether the write is still waiting. */
  get pending(): boolean {
    return !this.settled;
  }

  private check(): void {
    if (this.settled) return;
    const left = this.secondsLeft();
    if (left > 0) {
      this.onTick(left);
      return;
    }
    this.settled = true;
    clearInterval(this.timer);
    this.send();
  }
}
