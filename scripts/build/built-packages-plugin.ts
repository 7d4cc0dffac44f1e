/**
 * A Vite plugin that resolves every `@suivi/*` import to the built package in `<package>/dist`
 * (npm run build), through that folder's own package.json `exports`, the way a shop's bundler reads
 * the published packages from node_modules. In this repository the workspace links `@suivi/*` to the
 * TypeScript sources (for the demo, the tests and Storybook), which a shop never sees: with this
 * plugin the framework examples are built from exactly what a shop installs, with the examples' own
 * Vite configs and nothing repository-only in them. Used by test/build/framework-examples.test.ts
 * (and by any script that bundles an example the way a shop would).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Each workspace package (root package.json `workspaces`): its name and where `npm run build` puts it. */
const PACKAGES = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces.map((dir) => ({
  dir,
  name: (JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string }).name,
}));
const distDir = (pkg: { dir: string }) => join(ROOT, pkg.dir, 'dist');

export interface BuiltPackages {
  plugin: Plugin;
  /** Every `@suivi/*` import resolved so far, with the file it resolved to. */
  resolved: Map<string, string>;
  /** Removes the temporary node_modules the plugin resolves from. */
  dispose(): void;
}

/** Throws, saying what to run, when a package has not been built. */
export function assertPackagesBuilt(): void {
  const missing = PACKAGES.filter((pkg) => !existsSync(join(distDir(pkg), 'package.json'))).map((pkg) => `${pkg.dir}/dist`);
  if (missing.length > 0) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first`);
}

export function builtSuiviPackages(): BuiltPackages {
  assertPackagesBuilt();
  // A node_modules holding only the built packages, linked: Vite follows the links to dist/, so a
  // built module's own imports (lit, react…) resolve from the repository's node_modules.
  const home = mkdtempSync(join(tmpdir(), 'suivi-built-packages-'));
  mkdirSync(join(home, 'node_modules', '@suivi'), { recursive: true });
  for (const pkg of PACKAGES) symlinkSync(distDir(pkg), join(home, 'node_modules', pkg.name), 'dir');
  // The importer Vite resolves from must exist, or Vite resolves from the project's root instead.
  const importer = join(home, 'index.js');
  writeFileSync(importer, '');
  const resolved = new Map<string, string>();
  const plugin: Plugin = {
    name: 'suivi-built-packages',
    enforce: 'pre',
    async resolveId(source, _importer, options) {
      if (!source.startsWith('@suivi/')) return null;
      const result = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!result) throw new Error(`${source} is not exported by the built package (npm run build)`);
      resolved.set(source, result.id);
      return result;
    },
  };
  return { plugin, resolved, dispose: () => rmSync(home, { recursive: true, force: true }) };
}
