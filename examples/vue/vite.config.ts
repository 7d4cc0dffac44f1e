// The Vue example: `npx vite --config examples/vue/vite.config.ts` (with `npm run mock:server`
// running), or built by test/build/framework-examples.test.ts. Vue's compiler must know the
// suivi-* tags are custom elements, not Vue components. In this repository @suivi/* resolve to the
// workspace's TypeScript sources, whose Lit decorators need compiling as tsc would; a shop
// installing the published packages needs only the `isCustomElement` line.
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { litLegacyDecoratorsOxcOptions } from '../../scripts/vite-legacy-decorators.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('suivi-') } } })],
  oxc: litLegacyDecoratorsOxcOptions,
  build: { target: 'es2022' },
});
