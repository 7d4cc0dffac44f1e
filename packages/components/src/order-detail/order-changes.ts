import type { Order } from '@suivi/model';

/** One difference between the order staff were looking at and the order as it is now. */
export type OrderChange =
  | { kind: 'payment' | 'fulfillment' | 'state'; from: string; to: string }
  | { kind: 'tags'; added: string[]; removed: string[] }
  | { kind: 'notes' | 'shipments'; count: number }
  | { kind: 'other' };

/**
 * What someone else changed, for the conflict message: the statuses staff act on, tags, new notes
 * and shipments. Anything else that moved the version (an address, a tracking scan) is "other",
 * so the list is never empty when the version changed.
 */
export function orderChanges(before: Order, now: Order): OrderChange[] {
  const changes: OrderChange[] = [];
  if (before.payment.status !== now.payment.status) changes.push({ kind: 'payment', from: before.payment.status, to: now.payment.status });
  if (before.fulfillmentStatus !== now.fulfillmentStatus) changes.push({ kind: 'fulfillment', from: before.fulfillmentStatus, to: now.fulfillmentStatus });
  if (before.state !== now.state) changes.push({ kind: 'state', from: before.state, to: now.state });
  const added = now.tags.filter((tag) => !before.tags.includes(tag));
  const removed = before.tags.filter((tag) => !now.tags.includes(tag));
  if (added.length || removed.length) changes.push({ kind: 'tags', added, removed });
  if (now.staffNotes.length > before.staffNotes.length) changes.push({ kind: 'notes', count: now.staffNotes.length - before.staffNotes.length });
  if (now.shipments.length > before.shipments.length) changes.push({ kind: 'shipments', count: now.shipments.length - before.shipments.length });
  if (changes.length === 0 && now.version !== before.version) changes.push({ kind: 'other' });
  return changes;
}
