// The benchmark page (bench/index.html), built by bench/run.mjs with the same decorator
// settings as the demo and Storybook, minified as a shop would ship it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { litLegacyDecoratorsOxcOptions } from '../scripts/vite-legacy-decorators.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  logLevel: 'warn',
  oxc: litLegacyDecoratorsOxcOptions,
  build: {
    outDir: fileURLToPath(new URL('./dist/page', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
});
