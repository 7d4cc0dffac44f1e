import type { Coordinates } from '@suivi/model';
import type { Journey } from './journey.ts';
import type { TileSource } from './tile-template.ts';

/** A point in the map's SVG user space (the viewBox). */
export interface MapPoint {
  x: number;
  y: number;
}

/** One raster tile placed under the route, in the same Web Mercator projection as the rest. */
export interface TileImage {
  href: string;
  x: number;
  y: number;
  size: number;
}

/** What to draw into: the SVG's viewBox and the room kept free around the journey. */
export interface MapFrame {
  width: number;
  height: number;
  padding: number;
  /** Street-level tiles to draw under the route, or null for the vector outlines alone. */
  tiles: TileSource | null;
}

/** A journey projected into a frame: SVG path data and points, ready for a template. */
export interface MapDrawing {
  /** Land, as one path (null when the kit has no outlines, e.g. under tiles). */
  land: string | null;
  /** Borders between countries, as one path. */
  borders: string | null;
  /** The way already travelled: origin, each scanned place, the current position. */
  travelled: string | null;
  /** The way still to go, from the current position to the destination (null once delivered). */
  ahead: string | null;
  origin: MapPoint | null;
  /** Places scanned on the way, between the origin and the current position. */
  stops: MapPoint[];
  position: MapPoint | null;
  destination: MapPoint | null;
  tiles: TileImage[];
  /** Points along the great circle from `from` to `to`, for moving the marker along its segment. */
  track(from: Coordinates, to: Coordinates, samples: number): MapPoint[];
}

/** The lazily loaded map code: projects journeys. One kit serves every card on the page. */
export interface MapKit {
  draw(journey: Journey, frame: MapFrame): MapDrawing;
}

/**
 * Loads the map code (and, when `outlines` is true, the country outlines). Replace it on an
 * element to choose other data or to simulate a failure; it must never be called at import time.
 */
export type MapKitLoader = (needs: { outlines: boolean }) => Promise<MapKit>;
