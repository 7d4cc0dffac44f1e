/**
 * A line of places projected the way d3-geo draws a GeoJSON LineString: each leg along its great
 * circle, with points added until every drawn chord is within √0.5 of a unit of the curve (d3's
 * adaptive resampling, same thresholds). A long leg (London to Toronto) curves; a short one
 * stays a handful of points. Used for the route on the map and for measuring it when fitting.
 */
import { type Mercator, wrapLongitude } from './mercator.ts';
import type { MapPoint } from '../map-drawing.ts';
import type { LngLat } from './topojson-decode.ts';

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;
/** d3-geo's default precision, √0.5 units, squared: how far a chord may stray from the curve. */
const PRECISION_SQUARED = 0.5;
/** d3-geo's limit on halvings of one leg. */
const MAX_DEPTH = 16;
/** Legs longer than 30° are halved whatever they look like: a chord can cross a curve that bends back. */
const COS_MAX_LEG = Math.cos(30 * RADIANS);
const EPSILON = 1e-6;

/** A projected point with where it is on the sphere: λ east of the map's centre (radians), and its unit vector. */
interface SpherePoint {
  x: number;
  y: number;
  lambda: number;
  a: number;
  b: number;
  c: number;
}

function spherePoint(projection: Mercator, lambda: number, phi: number): SpherePoint {
  const cosPhi = Math.cos(phi);
  return {
    x: projection.x(lambda * DEGREES),
    y: projection.y(phi * DEGREES),
    lambda,
    a: cosPhi * Math.cos(lambda),
    b: cosPhi * Math.sin(lambda),
    c: Math.sin(phi),
  };
}

/** Adds the points between `from` and `to` (both excluded) that keep the chords on the curve. */
function fillLeg(projection: Mercator, from: SpherePoint, to: SpherePoint, depth: number, out: MapPoint[]) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d2 = dx * dx + dy * dy;
  if (d2 <= 4 * PRECISION_SQUARED || depth === 0) return;
  // The midpoint on the sphere: the normalised sum of the two unit vectors.
  let [a, b, c] = [from.a + to.a, from.b + to.b, from.c + to.c];
  const norm = Math.hypot(a, b, c);
  if (!norm) return;
  [a, b, c] = [a / norm, b / norm, c / norm];
  const phi = Math.asin(c);
  const halfway = (from.lambda + to.lambda) / 2;
  let lambda = Math.abs(Math.abs(c) - 1) < EPSILON || Math.abs(from.lambda - to.lambda) < EPSILON ? halfway : Math.atan2(b, a);
  // atan2 answers in (−π, π]; the line's longitudes run on past the seam when the route does.
  lambda += 2 * Math.PI * Math.round((halfway - lambda) / (2 * Math.PI));
  const middle = spherePoint(projection, lambda, phi);
  const dx2 = middle.x - from.x;
  const dy2 = middle.y - from.y;
  const off = dy * dx2 - dx * dy2;
  if (
    (off * off) / d2 > PRECISION_SQUARED ||
    Math.abs((dx * dx2 + dy * dy2) / d2 - 0.5) > 0.3 ||
    from.a * to.a + from.b * to.b + from.c * to.c < COS_MAX_LEG
  ) {
    fillLeg(projection, from, middle, depth - 1, out);
    out.push({ x: middle.x, y: middle.y });
    fillLeg(projection, middle, to, depth - 1, out);
  }
}

/**
 * The projected line through `places`, each leg a great circle. Longitudes are taken on the
 * centre's side for the first place, then each within 180° of the one before, so a line never
 * jumps across the map at the seam.
 */
export function projectGreatCircleLine(places: readonly LngLat[], projection: Mercator): MapPoint[] {
  const out: MapPoint[] = [];
  let previous: SpherePoint | null = null;
  for (const [lng, lat] of places) {
    let east = wrapLongitude(lng - projection.centre);
    if (previous) east = previous.lambda * DEGREES + wrapLongitude(east - previous.lambda * DEGREES);
    const point = spherePoint(projection, east * RADIANS, lat * RADIANS);
    if (previous) fillLeg(projection, previous, point, MAX_DEPTH, out);
    out.push({ x: point.x, y: point.y });
    previous = point;
  }
  return out;
}
