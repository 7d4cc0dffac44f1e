/**
 * Every parser in the SDK, fed random and malformed input with fast-check (fixed seed): the SSE
 * parser on random chunkings of valid streams (always the same events as in one piece, and the
 * events a reference reading expects), response validation and JSON reading on random and
 * mutated bodies, error answers with any status, body and Retry-After, and the client itself over
 * a fetch that answers at random. Nothing may throw but a SuiviError, nothing unchecked may reach
 * the caller, and a broken field is named where it broke. The closing line says how many inputs.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  AdminOrderDetail,
  AdminOrderList,
  ApiError,
  CustomerOrderView,
  LookupResponse,
  ORDER_EVENT_NAME,
  OrderEvent,
  ShareLink,
  SharedOrderView,
  toAdminOrderDetail,
  toCustomerView,
  toSharedView,
  type Order,
} from '@suivi/model';
import { SseParser, SuiviError, UnexpectedResponseError, createSuiviClient, isSuiviError, parseRetryAfter, type SseEvent, type SuiviErrorCode } from '@suivi/sdk';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';
import { errorFromResponse } from '../../packages/sdk/src/error-from-response.ts';
import { BODY_PATH, parseJsonBody, validateResponse } from '../../packages/sdk/src/validate-response.ts';

const SEED = 20_261_121;
const inputs = new Map<string, number>();
function counted(name: string): void {
  inputs.set(name, (inputs.get(name) ?? 0) + 1);
}
after(() => {
  const total = [...inputs.values()].reduce((sum, count) => sum + count, 0);
  console.log(`fuzzed SDK parsers: ${total} random or malformed inputs (seed ${SEED}): ${[...inputs].map(([name, count]) => `${name} ${count}`).join(', ')}`);
});

/** Real orders of every kind (parcels, digital items, gift cards, several carriers), as the API sends them. */
const seeded: Order[] = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z'), orderCount: 40 }).store.all();
const asSent = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const BODIES = {
  CustomerOrderView: { schema: CustomerOrderView, samples: seeded.map((order) => asSent(toCustomerView(order))) },
  SharedOrderView: { schema: SharedOrderView, samples: seeded.map((order) => asSent(toSharedView(order))) },
  AdminOrderDetail: { schema: AdminOrderDetail, samples: seeded.slice(0, 10).map((order) => asSent(toAdminOrderDetail(order))) },
  LookupResponse: { schema: LookupResponse, samples: seeded.slice(0, 10).map((order) => asSent({ token: 'tok_abcdefghijklmnop', expiresAt: '2026-11-21T09:15:00.000Z', order: toCustomerView(order) })) },
  OrderEvent: { schema: OrderEvent, samples: seeded.slice(0, 10).map((order) => asSent({ version: order.version, at: order.updatedAt, changes: [{ kind: 'order_updated' }], order: toCustomerView(order) })) },
  ShareLink: { schema: ShareLink, samples: [{ id: 'shl_1', token: 'AbCdEfGhIjKlMnOpQrStUvWxYz012345', url: 'https://shop.example/?share=AbCd', createdAt: '2026-11-21T09:00:00Z', expiresAt: '2026-11-28T09:00:00Z', revokedAt: null }] },
  AdminOrderList: { schema: AdminOrderList, samples: [] as unknown[] },
  ApiError: { schema: ApiError, samples: [{ code: 'not_found', message: 'No order.' }, { code: 'rate_limited', message: 'Wait.', retryAfter: 30 }] },
} satisfies Record<string, { schema: z.ZodMiniType; samples: unknown[] }>;
const BODY_NAMES = Object.keys(BODIES) as (keyof typeof BODIES)[];
for (const name of BODY_NAMES) for (const sample of BODIES[name].samples) assert.ok(z.safeParse(BODIES[name].schema, sample).success, `a valid ${name} sample`);

// ---------------------------------------------------------------------------------------------
// Server-sent events

