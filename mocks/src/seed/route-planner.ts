import type { Place } from '@suivi/model';
import type { Random } from '../random/random.ts';
import type { PlannedStep } from '../store/route-plan.ts';
import { CARRIERS, type CarrierKey, type CarrierProfile } from './carriers.ts';
import { HUBS, WAREHOUSE, clonePlace, type City } from './places.ts';

/** How a journey ends: delivered, delivered on a second attempt, or stopped by a carrier exception. */
export type RouteEnding = 'delivered' | 'attempted_then_delivered' | 'exception';

/**
 * The whole journey of a parcel from the warehouse to the shopper's city, scan by scan:
 * label created → picked up → the carrier's hubs → the city's hub → out for delivery →
 * (attempted, out again) → delivered. The seed cuts it where "now" is; the carrier clock
 * plays the rest.
 */
export function planRoute(random: Random, carrierKey: CarrierKey, destination: City, ending: RouteEnding): PlannedStep[] {
  const profile: CarrierProfile = CARRIERS[carrierKey];
  const { phrases } = profile;
  const country = destination.place.country as keyof CarrierProfile['trunk'];
  const hubs = [...(profile.trunk[country] ?? [])];
  if (!hubs.includes(destination.hub)) hubs.push(destination.hub);

  const steps: PlannedStep[] = [
    { status: 'confirmed', description: phrases.labelCreated, place: clonePlace(WAREHOUSE), afterHours: 0 },
    { status: 'in_transit', description: phrases.pickedUp, place: clonePlace(WAREHOUSE), afterHours: random.int(3, 8) },
  ];
  let previous: Place = WAREHOUSE;
  for (const key of hubs) {
    const hub = HUBS[key];
    const crossesBorder = hub.country !== previous.country;
    steps.push({
      status: 'in_transit',
      description: phrases.atHub.replace('{city}', hub.city),
      place: clonePlace(hub),
      afterHours: crossesBorder ? random.int(12, 22) : random.int(5, 12),
    });
    previous = hub;
  }

  if (ending === 'exception') {
    steps.push({ status: 'exception', description: phrases.exception, place: clonePlace(previous), afterHours: random.int(6, 20) });
    return steps;
  }

  const home = destination.place;
  steps.push({ status: 'out_for_delivery', description: phrases.outForDelivery, place: clonePlace(home), afterHours: random.int(4, 10) });
  if (ending === 'attempted_then_delivered') {
    steps.push({ status: 'attempted_delivery', description: phrases.attemptedDelivery, place: clonePlace(home), afterHours: random.int(3, 6) });
    steps.push({ status: 'out_for_delivery', description: phrases.outForDelivery, place: clonePlace(home), afterHours: random.int(18, 22) });
  }
  steps.push({ status: 'delivered', description: phrases.delivered, place: clonePlace(home), afterHours: random.int(2, 6) });
  return steps;
}

/** Hours from the first scan to the last, for estimated delivery dates. */
export function routeDurationHours(steps: readonly PlannedStep[]): number {
  let total = 0;
  for (const step of steps) total += step.afterHours;
  return total;
}
