import { webLinkOrNull } from '../order-timeline/web-link.ts';

/**
 * A raster tile source in the common slippy-map form, `https://tiles.example.com/{z}/{x}/{y}.png`
 * (Web Mercator, 256-pixel tiles, `{z}` zoom, `{x}` column, `{y}` row from the top).
 */
export interface TileTemplate {
  template: string;
  /** The highest zoom level the source serves. */
  maxZoom: number;
}

/** The most zoomed-in level most public tile sources serve. */
export const DEFAULT_MAX_TILE_ZOOM = 19;

/**
 * Reads a `tile-url` attribute: null unless it names `{z}`, `{x}` and `{y}` and fills in to an
 * http(s) address. A page's own attribute, but still never turned into a `javascript:` or
 * `data:` image source.
 */
export function parseTileTemplate(template: string | null | undefined, maxZoom = DEFAULT_MAX_TILE_ZOOM): TileTemplate | null {
  if (!template || !['{z}', '{x}', '{y}'].every((slot) => template.includes(slot))) return null;
  if (!webLinkOrNull(tileHref({ template, maxZoom }, 0, 0, 0))) return null;
  return { template, maxZoom: Math.max(0, Math.min(DEFAULT_MAX_TILE_ZOOM, Math.floor(maxZoom))) };
}

/** The address of one tile. */
export function tileHref(source: TileTemplate, z: number, x: number, y: number): string {
  return source.template.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y));
}
