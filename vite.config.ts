// `npm start`: the demo site (demo/index.html, and the shop's admin at admin.html) on the embedded mock API, at http://127.0.0.1:5173.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { litLegacyDecoratorsOxcOptions } from './scripts/vite-legacy-decorators.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./demo'),
  // public/ holds mockServiceWorker.js, which must be served at /mockServiceWorker.js.
  publicDir: fromRoot('./public'),
  oxc: litLegacyDecoratorsOxcOptions,
  server: {
    host: '127.0.0.1',
    port: 5173,
    // A second `npm start` should say the port is taken, not quietly move to another URL.
    strictPort: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: fromRoot('./dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    // Browsers with CSS light-dark(): left to them, the theme switch (color-scheme on <html>)
    // recolours the demo's page. An older CSS target makes the minifier rewrite light-dark() into
    // variables set by prefers-color-scheme only, and the built demo stayed light when set to dark.
    cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
    // Two pages: the shopper's order status and the shop's admin.
    rolldownOptions: {
      input: { main: fromRoot('./demo/index.html'), admin: fromRoot('./demo/admin.html') },
    },
  },
});
