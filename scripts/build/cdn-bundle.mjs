// The script-tag kit: packages/components/dist/cdn/suivi.js registers every Suivi element, with
// everything it needs inside, so a page with no build step needs one line:
//
//   <script type="module" src="https://…/@suivi/components/cdn/suivi.js"></script>
//
// The parts a page may never need (the shopper's tools under an order, the map's code and its
// country outlines) are chunks in cdn/chunks/, fetched by the kit relative to its own URL.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';
import { ROOT } from './packages.mjs';

export const CDN_DIR = `${ROOT}packages/components/dist/cdn`;

/**
 * What the kit leaves for later: the map's code and country outlines, fetched when a map comes
 * into view. Everything else is needed as the kit registers every element, so it is one chunk:
 * split along the elements' own import()s (the status page's tools, the timeline's map card, the
 * admin's detail panel) it would be several files fetched at once that gzip compresses apart
 * (4.6 kB more when measured).
 */
export const CDN_LAZY_MODULES = /\/tracking-map\/(map-kit\.ts$|geo\/)|\/node_modules\/world-atlas\//;

export async function buildCdnBundle() {
  const files = await bundle({
    entry: 'packages/components/src/define-all.ts',
    outDir: CDN_DIR,
    fileName: 'suivi.js',
    // The status page imports the shopper's tools on demand; the kit registers every element up
    // front (a page may use <suivi-share-link> on its own), so they are in suivi.js, as intended.
    expectedLogs: ['INEFFECTIVE_DYNAMIC_IMPORT'],
    lazyOnly: CDN_LAZY_MODULES,
  });
  // Its types are the kit's: every tag in HTMLElementTagNameMap, for a page that imports the URL
  // from TypeScript.
  writeFileSync(`${CDN_DIR}/suivi.d.ts`, "// Registers every Suivi element (see ../define-all.d.ts for the tags).\nimport '../define-all.js';\nexport {};\n");
  return { files, relativeEntry: relative(ROOT, `${CDN_DIR}/suivi.js`) };
}

// `node --import tsx scripts/build/cdn-bundle.mjs`: the kit alone (the script-tag example's test
// builds it this way; `npm run build` builds it with the packages).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { relativeEntry } = await buildCdnBundle();
  console.log(`built the script-tag kit → ${relativeEntry}`);
}
