import type { Coordinates, Place, Shipment } from '@suivi/model';

/**
 * A parcel's journey as the map and its text alternative need it, read from a shipment's
 * tracking events. Pure and small on purpose: it lives in the card's own bundle, so the
 * sentence "Your parcel is in Lyon, about 420 km from Nantes" never waits for the map's
 * lazily loaded projection code.
 */
export interface Journey {
  origin: Place;
  /** City level only: the shipment's destination, never the street address. */
  destination: Place;
  /**
   * Where the parcel has been, oldest first: the origin (when it has coordinates) and each
   * tracking event with coordinates, with consecutive repeats of one spot left out.
   */
  travelled: Coordinates[];
  /** Where the parcel is now: the last event with coordinates, else the origin. Null when neither is known. */
  position: Coordinates | null;
  /** The place to name in words: the last event with a place, else the origin. */
  place: Place;
  delivered: boolean;
  /** Great-circle kilometres from `place` to the destination, when both have coordinates. */
  remainingKm: number | null;
}

/** Mean Earth radius (IUGG), the usual radius for great-circle distances. */
const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine formula). */
export function greatCircleKm(a: Coordinates, b: Coordinates): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function samePoint(a: Coordinates, b: Coordinates): boolean {
  return a.lat === b.lat && a.lng === b.lng;
}

/** Reads the journey from a shipment's origin, destination and tracking events. */
export function journeyOf(shipment: Pick<Shipment, 'origin' | 'destination' | 'events' | 'status'>): Journey {
  const travelled: Coordinates[] = [];
  const visit = (point: Coordinates | null) => {
    if (!point) return;
    const last = travelled.at(-1);
    if (!last || !samePoint(last, point)) travelled.push({ lat: point.lat, lng: point.lng });
  };
  visit(shipment.origin.coordinates);
  let place = shipment.origin;
  for (const event of shipment.events) {
    if (!event.place) continue;
    place = event.place;
    visit(event.place.coordinates);
  }
  const position = travelled.at(-1) ?? null;
  const target = shipment.destination.coordinates;
  // Measured from the place the sentence names, so the words and the number agree.
  const from = place.coordinates;
  return {
    origin: shipment.origin,
    destination: shipment.destination,
    travelled,
    position,
    place,
    delivered: shipment.status === 'delivered',
    remainingKm: from && target ? greatCircleKm(from, target) : null,
  };
}

/** True when there is anything to draw: at least one known point (origin, event or destination). */
export function hasCoordinates(journey: Journey): boolean {
  return journey.travelled.length > 0 || journey.destination.coordinates !== null;
}

/**
 * A distance as people say it, not as a GPS reads it: to the nearest 5 km under 100 km, the
 * nearest 10 km under 1,000 km, the nearest 50 km beyond.
 */
export function roundedKm(km: number): number {
  const step = km < 100 ? 5 : km < 1000 ? 10 : 50;
  return Math.max(step, Math.round(km / step) * step);
}
