/**
 * How <suivi-return-request> dates each return's steps from the order's timeline, whose return
 * entries do not name their return: by request order, as the shop moves returns on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReturnRequest, TimelineEntry } from '@suivi/model';
import { returnHistory } from '../../packages/components/src/return-request/return-history.ts';

const request = (id: string, requestedAt: string, status: ReturnRequest['status']) => ({ id, requestedAt, status });
const entry = (at: string, kind: TimelineEntry['kind'], status: string | null): TimelineEntry => ({ id: `tl_${at}`, at, kind, status, shipmentId: null, internal: false });

describe('returnHistory', () => {
  it('dates one return’s steps from its timeline entries', () => {
    const history = returnHistory(
      [request('ret_a', '2026-11-20T10:00:00Z', 'returned')],
      [entry('2026-11-20T10:00:00Z', 'return_requested', null), entry('2026-11-21T08:00:00Z', 'return_status', 'in_progress'), entry('2026-11-24T08:00:00Z', 'return_status', 'returned')],
    );
    assert.deepEqual(Object.fromEntries(history.get('ret_a')!), {
      requested: '2026-11-20T10:00:00Z',
      in_progress: '2026-11-21T08:00:00Z',
      returned: '2026-11-24T08:00:00Z',
    });
  });

  it('gives each step to the oldest return still waiting for it, never to one requested after the entry', () => {
    const history = returnHistory(
      [request('ret_new', '2026-11-22T09:00:00Z', 'in_progress'), request('ret_old', '2026-11-20T09:00:00Z', 'returned')],
      [
        entry('2026-11-21T09:00:00Z', 'return_status', 'in_progress'),
        entry('2026-11-23T09:00:00Z', 'return_status', 'returned'),
        entry('2026-11-23T09:00:00Z', 'return_status', 'in_progress'),
      ],
    );
    assert.deepEqual(Object.fromEntries(history.get('ret_old')!), { requested: '2026-11-20T09:00:00Z', in_progress: '2026-11-21T09:00:00Z', returned: '2026-11-23T09:00:00Z' });
    assert.deepEqual(Object.fromEntries(history.get('ret_new')!), { requested: '2026-11-22T09:00:00Z', in_progress: '2026-11-23T09:00:00Z' });
  });

  it('leaves a step undated when no entry can be its own', () => {
    const history = returnHistory([request('ret_a', '2026-11-20T10:00:00Z', 'in_progress')], []);
    assert.deepEqual(Object.fromEntries(history.get('ret_a')!), { requested: '2026-11-20T10:00:00Z' });
  });
});
