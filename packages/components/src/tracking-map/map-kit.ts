/**
 * The tracking map's projection code, loaded lazily (see map-loader.ts): d3-geo projects the
 * journey with Web Mercator, fitted to the journey's bounds, and topojson-client turns the
 * world-atlas TopoJSON into land and border paths. Nothing here touches the DOM; the element
 * renders the paths and points it returns.
 */
import type { Coordinates } from '@suivi/model';
import { type GeoProjection, geoInterpolate, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Journey } from './journey.ts';
import type { MapDrawing, MapFrame, MapKit, MapPoint, TileImage } from './map-drawing.ts';
import type { TileSource } from './tile-template.ts';

/** world-atlas's countries-*.json: countries (with their shared borders) and land, merged. */
export type WorldAtlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/**
 * The smallest area a map shows, in degrees of latitude either side of the journey's middle
 * (about 250 km): a parcel scanned twice in one town still gets a map with the country around it.
 */
const MIN_HALF_SPAN_LAT = 2.25;

/** Raster tiles are 256 pixels square at their native zoom. */
const TILE_SIZE = 256;

/** More tiles than this for one map and a zoom level is dropped: the map is small. */
const MAX_TILES = 48;

/** Path data rounded to 0.1 of a unit: invisible at the map's size, and much shorter strings. */
const PATH_DIGITS = 1;

const toLngLat = (point: Coordinates): [number, number] => [point.lng, point.lat];

/** Outlines converted once per kit: land as one shape, and borders only where two countries meet. */
interface Outlines {
  land: Feature<Geometry> | FeatureCollection<Geometry>;
  borders: MultiLineString;
}

function outlinesOf(atlas: WorldAtlas): Outlines {
  return {
    land: feature(atlas, atlas.objects.land),
    borders: mesh(atlas, atlas.objects.countries, (a, b) => a !== b),
  };
}

/**
 * What the projection is fitted to: the whole route (as a line, so a long great circle that
 * bulges north, London to Toronto, stays in view) and a minimum box around its middle.
 */
