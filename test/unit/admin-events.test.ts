/** GET /v1/admin/events on the mock: new orders and changes live, resuming with Last-Event-ID, resync when a gap cannot be filled. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdminOrderEvent, AdminResyncEvent } from '@suivi/model';
import * as z from 'zod/mini';
import type { MockApi } from '../../mocks/src/index.ts';
import { act, adminHeaders, adminMock, call, frameFields, frameReader, listOrders, referenceRows } from './fixtures/admin-api.ts';

async function openEvents(api: MockApi, lastEventId?: string) {
  const controller = new AbortController();
  const headers = adminHeaders(api, lastEventId === undefined ? {} : { 'last-event-id': lastEventId });
  const response = await call(api, '/v1/admin/events', { headers, signal: controller.signal });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/);
  const frames = frameReader(response.body!);
  return {
    /** The next frame that is not a bare keep-alive or retry/id line. */
    async nextEvent(): Promise<{ event: string; id: string; data: unknown }> {
      for (;;) {
        const fields = frameFields(await frames.next());
        if (fields.event) return { event: fields.event, id: fields.id!, data: JSON.parse(fields.data!) };
      }
    },
    next: frames.next,
    async close() {
      controller.abort();
      await frames.cancel().catch(() => undefined);
    },
  };
}

const newOrder = async (api: MockApi) => (await call(api, '/__mock/orders/new', { method: 'POST' })).json() as Promise<{ id: string; version: number }>;

describe('GET /v1/admin/events', () => {
  it('opens at the current event id, then sends each new order and each change with the next id', async () => {
    const api = adminMock();
    await newOrder(api);
    const stream = await openEvents(api);
    assert.deepEqual(frameFields(await stream.next()), { retry: '3000', id: '1' }, 'resume point, no event');
    const created = await newOrder(api);
    const first = await stream.nextEvent();
    assert.equal(first.event, 'order');
    assert.equal(first.id, '2');
    const event = z.parse(AdminOrderEvent, first.data);
    assert.equal(event.kind, 'created');
    assert.equal(event.order.id, created.id);
    assert.equal((await act(api, created.id, 'archive', {}, { version: created.version })).status, 200);
    const second = await stream.nextEvent();
    assert.equal(second.id, '3');
    assert.deepEqual(z.parse(AdminOrderEvent, second.data), { kind: 'updated', order: { ...event.order, state: 'archived', version: created.version + 1 } });
    await stream.close();
  });

  it('sends every order a clock tick moves, built or not, as the store would have it', async () => {
    const api = adminMock();
    await listOrders(api, 'limit=1');
    const stream = await openEvents(api);
    const before = new Map(referenceRows().map((row) => [row.id, row]));
    const after = referenceRows({}, [1]);
    const moved = after.filter((row) => row.version !== before.get(row.id)!.version);
    assert.ok(moved.length > 10);
    api.clock.advance(1);
    const received = new Map<string, unknown>();
    while (received.size < moved.length) {
      const { data } = await stream.nextEvent();
      const event = z.parse(AdminOrderEvent, data);
      received.set(event.order.id, event.order);
    }
    assert.deepEqual([...received.values()].sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1)), [...moved].sort((a, b) => (a.id < b.id ? -1 : 1)));
    await stream.close();
  });

  it('replays what a client missed when it comes back with Last-Event-ID', async () => {
    const api = adminMock();
    const stream = await openEvents(api);
    const { id: lastSeen } = frameFields(await stream.next());
    await stream.close();
    const a = await newOrder(api);
    const b = await newOrder(api);
    const resumed = await openEvents(api, lastSeen);
    const replayed = [await resumed.nextEvent(), await resumed.nextEvent()];
    assert.deepEqual(replayed.map(({ id }) => id), [String(Number(lastSeen) + 1), String(Number(lastSeen) + 2)]);
    assert.deepEqual(replayed.map(({ data }) => z.parse(AdminOrderEvent, data).order.id), [a.id, b.id]);
    await resumed.close();
  });

  it('tells a client to resync when what it missed is no longer kept, or its id is not ours', async () => {
    const api = adminMock({ adminEventLogSize: 2 });
    for (let i = 0; i < 6; i++) await newOrder(api);
    for (const lastEventId of ['1', '999']) {
      const stream = await openEvents(api, lastEventId);
      const { event, id, data } = await stream.nextEvent();
      assert.equal(event, 'resync');
      assert.equal(id, '6');
      assert.deepEqual(z.parse(AdminResyncEvent, data), { reason: 'history_gap' });
      await stream.close();
    }
  });

  it('tells open streams to resync when the mock is reset', async () => {
    const api = adminMock();
    const stream = await openEvents(api);
    api.reset();
    const { event, data } = await stream.nextEvent();
    assert.equal(event, 'resync');
    assert.deepEqual(data, { reason: 'reset' });
    await stream.close();
  });
});
