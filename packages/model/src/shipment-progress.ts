import type { Shipment } from './shipment.ts';
import type { DeliveryStatus } from './statuses.ts';

/** The customer-facing steps, in order. Attempted delivery and exceptions are states, not steps. */
export const PROGRESS_STEPS = ['confirmed', 'in_transit', 'out_for_delivery', 'delivered'] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];

export type StepState = 'complete' | 'current' | 'upcoming';

export interface ProgressStepView {
  step: ProgressStep;
  state: StepState;
  /** When the step was first reached, from the tracking events (null when not reached or unknown). */
  reachedAt: string | null;
}

export interface ShipmentProgress {
  /** False for an unsupported carrier: no status to show, only the tracking link. */
  tracked: boolean;
  status: DeliveryStatus | null;
  steps: ProgressStepView[];
  /** The carrier tried and failed to deliver; the parcel is still out (current step: out for delivery). */
  attemptedDelivery: boolean;
  /** The carrier reported a problem (lost, damaged, returned). */
  exception: boolean;
}

const STEP_OF_STATUS: Record<DeliveryStatus, number> = {
  confirmed: 0,
  in_transit: 1,
  out_for_delivery: 2,
  attempted_delivery: 2,
  exception: 1,
  delivered: 3,
};

/**
 * A shipment's progress as a shopper reads it: Confirmed → In transit → Out for delivery →
 * Delivered. An attempted delivery keeps "Out for delivery" as the current step and is
 * flagged on its own, so it is shown as what it is rather than as progress or failure.
 */
export function shipmentProgress(shipment: Pick<Shipment, 'status' | 'events' | 'shippedAt'>): ShipmentProgress {
  const status = shipment.status;
  if (status === null) {
    return { tracked: false, status: null, steps: [], attemptedDelivery: false, exception: false };
  }
  const currentIndex = STEP_OF_STATUS[status];
  const reached = new Map<number, string>();
  reached.set(0, shipment.shippedAt);
  for (const event of shipment.events) {
    const index = STEP_OF_STATUS[event.status];
    if (event.status === 'exception') continue;
    if (!reached.has(index) || event.at < (reached.get(index) as string)) reached.set(index, event.at);
  }
  const steps = PROGRESS_STEPS.map((step, index): ProgressStepView => {
    const state: StepState =
      index < currentIndex || (index === currentIndex && status === 'delivered')
        ? 'complete'
        : index === currentIndex
          ? 'current'
          : 'upcoming';
    return { step, state, reachedAt: state === 'upcoming' ? null : (reached.get(index) ?? null) };
  });
  return {
    tracked: true,
    status,
    steps,
    attemptedDelivery: status === 'attempted_delivery',
    exception: status === 'exception',
  };
}

/** The latest tracking event, if any. */
export function latestEvent(shipment: Pick<Shipment, 'events'>) {
  return shipment.events.length ? shipment.events[shipment.events.length - 1] : null;
}
