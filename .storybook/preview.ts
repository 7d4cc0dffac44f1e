// Every story runs with the MSW worker started once (stories add handlers through
// `parameters.msw`), and with the toolbar switches designers need: language, theme and viewport.
import { type Decorator, type Preview, type WebComponentsRenderer, setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import customElements from '../packages/components/custom-elements.json';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { ComponentDocsPage } from './component-docs-page.tsx';
import { themeStyle, toolbarChoices } from './toolbar-choices.ts';
import { applyControlledArgs, isManifestArg, manifestArgTypes, manifestDescription, manifestEventNames } from './manifest-api.ts';

// Controls and docs tables (attributes, properties, events, slots, CSS parts and custom
// properties, with their descriptions) come from the Custom Elements Manifest, generated from the
// class headers by `npm run analyze`, for every story whose meta names its `component` tag: read
// by manifest-api.ts (parameters.docs below); registered here too for Storybook's own helpers.
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

/** Stories' wrappers already listening for the kit's events (the Actions panel). */
const listening = new WeakSet<Element>();

/** Logs an event of the kit in the Actions panel: its name, the element that fired it and what it carries. */
function logEvent(event: Event): void {
  const carried = Object.fromEntries(Object.entries(event));
  action(event.type)({ target: (event.composedPath()[0] as Element | undefined)?.localName, ...carried });
}

/**
 * Applies the toolbar choices and the controls to each story, on its own page and on Docs pages
 * alike. The story sits in a wrapper carrying `lang` and `color-scheme`: the components follow the
 * nearest `lang` and style themselves with `light-dark()`, which follows the inherited
 * `color-scheme` (on a Docs page Storybook wraps the content in `lang="en"`, so setting the document's
 * alone is not enough). On a story's own page the whole document follows too, its background the
 * system colour Canvas. The wrapper also logs every event of the kit in the Actions panel, and
 * sets the story's element as the controls say (manifest-api.ts), once the story has rendered.
 */
const withToolbarsAndControls: Decorator = (story, context) => {
  const { locale, theme } = toolbarChoices(context.globals);
  const docs = context.viewMode === 'docs';
  if (!docs) {
    const root = document.documentElement;
    root.lang = locale;
    root.style.colorScheme = theme;
    root.style.background = 'Canvas';
    root.style.color = 'CanvasText';
    document.body.style.background = 'Canvas';
    document.body.style.color = 'CanvasText';
  }
  const { args, initialArgs, component } = context;
  const wrapped = (wrapper: Element | undefined) => {
    if (!wrapper) return;
    if (!listening.has(wrapper)) {
      listening.add(wrapper);
      for (const name of manifestEventNames) wrapper.addEventListener(name, logEvent);
    }
    // After the story's own render, which Lit finishes in the same task.
    queueMicrotask(() => applyControlledArgs(wrapper, component, args, initialArgs));
  };
  const style = `${themeStyle(theme)}${docs ? ' padding: 1rem; border-radius: 0.5rem;' : ''}`;
  return html`<div class="suivi-story" lang=${locale} style=${style} ${ref(wrapped)}>${story()}</div>`;
};

/**
 * Args a story adds for itself (which showcase order to look up, whether to show the outbox…) are
 * not the element's API: the table lists them apart, under "story options", and leaves out those a
 * designer cannot change (no control). The element's own rows come from the manifest.
 */
/** `control: false` in a story is normalised to `{ disable: true }` before enhancers see it. */
const hasNoControl = ({ control }: { control?: unknown }) => control === false || (typeof control === 'object' && control !== null && 'disable' in control && control.disable === true);

const storyOptionsApart: ArgTypesEnhancer<WebComponentsRenderer> = ({ component, argTypes }) => {
  if (typeof component !== 'string') return argTypes;
  return Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) =>
      isManifestArg(component, key) ? [key, argType] : [key, { ...argType, table: { ...argType.table, category: 'story options', ...(hasNoControl(argType) ? { disable: true } : {}) } }],
    ),
  );
};

const preview: Preview = {
  // A Docs page for every component (component-docs-page.tsx), its API table from the manifest.
  tags: ['autodocs'],
  loaders: [mswLoader(startStorybookWorker)],
  decorators: [withToolbarsAndControls],
  argTypesEnhancers: [storyOptionsApart],
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
    // The element's rows from the manifest, one per attribute or property (see manifest-api.ts).
    docs: { page: ComponentDocsPage, extractArgTypes: manifestArgTypes, extractComponentDescription: manifestDescription },
    // The viewport toolbar: 320 px wide (WCAG's reflow width), a large phone, a tablet, a desktop.
    viewport: { options: MINIMAL_VIEWPORTS },
    // Our own theme switch drives the background; the built-in one would fight it.
    backgrounds: { disable: true },
  },
};

export default preview;
