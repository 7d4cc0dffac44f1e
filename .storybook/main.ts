// Storybook for designers: every component and every state, in English and French, light and dark.
// Runs offline: telemetry is off, and the MSW worker script is served from public/.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { litLegacyDecoratorsOxcOptions } from '../scripts/vite-legacy-decorators.ts';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // public/mockServiceWorker.js must be served at the root for the worker to control every story.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      oxc: litLegacyDecoratorsOxcOptions,
      // @storybook/web-components imports lit/directive-helpers.js, which Vite's dev server would
      // otherwise serve as is, loading a second lit-html beside the pre-bundled one ("Multiple
      // versions of Lit loaded"); pre-bundled with the rest, it shares the one copy.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    }),
};

export default config;
