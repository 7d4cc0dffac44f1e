/**
 * Which requests the SDK may send again, and which headers its live streams send. A PUT of the
 * notification choices states the whole value, so it is retried like a GET after a 503 or a
 * dropped connection; writes that would act twice or answer wrongly when repeated (a POST with no
 * key, a DELETE, a PUT with If-Match) never are. Live streams send only the headers they need, so
 * a page on another origin opening a share link's stream needs no CORS preflight.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSuiviClient, isSuiviError, type OrderAccess } from '@suivi/sdk';
import { safeToRepeat } from '../../packages/sdk/src/transport.ts';
import { hangUntilAborted, json, networkFailure, scriptedFetch, type Responder } from '../../packages/sdk/test-support/fake-fetch.ts';

const access: OrderAccess = { orderId: 'ord_7Hq2mX9k', token: 'tok_abc', expiresAt: '2026-11-21T10:00:00Z' };
const fast = { baseDelayMs: 1, maxDelayMs: 5 };
const SETTINGS = { email: true, sms: true, smsAvailable: true, phoneEnding: '78' };
const unavailable = () => json({ code: 'unavailable', message: 'Down for maintenance', retryAfter: 0 }, { status: 503, headers: { 'Retry-After': '0' } });

/** Header names a page may set without a CORS preflight (Fetch standard, "CORS-safelisted request-header"). */
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language', 'content-type', 'range']);

/** scriptedFetch, also keeping each call's `cache` mode. */
function recording(...responders: Responder[]) {
  const inner = scriptedFetch(...responders);
  const cacheModes: (RequestCache | undefined)[] = [];
  const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    cacheModes.push(init.cache);
    return inner(input, init);
  }) as typeof globalThis.fetch;
  return { fetch, requests: inner.requests, cacheModes };
}

describe('safe to repeat', () => {
  it('PUT of the notification choices is retried after a 503 and after a dropped connection, with the same body', async () => {
    const fake = scriptedFetch(unavailable, networkFailure, () => json(SETTINGS));
    const client = createSuiviClient({ baseUrl: '/api', fetch: fake, retry: fast });
    assert.deepEqual(await client.setNotificationPreferences(access, { email: true, sms: true }), SETTINGS);
    assert.equal(fake.requests.length, 3);
    assert.deepEqual(
      fake.requests.map((request) => [request.method, request.body]),
      Array.from({ length: 3 }, () => ['PUT', '{"email":true,"sms":true}']),
    );
  });

  it('PUT that keeps failing stops after maxRetries and says unavailable', async () => {
    const fake = scriptedFetch(unavailable, unavailable, unavailable);
    const client = createSuiviClient({ baseUrl: '/api', fetch: fake, retry: { ...fast, maxRetries: 2 } });
    const error = await client.setNotificationPreferences(access, { email: false, sms: false }).then(
      () => assert.fail('expected a failure'),
      (failure: unknown) => failure,
    );
    assert.ok(isSuiviError(error, 'unavailable'));
    assert.equal(fake.requests.length, 3);
  });

  it('a refused PUT (422) is not retried: the answer is the answer', async () => {
    const fake = scriptedFetch(() =>
      json(
        { code: 'unprocessable', message: 'No phone', refusal: { code: 'no_phone', reason: 'No phone', lineItemId: null, returnableQuantity: null, windowClosedAt: null } },
        { status: 422 },
      ),
    );
    const client = createSuiviClient({ baseUrl: '/api', fetch: fake, retry: fast });
    const error = await client.setNotificationPreferences(access, { email: true, sms: true }).catch((failure: unknown) => failure);
    assert.ok(isSuiviError(error, 'unprocessable'));
    assert.equal(fake.requests.length, 1);
  });

  it('a DELETE (stop sharing) is not repeated after a dropped connection: a repeat would say "not found" for a link it removed', async () => {
    const fake = scriptedFetch(networkFailure);
    const client = createSuiviClient({ baseUrl: '/api', fetch: fake, retry: fast });
    const error = await client.revokeShareLink(access, 'link_1').catch((failure: unknown) => failure);
    assert.ok(isSuiviError(error, 'unavailable'));
    assert.equal(fake.requests.length, 1);
  });

  it('the rule: GET, PUT without If-Match, or any method with an Idempotency-Key; never a bare POST, a DELETE or a conditional PUT', () => {
    const cases: [Parameters<typeof safeToRepeat>[0], boolean][] = [
      [{ method: 'GET' }, true],
      [{ method: 'PUT', headers: { Authorization: 'Bearer t' } }, true],
      [{ method: 'PUT', headers: { 'If-Match': '"3"' } }, false],
      [{ method: 'PUT', headers: { 'If-Match': '"3"', 'Idempotency-Key': 'k-00000001' } }, true],
      [{ method: 'POST' }, false],
      [{ method: 'POST', headers: { 'idempotency-key': 'k-00000001' } }, true],
      [{ method: 'DELETE', headers: { Authorization: 'Bearer t' } }, false],
    ];
    for (const [request, expected] of cases) assert.equal(safeToRepeat(request), expected, `${request.method} ${JSON.stringify(request.headers ?? {})}`);
  });
});

describe('live stream headers', () => {
  async function firstStreamRequest(open: (client: ReturnType<typeof createSuiviClient>) => () => void) {
    const recorder = recording(hangUntilAborted);
    const client = createSuiviClient({ baseUrl: 'https://api.shop.example/api', fetch: recorder.fetch, retry: fast });
    const stop = open(client);
    while (recorder.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    stop();
    return { request: recorder.requests[0]!, cache: recorder.cacheModes[0] };
  }

  it('a share link’s stream sends only safelisted headers (no CORS preflight) and keeps caches out with the no-store mode', async () => {
    const { request, cache } = await firstStreamRequest((client) => client.watchSharedOrder('shr_token', { onEvent: () => undefined }));
    const names = [...request.headers.keys()];
    assert.deepEqual(names, ['accept']);
    assert.equal(request.headers.get('accept'), 'text/event-stream');
    assert.ok(names.every((name) => SAFELISTED.has(name)), `only safelisted headers, got ${names.join(', ')}`);
    assert.equal(cache, 'no-store');
  });

  it('an order’s stream sends Accept and the token, and no Cache-Control', async () => {
    const { request, cache } = await firstStreamRequest((client) => client.watchOrder(access, { onEvent: () => undefined }));
    assert.deepEqual([...request.headers.keys()].sort(), ['accept', 'authorization']);
    assert.equal(request.headers.get('cache-control'), null);
    assert.equal(cache, 'no-store');
  });

  it('a resumed stream adds Last-Event-ID and nothing else', async () => {
    const { request } = await firstStreamRequest((client) => client.watchOrder(access, { onEvent: () => undefined }, { lastEventId: '7' }));
    assert.deepEqual([...request.headers.keys()].sort(), ['accept', 'authorization', 'last-event-id']);
    assert.equal(request.headers.get('last-event-id'), '7');
  });
});
