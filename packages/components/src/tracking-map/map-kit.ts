/**
 * The tracking map's projection code, loaded lazily (see map-loader.ts): the journey projected
 * with Web Mercator (geo/mercator.ts), fitted to the journey and turned so its middle meridian is in
 * the middle, and world-atlas's TopoJSON read into land and border paths (geo/topojson-decode.ts,
 * geo/outline-paths.ts). Nothing here touches the DOM; the element renders the paths and points it
 * returns. Small hand-written modules rather than d3-geo and topojson-client (10.9 kB gzip
 * between them, with d3-array), of which the map used one projection and two functions.
 */
import type { Coordinates } from '@suivi/model';
import { visibleRuns } from './geo/frame-clip.ts';
import { greatCircle } from './geo/great-circle.ts';
import { projectGreatCircleLine } from './geo/great-circle-line.ts';
import { FIT_SCALE, type Mercator, boundsOf, fitToExtent, mercator, wrapLongitude } from './geo/mercator.ts';
import { linesPath, ringsPath } from './geo/outline-paths.ts';
import { PathData } from './geo/svg-path.ts';
import { type LngLat, type WorldAtlas, decodeArcs, polygonRings, sharedArcs } from './geo/topojson-decode.ts';
import type { Journey } from './journey.ts';
import type { MapDrawing, MapFrame, MapKit, MapPoint, TileImage } from './map-drawing.ts';
import type { TileSource } from './tile-template.ts';

export type { WorldAtlas } from './geo/topojson-decode.ts';

/**
 * The smallest area a map shows, in degrees of latitude either side of the journey's middle
 * (about 250 km): a parcel scanned twice in one town still gets a map with the country around it.
 */
const MIN_HALF_SPAN_LAT = 2.25;

/** Raster tiles are 256 pixels square at their native zoom. */
const TILE_SIZE = 256;

/** More tiles than this for one map and a zoom level is dropped: the map is small. */
const MAX_TILES = 48;

const toLngLat = (point: Coordinates): LngLat => [point.lng, point.lat];
const toPoint = ([x, y]: [number, number]): MapPoint => ({ x, y });

/** Outlines decoded once per kit: land as rings, and borders only where two countries meet. */
interface Outlines {
  land: LngLat[][];
  borders: LngLat[][];
}

function outlinesOf(atlas: WorldAtlas): Outlines {
  const arcs = decodeArcs(atlas);
  return { land: polygonRings(arcs, atlas.objects.land), borders: sharedArcs(arcs, atlas.objects.countries) };
}

/**
 * The projection fitted to the whole route (along its great circles, so a long one that bulges
 * north, London to Toronto, stays in view) and to a minimum box around its middle, with the
 * route's middle meridian in the middle. The middle is measured along the route, each longitude
 * within 180° of the one before: from Tokyo (139.7° E) to Anchorage (149.9° W, 210.1° E that
 * way), it is in the Pacific, not in Africa.
 */
function fitJourney(journey: Journey, frame: MapFrame): Mercator {
  const points = [...journey.travelled];
  if (journey.destination.coordinates) points.push(journey.destination.coordinates);
  const lngs: number[] = [];
  for (const { lng } of points) lngs.push(lngs.length ? lngs[lngs.length - 1] + wrapLongitude(lng - lngs[lngs.length - 1]) : lng);
  const lats = points.map((point) => point.lat);
  const middle = { lat: (Math.min(...lats) + Math.max(...lats)) / 2, lng: (Math.min(...lngs) + Math.max(...lngs)) / 2 };
  const halfLat = MIN_HALF_SPAN_LAT;
  const halfLng = MIN_HALF_SPAN_LAT / Math.max(0.2, Math.cos((middle.lat * Math.PI) / 180));
  const centre = wrapLongitude(middle.lng);
  // Measured as d3-geo's fitExtent measures: at FIT_SCALE, translate [0, 0].
  const unit = mercator(centre, FIT_SCALE, [0, 0]);
  const measured = [
    unit.point([middle.lng - halfLng, Math.max(-80, middle.lat - halfLat)]),
    unit.point([middle.lng + halfLng, Math.min(80, middle.lat + halfLat)]),
    ...(points.length > 1 ? projectGreatCircleLine(points.map(toLngLat), unit).map(({ x, y }): [number, number] => [x, y]) : []),
  ];
  const { width, height, padding } = frame;
  return fitToExtent(centre, boundsOf(measured), [
    [padding, padding],
    [width - padding, height - padding],
  ]);
}

/**
 * The tiles covering the frame at the zoom closest to the projection's scale. A Mercator of
 * scale k spans 2πk units around the world, a tile pyramid 256·2^z pixels, so tiles are drawn
 * at 2πk / 2^z units, from the world's top-left corner at translate − πk (the copy of the world
 * around the map's centre; columns past either side wrap around).
 */
function tilesFor(projection: Mercator, frame: MapFrame, source: TileSource): TileImage[] {
  const k = projection.scale;
  const [tx, ty] = projection.translate;
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
  const { width, height } = frame;
  const projection = fitJourney(journey, frame);
  const point = (coordinates: Coordinates | null): MapPoint | null => (coordinates ? toPoint(projection.point(toLngLat(coordinates))) : null);
  const inFrame = { left: 0, top: 0, right: width, bottom: height };
  const line = (points: Coordinates[]) => {
    if (points.length < 2) return null;
    const path = new PathData();
    for (const run of visibleRuns(projectGreatCircleLine(points.map(toLngLat), projection), inFrame)) path.add(run, false);
    return path.data();
  };

  const { travelled, position, destination } = { ...journey, destination: journey.destination.coordinates };
  const originPoint = journey.origin.coordinates;
  const key = [projection.scale, ...projection.translate, width, height].join();
  let projected = cache.get(key);
  if (!projected) {
    projected = {
      land: outlines ? ringsPath(outlines.land, projection, frame) : null,
      borders: outlines ? linesPath(outlines.borders, projection, frame) : null,
    };
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
      const along = greatCircle(toLngLat(from), toLngLat(to));
      const points: MapPoint[] = [];
      for (let index = 0; index <= samples; index++) points.push(toPoint(projection.point(along(index / samples))));
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