/** Field values as servers write them: anything but line breaks (which end a line). */
const lineText = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', ':', '{', '"', 'é', '𝕏', '\u0000', '\u202e', '\t'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, ''));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
interface Message {
  comment: string | null;
  event: string | null;
  id: string | null;
  retry: number | null;
  data: string[];
}
const message: fc.Arbitrary<Message> = fc.record({
  comment: fc.option(lineText),
  event: fc.option(lineText.filter((text) => !text.startsWith(' ') || text.length > 1)),
  id: fc.option(lineText),
  retry: fc.option(fc.nat({ max: 100_000 })),
  data: fc.array(lineText, { maxLength: 4 }),
});

/**
 * A stream as a server writes it: each message's fields, a blank line after each, with line breaks
 * of one style or mixed (a CR is never followed by a LF that was meant as a break of its own: that pair is one CRLF).
 */
function serialise(messages: Message[], breaks: string[]): string {
  let i = 0;
  let previous = '';
  const nl = () => {
    let next = breaks[i++ % breaks.length]!;
    if (previous === '\r' && next === '\n') next = '\r';
    previous = next;
    return next;
  };
  return messages
    .map((m) => {
      let text = '';
      if (m.comment !== null) text += `:${m.comment}${nl()}`;
      if (m.event !== null) text += `event: ${m.event}${nl()}`;
      if (m.id !== null) text += `id: ${m.id}${nl()}`;
      if (m.retry !== null) text += `retry: ${m.retry}${nl()}`;
      for (const line of m.data) text += `data: ${line}${nl()}`;
      return `${text}${nl()}`;
    })
    .join('');
}

/** What the format says those messages dispatch, worked out from the messages rather than parsed. */
function expectedEvents(messages: Message[]): SseEvent[] {
  let lastEventId = '';
  const events: SseEvent[] = [];
  for (const m of messages) {
    if (m.id !== null && !m.id.includes('\u0000')) lastEventId = m.id;
    if (m.data.length === 0) continue;
    events.push({ type: m.event || 'message', data: m.data.join('\n'), lastEventId });
  }
  return events;
}

/** Cuts a text at random places (a CRLF may be cut in two, as a network may). */
const cutPoints = fc.array(fc.nat(), { maxLength: 12 });
function cut(text: string, points: number[]): string[] {
  const at = [...new Set(points.map((point) => point % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const point of at) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function parseAll(chunks: string[]): { events: SseEvent[]; retries: number[]; lastEventId: string } {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = new SseParser({ onEvent: (event) => events.push(event), onRetry: (ms) => retries.push(ms) });
  for (const chunk of chunks) parser.feed(chunk);
  return { events, retries, lastEventId: parser.lastEventId };
}

describe('fuzzing the SSE parser', () => {
  it('any chunking of a valid stream dispatches the same events as the whole stream, and the ones the format says', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(message, { maxLength: 8 }), fc.array(lineBreak, { minLength: 1, maxLength: 3 }), fc.boolean(), cutPoints, (messages, breaks, bom, points) => {
        counted('SSE chunkings');
        const text = `${bom ? '\ufeff' : ''}${serialise(messages, breaks)}`;
        const whole = parseAll([text]);
        assert.deepEqual(parseAll(cut(text, points)), whole);
        assert.deepEqual(whole.events, expectedEvents(messages));
        assert.deepEqual(whole.retries, messages.flatMap((m) => (m.retry === null ? [] : [m.retry])));
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it('any text at all, in any chunks, parses without throwing, the same as in one piece', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r', '\r\n', ':', 'data', 'id', 'event', 'retry', ' '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 200 }), cutPoints, (text, points) => {
        counted('SSE random text');
        assert.deepEqual(parseAll(cut(text, points)), parseAll([text]));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Bodies

/** Every path into a JSON value (`a.b.0.c`), the root included as ''. */
function pathsOf(value: unknown, prefix = ''): string[] {
  const found = [prefix];
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) found.push(...pathsOf(inner, prefix ? `${prefix}.${key}` : key));
  }
  return found;
}

/** A deep copy of `value` with the thing at `path` replaced (or, when `remove`, deleted). */
function mutate(value: unknown, path: string, replacement: unknown, remove: boolean): unknown {
  if (path === '') return replacement;
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy;
}

/** A valid body of one kind, with one place in it broken: the wrong type, a missing field, a value out of range. */
const mutatedBody = fc
  .constantFrom(...BODY_NAMES.filter((name) => BODIES[name].samples.length > 0))
  .chain((name) => fc.tuple(fc.constant(name), fc.constantFrom(...BODIES[name].samples)))
  .chain(([name, sample]) =>
    fc.record({
      name: fc.constant(name),
      sample: fc.constant(sample),
      path: fc.constantFrom(...pathsOf(sample)),
      replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, '', -1, 1.5, 2 ** 53, 'teleported', [], {}, '2026-13-45', '#abc')),
      remove: fc.boolean(),
    }),
  );

describe('fuzzing response validation', () => {
  it('a valid body with one place broken is refused with unexpected_response naming that place (or accepted when still valid)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(mutatedBody, ({ name, sample, path, replacement, remove }) => {
        counted('mutated bodies');
        const body = mutate(sample, path, replacement, remove);
        const { schema } = BODIES[name];
        let accepted: unknown;
        try {
          accepted = validateResponse(schema, body, 200);
        } catch (error) {
          assert.ok(error instanceof UnexpectedResponseError, `only UnexpectedResponseError, got ${String(error)}`);
          assert.equal(error.status, 200);
          // The first issue is at the broken place, inside it, or (for a broken key of a union or an array) just above it.
          const reported = error.path === BODY_PATH ? '' : error.path;
          assert.ok(path.startsWith(reported) || reported.startsWith(path), `${name}: broke ${path || '(root)'}, reported ${error.path}`);
          return;
        }
        assert.ok(z.safeParse(schema, accepted).success, 'what is returned is valid');
      }),
      { seed: SEED, numRuns: 5_000 },
    );
  });

  it('any JSON value against any response schema: returned valid, or unexpected_response, nothing else', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BODY_NAMES), fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3 })), (name, body) => {
        counted('random bodies');
        try {
          const value = validateResponse(BODIES[name].schema, body, 200);
          assert.ok(z.safeParse(BODIES[name].schema, value).success);
        } catch (error) {
          assert.ok(error instanceof UnexpectedResponseError, `only UnexpectedResponseError, got ${String(error)}`);
        }
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it('any text as a body: JSON is read, anything else is unexpected_response at (body)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.jsonValue().map((value) => JSON.stringify(value)), fc.jsonValue().map((value) => JSON.stringify(value).slice(0, -1))), (text) => {
        counted('body texts');
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          const error = (() => {
            try {
              parseJsonBody(text, 200);
            } catch (thrown) {
              return thrown;
            }
            return null;
          })();
          assert.ok(error instanceof UnexpectedResponseError && error.path === BODY_PATH, `not JSON → (body), got ${String(error)}`);
          return;
        }
        assert.deepEqual(parseJsonBody(text, 200), parsed);
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Error answers and Retry-After

const retryAfterHeader = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
  fc.constantFrom('-5', '1.5', '', ' 30 ', '1e3', 'Infinity', 'NaN', '99999999999999999999999'),
);

