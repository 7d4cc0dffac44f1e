// One browser bundle of a components entry, made the way a store's build (or the script-tag kit)
// makes it: Vite in library mode, ES modules, minified without comments, every dependency inside
// (Lit, @lit/context, @lit/task, the SDK, the model, zod/mini; never the mock), dynamic import()s
// split into chunks next to the entry. Shared by the script-tag kit (cdn-bundle.mjs) and the size
// report (size.mjs), so the kit measured is the kit shipped.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { litLegacyDecoratorsOxcOptions } from '../vite-legacy-decorators.ts';
import { minifyTemplates } from './minify-templates.mjs';
import { ROOT } from './packages.mjs';
import { stripSchemaMeta } from './strip-schema-meta.mjs';
import { pureSchemaCalls } from './pure-schema-calls.mjs';

/** `chunks/<name>-<hash>.js`; a lazily defined element's chunk is named after its folder (`share-link-define`), not just `define`. */
function chunkFileName(chunk) {
  const folder = /\/src\/([^/]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1];
  return `chunks/${folder ? `${folder}-` : ''}[name]-[hash].js`;
}

/**
 * Bundles `entry` (a path from the repository root) into `outDir` as `fileName` plus its chunks
 * in `chunks/`. Returns each output file with whether the page loads it with the entry (the entry
 * and what it imports statically) or only on demand (reached through a dynamic import()).
 * `expectedLogs`: bundler warning codes the caller knows about and accepts. `lazyOnly`: when set,
 * every module it does not match goes into one chunk with the entry's code (`chunks/kit-*.js`), so
 * a bundle that loads everything up front is one file gzip reads as a whole, and only the modules
 * it matches are split off where they are import()ed.
 */
export async function bundle({ entry, outDir, fileName, expectedLogs = [], lazyOnly }) {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    oxc: litLegacyDecoratorsOxcOptions,
    plugins: [minifyTemplates(), stripSchemaMeta(), pureSchemaCalls()],
    // Nothing reads process.env in the kit today; a dependency that starts to would throw on a
    // plain page, where there is no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: 'oxc',
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: () => fileName },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        onLog(level, log, handler) {
          if (!expectedLogs.includes(log.code)) handler(level, log);
        },
        // Vite's ES library output keeps whitespace and annotations for the next bundler; this
        // one is the last: fully minified, no comments.
        output: {
          minify: true,
          comments: false,
          chunkFileNames: chunkFileName,
          ...(lazyOnly && { manualChunks: (id) => (lazyOnly.test(id) ? undefined : 'kit') }),
        },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((output) => output.output).filter((file) => file.type === 'chunk');
  const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules)).join('\n');
  if (/@suivi\/mocks|\/mocks\/src\/|\/msw\//.test(modules)) throw new Error(`the mock ended up in the bundle of ${entry}`);

  const byFileName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withPage = new Set();
  const loadWithPage = (chunk) => {
    if (withPage.has(chunk.fileName)) return;
    withPage.add(chunk.fileName);
    for (const imported of chunk.imports) if (byFileName.has(imported)) loadWithPage(byFileName.get(imported));
  };
  for (const chunk of chunks) if (chunk.isEntry) loadWithPage(chunk);
  const files = [];
  for (const chunk of chunks) {
    files.push({
      fileName: chunk.fileName,
      lazy: !withPage.has(chunk.fileName),
      code: await readFile(join(outDir, chunk.fileName), 'utf8'),
      /** Each bundled module's code as rendered in this chunk (after tree-shaking), by module id. */
      modules: Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [id, module.code ?? ''])),
    });
  }
  return files;
}
