import { webLinkOrNull } from '../shared/web-link.ts';

/**
 * A raster tile source: Web Mercator, 256-pixel tiles addressed by zoom, column and row from
 * the top (the common "slippy map" scheme).
 */
export interface TileSource {
  /** The highest zoom level the source serves. */
  maxZoom: number;
  /** The address of one tile. */
  href(z: number, x: number, y: number): string;
}

/** The most zoomed-in level most public tile sources serve. */
export const DEFAULT_MAX_TILE_ZOOM = 19;

const fill = (template: string, z: number, x: number, y: number) =>
  template.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y));

/**
 * Reads a `tile-url` template such as `https://tiles.example.com/{z}/{x}/{y}.png`: null unless
 * it names `{z}`, `{x}` and `{y}` and fills in to an http(s) address. A page's own attribute,
 * but still never turned into a `javascript:` or `data:` image source.
 */
export function parseTileTemplate(template: string | null | undefined, maxZoom = DEFAULT_MAX_TILE_ZOOM): TileSource | null {
  if (!template || !['{z}', '{x}', '{y}'].every((slot) => template.includes(slot))) return null;
  if (!webLinkOrNull(fill(template, 0, 0, 0))) return null;
  return {
    maxZoom: Math.max(0, Math.min(DEFAULT_MAX_TILE_ZOOM, Math.floor(maxZoom))),
    href: (z, x, y) => fill(template, z, x, y),
  };
}
