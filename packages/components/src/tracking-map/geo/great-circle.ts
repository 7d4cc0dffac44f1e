/**
 * Points on the great circle between two places: the way a parcel flies, and the way the map
 * draws each leg of the route (a long leg curves on Mercator, London to Toronto bulges north).
 * The same spherical interpolation as d3-geo's geoInterpolate, so the route and the moving
 * marker follow the curve they followed when the map was drawn with d3.
 */
import type { LngLat } from './topojson-decode.ts';

const RADIANS = Math.PI / 180;
const DEGREES = 180 / Math.PI;

const haversin = (angle: number) => Math.sin(angle / 2) ** 2;

/**
 * The point a fraction `t` (0 to 1) of the way from `from` to `to` along the shorter great
 * circle. Longitudes come back in (−180, 180]; the caller puts them on its side of the map.
 */
export function greatCircle(from: LngLat, to: LngLat): (t: number) => LngLat {
  const [x0, y0] = [from[0] * RADIANS, from[1] * RADIANS];
  const [x1, y1] = [to[0] * RADIANS, to[1] * RADIANS];
  const [cy0, sy0, cy1, sy1] = [Math.cos(y0), Math.sin(y0), Math.cos(y1), Math.sin(y1)];
  const [kx0, ky0, kx1, ky1] = [cy0 * Math.cos(x0), cy0 * Math.sin(x0), cy1 * Math.cos(x1), cy1 * Math.sin(x1)];
  const angle = 2 * Math.asin(Math.sqrt(haversin(y1 - y0) + cy0 * cy1 * haversin(x1 - x0)));
  if (!angle) return () => [from[0], from[1]];
  const sinAngle = Math.sin(angle);
  return (t) => {
    const b = Math.sin(t * angle) / sinAngle;
    const a = Math.sin(angle - t * angle) / sinAngle;
    const x = a * kx0 + b * kx1;
    const y = a * ky0 + b * ky1;
    const z = a * sy0 + b * sy1;
    return [Math.atan2(y, x) * DEGREES, Math.atan2(z, Math.hypot(x, y)) * DEGREES];
  };
}
