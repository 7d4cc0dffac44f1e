/** How a fault changes a live event stream on its way to the client. */
export interface EventStreamRewrite {
  /** Rewrites each event's data (its `data:` lines joined with "\n"). */
  data?: (data: string) => string;
  /** Breaks the stream (an error, as when the connection drops) right after this many events. */
  dropAfterEvents?: number;
}

/** How long after the last event a `stream_drop` breaks the stream. */
export const DROP_AFTER_MS = 50;

/** The error a dropped stream ends with; over the standalone server the socket is destroyed. */
export function droppedConnection(): TypeError {
  return new TypeError('The connection dropped (mock fault)');
}

/**
 * Passes a text/event-stream body through, message by message (a message ends at a blank line),
 * applying `rewrite`. Only messages with data count as events: the `retry:` preamble and
 * keep-alive comments pass untouched and uncounted. Cancelling the result cancels the source, so
 * the mock's stream releases its subscription as it would for a client that went away.
 */
export function rewriteEventStream(source: ReadableStream<Uint8Array>, rewrite: EventStreamRewrite): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let buffer = '';
  let events = 0;
  let dropOnNextPull = false;
  const limit = rewrite.dropAfterEvents;

  const drop = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    reader.cancel().catch(() => {});
    controller.error(droppedConnection());
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (limit === 0) drop(controller);
    },
    async pull(controller) {
      // The break comes a moment after the last event was taken, once it is on its way: erroring
      // a stream throws away what is still queued in it, and the client must have those events.
      if (dropOnNextPull) {
        await new Promise((resolve) => setTimeout(resolve, DROP_AFTER_MS));
        drop(controller);
        return;
      }
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
        if (done) {
          if (buffer) controller.enqueue(encoder.encode(buffer));
          controller.close();
          return;
        }
        buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
        let out = '';
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = message.split('\n');
          const dataLines = lines.filter((line) => line.startsWith('data:'));
          if (dataLines.length === 0) {
            out += `${message}\n\n`;
            continue;
          }
          events++;
          if (rewrite.data) {
            const data = dataLines.map((line) => line.slice(line.startsWith('data: ') ? 6 : 5)).join('\n');
            const others = lines.filter((line) => !line.startsWith('data:'));
            const rewritten = rewrite.data(data).split('\n').map((line) => `data: ${line}`);
            out += `${[...others, ...rewritten].join('\n')}\n\n`;
          } else {
            out += `${message}\n\n`;
          }
          if (limit !== undefined && events >= limit) {
            controller.enqueue(encoder.encode(out));
            dropOnNextPull = true;
            return;
          }
        }
        if (out) {
          controller.enqueue(encoder.encode(out));
          return;
        }
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
