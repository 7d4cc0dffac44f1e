/** How often an idle stream sends a comment, so proxies keep the connection open. */
export const KEEP_ALIVE_MS = 15_000;

/** What a stream's opener gets: write a frame, or end the stream from the server side. */
export interface EventStreamChannel {
  send(text: string): void;
  end(): void;
}

/**
 * A text/event-stream response body, with what every one of the mock's streams shares: frames
 * encoded and dropped once the stream is closed, a keep-alive comment every 15 s, and one
 * release of everything (subscriptions, timers) whether the client goes away (abort, cancel)
 * or the server ends it. `open` subscribes and sends the first frames, and returns the function
 * that undoes its subscriptions; it runs once, when the body starts.
 */
export function eventStreamBody(signal: AbortSignal | undefined, open: (channel: EventStreamChannel) => () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let release = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      let unsubscribe = () => {};
      const send = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          release();
        }
      };
      const end = () => {
        release();
        try {
          controller.close();
        } catch {
          // Already closed or errored: nothing left to do.
        }
      };
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
      (keepAlive as { unref?: () => void }).unref?.();
      release = () => {
        if (!isOpen) return;
        isOpen = false;
        unsubscribe();
        clearInterval(keepAlive);
        signal?.removeEventListener('abort', end);
      };
      signal?.addEventListener('abort', end);
      unsubscribe = open({ send, end });
      if (!isOpen) unsubscribe();
      if (signal?.aborted) end();
    },
    cancel() {
      release();
    },
  });
}
