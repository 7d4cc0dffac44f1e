import { backoffDelayMs, sleep } from './backoff.ts';
import { SuiviError, UnexpectedResponseError, isSuiviError } from './errors.ts';
import { readErrorResponse } from './error-from-response.ts';
import { RequestDeadline } from './request-deadline.ts';
import { SseParser, type SseEvent } from './sse-parser.ts';
import { urlFor, type Transport } from './transport.ts';
import { BODY_PATH } from './validate-response.ts';

/** Where a live watch stands, for a "live" badge or a "reconnecting…" notice. */
export type WatchStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface WatchOptions {
  /** Aborting it stops the watch, like calling the returned function. */
  signal?: AbortSignal;
  /** Resume after this event id (e.g. the `version` of the order already on screen). */
  lastEventId?: string;
}

/** What a watch reports, for any stream: its decoded events, its status, its errors. */
export interface StreamWatchHandlers<T> {
  onEvent(value: T): void;
  onStatus?(status: WatchStatus): void;
  /**
   * Each failed connection attempt, and each event that broke the contract (the connection is then
   * closed and reopened from the last good event, see watchEventStream). Fatal ones (see
   * `isFatalWatchError`) are followed by `closed`.
   */
  onError?(error: SuiviError): void;
}

/** Which stream to open: a contract path and the credentials header. */
export interface EventStreamSource {
  path: string;
  headers: Record<string, string>;
}

/**
 * Turns one SSE message into an event for the handlers: null for messages that are not events of
 * this stream (ignored), a thrown SuiviError for one that breaks the contract (the connection is
 * treated as broken: reported, closed and reopened from the last good event).
 */
export type EventDecoder<T> = (message: SseEvent, status: number) => T | null;

/**
 * Errors after which reconnecting cannot help: the credentials are wrong or expired, the resource
 * is gone, or the request or the answer is not what the contract says. Only `unavailable`,
 * `rate_limited` and `timeout` are worth another attempt.
 */
export function isFatalWatchError(error: SuiviError): boolean {
  return !(isSuiviError(error, 'unavailable') || isSuiviError(error, 'rate_limited') || isSuiviError(error, 'timeout'));
}

/** Hands an exception thrown by a handler to the host (window.onerror, Node's uncaught handler) without breaking the stream. */
export function reportHandlerError(error: unknown): void {
  queueMicrotask(() => {
    throw error;
  });
}

/** State that outlives one connection. */
interface WatchState {
  lastEventId: string;
  /** Delay before reconnecting after a clean end; the server may change it with `retry:`. */
  reconnectDelayMs: number;
}

/** How one connection ended without failing to open or breaking off. */
interface ConnectionEnd {
  /** The error of the event that broke the contract and made the watch close this connection; null for a clean end. */
  badEvent: SuiviError | null;
}

/**
 * One connection: open the stream, dispatch its events until it ends. Resolves when the server
 * closes the stream or an event breaks the contract (the connection is then cancelled, since a
 * connection that sends one bad event may keep bending every later one); throws a SuiviError when
 * the connection fails or breaks off.
 */
async function connectOnce<T>(
  transport: Transport,
  source: EventStreamSource,
  decode: EventDecoder<T>,
  handlers: StreamWatchHandlers<T>,
  state: WatchState,
  signal: AbortSignal,
  onOpen: () => void,
  onGoodEvent: () => void,
): Promise<ConnectionEnd> {
  const deadline = new RequestDeadline(signal, transport.timeoutMs);
  try {
    // Only the headers the stream needs: a Cache-Control header here would make every
    // cross-origin stream (the shared order's has no other) wait for a CORS preflight. Keeping
    // caches out is the `cache` mode's job, as for EventSource: the browser itself then sends
    // `Cache-Control: no-cache`, which does not count as the page's header.
    const headers: Record<string, string> = { Accept: 'text/event-stream', ...source.headers };
    if (state.lastEventId !== '') headers['Last-Event-ID'] = state.lastEventId;
    const response = await transport.fetch(urlFor(transport, source.path), {
      method: 'GET',
      headers,
      cache: 'no-store',
      signal: deadline.signal,
    });
    if (!response.ok) throw await readErrorResponse(response, transport.errorBody);
    const contentType = response.headers.get('Content-Type') ?? '';
    if (!contentType.toLowerCase().startsWith('text/event-stream') || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      throw new UnexpectedResponseError(`Expected text/event-stream, got "${contentType}"`, BODY_PATH, response.status);
    }
    // The stream may rightly stay open for hours: the timeout only covers getting it open.
    deadline.stopClock();
    onOpen();

    let badEvent: SuiviError | null = null;
    const parser = new SseParser(
      {
        onRetry: (delayMs) => {
          state.reconnectDelayMs = delayMs;
        },
        // Kept as it comes: a connection closed for a bad event must still resume from a position
        // the server marked before it (the admin feed opens with a bare `id:`).
        onIdWithoutEvent: (lastEventId) => {
          if (badEvent === null) state.lastEventId = lastEventId;
        },
        onEvent: (message) => {
          // Nothing after a bad event is dispatched: the connection is being closed.
          if (badEvent !== null) return;
          let value: T | null;
          try {
            value = decode(message, response.status);
          } catch (error) {
            // Not skipped: a connection bent by a broken proxy or server goes on bending every
            // event while looking open, so the page would say "live" and miss every change.
            // The id is not kept, so the next connection resumes from the last good event.
            badEvent = error as SuiviError;
            return;
          }
          state.lastEventId = message.lastEventId;
          if (value === null) return;
          onGoodEvent();
          try {
            handlers.onEvent(value);
          } catch (error) {
            reportHandlerError(error);
          }
        },
      },
      state.lastEventId,
    );
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      if (badEvent !== null) {
        await reader.cancel().catch(() => undefined);
        return { badEvent };
      }
    }
    parser.feed(decoder.decode());
    if (badEvent !== null) return { badEvent };
    // Keep the id of events dispatched without data (a bare `id:` line followed by a blank line).
    state.lastEventId = parser.lastEventId;
    return { badEvent: null };
  } catch (error) {
    throw deadline.failure(error);
  } finally {
    deadline.dispose();
  }
}

