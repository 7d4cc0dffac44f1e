// Vite's config for the Vue example, as it sits in a shop's project beside index.html. Vue's
// template compiler must know that the suivi-* tags are custom elements, not Vue components.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('suivi-') } } })],
});
