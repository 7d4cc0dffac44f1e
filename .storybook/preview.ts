// Every story runs with the MSW worker started once (stories add handlers through
// `parameters.msw`), and with the toolbar switches designers need: language, theme and viewport.
import { type Decorator, type Preview, setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import customElements from '../packages/components/custom-elements.json';
import { ComponentDocsPage } from './component-docs-page.tsx';

// Controls and docs tables (attributes, properties, events, slots, CSS parts and custom
// properties, with their descriptions) come from the Custom Elements Manifest, generated from the
// class headers by `npm run analyze`, for every story whose meta names its `component` tag.
setCustomElementsManifest(customElements);

/**
 * Starts the worker ourselves rather than with the addon's default setup: the addon passes
 * `onUnhandledRequest`, which msw 3 renamed `onUnhandledFrame` and silently ignores, so every
 * Storybook asset request would print an "unhandled request" warning. Requests no story mocks
 * (the stories' own modules, fonts, HMR) go to the network untouched.
 */
async function startStorybookWorker() {
  const worker = setupWorker();
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  return worker;
}

export type StoryLocale = 'en' | 'fr';
export type StoryTheme = 'light' | 'dark';

/**
 * Applies the toolbar choices to the whole preview document: the components follow the nearest
 * `lang` and style themselves with `light-dark()`, which follows `color-scheme`. The page uses
 * the system colours Canvas/CanvasText so its background matches the chosen scheme.
 */
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale: StoryLocale = context.globals.locale === 'fr' ? 'fr' : 'en';
  const theme: StoryTheme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const root = document.documentElement;
  root.lang = locale;
  root.style.colorScheme = theme;
  root.style.background = 'Canvas';
  root.style.color = 'CanvasText';
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  return story();
};

const preview: Preview = {
  // A Docs page for every component (component-docs-page.tsx), its API table from the manifest.
  tags: ['autodocs'],
  loaders: [mswLoader(startStorybookWorker)],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'EN' },
          { value: 'fr', title: 'Français', right: 'FR' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    // A story that means a request to fail (the "unavailable" state answers 503) names it, e.g.
    // `parameters: { expectedFailedRequests: ['POST /api/v1/lookup'] }` (`*` is one path segment);
    // test/storybook/every-story.test.ts fails a story on any other failed request or error.
    expectedFailedRequests: [],
    layout: 'padded',
    controls: { expanded: true },
    docs: { page: ComponentDocsPage },
    // The viewport toolbar: 320 px wide (WCAG's reflow width), a large phone, a tablet, a desktop.
    viewport: { options: MINIMAL_VIEWPORTS },
    // Our own theme switch drives the background; the built-in one would fight it.
    backgrounds: { disable: true },
  },
};

export default preview;
