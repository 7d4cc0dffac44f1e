import type { Order, OrderChange, Shipment, TimelineEntry } from '@suivi/model';
import { Random, hashString } from '../random/random.ts';
import type { BuiltOrder } from '../seed/order-builder.ts';
import type { SeedEntry } from '../seed/seed-index.ts';
import { HOUR, iso } from '../seed/time.ts';
import type { OrderStore } from '../store/order-store.ts';
import { fulfillmentStatusOf } from '../store/order-fulfillment.ts';
import type { PlannedStep, RoutePlanBook } from '../store/route-plan.ts';

/**
 * The carriers' side of the mock: every tick, each travelling shipment of a supported carrier
 * makes its next scan. Orders are built lazily, so the clock keeps a log of its ticks and an
 * order built later replays them: the result is the same whenever an order is first read.
 */
export class CarrierClock {
  /** Steps per `advance` call, oldest first. */
  private ticks: number[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private advanceListeners = new Set<(steps: number) => void>();
  private beforeAdvanceListeners = new Set<(steps: number) => void>();
  private readonly store: OrderStore<SeedEntry>;
  private readonly plans: RoutePlanBook;

  constructor(store: OrderStore<SeedEntry>, plans: RoutePlanBook) {
    this.store = store;
    this.plans = plans;
  }

  /**
   * Moves every travelling shipment `steps` scans on (fewer if it arrives first). Each order
   * that changed is updated, and its subscribers told, once. Returns how many shipments moved.
   */
  advance(steps = 1): number {
    const count = Number.isFinite(steps) ? Math.max(0, Math.min(100, Math.floor(steps))) : 1;
    if (count === 0) return 0;
    for (const listener of [...this.beforeAdvanceListeners]) listener(count);
    const elapsed = this.elapsedSteps();
    let moved = 0;

    // Orders not built yet: count their shipments that still had a scan to make.
    for (const entry of this.store.seedEntries()) {
      if (!entry.pendingSteps.length || this.store.isBuilt(entry.id)) continue;
      for (const pending of entry.pendingSteps) if (pending > elapsed) moved++;
    }

    const byOrder = new Map<string, string[]>();
    for (const plan of this.plans.active()) {
      const list = byOrder.get(plan.orderId) ?? [];
      list.push(plan.shipmentId);
      byOrder.set(plan.orderId, list);
    }
    this.ticks.push(count);
    for (const [orderId, shipmentIds] of byOrder) {
      this.store.update(
        orderId,
        (draft) => {
          moved += shipmentIds.length;
          return this.moveShipments(draft, shipmentIds, count);
        },
        // The order changed when the carrier scanned the parcel, not when the mock noticed.
        { at: (changed) => latestEventTime(changed, shipmentIds) },
      );
    }
    for (const listener of [...this.advanceListeners]) {
      try {
        listener(count);
      } catch (error) {
        console.error('[suivi mocks] clock listener failed', error);
      }
    }
    return moved;
  }

  /**
   * Hears each `advance` once it is done, with its step count. Built orders are announced by the
   * store; this is for code that follows orders not built yet (the admin index), which move too.
   */
  onAdvance(listener: (steps: number) => void): () => void {
    this.advanceListeners.add(listener);
    return () => {
      this.advanceListeners.delete(listener);
    };
  }

  /**
   * Hears each `advance` before any shipment moves (cross-tab sync sets the orders it changed so
   * far apart from the tick's, which every tab replays itself). Returns the function that stops.
   */
  onBeforeAdvance(listener: (steps: number) => void): () => void {
    this.beforeAdvanceListeners.add(listener);
    return () => {
      this.beforeAdvanceListeners.delete(listener);
    };
  }

  /** The step count of every tick so far, oldest first: what `catchUp` replays on an order built now. */
  tickLog(): readonly number[] {
    return this.ticks;
  }

  /** Ticks on its own every `intervalMs` (the demo's "live" mode). */
  start(intervalMs = 10_000): void {
    this.stop();
    this.timer = setInterval(() => this.advance(1), Math.max(100, intervalMs));
    (this.timer as { unref?: () => void }).unref?.();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  /** Forgets every tick (reset). */
  rewind(): void {
    this.ticks = [];
  }

  elapsedSteps(): number {
    let total = 0;
    for (const steps of this.ticks) total += steps;
    return total;
  }

  /**
   * Brings a freshly built order up to the clock, replaying each past tick as `advance` would
   * have (version bump and updatedAt per tick that moved something), then files its remaining plans.
   */
  catchUp(built: BuiltOrder): Order {
    const { order } = built;
    for (const plan of built.plans) this.plans.add({ ...plan, remaining: [...plan.remaining] });
    const shipmentIds = built.plans.map((plan) => plan.shipmentId);
    for (const steps of this.ticks) {
      const moving = shipmentIds.filter((id) => this.plans.get(id));
      if (!moving.length) break;
      this.moveShipments(order, moving, steps);
      order.version += 1;
      order.updatedAt = latestEventTime(order, moving);
      order.fulfillmentStatus = fulfillmentStatusOf(order);
    }
    return order;
  }

  /** Applies up to `steps` planned scans to each listed shipment of `order` (in place). */
  private moveShipments(order: Order, shipmentIds: readonly string[], steps: number): OrderChange[] {
    const changes: OrderChange[] = [];
    for (const shipmentId of shipmentIds) {
      const shipment = order.shipments.find((s) => s.id === shipmentId);
      if (!shipment) continue;
      for (let i = 0; i < steps; i++) {
        const step = this.plans.takeNext(shipmentId);
        if (!step) break;
        applyStep(order, shipment, step);
      }
      if (shipment.status) changes.push({ kind: 'shipment_status', shipmentId, status: shipment.status });
    }
    return changes;
  }
}

/**
 * One scan: a tracking event dated a few hours after the previous one, the shipment's status,
 * and a timeline entry when the status changes. Ids derive from the shipment and the scan's
 * position, so a replayed scan gets the same id as a live one.
 */
function applyStep(order: Order, shipment: Shipment, step: PlannedStep): void {
  const previous = shipment.events[shipment.events.length - 1];
  const at = (previous ? Date.parse(previous.at) : Date.parse(shipment.shippedAt)) + step.afterHours * HOUR;
  const random = new Random(hashString(`${shipment.id}#${shipment.events.length}`));
  shipment.events.push({
    id: `evt_${random.base32(12)}`,
    at: iso(at),
    status: step.status,
    description: step.description,
    place: step.place && { ...step.place, coordinates: step.place.coordinates && { ...step.place.coordinates } },
  });
  if (shipment.status !== step.status) {
    shipment.status = step.status;
    const entry: TimelineEntry = { id: `tl_${random.base32(12)}`, at: iso(at), kind: 'shipment_status', status: step.status, shipmentId: shipment.id, internal: false };
    order.timeline.push(entry);
    order.timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
  if (step.status === 'delivered') shipment.deliveredAt = iso(at);
}

function latestEventTime(order: Order, shipmentIds: readonly string[]): string {
  let latest = order.updatedAt;
  for (const shipment of order.shipments) {
    if (!shipmentIds.includes(shipment.id)) continue;
    const last = shipment.events[shipment.events.length - 1];
    if (last && last.at > latest) latest = last.at;
  }
  return latest;
}
