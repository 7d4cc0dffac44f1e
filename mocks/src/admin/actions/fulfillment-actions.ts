import {
  unshippedQuantities,
  type AdminActionParams,
  type LineItemQuantity,
  type Order,
  type OrderChange,
  type Shipment,
} from '@suivi/model';
import type { Random } from '../../random/random.ts';
import type { CarrierKey, CarrierProfile } from '../../seed/carriers.ts';
import { WAREHOUSE, clonePlace } from '../../seed/places.ts';
import { planRoute, routeDurationHours } from '../../seed/route-planner.ts';
import { HOUR, iso, isoDate } from '../../seed/time.ts';
import type { PlannedStep } from '../../store/route-plan.ts';
import { addTimelineEntry, randomFor, refused, type ActionEnv, type ActionPlan } from './action-plan.ts';
import { carrierByCode, destinationCityOf } from './carrier-directory.ts';
import { notifyCustomer } from './customer-notice.ts';

export function planHold(order: Order, params: AdminActionParams<'hold_fulfillment'>, env: ActionEnv): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      draft.fulfillmentHold = { kind: 'on_hold', reason: params.reason.trim(), until: null };
      addTimelineEntry(draft, randomFor(order, 'hold'), iso(env.now()), 'fulfillment_held');
    },
  };
}

export function planRelease(order: Order, env: ActionEnv): ActionPlan {
  return {
    ok: true,
    apply(draft) {
      draft.fulfillmentHold = null;
      addTimelineEntry(draft, randomFor(order, 'release'), iso(env.now()), 'fulfillment_released');
    },
  };
}

/**
 * A tracked start for a parcel: the label-created scan now and the rest of the journey planned,
 * as the seed plans in-flight parcels, so the carrier clock moves it like any other.
 */
function startTracking(order: Order, shipment: Shipment, carrierKey: CarrierKey, random: Random, nowMs: number): PlannedStep[] {
  const route = planRoute(random, carrierKey, destinationCityOf(order.shippingAddress), random.chance(0.2) ? 'attempted_then_delivered' : 'delivered');
  const [first, ...rest] = route;
  shipment.status = 'confirmed';
  shipment.events = [
    { id: `evt_${random.base32(12)}`, at: iso(nowMs), status: 'confirmed', description: first!.description, place: first!.place && clonePlace(first!.place) },
  ];
  shipment.estimatedDelivery = isoDate(nowMs + (routeDurationHours(route) + 12) * HOUR);
  return rest;
}

/** Units to ship: the request's, checked against what is left, or everything left. */
function itemsToShip(order: Order, requested: readonly LineItemQuantity[] | undefined): LineItemQuantity[] | ActionPlan {
  const left = unshippedQuantities(order);
  if (!requested) return [...left].map(([lineItemId, quantity]) => ({ lineItemId, quantity }));
  for (const { lineItemId, quantity } of requested) {
    const item = order.lineItems.find((candidate) => candidate.id === lineItemId);
    if (!item) return refused('unknown_line_item', `Line item ${lineItemId} is not on this order.`);
    if (item.kind !== 'physical') return refused('not_shippable', `Line item ${lineItemId} is ${item.kind === 'digital' ? 'digital' : 'a gift card'}: it is not shipped.`);
    const remaining = left.get(lineItemId) ?? 0;
    if (quantity > remaining) return refused('quantity_exceeds_unfulfilled', `Only ${remaining} unit(s) of ${lineItemId} are left to ship.`);
  }
  return requested.map((item) => ({ ...item }));
}

/**
 * fulfill: a new shipment with the chosen items and carrier. With a supported carrier and a
 * tracking number it is tracked from now (status confirmed, route planned for the clock); an
 * unsupported carrier, or no tracking number yet, gives a shipment without live status. The
 * customer is told only if the request says so.
 */
export function planFulfill(order: Order, params: AdminActionParams<'fulfill'>, env: ActionEnv): ActionPlan {
  const carrier = carrierByCode(params.carrier);
  if (!carrier) return refused('unknown_carrier', `No carrier with code ${params.carrier} (see GET /v1/admin/carriers).`);
  const items = itemsToShip(order, params.items);
  if (!Array.isArray(items)) return items;
  const random = randomFor(order, 'fulfill');
  const nowMs = env.now();
  const trackingNumber = params.trackingNumber ?? null;
  const shipment: Shipment = {
    id: `shp_${random.base32(12)}`,
    carrier: { ...carrier.profile.carrier },
    trackingNumber,
    trackingUrl: trackingNumber ? carrier.profile.trackingUrl(trackingNumber) : null,
    lineItems: items,
    shippedAt: iso(nowMs),
    status: null,
    estimatedDelivery: null,
    deliveredAt: null,
    origin: clonePlace(WAREHOUSE),
    destination: clonePlace(destinationCityOf(order.shippingAddress).place),
    events: [],
  };
  const route = carrier.profile.carrier.supported && trackingNumber ? startTracking(order, shipment, carrier.key, random, nowMs) : [];
  return {
    ok: true,
    apply(draft) {
      draft.shipments.push(structuredClone(shipment));
      addTimelineEntry(draft, random, iso(nowMs), 'shipment_created', { shipmentId: shipment.id });
      const changes: OrderChange[] = [{ kind: 'order_updated' }];
      if (shipment.status) changes.push({ kind: 'shipment_status', shipmentId: shipment.id, status: shipment.status });
      return changes;
    },
    after(updated) {
      env.plans.add({ orderId: updated.id, shipmentId: shipment.id, remaining: route });
      if (params.notifyCustomer) notifyCustomer(env.outbox, updated, { topic: 'shipped', shipment }, iso(nowMs), random);
    },
  };
}

/** add_tracking: the tracking number of a shipment sent without one; a supported carrier starts tracking it live. */
export function planAddTracking(order: Order, params: AdminActionParams<'add_tracking'>, env: ActionEnv): ActionPlan {
  const index = order.shipments.findIndex((shipment) => shipment.id === params.shipmentId);
  if (index < 0) return refused('unknown_shipment', `Shipment ${params.shipmentId} is not on this order.`);
  const existing = order.shipments[index]!;
  if (existing.trackingNumber) return refused('shipment_has_tracking', 'This shipment already has a tracking number.');
  const code = params.carrier ?? existing.carrier.code;
  const carrier: { key: CarrierKey; profile: CarrierProfile } | undefined = carrierByCode(code);
  if (!carrier) return refused('unknown_carrier', `No carrier with code ${code} (see GET /v1/admin/carriers).`);
  const random = randomFor(order, 'add_tracking');
  const nowMs = env.now();
  const shipment: Shipment = structuredClone(existing);
  shipment.carrier = { ...carrier.profile.carrier };
  shipment.trackingNumber = params.trackingNumber;
  shipment.trackingUrl = carrier.profile.trackingUrl(params.trackingNumber);
  const route = carrier.profile.carrier.supported ? startTracking(order, shipment, carrier.key, random, nowMs) : [];
  return {
    ok: true,
    apply(draft) {
      draft.shipments[index] = structuredClone(shipment);
      if (!shipment.status) return [{ kind: 'order_updated' }];
      addTimelineEntry(draft, random, iso(nowMs), 'shipment_status', { shipmentId: shipment.id, status: shipment.status });
      return [{ kind: 'shipment_status', shipmentId: shipment.id, status: shipment.status }];
    },
    after(updated) {
      env.plans.add({ orderId: updated.id, shipmentId: shipment.id, remaining: route });
      if (params.notifyCustomer) notifyCustomer(env.outbox, updated, { topic: 'tracking_added', shipment }, iso(nowMs), random);
    },
  };
}
