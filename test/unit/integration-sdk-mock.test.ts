/**
 * The real SDK against the real mock handlers, with nothing faked in between: the same contract
 * checked two ways, through msw/node (fetch intercepted in-process) and over real HTTP through the
 * standalone mock server on a free port. Where the SDK's own unit tests script each answer, these
 * prove that what the mock actually answers is what the SDK expects, and the other way round.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { ApiError, paths, type OrderEvent } from '@suivi/model';
import {
  InvalidInputError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  createSuiviClient,
  isSuiviError,
  type SuiviClient,
  type SuiviError,
  type WatchStatus,
} from '@suivi/sdk';
import * as z from 'zod/mini';
import { createMockApi, type MockApi } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';
import { startMockHttpServer } from '../../mocks/src/server/http-server.ts';

/** A fixed seed day, so the orders (and what a clock tick does to them) never depend on today. */
const ANCHOR = new Date('2026-11-21T00:00:00Z');
const TOKEN_TTL_MS = 15 * 60_000;
/** #1001 is in transit and moves on with every clock tick (see mocks/src/seed/showcase.ts). */
const MOVING_ORDER = { orderNumber: '1001', email: 'camille.martin@example.fr' };
/** Short reconnection waits: the mock asks for `retry: 3000`, which maxDelayMs caps. */
const FAST_RETRY = { baseDelayMs: 10, maxDelayMs: 50, maxRetries: 0 };
/** Nothing here should take long; a hang must fail its own test. */
const LIMIT = { timeout: 10_000 };

/** One way of reaching the mock: its base URL, set up before the tests and torn down after. */
interface Transport {
  name: string;
  start(api: MockApi): Promise<string>;
  stop(): Promise<void>;
}

const transports: Transport[] = [
  (() => {
    let server: ReturnType<typeof createMockNodeServer> | undefined;
    return {
      name: 'through msw/node',
      async start(api) {
        server = createMockNodeServer(api);
        // 'error': a request that no handler answers is a bug in the test or the handlers, not a network call.
        server.listen({ onUnhandledFrame: 'error' });
        return 'http://shop.example/api';
      },
      async stop() {
        server?.close();
      },
    };
  })(),
  (() => {
    let close: (() => Promise<void>) | undefined;
    return {
      name: 'over HTTP (startMockHttpServer, port 0)',
      async start(api) {
        const server = await startMockHttpServer({ api, port: 0 });
        close = () => server.close();
        return server.url;
      },
      async stop() {
        await close?.();
      },
    };
  })(),
];

/**
 * A fetch that goes to the real one (looked up at each call, so msw/node's patch applies) and can
 * cut the event stream it last opened, the way a dropped connection does, while recording each
 * request so a test can read the headers the SDK sent.
 */
function droppableFetch() {
  const requests: { url: string; headers: Headers }[] = [];
  let dropStream: (() => void) | undefined;
  const fetchThrough: typeof fetch = async (input, init) => {
    requests.push({ url: String(input), headers: new Headers(init?.headers) });
    const response = await globalThis.fetch(input, init);
    if (!response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) return response;
    const upstream = response.body.getReader();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c;
      },
      async pull(c) {
        try {
          const { done, value } = await upstream.read();
          if (done) c.close();
          else c.enqueue(value);
        } catch (error) {
          c.error(error);
        }
      },
      cancel(reason) {
        return upstream.cancel(reason);
      },
    });
    dropStream = () => {
      // What the SDK sees when a connection resets mid-stream: its read() rejects.
      controller.error(new TypeError('terminated: connection reset (dropped by the test)'));
      void upstream.cancel().catch(() => undefined);
    };
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return {
    fetch: fetchThrough,
    requests,
    drop() {
      assert.ok(dropStream, 'no event stream to drop');
      dropStream();
      dropStream = undefined;
    },
  };
}

/** Resolves once `check` holds, polling; fails with `what` after a while. */
async function until(check: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return assert.fail('expected the call to fail');
}

