/**
 * Outlines cut to the map's frame, so path data holds what can be seen: a map of France at city
 * scale would otherwise carry all of Eurasia's coastline, tens of thousands of units away. The
 * SVG clips to its viewBox anyway; this only keeps the strings (and the browser's work) short.
 */
import type { MapPoint } from '../map-drawing.ts';

/** An axis-aligned rectangle in map units. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether the box around `points` meets `rect` at all. */
export function meets(points: readonly MapPoint[], rect: Rect): boolean {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    if (x < left) left = x;
    if (x > right) right = x;
    if (y < top) top = y;
    if (y > bottom) bottom = y;
  }
  return left <= rect.right && right >= rect.left && top <= rect.bottom && bottom >= rect.top;
}

/** One side of the rectangle: which points are inside, and where an edge crosses it. */
interface Side {
  inside(point: MapPoint): boolean;
  cross(from: MapPoint, to: MapPoint): MapPoint;
}

const atX = (from: MapPoint, to: MapPoint, x: number): MapPoint => ({ x, y: from.y + ((to.y - from.y) * (x - from.x)) / (to.x - from.x) });
const atY = (from: MapPoint, to: MapPoint, y: number): MapPoint => ({ x: from.x + ((to.x - from.x) * (y - from.y)) / (to.y - from.y), y });

function sides(rect: Rect): Side[] {
  return [
    { inside: (p) => p.x >= rect.left, cross: (a, b) => atX(a, b, rect.left) },
    { inside: (p) => p.x <= rect.right, cross: (a, b) => atX(a, b, rect.right) },
    { inside: (p) => p.y >= rect.top, cross: (a, b) => atY(a, b, rect.top) },
    { inside: (p) => p.y <= rect.bottom, cross: (a, b) => atY(a, b, rect.bottom) },
  ];
}

/**
 * A closed ring cut to `rect` (Sutherland–Hodgman, one side at a time). A ring that leaves and
 * comes back gets edges along the rectangle's side joining its pieces: no area, so a fill does
 * not show them, and the rectangle is the frame plus a margin, so neither would a stroke.
 */
export function clipRing(ring: readonly MapPoint[], rect: Rect): MapPoint[] {
  let points = [...ring];
  for (const side of sides(rect)) {
    if (!points.length) break;
    const input = points;
    points = [];
    let previous = input[input.length - 1];
    for (const point of input) {
      if (side.inside(point)) {
        if (!side.inside(previous)) points.push(side.cross(previous, point));
        points.push(point);
      } else if (side.inside(previous)) {
        points.push(side.cross(previous, point));
      }
      previous = point;
    }
  }
  return points;
}

/** Twice the ring's area, signed (the shoelace formula): near zero once clipped to a sliver of the frame's edge. */
export function doubleArea(ring: readonly MapPoint[]): number {
  let sum = 0;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    sum += ring[previous].x * ring[index].y - ring[index].x * ring[previous].y;
  }
  return sum;
}

/**
 * The runs of a polyline whose segments come near `rect` (the box around the segment meets it).
 * Segments wholly beside the frame are dropped; the rest are kept whole and the SVG clips them.
 */
export function visibleRuns(line: readonly MapPoint[], rect: Rect): MapPoint[][] {
  const runs: MapPoint[][] = [];
  let run: MapPoint[] = [];
  for (let index = 1; index < line.length; index++) {
    const from = line[index - 1];
    const to = line[index];
    const near =
      Math.min(from.x, to.x) <= rect.right &&
      Math.max(from.x, to.x) >= rect.left &&
      Math.min(from.y, to.y) <= rect.bottom &&
      Math.max(from.y, to.y) >= rect.top;
    if (near) {
      if (!run.length) run.push(from);
      run.push(to);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
