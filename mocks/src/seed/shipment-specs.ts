import type { Random } from '../random/random.ts';
import { CARRIERS, type CarrierKey } from './carriers.ts';
import type { LinePick, ShipmentSpec } from './order-builder.ts';
import type { City } from './places.ts';
import { planRoute, routeDurationHours, type RouteEnding } from './route-planner.ts';
import { HOUR } from './time.ts';

/** A shipment part-way along its route: at least the label, not yet at the end. */
export function inFlightShipment(random: Random, carrier: CarrierKey, destination: City, lines: LinePick[], ending: RouteEnding): ShipmentSpec {
  const route = planRoute(random, carrier, destination, ending);
  const supported = CARRIERS[carrier].carrier.supported;
  return { carrier, lines, route: supported ? route : [], stepsDone: random.int(1, route.length - 1), hoursAfterPlaced: random.int(4, 30) };
}

export function deliveredShipment(random: Random, carrier: CarrierKey, destination: City, lines: LinePick[]): ShipmentSpec {
  const route = planRoute(random, carrier, destination, random.chance(0.12) ? 'attempted_then_delivered' : 'delivered');
  const supported = CARRIERS[carrier].carrier.supported;
  return { carrier, lines, route: supported ? route : [], stepsDone: route.length, hoursAfterPlaced: random.int(4, 30) };
}

/** Places the order so that the shipment's last scan so far happened a little before `anchor`. */
export function placedBeforeNow(random: Random, anchor: number, shipment: ShipmentSpec): number {
  const elapsed = shipment.hoursAfterPlaced + routeDurationHours(shipment.route.slice(0, Math.max(1, shipment.stepsDone)));
  return anchor - (elapsed + random.int(1, 6)) * HOUR;
}

