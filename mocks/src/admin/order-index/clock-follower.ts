import { orderDeliveryStatus, toOrderSummary, type DeliveryStatus, type OrderSummary } from '@suivi/model';
import type { BuiltOrder } from '../../seed/order-builder.ts';

/**
 * The carrier clock's ticks so far, as `catchUp` replays them: `starts[t]` is how many steps
 * had been taken before tick t, `total` how many after the last one.
 */
export interface TickTimeline {
  starts: readonly number[];
  total: number;
}

export function tickTimelineOf(tickLog: readonly number[]): TickTimeline {
  const starts: number[] = [];
  let total = 0;
  for (const steps of tickLog) {
    starts.push(total);
    total += steps;
  }
  return { starts, total };
}

/**
 * An order the store has not built yet whose parcels are still travelling. The clock moves built
 * orders and announces it; an unbuilt one is only brought up to date when first read
 * (`CarrierClock.catchUp`). The admin list must show it as it would be read now without
 * building it (building every order of a big store takes seconds and hundreds of megabytes), so
 * this keeps what the seed planned for each parcel and works out the same result as catchUp:
 * each parcel takes up to `steps` planned scans per tick, and each tick that moved any parcel
 * bumps the version once.
 */
export interface ClockFollower {
  /** The row as seeded, before any tick. */
  seeded: OrderSummary;
  /** Each shipment's status as seeded. */
  seededStatuses: readonly (DeliveryStatus | null)[];
  /** For each travelling shipment: its index and the statuses of its remaining planned scans. */
  travelling: readonly { index: number; statuses: readonly DeliveryStatus[] }[];
  /** The most scans any shipment has left: after that many steps no parcel moves again. */
  longest: number;
  /**
   * The most steps any unfinished return has left (2 for requested, 1 in progress, else 0): the
   * returns desk moves them on the same ticks and bumps the version once per tick that moved one
   * (ReturnDesk.catchUp). Their statuses are not in the row, only the version.
   */
  returnSteps: number;
}

/** Steps a return has left before it is finished (the desk's requested → in progress → returned). */
const RETURN_STEPS_LEFT: Readonly<Record<string, number>> = { requested: 2, in_progress: 1 };

/** A follower for a freshly built (not caught-up) order, or null when nothing of it travels. */
export function clockFollowerOf(built: BuiltOrder): ClockFollower | null {
  const { order, plans } = built;
  const travelling = plans.flatMap((plan) => {
    const index = order.shipments.findIndex((shipment) => shipment.id === plan.shipmentId);
    return index >= 0 && plan.remaining.length ? [{ index, statuses: plan.remaining.map((step) => step.status) }] : [];
  });
  const returnSteps = Math.max(0, ...order.returns.map((request) => RETURN_STEPS_LEFT[request.status] ?? 0));
  if (!travelling.length && !returnSteps) return null;
  return {
    seeded: toOrderSummary(order),
    seededStatuses: order.shipments.map((shipment) => shipment.status),
    travelling,
    longest: Math.max(0, ...travelling.map((shipment) => shipment.statuses.length)),
    returnSteps,
  };
}

/** How many ticks started while some parcel still had a scan left: the version bumps catchUp makes. */
function ticksThatMoved(timeline: TickTimeline, longest: number): number {
  let low = 0;
  let high = timeline.starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (timeline.starts[middle]! < longest) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The order's row once the clock's ticks so far are applied, as the store would build it now. */
export function summaryAfterTicks(follower: ClockFollower, timeline: TickTimeline): OrderSummary {
  const statuses = [...follower.seededStatuses];
  for (const { index, statuses: planned } of follower.travelling) {
    const taken = Math.min(planned.length, timeline.total);
    if (taken > 0) statuses[index] = planned[taken - 1]!;
  }
  return {
    ...follower.seeded,
    deliveryStatus: orderDeliveryStatus(statuses.map((status) => ({ status }))),
    version: follower.seeded.version + ticksThatMoved(timeline, follower.longest) + ticksThatMoved(timeline, follower.returnSteps),
  };
}

/** True once the clock has played every planned scan: the row will not move again. */
export function hasArrived(follower: ClockFollower, timeline: TickTimeline): boolean {
  return timeline.total >= Math.max(follower.longest, follower.returnSteps);
}