/**
 * Follows a server-sent event stream over fetch (so credentials go in a header, never the URL),
 * reconnecting until stopped. A clean end of stream reconnects after the server's `retry:` delay
 * (or `baseDelayMs`); failures back off exponentially with jitter, honouring Retry-After; every
 * reconnection sends Last-Event-ID so the server only replays what was missed. An event that
 * breaks the contract (not JSON, not the schema) counts as a failure: it is reported, the
 * connection is closed and reopened with the id of the last good event, so the server replays
 * (or asks for a resync of) what was bent; a stream that goes on sending bad events backs off
 * like one that fails to open, until a good event arrives. Shared by the customer's order watch
 * and the admin's live list. Returns a function that stops it.
 */
export function watchEventStream<T>(
  transport: Transport,
  source: EventStreamSource,
  decode: EventDecoder<T>,
  handlers: StreamWatchHandlers<T>,
  options: WatchOptions = {},
): () => void {
  const controller = new AbortController();
  const stop = () => controller.abort();
  const callerSignal = options.signal;
  if (callerSignal?.aborted) controller.abort();
  else callerSignal?.addEventListener('abort', stop, { once: true });

  let lastStatus: WatchStatus | null = null;
  const setStatus = (status: WatchStatus) => {
    if (status === lastStatus) return;
    lastStatus = status;
    try {
      handlers.onStatus?.(status);
    } catch (error) {
      reportHandlerError(error);
    }
  };
  const reportError = (error: SuiviError) => {
    try {
      handlers.onError?.(error);
    } catch (thrown) {
      reportHandlerError(thrown);
    }
  };

  const run = async () => {
    const state: WatchState = { lastEventId: options.lastEventId ?? '', reconnectDelayMs: transport.retry.baseDelayMs };
    let consecutiveFailures = 0;
    /** Connections in a row closed for a bad event; only a good event resets it (opening does not). */
    let badEventStreak = 0;
    // The server's `retry:` may lengthen the backoff after failures, never shorten it:
    // `retry: 0` must not turn a network outage into a busy loop.
    const failureDelayMs = (attempt: number) =>
      backoffDelayMs(attempt, { ...transport.retry, baseDelayMs: Math.max(state.reconnectDelayMs, transport.retry.baseDelayMs) });
    setStatus('connecting');
    while (!controller.signal.aborted) {
      let delayMs: number;
      try {
        const end = await connectOnce(
          transport,
          source,
          decode,
          handlers,
          state,
          controller.signal,
          () => {
            consecutiveFailures = 0;
            setStatus('open');
          },
          () => {
            badEventStreak = 0;
          },
        );
        if (end.badEvent === null) {
          delayMs = Math.min(state.reconnectDelayMs, transport.retry.maxDelayMs);
        } else {
          if (controller.signal.aborted) break;
          reportError(end.badEvent);
          delayMs = failureDelayMs(badEventStreak);
          badEventStreak++;
        }
      } catch (error) {
        if (controller.signal.aborted) break;
        const failure = error as SuiviError;
        reportError(failure);
        if (isFatalWatchError(failure)) break;
        const retryAfter = isSuiviError(failure, 'unavailable') || isSuiviError(failure, 'rate_limited') ? failure.retryAfterSeconds : null;
        delayMs = Math.max(
          failureDelayMs(Math.max(consecutiveFailures, badEventStreak)),
          retryAfter === null ? 0 : backoffDelayMs(0, transport.retry, retryAfter),
        );
        consecutiveFailures++;
      }
      if (controller.signal.aborted) break;
      setStatus('reconnecting');
      try {
        await sleep(delayMs, controller.signal);
      } catch {
        break;
      }
    }
  };

  void run()
    .catch(reportHandlerError)
    .finally(() => {
      callerSignal?.removeEventListener('abort', stop);
      controller.abort();
      setStatus('closed');
    });
  return stop;
}
