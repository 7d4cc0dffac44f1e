/**
 * The demo's admin page: the shop's back office, <suivi-order-admin>, on the same in-browser mock
 * API as the shopper's page (demo/mock-setup.ts), with the pretend shop's controls beside it. The
 * worker starts before the element is imported, so its very first request is answered by the mock.
 */
import { html, nothing, render } from 'lit';
import { adminMockControlPaths } from '@suivi/mocks';
import { startMockWorker } from '@suivi/mocks/browser';
import type { SetupWorker } from 'msw/browser';
import { adminDemoMessages } from './admin-messages.ts';
import { adminToolsTemplate, type AdminDemoActions, type AdminDemoView } from './admin-tools.ts';
import { footerTemplate, headerTemplate, switchFault } from './demo-chrome.ts';
import type { DemoLocale } from './demo-messages.ts';
import { advanceDemoClock, createDemoMockApi } from './mock-setup.ts';
import { applyLocale, applyTheme, initialLocale, initialTheme, type DemoTheme } from './preferences.ts';

const api = createDemoMockApi();

const view: AdminDemoView & { theme: DemoTheme } = {
  locale: initialLocale(),
  theme: initialTheme(),
  failure: null,
  mockReady: false,
  shopReport: '',
  secondView: false,
  outbox: api.store.outbox.all(),
  fault: 'none',
  faultReport: '',
};

/** Set once the service worker runs; a simulated problem is handlers put in front of the mock's. */
let worker: SetupWorker | undefined;

// The outbox follows what the mock "sends" (shipping e-mails once the undo time is over), as it happens.
api.store.outbox.subscribe(() => {
  view.outbox = api.store.outbox.all();
  update();
});

function say(report: string): void {
  view.shopReport = report;
  update();
}

const actions: AdminDemoActions & Parameters<typeof headerTemplate>[1] = {
  chooseLocale(locale: DemoLocale) {
    view.locale = locale;
    view.shopReport = '';
    view.faultReport = '';
    update();
  },
  chooseTheme(theme: DemoTheme) {
    view.theme = theme;
    update();
  },
  async advanceClock() {
    const moved = await advanceDemoClock(api);
    say(adminDemoMessages[view.locale].shipmentsMoved(moved));
  },
  async addOrder() {
    // Through the mock's HTTP control, like any other client: the order then reaches the back office on its live feed.
    const t = adminDemoMessages[view.locale];
    try {
      const response = await fetch(`/api${adminMockControlPaths.newOrder}`, { method: 'POST' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const order = (await response.json()) as { orderNumber: string };
      say(t.newOrderArrived(order.orderNumber));
    } catch {
      say(t.newOrderFailed);
    }
  },
  simulate(fault) {
    if (!worker) return;
    switchFault(worker, view, fault);
    update();
  },
  toggleSecondView() {
    view.secondView = !view.secondView;
    const t = adminDemoMessages[view.locale];
    say(view.secondView ? t.secondViewOpened : t.secondViewClosed);
  },
};

/** One back office; the second view is the same element on the same mock, as a colleague's screen would be. */
function adminTemplate(headingId: string, heading: string, level: 1 | 2) {
  return html`<section class="admin-view" aria-labelledby=${headingId}>
    ${level === 1 ? html`<h1 id=${headingId} class="view-heading">${heading}</h1>` : html`<h2 id=${headingId} class="view-heading">${heading}</h2>`}
    <suivi-order-admin base-url="/api" admin-key=${api.adminKey}></suivi-order-admin>
  </section>`;
}

function update(): void {
  applyLocale(view.locale);
  applyTheme(view.theme);
  const t = adminDemoMessages[view.locale];
  document.title = t.documentTitle;
  document.querySelector('.skip-link')!.textContent = t.skipLink;
  document.getElementById('demo-aside')!.setAttribute('aria-label', t.toolsLabel);
  render(headerTemplate(view, actions, 'admin'), document.getElementById('demo-header')!);
  render(adminToolsTemplate(view, actions), document.getElementById('demo-aside')!);
  render(footerTemplate(view), document.getElementById('demo-footer')!);
  render(
    html`<div class="admin-views ${view.secondView ? 'two' : ''}">
      ${view.mockReady ? adminTemplate('admin-heading', t.adminHeading, 1) : nothing}
      ${view.mockReady && view.secondView ? adminTemplate('second-admin-heading', t.secondViewHeading, 2) : nothing}
    </div>`,
    document.getElementById('content')!,
  );
}

update();

try {
  worker = await startMockWorker(api, { quiet: true });
  view.mockReady = true;
} catch (error) {
  view.failure = error instanceof Error ? error.message : String(error);
}
update();
await import('@suivi/components/define/order-admin');
