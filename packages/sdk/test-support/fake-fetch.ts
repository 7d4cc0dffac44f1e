/** A request as the fake server saw it. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
  signal: AbortSignal | null;
}

/** Answers one request: a Response, a rejection (network failure), or a promise of either. */
export type Responder = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * A fetch double that answers from a script, one responder per call in order, and records every
 * request so tests can check headers (Authorization, Last-Event-ID) and how often it was called.
 * A call beyond the script fails the test loudly instead of hanging.
 */
export function scriptedFetch(...responders: Responder[]): typeof fetch & { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fake = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const recorded: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
      signal: init.signal ?? null,
    };
    requests.push(recorded);
    const responder = responders[requests.length - 1];
    if (!responder) throw new Error(`Unscripted request #${requests.length}: ${recorded.method} ${recorded.url}`);
    return responder(recorded);
  };
  return Object.assign(fake as typeof fetch, { requests });
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** What fetch does when the network is down. */
export function networkFailure(): never {
  throw new TypeError('fetch failed');
}

/** A fetch that never answers until its signal aborts, then rejects the way fetch does. */
export function hangUntilAborted(request: RecordedRequest): Promise<Response> {
  return new Promise((_, reject) => {
    const signal = request.signal;
    if (!signal) return;
    const fail = () => reject(signal.reason ?? new DOMException('This operation was aborted', 'AbortError'));
    if (signal.aborted) fail();
    else signal.addEventListener('abort', fail, { once: true });
  });
}

export interface EventStreamScript {
  /** Text chunks, sent in order, each as its own read (so lines can be split anywhere). */
  chunks: string[];
  /** After the chunks: close (default), stay open until the fetch is aborted, or break like a dropped connection. */
  then?: 'close' | 'hold' | 'error';
}

/**
 * A streaming text/event-stream Response built from a ReadableStream, so the SDK reads it the
 * way it reads a real server's: chunk by chunk, with the body erroring when the fetch aborts.
 */
export function eventStream(request: RecordedRequest, script: EventStreamScript): Response {
  const encoder = new TextEncoder();
  const pending = [...script.chunks];
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      request.signal?.addEventListener('abort', () => {
        try {
          controller.error(request.signal?.reason ?? new DOMException('aborted', 'AbortError'));
        } catch {
          // Already closed.
        }
      });
    },
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const chunk = pending.shift();
      if (chunk !== undefined) {
        controller.enqueue(encoder.encode(chunk));
        return;
      }
      if (script.then === 'error') controller.error(new TypeError('network connection lost'));
      else if (script.then !== 'hold') controller.close();
      // 'hold': never enqueue again; the abort listener ends it.
      else await new Promise(() => undefined);
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
}

/** Serialises one SSE event the way a server writes it. */
export function sseEvent(fields: { event?: string; id?: string; data: string; retry?: number }): string {
  let text = '';
  if (fields.retry !== undefined) text += `retry: ${fields.retry}\n`;
  if (fields.event !== undefined) text += `event: ${fields.event}\n`;
  if (fields.id !== undefined) text += `id: ${fields.id}\n`;
  for (const line of fields.data.split('\n')) text += `data: ${line}\n`;
  return `${text}\n`;
}
