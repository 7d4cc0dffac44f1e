/**
 * SVG path data from projected points, in d3-geo's form (`M x,y L x,y … Z`) rounded to 0.1 of a
 * unit: invisible at the map's size, and much shorter strings. Points that round to the one
 * before are left out, which thins a whole continent drawn small to what can be seen.
 */
import type { MapPoint } from '../map-drawing.ts';

const round = (value: number) => String(Math.round(value * 10) / 10);

export class PathData {
  private readonly parts: string[] = [];

  /** Adds a polyline (`closed`: a ring, ended with Z). Too few distinct points to see: left out. */
  add(points: readonly MapPoint[], closed: boolean): void {
    const coordinates: string[] = [];
    for (const { x, y } of points) {
      const pair = `${round(x)},${round(y)}`;
      if (pair !== coordinates.at(-1)) coordinates.push(pair);
    }
    if (closed && coordinates.length > 1 && coordinates[0] === coordinates.at(-1)) coordinates.pop();
    if (coordinates.length < (closed ? 3 : 2)) return;
    this.parts.push(`M${coordinates.join('L')}${closed ? 'Z' : ''}`);
  }

  /** The path data, or null when nothing was added (no element to draw). */
  data(): string | null {
    return this.parts.length ? this.parts.join('') : null;
  }
}
