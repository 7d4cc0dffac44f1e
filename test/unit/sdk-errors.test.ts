import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createSuiviClient,
  InvalidInputError,
  isSuiviError,
  parseRetryAfter,
  RateLimitedError,
  SuiviError,
  UnauthorizedError,
  UnavailableError,
  UnexpectedResponseError,
  type OrderAccess,
  type SuiviErrorCode,
} from '@suivi/sdk';
import { json, networkFailure, scriptedFetch, type Responder } from '../../packages/sdk/test-support/fake-fetch.ts';

const access: OrderAccess = { orderId: 'ord_7Hq2mX9k', token: 'tok_abc', expiresAt: '2026-11-21T10:00:00Z' };

/** A client whose GETs are not retried, so each test sees exactly the one answer it scripted. */
function clientAnswering(responder: Responder) {
  return createSuiviClient({ baseUrl: 'https://shop.example/api', fetch: scriptedFetch(responder), retry: { maxRetries: 0 } });
}

async function failureOf(promise: Promise<unknown>): Promise<SuiviError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(isSuiviError(error), `expected a SuiviError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-21T10:00:00Z');

  it('reads delay-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });

  it('reads an HTTP date as seconds from now, rounding up and never negative', () => {
    assert.equal(parseRetryAfter('Sat, 21 Nov 2026 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Sat, 21 Nov 2026 09:00:00 GMT', now), 0);
  });

  it('returns null for a missing or unreadable header', () => {
    assert.equal(parseRetryAfter(null, now), null);
    assert.equal(parseRetryAfter('soon', now), null);
    assert.equal(parseRetryAfter('-5', now), null);
    assert.equal(parseRetryAfter('1.5', now), null);
  });
});

describe('error mapping from the API error body', () => {
  const cases: Array<[apiCode: string, status: number, expected: SuiviErrorCode]> = [
    ['invalid_input', 400, 'invalid_input'],
    ['not_found', 404, 'not_found'],
    ['rate_limited', 429, 'rate_limited'],
    ['unauthorized', 401, 'unauthorized'],
    ['token_expired', 401, 'token_expired'],
    ['forbidden', 403, 'forbidden'],
    ['conflict', 409, 'conflict'],
    ['unprocessable', 422, 'unprocessable'],
    ['unavailable', 503, 'unavailable'],
    ['internal', 500, 'unavailable'],
  ];
  for (const [apiCode, status, expected] of cases) {
    it(`maps ${status} ${apiCode} to ${expected}`, async () => {
      const client = clientAnswering(() => json({ code: apiCode, message: 'from the server' }, { status }));
      const error = await failureOf(client.getOrder(access));
      assert.equal(error.code, expected);
      assert.equal(error.status, status);
      assert.equal(error.message, 'from the server');
    });
  }

  it('prefers the body code to the status (a 401 that says token_expired)', async () => {
    const client = clientAnswering(() => json({ code: 'token_expired', message: 'expired' }, { status: 401 }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof UnauthorizedError);
    assert.equal(error.expired, true);
    assert.ok(isSuiviError(error, 'token_expired'));
    assert.ok(!isSuiviError(error, 'unauthorized'));
  });

  it('carries field errors on invalid_input', async () => {
    const fields = [{ path: 'email', message: 'Enter the e-mail address used for the order' }];
    const client = clientAnswering(() => json({ code: 'invalid_input', message: 'invalid', fields }, { status: 400 }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof InvalidInputError);
    assert.deepEqual(error.fields, fields);
  });
});

describe('error mapping by status when the body is not an ApiError', () => {
  const cases: Array<[status: number, expected: SuiviErrorCode]> = [
    [400, 'invalid_input'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'unprocessable'],
    [429, 'rate_limited'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
  ];
  for (const [status, expected] of cases) {
    it(`maps a bare ${status} to ${expected}`, async () => {
      const client = clientAnswering(() => new Response('<html>Bad gateway</html>', { status, headers: { 'Content-Type': 'text/html' } }));
      const error = await failureOf(client.getOrder(access));
      assert.equal(error.code, expected);
      assert.equal(error.status, status);
    });
  }

  it('treats a status outside the contract as an unexpected response', async () => {
    const client = clientAnswering(() => new Response('', { status: 418 }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof UnexpectedResponseError);
    assert.equal(error.status, 418);
  });

  it('gives an empty field list when a bare 400 names no field', async () => {
    const client = clientAnswering(() => new Response('', { status: 400 }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof InvalidInputError);
    assert.deepEqual(error.fields, []);
  });
});

describe('rate limiting', () => {
  it('takes Retry-After seconds from the header and computes retryAt', async () => {
    const before = Date.now();
    const client = clientAnswering(() => json({ code: 'rate_limited', message: 'slow down', retryAfter: 5 }, { status: 429, headers: { 'Retry-After': '30' } }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterSeconds, 30, 'the header wins over the body');
    assert.ok(error.retryAt.getTime() >= before + 30_000 && error.retryAt.getTime() <= Date.now() + 30_000);
  });

  it('takes an HTTP-date Retry-After', async () => {
    const at = new Date(Date.now() + 90_000);
    at.setMilliseconds(0);
    const client = clientAnswering(() => new Response('', { status: 429, headers: { 'Retry-After': at.toUTCString() } }));
    const error = await failureOf(client.getOrder(access));
    assert.ok(error instanceof RateLimitedError);
    assert.ok(error.retryAfterSeconds >= 88 && error.retryAfterSeconds <= 90, `got ${error.retryAfterSeconds}`);
  });

  it('falls back to the body retryAfter, then to 60 seconds', async () => {
    const fromBody = await failureOf(clientAnswering(() => json({ code: 'rate_limited', message: 'x', retryAfter: 12 }, { status: 429 })).getOrder(access));
    assert.ok(fromBody instanceof RateLimitedError);
    assert.equal(fromBody.retryAfterSeconds, 12);
    const fallback = await failureOf(clientAnswering(() => new Response('', { status: 429 })).getOrder(access));
    assert.ok(fallback instanceof RateLimitedError);
    assert.equal(fallback.retryAfterSeconds, 60);
  });
});

describe('unavailable', () => {
  it('maps a network failure (fetch TypeError) to unavailable with no status', async () => {
    const error = await failureOf(clientAnswering(networkFailure).getOrder(access));
    assert.ok(error instanceof UnavailableError);
    assert.equal(error.status, null);
    assert.equal(error.retryAfterSeconds, null);
    assert.ok(error.cause instanceof TypeError);
  });

  it('keeps the Retry-After of a 503', async () => {
    const error = await failureOf(clientAnswering(() => new Response('', { status: 503, headers: { 'Retry-After': '7' } })).getOrder(access));
    assert.ok(error instanceof UnavailableError);
    assert.equal(error.retryAfterSeconds, 7);
  });
});

describe('isSuiviError', () => {
  it('tells SDK errors from other errors and checks the code', () => {
    const error = new UnavailableError('down', 503);
    assert.ok(isSuiviError(error));
    assert.ok(isSuiviError(error, 'unavailable'));
    assert.ok(!isSuiviError(error, 'timeout'));
    assert.ok(!isSuiviError(new Error('x')));
    assert.ok(!isSuiviError(null));
    assert.ok(!isSuiviError({ code: 'unavailable' }), 'a look-alike object is not an SDK error');
  });
});
