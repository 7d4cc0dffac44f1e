/**
 * The admin API over the mock's standalone HTTP server (what `npm run mock:server` runs), with the
 * SDK on Node's real fetch: CORS lets a browser app on another origin send the write headers and
 * read the answers' ETag and file name; the CSV and the events stream over a real socket.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSuiviAdminClient } from '@suivi/sdk';
import { startMockHttpServer, type MockHttpServer } from '../../mocks/src/server/http-server.ts';
import { adminMock } from './fixtures/admin-api.ts';

describe('admin API over the mock HTTP server', () => {
  const api = adminMock({ baseUrl: '/api' });
  let server: MockHttpServer;
  before(async () => {
    server = await startMockHttpServer({ api, port: 0 });
  });
  after(() => server.close());

  it('lets a browser on another origin send If-Match and Idempotency-Key, and read ETag and Content-Disposition', async () => {
    const preflight = await fetch(`${server.url}/v1/admin/orders/x/actions/archive`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, if-match, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    for (const header of ['authorization', 'if-match', 'idempotency-key']) assert.match(preflight.headers.get('access-control-allow-headers')!, new RegExp(header));
    const exported = await fetch(`${server.url}/v1/admin/orders/export.csv?q=1001`, { headers: { authorization: `Bearer ${api.adminKey}`, origin: 'http://localhost:6006' } });
    assert.match(exported.headers.get('access-control-expose-headers')!, /content-disposition/);
    assert.match(exported.headers.get('access-control-expose-headers')!, /etag/);
    await exported.body?.cancel();
  });

  it('serves the SDK end to end: list, act, CSV and live events over a socket', async () => {
    const admin = createSuiviAdminClient({ baseUrl: server.url, adminKey: api.adminKey });
    const received: string[] = [];
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    let arrived!: () => void;
    const event = new Promise<void>((resolve) => (arrived = resolve));
    const stop = admin.watchOrders({
      onStatus: (status) => status === 'open' && opened(),
      onEvent: (change) => {
        received.push(`${change.kind} ${change.order.orderNumber} v${change.order.version}`);
        arrived();
      },
    });
    await open;
    const page = await admin.listOrders({ q: '1002' });
    const row = page.items[0]!;
    await admin.editTags(row.id, { add: ['over-http'] }, { version: row.version });
    await event;
    assert.deepEqual(received, [`updated #1002 v${row.version + 1}`]);
    const { stream } = await admin.exportCsv({ tag: ['over-http'] });
    let text = '';
    for await (const chunk of stream as unknown as AsyncIterable<string>) text += chunk;
    assert.equal(text.split('\r\n').filter(Boolean).length, 2);
    stop();
  });
});