function fitTarget(journey: Journey): FeatureCollection {
  const points = [...journey.travelled];
  if (journey.destination.coordinates) points.push(journey.destination.coordinates);
  const lats = points.map((point) => point.lat);
  const lngs = points.map((point) => point.lng);
  const middle = { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 };
  const halfLat = MIN_HALF_SPAN_LAT;
  const halfLng = MIN_HALF_SPAN_LAT / Math.max(0.2, Math.cos((middle.lat * Math.PI) / 180));
  const box: [number, number][] = [
    [middle.lng - halfLng, Math.max(-80, middle.lat - halfLat)],
    [middle.lng + halfLng, Math.min(80, middle.lat + halfLat)],
  ];
  const features: Feature[] = [{ type: 'Feature', properties: null, geometry: { type: 'MultiPoint', coordinates: box } }];
  if (points.length > 1) {
    features.push({ type: 'Feature', properties: null, geometry: { type: 'LineString', coordinates: points.map(toLngLat) } });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The tiles covering the frame at the zoom closest to the projection's scale. A d3 Mercator
 * projection of scale k spans 2πk units around the world, a tile pyramid 256·2^z pixels, so
 * tiles are drawn at 2πk / 2^z units, from the world's top-left corner at translate − πk.
 */
function tilesFor(projection: GeoProjection, frame: MapFrame, source: TileSource): TileImage[] {
  const k = projection.scale();
  const [tx, ty] = projection.translate();
  const world = 2 * Math.PI * k;
  let z = Math.max(0, Math.min(source.maxZoom, Math.round(Math.log2(world / TILE_SIZE))));
  for (;;) {
    const count = 2 ** z;
    const size = world / count;
    const left = tx - world / 2;
    const top = ty - world / 2;
    const columns = [Math.floor(-left / size), Math.floor((frame.width - left) / size)];
    const rows = [Math.max(0, Math.floor(-top / size)), Math.min(count - 1, Math.floor((frame.height - top) / size))];
    const total = (columns[1] - columns[0] + 1) * (rows[1] - rows[0] + 1);
    if (total > MAX_TILES && z > 0) {
      z -= 1;
      continue;
    }
    const tiles: TileImage[] = [];
    for (let column = columns[0]; column <= columns[1]; column++) {
      const x = ((column % count) + count) % count;
      for (let row = rows[0]; row <= rows[1]; row++) {
        tiles.push({ href: source.href(z, x, row), x: left + column * size, y: top + row * size, size });
      }
    }
    return tiles;
  }
}

/** Stops closer than this to another drawn point would only blur it: a depot on a city's edge. */
const MIN_STOP_GAP = 9;

/** The stops worth a dot: on the map, and clear of the markers and of the stop before. */
function separateStops(stops: (MapPoint | null)[], markers: (MapPoint | null)[]): MapPoint[] {
  const kept: MapPoint[] = [];
  const clear = (a: MapPoint, b: MapPoint | null | undefined) => !b || Math.hypot(a.x - b.x, a.y - b.y) >= MIN_STOP_GAP;
  for (const stop of stops) {
    if (stop && markers.every((marker) => clear(stop, marker)) && clear(stop, kept.at(-1))) kept.push(stop);
  }
  return kept;
}

/**
 * Land and borders projected last, by projection: a new scan inside the journey's bounds keeps the
 * same fit, and re-projecting the world is most of a redraw's cost.
 */
interface ProjectedOutlines {
  land: string | null;
  borders: string | null;
}

/** One kit serves every card on a page: room for each of their fits. */
const PROJECTED_CACHE_SIZE = 12;

function drawJourney(outlines: Outlines | null, journey: Journey, frame: MapFrame, cache: Map<string, ProjectedOutlines>): MapDrawing {
  const { width, height, padding } = frame;
  const projection = geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    fitTarget(journey),
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(PATH_DIGITS);
  const point = (coordinates: Coordinates | null): MapPoint | null => {
    if (!coordinates) return null;
    const projected = projection(toLngLat(coordinates));
    return projected ? { x: projected[0], y: projected[1] } : null;
  };
  const line = (points: Coordinates[]) =>
    points.length > 1 ? path({ type: 'LineString', coordinates: points.map(toLngLat) }) : null;

  const { travelled, position, destination } = { ...journey, destination: journey.destination.coordinates };
  const originPoint = journey.origin.coordinates;
  const key = [projection.scale(), ...projection.translate(), width, height].join();
  let projected = cache.get(key);
  if (!projected) {
    projected = { land: outlines ? path(outlines.land) : null, borders: outlines ? path(outlines.borders) : null };
    cache.set(key, projected);
    if (cache.size > PROJECTED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return {
    land: projected.land,
    borders: projected.borders,
    travelled: line(travelled),
    ahead: !journey.delivered && position && destination ? line([position, destination]) : null,
    origin: point(originPoint),
    stops: separateStops(
      travelled.slice(originPoint ? 1 : 0, -1).map(point),
      [point(originPoint), point(position), point(destination)],
    ),
    position: point(position),
    destination: point(destination),
    tiles: frame.tiles ? tilesFor(projection, frame, frame.tiles) : [],
    track(from, to, samples) {
      const along = geoInterpolate(toLngLat(from), toLngLat(to));
      const points: MapPoint[] = [];
      for (let index = 0; index <= samples; index++) {
        const projected = projection(along(index / samples));
        if (projected) points.push({ x: projected[0], y: projected[1] });
      }
      return points;
    },
  };
}

/** A kit drawing with the given outlines (null: no land or borders, for maps under raster tiles). */
export function createMapKit(atlas: WorldAtlas | null): MapKit {
  const outlines = atlas ? outlinesOf(atlas) : null;
  const cache = new Map<string, ProjectedOutlines>();
  return { draw: (journey, frame) => drawJourney(outlines, journey, frame, cache) };
}
