import type { DeliveryStatus, Place } from '@suivi/model';

/**
 * One scan a carrier has not made yet. The carrier clock turns it into a TrackingEvent
 * dated `afterHours` after the shipment's previous event.
 */
export interface PlannedStep {
  status: DeliveryStatus;
  description: string;
  place: Place | null;
  afterHours: number;
}

/**
 * The rest of a shipment's journey. Kept beside the orders rather than in them, because the
 * Order schema is the contract and a future route is the mock's secret.
 */
export interface RoutePlan {
  orderId: string;
  shipmentId: string;
  remaining: PlannedStep[];
}

/** Route plans of in-flight shipments, by shipment id. */
export class RoutePlanBook {
  private plans = new Map<string, RoutePlan>();

  /** Plans that still have a step to take, in insertion order (so the clock is deterministic). */
  active(): RoutePlan[] {
    const out: RoutePlan[] = [];
    for (const plan of this.plans.values()) if (plan.remaining.length) out.push(plan);
    return out;
  }

  get(shipmentId: string): RoutePlan | undefined {
    return this.plans.get(shipmentId);
  }

  add(plan: RoutePlan): void {
    if (plan.remaining.length) this.plans.set(plan.shipmentId, plan);
  }

  /** Takes the next step of a shipment's plan, forgetting the plan once it is done. */
  takeNext(shipmentId: string): PlannedStep | undefined {
    const plan = this.plans.get(shipmentId);
    if (!plan) return undefined;
    const step = plan.remaining.shift();
    if (!plan.remaining.length) this.plans.delete(shipmentId);
    return step;
  }

  replaceAll(plans: Iterable<RoutePlan>): void {
    this.plans.clear();
    for (const plan of plans) this.add(plan);
  }

  get size(): number {
    return this.plans.size;
  }
}