for (const transport of transports) {
  describe(`SDK against the mock API, ${transport.name}`, () => {
    /** Moved forward by a test to make tokens expire; the mock's rate limits and tokens read it. */
    let skewMs = 0;
    const api = createMockApi({ anchor: ANCHOR, orderCount: 60, tokenTtlMs: TOKEN_TTL_MS, now: () => Date.now() + skewMs });
    let baseUrl = '';
    let client: SuiviClient;

    before(async () => {
      baseUrl = await transport.start(api);
      client = createSuiviClient({ baseUrl, retry: FAST_RETRY, timeoutMs: 5_000 });
    });
    after(() => transport.stop());
    afterEach(() => {
      skewMs = 0;
      api.reset();
    });

    it('looks #1001 up by its bare number and an upper-cased e-mail, then reads it with the token', LIMIT, async () => {
      const session = await client.lookupOrder({ orderNumber: MOVING_ORDER.orderNumber, email: MOVING_ORDER.email.toUpperCase() });
      assert.equal(session.order.orderNumber, '#1001');
      assert.equal(session.orderId, session.order.id);
      assert.match(session.token, /^[A-Za-z0-9_-]{43}$/);
      const expiresIn = Date.parse(session.expiresAt) - Date.now();
      assert.ok(expiresIn > TOKEN_TTL_MS - 60_000 && expiresIn <= TOKEN_TTL_MS, `expires in ${expiresIn} ms`);
      // The customer view: no staff notes or tags ever reach the shopper.
      assert.equal('staffNotes' in session.order, false);
      assert.equal('tags' in session.order, false);

      const order = await client.getOrder(session);
      assert.equal(order.id, session.orderId);
      assert.equal(order.updatedAt, session.order.updatedAt);
      assert.deepEqual(order.shipments, session.order.shipments);
    });

    it('answers a wrong e-mail and an unknown number with the identical not_found', LIMIT, async () => {
      const wrongEmail = await rejection(client.lookupOrder({ orderNumber: '#1001', email: 'someone.else@example.fr' }));
      const unknownNumber = await rejection(client.lookupOrder({ orderNumber: '#999999', email: MOVING_ORDER.email }));
      assert.ok(wrongEmail instanceof NotFoundError);
      assert.ok(unknownNumber instanceof NotFoundError);
      assert.equal(wrongEmail.status, 404);
      assert.deepEqual(
        { code: unknownNumber.code, status: unknownNumber.status, message: unknownNumber.message },
        { code: wrongEmail.code, status: wrongEmail.status, message: wrongEmail.message },
      );
    });

    it('refuses the sixth wrong try on one order number with rate_limited and a retryAt in the future', LIMIT, async () => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        const error = await rejection(client.lookupOrder({ orderNumber: '#1002', email: `guess${attempt}@example.com` }));
        assert.ok(isSuiviError(error, 'not_found'), `attempt ${attempt} should be not_found, got ${String(error)}`);
      }
      const started = Date.now();
      // Even the right e-mail is refused now: the limit is on the order number.
      const limited = await rejection(client.lookupOrder({ orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' }));
      assert.ok(limited instanceof RateLimitedError, `expected RateLimitedError, got ${String(limited)}`);
      assert.equal(limited.status, 429);
      assert.ok(limited.retryAfterSeconds > 0);
      assert.ok(limited.retryAt.getTime() > started, `retryAt ${limited.retryAt.toISOString()} is not in the future`);
    });

    it('refuses bad input locally before sending it, and the server refuses it too, with fields', LIMIT, async () => {
      const counting = droppableFetch();
      const local = createSuiviClient({ baseUrl, fetch: counting.fetch });
      const refused = await rejection(local.lookupOrder({ orderNumber: 'not a number', email: 'not-an-email' }));
      assert.ok(refused instanceof InvalidInputError);
      assert.equal(refused.status, null, 'refused by the SDK, not by a response');
      assert.deepEqual(refused.fields.map((field) => field.path).sort(), ['email', 'orderNumber']);
      assert.equal(counting.requests.length, 0, 'nothing was sent');

      // The server does not trust clients: the same body sent raw gets 400 with the same fields.
      const raw = await fetch(`${baseUrl}${paths.lookup}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orderNumber: 'not a number', email: 'not-an-email' }),
      });
      assert.equal(raw.status, 400);
      const body = z.parse(ApiError, await raw.json());
      assert.equal(body.code, 'invalid_input');
      assert.deepEqual(body.fields?.map((field) => field.path).sort(), ['email', 'orderNumber']);

      // And the SDK turns that real 400 into the same typed error: a fetch that swaps the body
      // after the SDK's check stands for a client whose rules are older than the server's.
      const swapping = createSuiviClient({
        baseUrl,
        fetch: (input, init) => fetch(input, { ...init, body: JSON.stringify({ orderNumber: '1001', email: 'nobody' }) }),
      });
      const fromServer = await rejection(swapping.lookupOrder(MOVING_ORDER));
      assert.ok(fromServer instanceof InvalidInputError);
      assert.equal(fromServer.status, 400);
      assert.deepEqual(fromServer.fields.map((field) => field.path), ['email']);
    });

    it('reports an expired token as token_expired, and a made-up one as unauthorized', LIMIT, async () => {
      const session = await client.lookupOrder(MOVING_ORDER);
      skewMs = TOKEN_TTL_MS + 1_000;
      const expired = await rejection(client.getOrder(session));
      assert.ok(expired instanceof UnauthorizedError);
      assert.equal(expired.code, 'token_expired');
      assert.equal(expired.status, 401);

      const forged = await rejection(client.getOrder({ ...session, token: 'A'.repeat(43) }));
      assert.ok(isSuiviError(forged, 'unauthorized'), `expected unauthorized, got ${String(forged)}`);
    });

    it('watches the order live: an event per clock tick, and a dropped stream resumes with Last-Event-ID', LIMIT, async () => {
      const session = await client.lookupOrder(MOVING_ORDER);
      const connection = droppableFetch();
      const watcher = createSuiviClient({ baseUrl, fetch: connection.fetch, retry: FAST_RETRY });
      const events: OrderEvent[] = [];
      const statuses: WatchStatus[] = [];
      const errors: SuiviError[] = [];
      const stop = watcher.watchOrder(session, {
        onEvent: (event) => events.push(event),
        onStatus: (status) => statuses.push(status),
        onError: (error) => errors.push(error),
      });
      try {
        // On connecting, the order as it is now.
        await until(() => events.length === 1, 'the current order');
        assert.equal(events[0]!.version, 1);

        api.clock.advance(1);
        await until(() => events.length === 2, 'the event after one clock tick');
        assert.equal(events[1]!.version, 2);
        assert.ok(events[1]!.changes.length > 0);

        // Cut the connection, and let the parcel move while nobody is listening.
        connection.drop();
        api.clock.advance(1);
        const current = api.store.getById(session.orderId)!;
        assert.equal(current.version, 3);

        await until(() => events.length === 3, 'the change made during the drop');
        const eventRequests = connection.requests.filter((request) => request.url.endsWith('/events'));
        assert.equal(eventRequests.length, 2);
        assert.equal(eventRequests[0]!.headers.get('Last-Event-ID'), null);
        assert.equal(eventRequests[1]!.headers.get('Last-Event-ID'), '2');
        assert.deepEqual(events.map((event) => event.version), [1, 2, 3], 'nothing missed, nothing twice');
        assert.deepEqual(events[2]!.order.shipments, (await client.getOrder(session)).shipments);
        assert.deepEqual(statuses, ['connecting', 'open', 'reconnecting', 'open']);
        assert.deepEqual(errors.map((error) => error.code), ['unavailable']);
      } finally {
        stop();
      }
      await until(() => statuses.at(-1) === 'closed', 'the watch to close');
      // The mock lets go of the listener once the client leaves.
      await until(() => api.store.listenerCount(session.orderId) === 0, 'the mock to release the stream');
    });
  });
}
