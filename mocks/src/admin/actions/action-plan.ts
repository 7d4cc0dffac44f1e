import type { AdminRefusal, Order, OrderChange, TimelineEntry, TimelineKind } from '@suivi/model';
import { Random, hashString } from '../../random/random.ts';
import type { Outbox } from '../../store/outbox.ts';
import type { RoutePlanBook } from '../../store/route-plan.ts';

/** What actions may touch besides the order: the clock's route plans, the outbox, the time. */
export interface ActionEnv {
  now: () => number;
  plans: RoutePlanBook;
  outbox: Outbox;
}

/**
 * An action, checked and ready: `apply` edits a draft of the order (the store bumps the version
 * and tells listeners), `after` does what lives outside the order once the change is in (a route
 * for the carrier clock, a message in the outbox). Checked first, applied whole or not at all.
 */
export type ActionPlan =
  | { ok: true; apply: (draft: Order) => OrderChange[] | void; after?: (order: Order) => void }
  | { ok: false; refusal: AdminRefusal };

export function refused(code: AdminRefusal['code'], reason: string): ActionPlan {
  return { ok: false, refusal: { code, reason } };
}

/**
 * Ids and codes an action creates (shipment, timeline entries, download links) come from a source
 * seeded by the order, its version and the purpose: the mock stays reproducible, and two
 * different changes never draw the same ids.
 */
export function randomFor(order: Pick<Order, 'id' | 'version'>, purpose: string): Random {
  return new Random(hashString(`${order.id}@${order.version}/${purpose}`));
}

/** Adds a timeline entry and keeps the timeline in time order (the carrier clock may have dated scans later than now). */
export function addTimelineEntry(
  order: Order,
  random: Random,
  at: string,
  kind: TimelineKind,
  extra: Partial<Pick<TimelineEntry, 'status' | 'shipmentId' | 'internal'>> = {},
): void {
  order.timeline.push({ id: `tl_${random.base32(12)}`, at, kind, status: extra.status ?? null, shipmentId: extra.shipmentId ?? null, internal: extra.internal ?? false });
  order.timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** A staff note, with its (internal) timeline entry. */
export function addStaffNote(order: Order, random: Random, at: string, author: string, text: string): void {
  order.staffNotes.push({ id: `note_${random.base32(12)}`, at, author, text });
  addTimelineEntry(order, random, at, 'staff_note', { internal: true });
}

/** Who a note is signed by when the request does not say. */
export const DEFAULT_STAFF_AUTHOR = 'Staff';