describe('fuzzing error answers', () => {
  it('Retry-After of any form is a whole number of seconds from now, or null', () => {
    fc.assert(
      fc.property(fc.oneof(retryAfterHeader.map((value) => value.replace(/[^\x20-\x7e]/g, '')), fc.constant(null)), fc.integer({ min: 0, max: 4_102_444_800_000 }), (header, now) => {
        counted('Retry-After values');
        const seconds = parseRetryAfter(header, now);
        assert.ok(seconds === null || (Number.isInteger(seconds) && seconds >= 0), `${JSON.stringify(header)} → ${seconds}`);
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });

  it('any status from 300 to 599 with any body and headers becomes a SuiviError of a known code', async () => {
    const codes = new Set<SuiviErrorCode>(['invalid_input', 'not_found', 'rate_limited', 'unauthorized', 'token_expired', 'forbidden', 'conflict', 'unprocessable', 'link_expired', 'unavailable', 'timeout', 'unexpected_response', 'aborted']);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 300, max: 599 }),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
          fc.record({ code: fc.oneof(fc.constantFrom('not_found', 'internal', 'conflict', 'unprocessable', 'rate_limited', 'token_expired', 'bogus'), fc.string()), message: fc.oneof(fc.string(), fc.integer()), fields: fc.jsonValue(), retryAfter: fc.jsonValue(), current: fc.jsonValue(), refusal: fc.jsonValue() }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.constantFrom('<html><body>Bad gateway</body></html>', ''),
        ),
        fc.option(retryAfterHeader.map((value) => value.replace(/[^\x20-\x7e]/g, ''))),
        async (status, body, retryAfter) => {
          counted('error answers');
          const headers = new Headers({ 'content-type': 'application/json' });
          if (retryAfter !== null) headers.set('retry-after', retryAfter);
          const error = await errorFromResponse(new Response(status === 304 ? null : body, { status, headers }));
          assert.ok(isSuiviError(error) && error instanceof SuiviError, `a SuiviError for ${status}`);
          assert.ok(codes.has(error.code), `a known code, got ${error.code}`);
          assert.equal(error.status, status);
          if (status >= 500 && !z.safeParse(ApiError, safeJson(body)).success) assert.equal(error.code, 'unavailable');
          if (error.code === 'rate_limited') assert.ok((error as { retryAfterSeconds: number }).retryAfterSeconds >= 0);
        },
      ),
      { seed: SEED, numRuns: 1_500 },
    );
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The client over a fetch that answers at random

/** An answer from a server that may be anything: any status, content type, body or a network failure. */
const randomAnswer = fc.oneof(
  { weight: 1, arbitrary: fc.constant<'network'>('network') },
  {
    weight: 8,
    arbitrary: fc.record({
      status: fc.oneof(fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 410, 422, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 })),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/html', 'text/event-stream', ''),
      body: fc.oneof(
        mutatedBody.map(({ sample, path, replacement, remove }) => JSON.stringify(mutate(sample, path, replacement, remove))),
        fc.constantFrom(...BODIES.CustomerOrderView.samples.slice(0, 3), ...BODIES.LookupResponse.samples.slice(0, 3)).map((value) => JSON.stringify(value)),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
        fc.string({ unit: 'binary', maxLength: 60 }),
      ),
    }),
  },
);

describe('fuzzing the client over random answers', () => {
  it('every call resolves with a valid value or rejects with a SuiviError, whatever the server answers', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(randomAnswer, { minLength: 3, maxLength: 3 }), fc.constantFrom('lookupOrder', 'getOrder', 'getSharedOrder', 'listShareLinks', 'getNotificationSettings'), async (answers, method) => {
        counted('client calls');
        let call = 0;
        const fetchFn: typeof fetch = async () => {
          const answer = answers[call++ % answers.length]!;
          if (answer === 'network') throw new TypeError('fetch failed');
          const headers: Record<string, string> = answer.contentType ? { 'content-type': answer.contentType } : {};
          const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
          return new Response(nullBody ? null : answer.body, { status: answer.status, headers });
        };
        const client = createSuiviClient({ baseUrl: 'http://random.example/api', fetch: fetchFn, retry: { maxRetries: 2, baseDelayMs: 0, maxDelayMs: 0 }, timeoutMs: 1_000 });
        const access = { orderId: 'ord_1', token: 'tok_1', expiresAt: '2026-11-21T09:15:00Z' };
        const calls = {
          lookupOrder: () => client.lookupOrder({ orderNumber: '#1001', email: 'camille@example.fr' }),
          getOrder: () => client.getOrder(access),
          getSharedOrder: () => client.getSharedOrder('AbCdEfGhIjKlMnOpQrStUv'),
          listShareLinks: () => client.listShareLinks(access),
          getNotificationSettings: () => client.getNotificationSettings(access),
        };
        try {
          const value = await calls[method]();
          assert.ok(value !== undefined && value !== null, `${method} resolved with something`);
        } catch (error) {
          assert.ok(isSuiviError(error), `${method} rejected with a SuiviError, got ${String(error)}`);
        }
        assert.ok(call <= 3, 'never more than one attempt and two retries');
        if (method === 'lookupOrder') assert.equal(call, 1, 'a lookup is never repeated');
      }),
      { seed: SEED, numRuns: 1_500 },
    );
  });

  it('a live stream of valid events, junk and broken events delivers exactly the valid order events before the first broken one, in order', { timeout: 60_000 }, async () => {
    const validEvents = BODIES.OrderEvent.samples as OrderEvent[];
    const part = fc.oneof(
      fc.constantFrom(...validEvents).map((event) => ({ kind: 'valid' as const, text: `event: ${ORDER_EVENT_NAME}\nid: ${event.version}\ndata: ${JSON.stringify(event)}\n\n`, event })),
      mutatedBody
        .filter(({ name }) => name === 'OrderEvent')
        .map(({ sample, path, replacement, remove }) => ({ kind: 'maybe' as const, text: `event: ${ORDER_EVENT_NAME}\ndata: ${JSON.stringify(mutate(sample, path, replacement, remove))}\n\n`, event: null })),
      fc.string({ unit: 'binary', maxLength: 40 }).map((junk) => ({ kind: 'junk' as const, text: `event: ${ORDER_EVENT_NAME}\ndata: {${junk.replace(/[\r\n]/g, '')}\n\n`, event: null })),
      lineText.map((text) => ({ kind: 'other' as const, text: `: ${text}\n\nevent: something-else\ndata: ${text}\n\n`, event: null })),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 10 }), cutPoints, async (parts, points) => {
        counted('live streams');
        const text = parts.map((p) => p.text).join('');
        // What a careful reader expects: every `order` event whose data is a valid OrderEvent, in
        // order, up to the first that is not; that one closes the connection (a connection that
        // bends one event may bend every later one), and the reconnection resumes from the last good.
        const expected: OrderEvent[] = [];
        let brokenSeen = false;
        new SseParser({
          onEvent: (event) => {
            if (event.type !== ORDER_EVENT_NAME || brokenSeen) return;
            const parsed = z.safeParse(OrderEvent, safeJson(event.data));
            if (parsed.success) expected.push(parsed.data);
            else brokenSeen = true;
          },
        }).feed(text);
        const encoder = new TextEncoder();
        let opened = 0;
        const fetchFn: typeof fetch = async (_input, init) => {
          opened++;
          if (opened > 1) {
            // The reconnection: hold it open until the watch is stopped.
            return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
          }
          // Cut as bytes, the way a network cuts: a character's UTF-8 bytes may arrive in two chunks.
          const bytes = encoder.encode(text);
          const at = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [...at, bytes.length].map((end, i, ends) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
          return new Response(new ReadableStream({ pull: (controller) => (chunks.length ? controller.enqueue(chunks.shift()!) : controller.close()) }), { headers: { 'content-type': 'text/event-stream' } });
        };
        const client = createSuiviClient({ baseUrl: 'http://random.example/api', fetch: fetchFn, retry: { maxRetries: 0, baseDelayMs: 0, maxDelayMs: 0 } });
        const events: OrderEvent[] = [];
        const errors: unknown[] = [];
        await new Promise<void>((resolve) => {
          const stop = client.watchOrder(
            { orderId: 'ord_1', token: 'tok_1', expiresAt: '2026-11-21T09:15:00Z' },
            {
              onEvent: (event) => events.push(event),
              onError: (error) => errors.push(error),
              onStatus: (status) => {
                if (status === 'reconnecting') {
                  stop();
                  resolve();
                }
              },
            },
          );
        });
        assert.deepEqual(events, expected);
        for (const error of errors) assert.ok(isSuiviError(error, 'unexpected_response'), `only broken events are reported, got ${String(error)}`);
        assert.equal(errors.length, brokenSeen ? 1 : 0, 'the broken event that closed the connection is reported');
      }),
      { seed: SEED, numRuns: 800 },
    );
  });
});
