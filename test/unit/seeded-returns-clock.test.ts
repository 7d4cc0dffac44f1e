/**
 * Seeded returns move with the carrier clock like the ones shoppers file: requested → in progress
 * → returned, one step per tick, each step on the order's timeline and, on a built order, in the
 * outbox on the channels the shopper opted in to. An order first read after some ticks shows the
 * same returns, timeline and version as one read before them (orders are built lazily).
 */
import '../../mocks/src/polyfills/promise-with-resolvers.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Order } from '@suivi/model';
import { createMockApi, type MockApi } from '../../mocks/src/index.ts';

const ANCHOR = new Date('2026-11-21T00:00:00Z');
const HOUR = 3_600_000;

/** A mock whose wall clock the test moves by hand, so tick times are known. */
function mockAt(): { api: MockApi; later: (ms: number) => void } {
  let now = Date.parse('2026-11-22T08:00:00Z');
  const api = createMockApi({ anchor: ANCHOR, orderCount: 400, now: () => now });
  return { api, later: (ms) => (now += ms) };
}

/** Seeded orders with an unfinished return, found without keeping them built in `api`'s store (read in a scratch mock). */
function seededWithUnfinishedReturn(): { requested: Order[]; inProgress: Order[] } {
  const { api } = mockAt();
  const orders = api.store.all();
  return {
    requested: orders.filter((order) => order.returns.some((request) => request.status === 'requested')),
    inProgress: orders.filter((order) => order.returns.some((request) => request.status === 'in_progress')),
  };
}

const found = seededWithUnfinishedReturn();

describe('seeded returns and the carrier clock', () => {
  it('the seed has unfinished returns to move (requested and in progress)', () => {
    assert.ok(found.requested.length > 0, 'a seeded requested return');
    assert.ok(found.inProgress.length > 0, 'a seeded return in progress');
  });

  it('a requested return moves one step per tick, on the timeline and in the outbox on the channels chosen', () => {
    const { api, later } = mockAt();
    const seeded = found.requested.find((order) => order.customer.phone !== null)!;
    assert.ok(seeded, 'a seeded requested return whose shopper has a phone');
    const returnId = seeded.returns.find((request) => request.status === 'requested')!.id;
    api.store.update(seeded.id, (draft) => {
      draft.notifications = { email: true, sms: true };
    });
    const statusOf = () => api.store.getById(seeded.id)!.returns.find((request) => request.id === returnId)!.status;
    const messages = (topic: string) => api.store.outbox.forOrder(seeded.id).filter((message) => message.topic === topic);

    later(HOUR);
    api.clock.advance(1);
    assert.equal(statusOf(), 'in_progress');
    const accepted = messages('return_in_progress');
    assert.deepEqual(accepted.map((message) => message.channel).sort(), ['email', 'sms']);
    assert.equal(accepted.find((message) => message.channel === 'sms')!.recipient, seeded.customer.phone);
    assert.equal(accepted.find((message) => message.channel === 'email')!.recipient, seeded.customer.email);
    const step = api.store.getById(seeded.id)!.timeline.filter((entry) => entry.kind === 'return_status');
    assert.equal(step.at(-1)!.status, 'in_progress');

    later(HOUR);
    api.clock.advance(1);
    assert.equal(statusOf(), 'returned');
    assert.deepEqual(messages('return_received').map((message) => message.channel).sort(), ['email', 'sms']);

    const before = api.store.outbox.forOrder(seeded.id).length;
    const version = api.store.getById(seeded.id)!.version;
    later(HOUR);
    api.clock.advance(1);
    assert.equal(statusOf(), 'returned', 'a returned return is finished');
    assert.equal(api.store.outbox.forOrder(seeded.id).length, before, 'nothing more is sent');
    assert.equal(api.store.getById(seeded.id)!.version, version, 'and the order does not change');
  });

  it('a shopper who opted out of SMS is only e-mailed; one who opted out of both is told nothing', () => {
    const { api, later } = mockAt();
    const [first, second] = found.inProgress;
    assert.ok(first && second, 'two seeded returns in progress');
    api.store.update(first.id, (draft) => {
      draft.notifications = { email: true, sms: false };
    });
    api.store.update(second.id, (draft) => {
      draft.notifications = { email: false, sms: false };
    });
    later(HOUR);
    api.clock.advance(1);
    for (const order of [first, second]) assert.ok(api.store.getById(order.id)!.returns.every((request) => request.status !== 'in_progress'));
    assert.deepEqual(
      api.store.outbox.forOrder(first.id).filter((message) => message.topic === 'return_received').map((message) => message.channel),
      ['email'],
    );
    assert.deepEqual(api.store.outbox.forOrder(second.id).filter((message) => message.topic.startsWith('return_')), []);
  });

  it('an order first read after the ticks is the same as one read before them (returns, timeline, version, updatedAt)', () => {
    const early = mockAt();
    const late = mockAt();
    const ids = [...found.requested.slice(0, 3), ...found.inProgress.slice(0, 3)].map((order) => order.id);
    // Built before the ticks in one mock; never read in the other until after them.
    for (const id of ids) early.api.store.getById(id);
    for (const steps of [1, 2]) {
      for (const mock of [early, late]) {
        mock.later(5 * HOUR);
        mock.api.clock.advance(steps);
      }
    }
    for (const id of ids) {
      assert.equal(late.api.store.isBuilt(id), false, 'still unbuilt in the late mock');
      const a = early.api.store.getById(id)!;
      const b = late.api.store.getById(id)!;
      assert.ok(a.returns.every((request) => request.status === 'returned' || request.status === 'declined'), 'three steps bring every return to its end');
      assert.deepEqual(b.returns, a.returns);
      assert.deepEqual(b.timeline, a.timeline);
      assert.equal(b.version, a.version);
      assert.equal(b.updatedAt, a.updatedAt);
    }
  });

  it('a reset puts seeded returns back as seeded', () => {
    const { api, later } = mockAt();
    const seeded = found.requested[0]!;
    later(HOUR);
    api.clock.advance(3);
    assert.notEqual(api.store.getById(seeded.id)!.returns[0]!.status, 'requested');
    api.reset();
    assert.deepEqual(api.store.getById(seeded.id)!.returns, seeded.returns);
  });
});
