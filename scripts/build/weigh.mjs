// How the size scripts (npm run size, npm run measure:shopper) weigh a bundle: gzip at level 9,
// kB of 1,000 bytes, and each package's share of the code, so both report the same way.
import { relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'vite';
import { ROOT } from './packages.mjs';

export const gzipSize = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** A chunk's readable name: its file name without the `chunks/` folder and the content hash. */
export const chunkName = (file) => file.fileName.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '.js');

/** Which package a bundled module comes from: the workspace packages by folder, the rest by node_modules. */
export function packageOf(moduleId) {
  const id = moduleId.replace(/^\0/, '').split('?')[0];
  // The compiler's decorator helper is a virtual module named like `@oxc-project+runtime@0.1.0/helpers/…`.
  const virtual = /^(@[^+/]+)\+([^@/]+)@/.exec(id);
  if (virtual) return `${virtual[1]}/${virtual[2]}`;
  const path = relative(ROOT, id).split(sep).join('/');
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const [scope, name] = path.slice(inModules + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const workspace = /^packages\/([^/]+)\//.exec(path);
  if (workspace) return `@suivi/${workspace[1]}`;
  return path.startsWith('mocks/') ? '@suivi/mocks' : `(other) ${path}`;
}

/**
 * Each group's share of some bundled files (as `bundle()` returns them): the code of its modules
 * as rendered after tree-shaking, minified and gzipped on its own. `groupOf(moduleId, file)` names
 * a module's group, or null to leave it out. Gzip shares one dictionary across a whole file, so
 * the shares add up to a little more than the whole. Largest first.
 */
export async function sharesBy(files, groupOf) {
  const sources = new Map();
  for (const file of files) {
    for (const [id, code] of Object.entries(file.modules)) {
      const group = code ? groupOf(id, file) : null;
      if (group !== null) sources.set(group, `${sources.get(group) ?? ''}${code}\n`);
    }
  }
  const shares = [];
  for (const [group, source] of sources) {
    const minified = (await minify(`${group.replace(/\W/g, '_')}.js`, source, { module: true, compress: false, mangle: true })).code;
    shares.push({ group, minified: Buffer.byteLength(minified), gzip: gzipSize(minified) });
  }
  return shares.sort((a, b) => b.gzip - a.gzip);
}
