// `npm run build`: @suivi/model, @suivi/sdk, @suivi/components, @suivi/react and @suivi/mocks built
// to packages/<name>/dist/ (mocks/dist/), each a complete package to publish from that folder (see
// packages.mjs for why dist/ has its own package.json), plus the one-file kit for a
// <script type="module"> tag (cdn-bundle.mjs).
//
//   JS     tsc, one ES2022 module per source module (a store's bundler tree-shakes and splits
//          them), Lit's legacy decorators compiled exactly as the tests run them; the
//          components' html``/css`` templates minified (minify-templates.mjs)
//   types  tsc's declaration emit beside each module
//   map    packages/components/custom-elements.json (npm run analyze), copied into dist/ with
//          its paths pointing at the built modules
//
//   npm run build [-- --skip-cdn]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCdnBundle } from './cdn-bundle.mjs';
import { minifyTemplatesInDir } from './minify-templates.mjs';
import { PACKAGES, ROOT, distDir } from './packages.mjs';

const { values: options } = parseArgs({ options: { 'skip-cdn': { type: 'boolean', default: false } }, strict: true });

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** `./src/order-status/define.ts` → `./order-status/define`: where a source module lands in dist/. */
function builtPath(sourcePath) {
  const match = /^\.\/src\/(.+)\.ts$/.exec(sourcePath);
  return match ? `./${match[1]}` : null;
}

/** Every export of the source package.json, pointed at the built module and its types. */
function builtExports(sourceExports) {
  const exports = {};
  for (const [subpath, target] of Object.entries(sourceExports)) {
    const built = builtPath(target);
    // Non-TypeScript files (custom-elements.json) are copied as they are.
    exports[subpath] = built ? { types: `${built}.d.ts`, default: `${built}.js` } : target;
  }
  return exports;
}

/** The built package's package.json: the source one with its paths, dependencies and extras. */
function builtManifest(pkg, source, versions) {
  const dependencies = Object.fromEntries(
    Object.entries(pkg.dependencies).map(([name, range]) => [name, range === 'workspace' ? versions.get(name) : range]),
  );
  const manifest = {
    name: source.name,
    version: source.version,
    description: source.description,
    type: 'module',
    ...(source.customElements ? { customElements: source.customElements } : {}),
    exports: builtExports(source.exports),
    sideEffects: Array.isArray(source.sideEffects) ? source.sideEffects.map((path) => `${builtPath(path) ?? path}.js`) : source.sideEffects,
    dependencies,
    ...(pkg.peerDependencies ? { peerDependencies: pkg.peerDependencies, peerDependenciesMeta: pkg.peerDependenciesMeta } : {}),
    // Commands (packages.mjs), pointed at the built scripts: only dist/ has them as JavaScript.
    ...(pkg.bin ? { bin: Object.fromEntries(Object.entries(pkg.bin).map(([command, path]) => [command, `${builtPath(path)}.js`])) } : {}),
  };
  if (pkg.name === '@suivi/components') {
    // The script-tag kit (cdn-bundle.mjs): registers every element, everything inside.
    manifest.exports['./cdn/suivi.js'] = { types: './cdn/suivi.d.ts', default: './cdn/suivi.js' };
    manifest.sideEffects.push('./cdn/*.js');
  }
  return manifest;
}

/**
 * tsc keeps the `.ts` of relative type imports in declarations (`import("./x.ts")`); a consumer's
 * compiler, without allowImportingTsExtensions, reads `.js`. And `import("lit-html")` (inferred
 * template types) becomes `import("lit")`, which re-exports them: lit-html is lit's dependency,
 * not ours, and a strict installer (pnpm) would not let our types reach it.
 */
function fixDeclarations(dir) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) fixDeclarations(path);
    else if (path.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text
        .replace(/((?:from |import\()\s*['"])(\.{1,2}\/[^'"]+)\.ts(['"])/g, '$1$2.js$3')
        .replace(/import\((['"])lit-html\1\)/g, 'import("lit")');
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
}

/** The manifest in dist/, its module paths pointing at the built files (`src/x.ts` → `x.js`). */
function copyCustomElementsManifest(pkg) {
  const source = readFileSync(join(ROOT, pkg.dir, 'custom-elements.json'), 'utf8');
  const built = source.replace(/"src\/([^"]+)\.ts"/g, '"$1.js"');
  writeFileSync(join(distDir(pkg), 'custom-elements.json'), built);
}

const started = performance.now();
const versions = new Map(PACKAGES.map((pkg) => [pkg.name, readJson(join(ROOT, pkg.dir, 'package.json')).version]));
run('npx', ['--no-install', 'cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet']);
for (const pkg of PACKAGES) {
  const dist = distDir(pkg);
  rmSync(dist, { recursive: true, force: true });
  const tsconfig = `scripts/build/tsconfig.${pkg.name.split('/')[1]}.json`;
  run('npx', ['--no-install', 'tsc', '-p', tsconfig]);
  fixDeclarations(dist);
  // The components' Lit templates, minified as the kit's are (minify-templates.mjs).
  if (pkg.name === '@suivi/components') console.log(`minified the templates of ${await minifyTemplatesInDir(dist)} modules`);
  const source = readJson(join(ROOT, pkg.dir, 'package.json'));
  writeJson(join(dist, 'package.json'), builtManifest(pkg, source, versions));
  if (existsSync(join(ROOT, pkg.dir, 'README.md'))) cpSync(join(ROOT, pkg.dir, 'README.md'), join(dist, 'README.md'));
  if (source.customElements) copyCustomElementsManifest(pkg);
  console.log(`built ${pkg.name} → ${pkg.dir}/dist`);
}
if (!options['skip-cdn']) {
  const cdn = await buildCdnBundle();
  console.log(`built the script-tag kit → ${cdn.relativeEntry} (${cdn.files.length} files)`);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
