import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LookupResponse } from '@suivi/model';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';
import { createMockNodeServer } from '../../mocks/src/node.ts';

describe('@suivi/mocks with msw/node', () => {
  const api = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z'), orderCount: 40 });
  const server = createMockNodeServer(api);
  before(() => server.listen({ onUnhandledFrame: 'error' }));
  after(() => server.close());

  it('answers a real fetch on a relative base URL, on any origin', async () => {
    for (const origin of ['http://localhost', 'https://shop.example']) {
      const response = await fetch(`${origin}/api/v1/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ orderNumber: '1002', email: 'oliver.bennett@example.co.uk' }),
      });
      assert.equal(response.status, 200);
      const { order, token } = z.parse(LookupResponse, await response.json());
      assert.equal(order.orderNumber, '#1002');
      const again = await fetch(`${origin}/api/v1/orders/${order.id}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(again.status, 200);
    }
  });

  it('streams order events through fetch', async () => {
    const lookup = await fetch('http://localhost/api/v1/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderNumber: '#1001', email: 'camille.martin@example.fr' }),
    });
    const { order, token } = z.parse(LookupResponse, await lookup.json());
    const aborter = new AbortController();
    const stream = await fetch(`http://localhost/api/v1/orders/${order.id}/events`, { headers: { authorization: `Bearer ${token}` }, signal: aborter.signal });
    assert.match(stream.headers.get('content-type')!, /^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const untilEvents = async (count: number) => {
      while ((text.match(/^event: order$/gm) ?? []).length < count) text += (await reader.read()).value ?? '';
    };
    await untilEvents(1);
    api.clock.advance();
    await untilEvents(2);
    assert.match(text, /^id: 2$/m);
    aborter.abort();
    await reader.cancel().catch(() => {});
  });
});

describe('@suivi/mocks with an absolute base URL', () => {
  const api = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z'), orderCount: 20, baseUrl: 'http://127.0.0.1:4999/api/' });
  const server = createMockNodeServer(api);
  before(() => server.listen({ onUnhandledFrame: 'bypass' }));
  after(() => server.close());

  it('matches that origin only', async () => {
    const response = await fetch('http://127.0.0.1:4999/api/v1/lookup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderNumber: '#1003', email: 'chloe.bernard@example.fr' }),
    });
    assert.equal(response.status, 200);
    await assert.rejects(fetch('http://127.0.0.1:1/api/v1/lookup', { method: 'POST', body: '{}' }), 'another origin goes to the network (nothing listens there)');
  });
});
