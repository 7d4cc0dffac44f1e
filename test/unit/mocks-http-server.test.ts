import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { LookupResponse, OrderEvent } from '@suivi/model';
import * as z from 'zod/mini';
import { createMockApi } from '../../mocks/src/index.ts';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/src/server/http-server.ts';

describe('@suivi/mocks standalone HTTP server', () => {
  const api = createMockApi({ anchor: new Date('2026-11-21T00:00:00Z'), orderCount: 40, rateLimit: { perClient: 2, perOrderNumber: 50, windowMs: 60_000 } });
  let server: MockHttpServer;
  before(async () => {
    server = await startMockHttpServer({ api, port: 0 });
  });
  after(() => server.close());

  const lookup = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('listens on 127.0.0.1 and answers a lookup', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/api$/);
    const response = await lookup({ orderNumber: '#1004', email: 'amelia.clarke@example.co.uk' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const { order } = z.parse(LookupResponse, await response.json());
    assert.equal(order.shipments[0]!.status, 'attempted_delivery');
  });

  it('answers CORS preflights and unknown paths with the error shape', async () => {
    const preflight = await fetch(`${server.url}/v1/lookup`, { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    assert.match(preflight.headers.get('access-control-allow-headers')!, /authorization/);
    const missing = await fetch(`${server.url}/v9/nothing`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'not_found');
  });

  it('rate limits by the socket address when there is no x-forwarded-for', async () => {
    for (let i = 0; i < 2; i++) assert.equal((await lookup({ orderNumber: '#1001', email: `guess${i}@example.com` })).status, 404);
    const limited = await lookup({ orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' });
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    // A spoofed internal header does not get round it: the server overwrites it.
    assert.equal((await lookup({ orderNumber: '#1002', email: 'oliver.bennett@example.co.uk' }, { 'x-suivi-remote-address': '1.2.3.4' })).status, 429);
    api.reset();
  });

  it('refuses a huge body with 400, not a crash', async () => {
    const response = await fetch(`${server.url}/v1/lookup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2_000_000) });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as { code: string }).code, 'invalid_input');
  });

  it('streams order events as they happen, and lets go when the client leaves', async () => {
    const { token, order } = z.parse(LookupResponse, await (await lookup({ orderNumber: '#1001', email: 'camille.martin@example.fr' })).json());
    const url = new URL(`${server.url}/v1/orders/${order.id}/events`);
    const events: OrderEvent[] = [];
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers['content-type']), /^text\/event-stream/);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (!data) continue;
            events.push(z.parse(OrderEvent, JSON.parse(data)));
            // The first event arrives before the clock moves: the body is streamed, not buffered.
            if (events.length === 1) api.clock.advance();
            if (events.length === 2) {
              req.destroy();
              resolve();
            }
          }
        });
      });
      req.on('error', (error) => (events.length >= 2 ? undefined : reject(error)));
      req.end();
    });
    assert.deepEqual(events.map((e) => e.version), [1, 2]);
    for (let i = 0; i < 50 && api.store.listenerCount(order.id) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(api.store.listenerCount(order.id), 0);
  });
});
