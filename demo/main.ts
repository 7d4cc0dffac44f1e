/**
 * The demo site: the order status page a merchant would embed, running on the mock API in the
 * browser. The worker starts before the components are imported, so their very first request is
 * already answered by the mock.
 */
import { html, render } from 'lit';
import { startMockWorker } from '@suivi/mocks/browser';
import type { SetupWorker } from 'msw/browser';
import { asideTemplate, footerTemplate, headerTemplate, switchFault, type DemoActions, type DemoView } from './demo-chrome.ts';
import { demoMessages } from './demo-messages.ts';
import { applyLocale, applyTheme, initialLocale, initialTheme } from './preferences.ts';
import { advanceDemoClock, createDemoMockApi } from './mock-setup.ts';
import { shareTokenInAddress, statusPageUrl } from './share-route.ts';

/** The default seed, anchored on now (see mock-setup.ts). Share links point back at this page. */
const api = createDemoMockApi();

/** Set when this page was opened from a share link: it then shows the shared order instead of the status page. */
const shareToken = shareTokenInAddress();
// The page's static <suivi-order-status> gives way to the shared view (render() adds beside what is there).
if (shareToken) document.querySelector('#content > suivi-order-status')?.remove();

const view: DemoView = {
  locale: initialLocale(),
  theme: initialTheme(),
  orders: api.showcase,
  clockReport: '',
  failure: null,
  mockReady: false,
  fault: 'none',
  faultReport: '',
  outbox: api.store.outbox.all(),
  shareReport: '',
};

// The outbox panel follows what the mock "sends", as it happens.
api.store.outbox.subscribe(() => {
  view.outbox = api.store.outbox.all();
  update();
});

/** Set once the service worker runs; the simulated problems are handlers swapped on it. */
let worker: SetupWorker | undefined;

/** One carrier tick (in every open demo tab), reported politely on the page; resolves with how many shipments moved. */
async function advanceClock(): Promise<number> {
  const moved = await advanceDemoClock(api);
  view.clockReport = demoMessages[view.locale].shipmentsMoved(moved);
  update();
  return moved;
}

const actions: DemoActions = {
  chooseLocale(locale) {
    view.locale = locale;
    view.clockReport = '';
    view.faultReport = '';
    update();
  },
  chooseTheme(theme) {
    view.theme = theme;
    update();
  },
  advanceClock() {
    void advanceClock();
  },
  expireShareLinks() {
    view.shareReport = demoMessages[view.locale].linksExpired(api.shareLinks.expireNow());
    update();
  },
  simulate(fault) {
    if (!worker) return;
    switchFault(worker, view, fault);
    update();
  },
};

/**
 * What scripts may drive on the demo page (scripts/measure-shopper-page.mjs times a live update
 * from the moment the clock moves). Set here only: the components know nothing of it.
 */
export interface DemoHooks {
  /** Moves the carriers one tick, as the button does; resolves with how many shipments moved. */
  advanceClock(): Promise<number>;
}

declare global {
  interface Window {
    suiviDemo?: DemoHooks;
  }
}

window.suiviDemo = { advanceClock };

function update(): void {
  applyLocale(view.locale);
  applyTheme(view.theme);
  const t = demoMessages[view.locale];
  document.title = `${t.title}: ${t.ordersHeading.toLowerCase()}`;
  document.querySelector('.skip-link')!.textContent = t.skipLink;
  document.getElementById('demo-aside')!.setAttribute('aria-label', t.asideLabel);
  render(headerTemplate(view, actions), document.getElementById('demo-header')!);
  render(asideTemplate(view, actions), document.getElementById('demo-aside')!);
  render(footerTemplate(view), document.getElementById('demo-footer')!);
  if (shareToken) {
    document.querySelector('.skip-link')!.textContent = t.sharedBack;
    render(
      html`<p class="shared-back"><a href=${statusPageUrl()}>${t.sharedBack}</a></p>
        <suivi-shared-order base-url="/api" token=${shareToken}></suivi-shared-order>`,
      document.getElementById('content')!,
    );
  }
}

update();

try {
  worker = await startMockWorker(api, { quiet: true });
  view.mockReady = true;
} catch (error) {
  view.failure = error instanceof Error ? error.message : String(error);
}
update();
await (shareToken ? import('@suivi/components/define/shared-order') : import('@suivi/components/define/order-status'));
