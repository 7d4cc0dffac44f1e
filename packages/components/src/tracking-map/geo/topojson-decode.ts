/**
 * The little of TopoJSON the tracking map reads: world-atlas's `countries-*.json` turned into the
 * rings of the `land` object and the border lines between countries. Written for this map instead
 * of importing topojson-client (1.2 kB gzip) because the map needs two of its functions, and
 * neither GeoJSON objects in between nor the stitching of border arcs into longer lines: a
 * border drawn as one SVG sub-path per arc looks the same.
 *
 * Format: https://github.com/topojson/topojson-specification. Arcs are shared polylines; with a
 * `transform` their positions are quantized integers, each one a delta from the one before.
 * Geometries name arcs by index, `~i` (that is −i − 1) for arc i walked backwards.
 */

/** A point as TopoJSON and GeoJSON write it: [longitude, latitude] in degrees. */
export type LngLat = [number, number];

/** The geometry types world-atlas uses, with their arc indexes (points carry none). */
export type TopoGeometry =
  | { type: 'GeometryCollection'; geometries: TopoGeometry[] }
  | { type: 'Polygon' | 'MultiLineString'; arcs: number[][] }
  | { type: 'MultiPolygon'; arcs: number[][][] }
  | { type: 'LineString'; arcs: number[] }
  | { type: 'Point' | 'MultiPoint' | null };

/** world-atlas's countries-*.json: countries (with their shared borders) and land, merged. */
export interface WorldAtlas {
  type: 'Topology';
  /** Present in quantized files (all of world-atlas's): positions are deltas in grid units. */
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: { countries: TopoGeometry; land: TopoGeometry };
}

/** Every arc as absolute [longitude, latitude] points, decoded once per atlas. */
export function decodeArcs(atlas: WorldAtlas): LngLat[][] {
  const transform = atlas.transform;
  if (!transform) return atlas.arcs.map((arc) => arc.map(([lng, lat]) => [lng, lat]));
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return atlas.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** Arc `index` in the direction a geometry walks it. */
function arcPoints(arcs: LngLat[][], index: number): LngLat[] {
  return index < 0 ? [...arcs[~index]].reverse() : arcs[index];
}

/** A ring joined from its arcs: each arc starts where the one before ends, so that point is kept once. */
function ringOf(arcs: LngLat[][], indexes: number[]): LngLat[] {
  const ring: LngLat[] = [];
  for (const index of indexes) {
    const points = arcPoints(arcs, index);
    ring.push(...(ring.length ? points.slice(1) : points));
  }
  return ring;
}

/** Calls `visit` with each polygon ring's arc indexes, in document order, through collections. */
function eachRing(geometry: TopoGeometry, visit: (indexes: number[]) => void) {
  if (geometry.type === 'GeometryCollection') for (const child of geometry.geometries) eachRing(child, visit);
  else if (geometry.type === 'Polygon') geometry.arcs.forEach(visit);
  else if (geometry.type === 'MultiPolygon') for (const polygon of geometry.arcs) polygon.forEach(visit);
}

/**
 * The rings of every polygon in `object` (outer rings and holes alike: SVG's non-zero fill
 * tells them apart by their winding, which TopoJSON keeps opposite). Each ring is closed, its
 * last point equal to its first.
 */
export function polygonRings(arcs: LngLat[][], object: TopoGeometry): LngLat[][] {
  const rings: LngLat[][] = [];
  eachRing(object, (indexes) => rings.push(ringOf(arcs, indexes)));
  return rings;
}

/**
 * The arcs between two different geometries of `object`: for world-atlas's countries, the land
 * borders (coastlines belong to one country only). The same arcs as topojson-client's
 * `mesh(topology, object, (a, b) => a !== b)` before it stitches them: an arc counts when the
 * first and the last geometry using it differ, so an arc one country uses twice is left out.
 */
export function sharedArcs(arcs: LngLat[][], object: TopoGeometry): LngLat[][] {
  const firstUser: (TopoGeometry | undefined)[] = [];
  const lastUser: (TopoGeometry | undefined)[] = [];
  const visit = (geometry: TopoGeometry) => {
    if (geometry.type === 'GeometryCollection') {
      geometry.geometries.forEach(visit);
      return;
    }
    if (!('arcs' in geometry)) return;
    for (const index of (geometry.arcs as number[] | number[][] | number[][][]).flat(2)) {
      const arc = index < 0 ? ~index : index;
      firstUser[arc] ??= geometry;
      lastUser[arc] = geometry;
    }
  };
  visit(object);
  const shared: LngLat[][] = [];
  firstUser.forEach((first, arc) => {
    if (first && first !== lastUser[arc]) shared.push(arcs[arc]);
  });
  return shared;
}
