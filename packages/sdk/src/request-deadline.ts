import { AbortedError, SuiviError, TimeoutError, UnavailableError } from './errors.ts';

/**
 * One request's AbortSignal: it fires when the caller aborts or when `timeoutMs` runs out, and
 * remembers which of the two happened so the error says `aborted` or `timeout` truthfully.
 * (AbortSignal.any + AbortSignal.timeout would do the first half, but cannot tell the reasons
 * apart as simply, nor stop the clock once a stream has opened.)
 */
export class RequestDeadline {
  /** Pass this to fetch. */
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #timeoutMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  readonly #onCallerAbort = () => this.#controller.abort(this.#caller?.reason);

  constructor(caller: AbortSignal | undefined, timeoutMs: number) {
    this.signal = this.#controller.signal;
    this.#caller = caller;
    this.#timeoutMs = timeoutMs;
    if (caller?.aborted) {
      this.#controller.abort(caller.reason);
      return;
    }
    caller?.addEventListener('abort', this.#onCallerAbort, { once: true });
    if (Number.isFinite(timeoutMs) && timeoutMs > 0) {
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        this.#controller.abort(new TimeoutError(timeoutMs));
      }, timeoutMs);
    }
  }

  /** True when the caller aborted (checked first: a caller who gave up does not want to hear about a timeout). */
  get callerAborted(): boolean {
    return this.#caller?.aborted ?? false;
  }

  get timedOut(): boolean {
    return this.#timedOut && !this.callerAborted;
  }

  /** Stops the clock, e.g. once an event stream has opened and may rightly stay open for hours. */
  stopClock(): void {
    clearTimeout(this.#timer);
  }

  /** Releases the timer and the listener on the caller's signal; call once the request is over. */
  dispose(): void {
    this.stopClock();
    this.#caller?.removeEventListener('abort', this.#onCallerAbort);
  }

  /** Throws AbortedError right away when the caller aborted before anything was sent. */
  throwIfCallerAborted(): void {
    if (this.callerAborted) throw new AbortedError({ cause: this.#caller?.reason });
  }

  /**
   * Names what went wrong while fetching or reading: the caller's abort, our timeout, an SDK error
   * already made, or else a network failure (fetch rejects with a TypeError for those).
   */
  failure(error: unknown): SuiviError {
    if (this.callerAborted) return new AbortedError({ cause: this.#caller?.reason });
    if (this.timedOut) return new TimeoutError(this.#timeoutMs);
    if (error instanceof SuiviError) return error;
    return new UnavailableError(error instanceof Error ? `Network failure: ${error.message}` : 'Network failure', null, null, {
      cause: error,
    });
  }
}
