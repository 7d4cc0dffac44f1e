/**
 * The demo's side panel (demo/demo-chrome.ts) drawn into a test's element the way demo/main.ts
 * draws it, for the tests of its tools: the view starts as a freshly opened demo's (light, the
 * mock's showcase orders, no problem simulated, nothing announced yet) and every action does
 * nothing until the test wires the ones it drives.
 */
import { render } from 'lit';
import { asideTemplate, type DemoActions, type DemoView } from '../../../demo/demo-chrome.ts';
import { api } from './mock-api.ts';

export interface DemoAside {
  /** The view the panel shows; change it, then `draw()`, as demo/main.ts does. */
  view: DemoView;
  /** Renders the panel from `view` again. */
  draw(): void;
}

export interface DemoAsideOptions {
  locale?: DemoView['locale'];
  /** Fields of the view that start otherwise (the mock's outbox, for a test that follows it). */
  view?: Partial<DemoView>;
  /** The actions the test drives, given the panel so they can change its view and draw it. */
  actions?: (panel: DemoAside) => Partial<DemoActions>;
}

/** Draws the panel into `aside` and returns its view and redraw. */
export function drawDemoAside(aside: HTMLElement, { locale = 'en', view: start = {}, actions = () => ({}) }: DemoAsideOptions = {}): DemoAside {
  const view: DemoView = {
    locale,
    theme: 'light',
    orders: api.showcase,
    clockReport: '',
    failure: null,
    mockReady: true,
    fault: 'none',
    faultReport: '',
    outbox: [],
    shareReport: '',
    ...start,
  };
  const panel: DemoAside = { view, draw: () => render(asideTemplate(view, wired), aside) };
  const wired: DemoActions = {
    chooseLocale() {},
    chooseTheme() {},
    advanceClock() {},
    simulate() {},
    expireShareLinks() {},
    ...actions(panel),
  };
  panel.draw();
  return panel;
}
