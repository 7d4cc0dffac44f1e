// Vite's config for the React example, as it sits in a shop's project beside index.html: Vite 8
// compiles JSX with Oxc, here with React's automatic runtime (no `import React` in each file).
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
});
