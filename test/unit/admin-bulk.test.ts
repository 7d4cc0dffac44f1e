/** POST /v1/admin/orders/bulk/{action} on the mock: a result per order, each on its own, idempotent as a whole. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BulkActionResponse, unshippedQuantities, type Order } from '@suivi/model';
import * as z from 'zod/mini';
import type { MockApi } from '../../mocks/src/index.ts';
import { adminHeaders, adminMock, call, errorOf, freshKey, getDetail } from './fixtures/admin-api.ts';

const seeded: Order[] = adminMock().store.all();
const shippable = seeded.filter((o) => o.state === 'open' && o.payment.status === 'paid' && !o.fulfillmentHold && !o.shipments.length && unshippedQuantities(o).size > 0);

function bulk(api: MockApi, action: string, body: unknown): Promise<Response> {
  return call(api, `/v1/admin/orders/bulk/${action}`, { method: 'POST', headers: adminHeaders(api, { 'content-type': 'application/json' }), body: JSON.stringify(body) });
}

async function resultsOf(response: Response) {
  const body: unknown = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return z.parse(BulkActionResponse, body).results;
}

describe('POST /v1/admin/orders/bulk/{action}', () => {
  it('acts on each order on its own: changed, refused, changed since, or gone', async () => {
    const api = adminMock();
    const [a, b] = shippable;
    const archived = seeded.find((o) => o.state === 'archived')!;
    const results = await resultsOf(
      await bulk(api, 'hold_fulfillment', {
        idempotencyKey: freshKey(),
        reason: 'Inventaire en cours',
        orders: [
          { id: a!.id, version: a!.version },
          { id: b!.id, version: b!.version + 5 },
          { id: archived.id, version: archived.version },
          { id: 'ord_nope', version: 1 },
        ],
      }),
    );
    assert.deepEqual(results[0], { id: a!.id, ok: true, version: a!.version + 1 });
    assert.equal(results[1]!.ok || results[1]!.code, 'conflict');
    assert.equal(results[2]!.ok || results[2]!.code, 'order_archived');
    assert.equal(results[3]!.ok || results[3]!.code, 'not_found');
    assert.equal((await getDetail(api, a!.id)).order.fulfillmentStatus, 'on_hold');
    assert.equal((await getDetail(api, b!.id)).order.version, b!.version, 'the order changed since was left alone');
  });

  it('fulfils everything left of each order, telling the customers only when asked, once even when retried', async () => {
    const api = adminMock();
    const selection = shippable.slice(0, 3).map(({ id, version }) => ({ id, version }));
    const body = { idempotencyKey: freshKey(), carrier: 'colissimo', notifyCustomer: true, orders: selection };
    const first = await resultsOf(await bulk(api, 'fulfill', body));
    assert.ok(first.every((result) => result.ok));
    const retry = await bulk(api, 'fulfill', body);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await resultsOf(retry), first);
    for (const { id } of selection) {
      const { order } = await getDetail(api, id);
      assert.equal(order.shipments.length, 1);
      assert.equal(order.fulfillmentStatus, 'fulfilled');
      assert.equal(api.store.outbox.forOrder(id).filter((message) => message.channel === 'email').length, 1);
    }
  });

  it('adds and removes tags across a selection', async () => {
    const api = adminMock();
    const selection = seeded.slice(10, 14).map(({ id, version }) => ({ id, version }));
    const added = await resultsOf(await bulk(api, 'add_tags', { idempotencyKey: freshKey(), tags: ['export-2026'], orders: selection }));
    assert.ok(added.every((result) => result.ok));
    const again = selection.map(({ id }, index) => ({ id, version: (added[index] as { version: number }).version }));
    const removed = await resultsOf(await bulk(api, 'remove_tags', { idempotencyKey: freshKey(), tags: ['export-2026'], orders: again }));
    assert.ok(removed.every((result) => result.ok));
    for (const { id } of selection) assert.ok(!(await getDetail(api, id)).order.tags.includes('export-2026'));
  });

  it('checks the request: known action, a selection of 1 to 200 distinct orders, the action\'s parameters, a key', async () => {
    const api = adminMock();
    const one = [{ id: seeded[0]!.id, version: 1 }];
    assert.equal((await bulk(api, 'teleport', { idempotencyKey: freshKey(), orders: one })).status, 404);
    assert.equal((await bulk(api, 'add_tracking', { idempotencyKey: freshKey(), orders: one })).status, 404, 'tracking numbers differ per order');
    for (const body of [
      { idempotencyKey: freshKey(), orders: [] },
      { idempotencyKey: freshKey(), orders: [...one, ...one] },
      { orders: one },
      { idempotencyKey: freshKey(), orders: one, reason: 'not a parameter of archive' },
      { idempotencyKey: freshKey(), orders: Array.from({ length: 201 }, (_, i) => ({ id: `ord_${i}`, version: 1 })) },
    ]) {
      const response = await bulk(api, 'archive', body);
      assert.equal(response.status, 400, JSON.stringify(body).slice(0, 80));
      assert.equal((await errorOf(response)).code, 'invalid_input');
    }
    assert.equal((await bulk(api, 'refund', { idempotencyKey: freshKey(), orders: one, amount: 100 })).status, 400, 'bulk refunds are full only');
  });
});
