import { HttpResponse, delay } from 'msw';
import { apiErrorResponse } from '../http/api-responses.ts';
import { MAX_TIMEOUT_HOLD_MS, type Fault } from './fault.ts';
import { rewriteEventStream, type EventStreamRewrite } from './event-stream-rewrite.ts';

/** What the mock itself would answer the request; undefined when no handler does. */
export type PassOn = () => Promise<Response | undefined>;

/** The default body of a `schema_mismatch` without a path: JSON, but not any shape the contract has. */
export const NOT_THE_CONTRACT = ['not', 'the', 'contract'] as const;

/** A fault's default Retry-After: short, so a test or a demo sees the recovery soon. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/**
 * What a request under `fault` gets: an answer of the fault's own, the mock's real answer
 * bent out of shape, or undefined to let the mock answer (after a delay, for `latency`).
 */
export async function faultResponse(fault: Fault, request: Request, passOn: PassOn): Promise<Response | undefined> {
  switch (fault.kind) {
    case 'latency':
      await delay(fault.ms);
      return undefined;
    case 'timeout':
      await untilAborted(request.signal, MAX_TIMEOUT_HOLD_MS);
      return HttpResponse.error();
    case 'server_error':
      return apiErrorResponse(500, 'internal', 'The server failed (mock fault).');
    case 'unavailable': {
      const retryAfter = fault.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS;
      return apiErrorResponse(503, 'unavailable', 'The service is down for maintenance (mock fault).', {
        retryAfter,
        headers: { 'retry-after': String(retryAfter) },
      });
    }
    case 'drop':
      return HttpResponse.error();
    case 'respond_then_drop':
      // The answer is made (and whatever it did is kept), then thrown away on the way back.
      await (await passOn())?.body?.cancel();
      return HttpResponse.error();
    case 'malformed_json':
      return bend(await passOn(), { json: cutInHalf, stream: { data: cutInHalf } });
    case 'schema_mismatch': {
      const breakShape = (text: string) => JSON.stringify(fault.path === undefined ? NOT_THE_CONTRACT : setPath(parseOrNull(text), fault.path, fault.value ?? null));
      return bend(await passOn(), { json: breakShape, stream: { data: breakShape } });
    }
    case 'stream_drop':
      return bend(await passOn(), { json: (text) => text, stream: { dropAfterEvents: fault.afterEvents } });
  }
}

/** The real answer with its body rewritten: JSON as a whole, an event stream event by event. */
async function bend(real: Response | undefined, how: { json: (text: string) => string; stream: EventStreamRewrite }): Promise<Response | undefined> {
  if (!real || real.type === 'error') return real;
  const headers = new Headers(real.headers);
  headers.delete('content-length');
  const contentType = headers.get('content-type') ?? '';
  if (contentType.startsWith('text/event-stream') && real.body) {
    return new Response(rewriteEventStream(real.body, how.stream), { status: real.status, statusText: real.statusText, headers });
  }
  if (!contentType.includes('json')) return real;
  return new Response(how.json(await real.text()), { status: real.status, statusText: real.statusText, headers });
}

/** A body cut short, as a dropped proxy connection leaves it: never valid JSON (an empty body is not either). */
function cutInHalf(text: string): string {
  return text.slice(0, Math.floor(text.length / 2));
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Sets a dotted path in a JSON value, making the objects on the way; the root stays an object. */
export function setPath(root: unknown, path: string, value: unknown): unknown {
  const top: Record<string, unknown> = root !== null && typeof root === 'object' ? (root as Record<string, unknown>) : {};
  const keys = path.split('.');
  let node: Record<string, unknown> = top;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (node[key] = {});
  }
  node[keys[keys.length - 1]!] = value;
  return top;
}

/** Resolves when `signal` aborts, or after `maxMs` when nobody ever aborts it. */
function untilAborted(signal: AbortSignal, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, maxMs);
    signal.addEventListener('abort', done, { once: true });
  });
}
