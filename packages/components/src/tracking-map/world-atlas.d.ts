// world-atlas ships TopoJSON files and no types; the repo does not enable resolveJsonModule, so the
// one file the tracking map imports is declared here with the shape map-kit.ts reads.
declare module 'world-atlas/countries-110m.json' {
  const atlas: import('./map-kit.ts').WorldAtlas;
  export default atlas;
}
