import type { ReturnRequest, ReturnStatus, TimelineEntry } from '@suivi/model';

/** When each return reached each status it went through, by return id. */
export type ReturnHistory = Map<string, Map<ReturnStatus, string>>;

/**
 * Dates each return's steps from the order's timeline. A `return_requested` entry is the return
 * requested at that moment; `return_status` entries do not say which return they are about, so
 * each goes to the earliest-requested return (requested before it) that was still waiting for
 * that status. Returns move one step at a time in request order, so this is exact for what the
 * shop records; a step whose entry cannot be found just has no date.
 */
export function returnHistory(returns: readonly Pick<ReturnRequest, 'id' | 'requestedAt' | 'status'>[], timeline: readonly TimelineEntry[]): ReturnHistory {
  const oldestFirst = [...returns].sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : a.requestedAt > b.requestedAt ? 1 : 0));
  const history: ReturnHistory = new Map(oldestFirst.map((request) => [request.id, new Map<ReturnStatus, string>([['requested', request.requestedAt]])]));
  const entries = timeline.filter((entry) => entry.kind === 'return_status' && entry.status !== null).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const entry of entries) {
    const status = entry.status as ReturnStatus;
    const owner = oldestFirst.find((request) => request.requestedAt <= entry.at && !history.get(request.id)!.has(status) && reaches(request.status, status));
    if (owner) history.get(owner.id)!.set(status, entry.at);
  }
  return history;
}

/** Whether a return now at `current` went through `step` on its way. */
function reaches(current: ReturnStatus, step: ReturnStatus): boolean {
  if (current === 'declined') return step === 'declined' || step === 'in_progress';
  const order: ReturnStatus[] = ['requested', 'in_progress', 'returned'];
  return order.indexOf(step) !== -1 && order.indexOf(step) <= order.indexOf(current);
}
