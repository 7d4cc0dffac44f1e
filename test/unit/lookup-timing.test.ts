/**
 * Issue 6: an unknown order number and a wrong e-mail must answer alike, in body, status and
 * headers, and after the same work, so neither the answer nor its timing tells an attacker which
 * order numbers exist. The work is traced through the context the lookup handler is given (every
 * call on the store, the rate limiters and the token vault) and the e-mail comparison is counted
 * character by character. The timing itself is measured by `npm run bench:lookup-timing`.
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMockApi } from '../../mocks/src/index.ts';
import { SlidingWindowLimiter } from '../../mocks/src/auth/sliding-window-limiter.ts';
import { TokenVault } from '../../mocks/src/auth/token-vault.ts';
import { EMAIL_COMPARE_SPAN, constantTimeEquals, handleLookup } from '../../mocks/src/http/lookup-handler.ts';
import type { MockContext } from '../../mocks/src/http/mock-context.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');

/** `target` with every method call written to `trace` as `name.method`. */
function traced<T extends object>(name: string, target: T, trace: string[]): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        trace.push(`${name}.${String(property)}`);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

function tracedContext(trace: string[]): MockContext {
  const api = createMockApi({ anchor: ANCHOR, orderCount: 40 });
  const now = () => ANCHOR.getTime();
  return {
    store: traced('store', api.store, trace),
    clock: api.clock,
    tokens: traced('tokens', new TokenVault({ ttlMs: 60_000, now }), trace),
    failuresPerClient: traced('failuresPerClient', new SlidingWindowLimiter({ limit: 100, windowMs: 60_000, now }), trace),
    failuresPerOrderNumber: traced('failuresPerOrderNumber', new SlidingWindowLimiter({ limit: 100, windowMs: 60_000, now }), trace),
    showcase: api.showcase,
    adminKey: api.adminKey,
    failedLookupFloorMs: 25,
    now,
    reset: api.reset,
  };
}

function lookupRequest(orderNumber: string, email: string): Request {
  return new Request('http://shop.example/api/v1/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
    body: JSON.stringify({ orderNumber, email }),
  });
}

/** Counts String.prototype.charCodeAt calls made by `run`: the characters a comparison walks. */
function charactersRead(run: () => void): number {
  const original = String.prototype.charCodeAt;
  let count = 0;
  String.prototype.charCodeAt = function (this: string, index: number) {
    count++;
    return original.call(this, index);
  };
  try {
    run();
  } finally {
    String.prototype.charCodeAt = original;
  }
  return count;
}

async function answerOf(response: Response) {
  return { status: response.status, headers: [...response.headers].sort(), body: await response.text() };
}

describe('lookup: unknown number and wrong e-mail', () => {
  it('do the same work (same calls on the store, limiters and token vault, in the same order) and answer byte for byte alike', async () => {
    const unknownTrace: string[] = [];
    const wrongTrace: string[] = [];
    const unknownContext = tracedContext(unknownTrace);
    const wrongContext = tracedContext(wrongTrace);
    // #1003 built beforehand, as it is after its first read: the lookups compare warm paths.
    wrongContext.store.getByNumber('#1003');
    wrongTrace.length = 0;

    const unknown = await answerOf(await handleLookup(lookupRequest('#987654', 'chloe.bernard@example.fr'), unknownContext));
    const wrong = await answerOf(await handleLookup(lookupRequest('#1003', 'someone.else@example.fr'), wrongContext));

    assert.deepEqual(unknownTrace, wrongTrace);
    assert.deepEqual(unknownTrace, [
      'failuresPerClient.waitFor',
      'failuresPerOrderNumber.waitFor',
      'store.getByNumber',
      'failuresPerClient.record',
      'failuresPerOrderNumber.record',
    ]);
    assert.deepEqual(unknown, wrong);
    assert.equal(unknown.status, 404);
    assert.deepEqual(JSON.parse(unknown.body), { code: 'not_found', message: 'No order matches this order number and e-mail.' });
    assert.ok(!unknownTrace.some((call) => call.startsWith('tokens.')), 'no token is made on either path');
  });

  it('the right e-mail takes the same path up to the comparison, then issues a token', async () => {
    const trace: string[] = [];
    const context = tracedContext(trace);
    const response = await handleLookup(lookupRequest('1003', 'Chloe.Bernard@example.fr '), context);
    assert.equal(response.status, 200);
    assert.deepEqual(trace, ['failuresPerClient.waitFor', 'failuresPerOrderNumber.waitFor', 'store.getByNumber', 'tokens.issue']);
  });

  it('both failures answer no sooner than the floor after they arrived, whatever the work took', async () => {
    const context = tracedContext([]);
    for (const [orderNumber, email] of [['#987654', 'chloe.bernard@example.fr'], ['#1003', 'someone.else@example.fr']] as const) {
      const arrivedAt = performance.now();
      const response = await handleLookup(lookupRequest(orderNumber, email), context);
      assert.equal(response.status, 404);
      assert.ok(performance.now() - arrivedAt >= context.failedLookupFloorMs, `${orderNumber} answered before the floor`);
    }
  });

  it('the e-mail comparison walks the same number of characters whatever the stored address and the guess', () => {
    const guesses = ['a@b.co', 'chloe.bernard@example.fr', `${'x'.repeat(240)}@example.fr`];
    const stored = ['nobody@invalid.example', 'chloe.bernard@example.fr', 'a.much.longer.address.than.the.others@example.co.uk'];
    const counts = new Set<number>();
    for (const guess of guesses) for (const address of stored) counts.add(charactersRead(() => constantTimeEquals(address, guess)));
    assert.deepEqual([...counts], [2 * EMAIL_COMPARE_SPAN]);
    assert.equal(constantTimeEquals('chloe.bernard@example.fr', 'chloe.bernard@example.fr'), true);
    assert.equal(constantTimeEquals('chloe.bernard@example.fr', 'chloe.bernard@example.fR'), false);
    assert.equal(constantTimeEquals('abc', 'abc\u0000'), false, 'a longer guess padded with NUL is still different');
  });
});
