import type { MapKit, MapKitLoader } from './map-drawing.ts';

/**
 * One load per page, shared by every card: the first card to come into view starts it, the
 * others wait on the same promise. A failed load is forgotten so the next card may try again.
 */
const loads = new Map<boolean, Promise<MapKit>>();

/**
 * The default loader: the projection code (map-kit.ts) and, unless the map is drawn over
 * raster tiles, Natural Earth's 1:110m country outlines from world-atlas, each a dynamic
 * `import()`, so a bundler splits them into chunks that a page without a map never fetches.
 *
 * Why 110m: about 40 kB gzipped against about 240 kB for 50m (and 1 MB for 10m). The map
 * places a parcel at city level, which is all the tracking data says; coastlines coarser
 * than the 50m ones do not change where it is, and a site that wants finer geography plugs
 * in street-level tiles (`tile-url`) or a loader of its own that imports countries-50m.json.
 */
export const loadDefaultMapKit: MapKitLoader = ({ outlines }) => {
  let load = loads.get(outlines);
  if (!load) {
    load = Promise.all([
      import('./map-kit.ts'),
      // No `with { type: 'json' }`: bundlers turn the JSON into a module (Vite's dev server would
      // then serve JavaScript to a browser expecting JSON); the package is meant to be bundled.
      outlines ? import('world-atlas/countries-110m.json') : null,
    ]).then(([kit, atlas]) => kit.createMapKit(atlas ? atlas.default : null));
    load.catch(() => loads.delete(outlines));
    loads.set(outlines, load);
  }
  return load;
};
