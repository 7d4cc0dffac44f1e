/**
 * Web Mercator, the projection of every slippy-map tile server, so raster tiles line up with
 * what the map draws. Written for the tracking map instead of importing d3-geo (8.5 kB gzip,
 * 1.2 kB more for d3-array): the map needs one projection, fitted to one journey.
 *
 * Conventions are d3-geo's, so the figures match what it gave: `scale` k makes the world 2πk
 * units wide, `translate` is where longitude 0 on the equator lands, y grows southwards.
 *
 * Unlike d3-geo's default, the map turns the globe about its axis so that the journey's middle
 * meridian (`centre`) is in the middle: a parcel from Tokyo to Los Angeles then crosses the
 * Pacific in one piece, and the seam, the meridian opposite the centre, is as far as it can be
 * from the route. Outlines that cross the seam are drawn on both sides (see outline-paths.ts).
 */
import type { LngLat } from './topojson-decode.ts';

const RADIANS = Math.PI / 180;

/**
 * Latitudes are held within this many degrees of the equator: Mercator sends the poles to
 * infinity, and nothing the map shows is nearer the poles (world-atlas stops at 85.6° S).
 */
export const MAX_LATITUDE = 89.5;

/** A longitude in degrees brought into [−180, 180). */
export const wrapLongitude = (lng: number) => lng - 360 * Math.floor((lng + 180) / 360);

export interface Mercator {
  /** d3-geo's scale: the world is 2π·scale units wide. */
  readonly scale: number;
  /** d3-geo's translate: where longitude 0 on the equator lands, in the world copy around the centre. */
  readonly translate: readonly [number, number];
  /** The meridian in the middle of the map, in degrees; the seam is the one opposite. */
  readonly centre: number;
  /** x of a longitude given in degrees east of the centre: any value, beyond ±180 for a copy of the world. */
  x(eastOfCentre: number): number;
  /** y of a latitude in degrees, held within ±MAX_LATITUDE. */
  y(lat: number): number;
  /** A place on the map, on the centre's side of the seam. */
  point(place: LngLat): [number, number];
}

/** The Mercator with the given centre, scale and translate (d3-geo's, see Mercator). */
export function mercator(centre: number, scale: number, translate: readonly [number, number]): Mercator {
  // Where the centre meridian lands: translate is for longitude 0.
  const centreX = translate[0] + scale * wrapLongitude(centre) * RADIANS;
  const x = (eastOfCentre: number) => centreX + scale * eastOfCentre * RADIANS;
  const y = (lat: number) => {
    const phi = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * RADIANS;
    return translate[1] - scale * Math.log(Math.tan(Math.PI / 4 + phi / 2));
  };
  return { scale, translate, centre, x, y, point: ([lng, lat]) => [x(wrapLongitude(lng - centre)), y(lat)] };
}

/** Bounds of projected points: [[left, top], [right, bottom]]. */
export type Bounds = [[number, number], [number, number]];

export function boundsOf(points: Iterable<readonly [number, number]>): Bounds {
  const bounds: Bounds = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const [x, y] of points) {
    bounds[0][0] = Math.min(bounds[0][0], x);
    bounds[0][1] = Math.min(bounds[0][1], y);
    bounds[1][0] = Math.max(bounds[1][0], x);
    bounds[1][1] = Math.max(bounds[1][1], y);
  }
  return bounds;
}

/**
 * The scale a fit measures at (d3-geo's): great circles are sampled at this scale, so the fit
 * comes out as it did with d3.
 */
export const FIT_SCALE = 150;

/**
 * d3-geo's fitExtent: the scale and translate that put `measured` (bounds drawn with
 * `mercator(centre, FIT_SCALE, [0, 0])`) as large as possible inside `extent`, centred.
 */
export function fitToExtent(centre: number, measured: Bounds, extent: Bounds): Mercator {
  const width = extent[1][0] - extent[0][0];
  const height = extent[1][1] - extent[0][1];
  const [[left, top], [right, bottom]] = measured;
  const k = Math.min(width / (right - left), height / (bottom - top));
  // x and y are linear in translate, so the bounds at translate [0, 0] move by it unchanged.
  const x = extent[0][0] + (width - k * (right + left)) / 2;
  const y = extent[0][1] + (height - k * (bottom + top)) / 2;
  return mercator(centre, FIT_SCALE * k, [x, y]);
}
