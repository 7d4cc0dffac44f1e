/**
 * Land and borders drawn on a Mercator turned to the journey's middle (see mercator.ts). The
 * map's seam is then wherever the journey is not, so an outline crossing it is not cut in two
 * and stitched again, as d3-geo does: each ring or line is followed point to point with every
 * longitude taken within 180° of the one before, which draws it whole, running off one side of
 * the world, and it is drawn again one world-width over wherever that copy is in the frame.
 * Drawn straight from point to point: world-atlas's outlines are lines on the longitude-latitude
 * grid (the 49th parallel between Canada and the United States is one straight edge there, and
 * on Mercator), closely spaced enough elsewhere for curvature not to show.
 */
import { type Rect, clipRing, doubleArea, meets, visibleRuns } from './frame-clip.ts';
import type { MapPoint } from '../map-drawing.ts';
import { MAX_LATITUDE, type Mercator, wrapLongitude } from './mercator.ts';
import { PathData } from './svg-path.ts';
import type { LngLat } from './topojson-decode.ts';

/** How far outside the frame cut outlines may run: beyond a border's half stroke, so cut ends never show. */
const CLIP_MARGIN = 2;

/** Below this (twice the area, in square units) a clipped ring is a sliver along the frame's edge: not drawn. */
const MIN_DOUBLE_AREA = 0.02;

/** The frame the outlines are drawn into, in map units. */
export interface OutlineFrame {
  width: number;
  height: number;
}

/** `places` projected with each longitude within 180° of the one before; also the degrees east they end past the start. */
function followed(places: readonly LngLat[], projection: Mercator): { points: MapPoint[]; turn: number } {
  const points: MapPoint[] = [];
  let first = 0;
  let east = 0;
  places.forEach(([lng, lat], index) => {
    const here = wrapLongitude(lng - projection.centre);
    east = index === 0 ? (first = here) : east + wrapLongitude(here - east);
    points.push({ x: projection.x(east), y: projection.y(lat) });
  });
  return { points, turn: east - first };
}

/**
 * The shifts by whole world-widths that bring `points` into `rect` (usually just 0; 0 and ±1
 * when a shape runs past the seam and the map shows the seam).
 */
function copiesInView(points: readonly MapPoint[], world: number, rect: Rect): number[] {
  let [left, right] = [Infinity, -Infinity];
  for (const { x } of points) {
    left = Math.min(left, x);
    right = Math.max(right, x);
  }
  const shifts: number[] = [];
  for (let copy = Math.ceil((rect.left - right) / world); copy <= Math.floor((rect.right - left) / world); copy++) {
    shifts.push(copy * world);
  }
  return shifts;
}

const shifted = (points: readonly MapPoint[], dx: number) => (dx ? points.map(({ x, y }) => ({ x: x + dx, y })) : points);

function marginRect(frame: OutlineFrame): Rect {
  return { left: -CLIP_MARGIN, top: -CLIP_MARGIN, right: frame.width + CLIP_MARGIN, bottom: frame.height + CLIP_MARGIN };
}

/**
 * Closed rings (land) as one path, each ring clipped to the frame. A ring that goes once around
 * the globe (Antarctica: world-atlas closes it along the antimeridian) comes back a world-width
 * from where it started; it is closed along the pole it goes around.
 */
export function ringsPath(rings: readonly LngLat[][], projection: Mercator, frame: OutlineFrame): string | null {
  const rect = marginRect(frame);
  const world = 2 * Math.PI * projection.scale;
  const path = new PathData();
  for (const ring of rings) {
    const { points, turn } = followed(ring, projection);
    if (Math.abs(turn) > 180) {
      const pole = projection.y(Math.sign(ring.reduce((sum, [, lat]) => sum + lat, 0)) * MAX_LATITUDE);
      points.push({ x: points[points.length - 1].x, y: pole }, { x: points[0].x, y: pole });
    }
    for (const dx of copiesInView(points, world, rect)) {
      const copy = shifted(points, dx);
      if (!meets(copy, rect)) continue;
      const clipped = clipRing(copy, rect);
      if (Math.abs(doubleArea(clipped)) >= MIN_DOUBLE_AREA) path.add(clipped, true);
    }
  }
  return path.data();
}

/** Open lines (borders) as one path, the stretches beside the frame left out. */
export function linesPath(lines: readonly LngLat[][], projection: Mercator, frame: OutlineFrame): string | null {
  const rect = marginRect(frame);
  const world = 2 * Math.PI * projection.scale;
  const path = new PathData();
  for (const line of lines) {
    const { points } = followed(line, projection);
    for (const dx of copiesInView(points, world, rect)) {
      for (const run of visibleRuns(shifted(points, dx), rect)) path.add(run, false);
    }
  }
  return path.data();
}
