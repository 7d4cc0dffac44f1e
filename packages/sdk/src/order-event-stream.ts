import type { SuiviError } from './errors.ts';
import { isFatalWatchError, type StreamWatchHandlers, type WatchOptions } from './event-stream-watch.ts';

type Watch<T> = (handlers: StreamWatchHandlers<T>, options: WatchOptions) => () => void;

/**
 * Wraps a callback watch as an async iterable, for code that prefers `for await`. Each iteration
 * opens its own watch when it starts and stops it when the loop ends (break, return, throw).
 * Reconnections stay invisible; a fatal error (e.g. `token_expired`) is thrown from the loop
 * after the events received before it; aborting the signal simply ends the loop.
 */
export function orderEventStream<T>(watch: Watch<T>, options: WatchOptions = {}): AsyncIterable<T> {
  return {
    async *[Symbol.asyncIterator]() {
      const queue: T[] = [];
      let fatal: SuiviError | null = null;
      let closed = false;
      let wake: (() => void) | null = null;
      const notify = () => {
        wake?.();
        wake = null;
      };
      const stop = watch(
        {
          onEvent(event) {
            queue.push(event);
            notify();
          },
          onError(error) {
            if (isFatalWatchError(error)) fatal = error;
          },
          onStatus(status) {
            if (status !== 'closed') return;
            closed = true;
            notify();
          },
        },
        options,
      );
      try {
        for (;;) {
          if (options.signal?.aborted) return;
          if (queue.length) {
            yield queue.shift()!;
            continue;
          }
          if (fatal) throw fatal;
          if (closed) return;
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
      } finally {
        stop();
      }
    },
  };
}
