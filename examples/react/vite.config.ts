// The React example: `npx vite --config examples/react/vite.config.ts` (with `npm run mock:server`
// running), or built by test/build/framework-examples.test.ts. In this repository @suivi/* resolve to
// the workspace's TypeScript sources, whose Lit decorators need compiling as tsc would; a shop
// installing the published packages gets plain JavaScript and needs none of this.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { litLegacyDecoratorsOxcOptions } from '../../scripts/vite-legacy-decorators.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  oxc: { ...litLegacyDecoratorsOxcOptions, jsx: { runtime: 'automatic' } },
  build: { target: 'es2022' },
});
