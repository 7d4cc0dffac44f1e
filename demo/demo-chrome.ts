/**
 * Templates for what surrounds the component on the demo page: the header with the language and
 * theme switches, the orders to try, the carrier clock and the simulated problems. Plain radios
 * and buttons, so keyboard and screen-reader use come from the platform.
 */
import type { OutboxMessage } from '@suivi/mocks';
import { html, nothing } from 'lit';
import { DEMO_LOCALES, demoMessages, type DemoLocale } from './demo-messages.ts';
import { outboxTemplate } from './outbox-panel.ts';
import { resetDataTemplate } from './reset-data.ts';
import { DEMO_FAULTS, type DemoFault, simulateFault } from './fault-switch.ts';
import type { SetupWorker } from 'msw/browser';
import { DEMO_THEMES, type DemoTheme } from './preferences.ts';
import { shareTokenInAddress } from './share-route.ts';

/** One showcase order as the mock describes it. */
export interface OrderToTry {
  orderNumber: string;
  email: string;
  summary: Record<DemoLocale, string>;
}

export interface DemoView {
  locale: DemoLocale;
  theme: DemoTheme;
  orders: readonly OrderToTry[];
  /** The last thing the clock did, announced politely; empty before the first press. */
  clockReport: string;
  /** Set when the mock API could not start. */
  failure: string | null;
  /** The mock's service worker is running, so its handlers can be swapped. */
  mockReady: boolean;
  /** The problem the mock is simulating. */
  fault: DemoFault;
  /** The last change of simulated problem, announced politely; empty before the first change. */
  faultReport: string;
  /** What the mock would have sent so far, oldest first. */
  outbox: readonly OutboxMessage[];
  /** What "make share links expire" did, announced politely. */
  shareReport: string;
}

export interface DemoActions {
  chooseLocale(locale: DemoLocale): void;
  chooseTheme(theme: DemoTheme): void;
  advanceClock(): void;
  simulate(fault: DemoFault): void;
  expireShareLinks(): void;
}

const LOCALE_NAMES: Record<DemoLocale, { short: string; name: string }> = {
  en: { short: 'EN', name: 'English' },
  fr: { short: 'FR', name: 'Français' },
};

/** The demo's two pages: the shopper's order status (index.html) and the shop's back office (admin.html). */
export type DemoPage = 'shopper' | 'admin';

const PAGE_ADDRESSES: Record<DemoPage, string> = { shopper: './', admin: './admin.html' };

/** The header: the links between the demo's pages (the current one marked for screen readers), then language and theme. */
export function headerTemplate(view: Pick<DemoView, 'locale' | 'theme'>, actions: Pick<DemoActions, 'chooseLocale' | 'chooseTheme'>, page: DemoPage = 'shopper') {
  const t = demoMessages[view.locale];
  const themeLabel: Record<DemoTheme, string> = { light: t.themeLight, dark: t.themeDark, system: t.themeSystem };
  const pageLabel: Record<DemoPage, string> = { shopper: t.shopperPageLink, admin: t.adminPageLink };
  return html`
    <div class="brand">
      <p class="title">${t.title}</p>
      <p class="tagline">${t.tagline}</p>
    </div>
    <nav class="pages" aria-label=${t.pagesNavLabel}>
      <ul>
        ${(['shopper', 'admin'] as const).map(
          (target) => html`<li><a href=${PAGE_ADDRESSES[target]} aria-current=${target === page ? 'page' : nothing}>${pageLabel[target]}</a></li>`,
        )}
      </ul>
    </nav>
    <form class="switches" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset class="segmented">
        <legend>${t.languageLegend}</legend>
        ${DEMO_LOCALES.map(
          (locale) => html`
            <label>
              <input
                type="radio"
                name="locale"
                .value=${locale}
                .checked=${view.locale === locale}
                @change=${() => actions.chooseLocale(locale)}
              />
              <span lang=${locale}><abbr title=${LOCALE_NAMES[locale].name}>${LOCALE_NAMES[locale].short}</abbr></span>
            </label>
          `,
        )}
      </fieldset>
      <fieldset class="segmented">
        <legend>${t.themeLegend}</legend>
        ${DEMO_THEMES.map(
          (theme) => html`
            <label>
              <input type="radio" name="theme" .value=${theme} .checked=${view.theme === theme} @change=${() => actions.chooseTheme(theme)} />
              <span>${themeLabel[theme]}</span>
            </label>
          `,
        )}
      </fieldset>
    </form>
  `;
}

/**
 * The demo's tools beside the page. On a page opened from a share link the tools that list
 * shoppers' e-mails and phone numbers (the orders to try, the outbox) are left out: whoever opens
 * a shared link sees the order's progress and nothing personal, the demo's own panels included.
 */
export function asideTemplate(view: DemoView, actions: DemoActions) {
  const t = demoMessages[view.locale];
  const shared = shareTokenInAddress() !== null;
  return html`
    ${shared ? nothing : ordersToTryTemplate(view)}
    <section aria-labelledby="clock-heading">
      <h2 id="clock-heading">${t.clockHeading}</h2>
      <p class="hint">${t.clockIntro}</p>
      <button type="button" class="clock" ?disabled=${view.failure !== null} @click=${actions.advanceClock}>${t.clockButton}</button>
      <p class="clock-report" role="status">${view.clockReport || nothing}</p>
      <button type="button" class="clock secondary" ?disabled=${!view.mockReady} @click=${actions.expireShareLinks}>${t.expireLinksButton}</button>
      <p class="clock-report" role="status">${view.shareReport || nothing}</p>
    </section>
    ${shared ? nothing : outboxTemplate(view.outbox, view.locale)}
    ${resetDataTemplate(view.locale)} ${faultSwitchTemplate(view, actions)}
  `;
}

/** The fault switch's action on either page: `fault` put in effect on the worker, and the change said politely. */
export function switchFault(worker: Pick<SetupWorker, 'use' | 'resetHandlers'>, view: Pick<DemoView, 'locale' | 'fault' | 'faultReport'>, fault: DemoFault): void {
  simulateFault(worker, fault);
  view.fault = fault;
  view.faultReport = demoMessages[view.locale].faultAnnouncements[fault];
}

/** "Simulate a problem": the fault switch (demo/fault-switch.ts), on the shopper's page and the admin page alike. */
export function faultSwitchTemplate(view: Pick<DemoView, 'locale' | 'mockReady' | 'fault' | 'faultReport'>, actions: Pick<DemoActions, 'simulate'>) {
  const t = demoMessages[view.locale];
  return html`
    <section aria-labelledby="faults-heading">
      <h2 id="faults-heading">${t.faultsHeading}</h2>
      <p class="hint" id="faults-intro">${t.faultsIntro}</p>
      <fieldset class="faults" aria-labelledby="faults-heading" aria-describedby="faults-intro" ?disabled=${!view.mockReady}>
        ${DEMO_FAULTS.map(
          (fault) => html`
            <label>
              <input type="radio" name="fault" .value=${fault} .checked=${view.fault === fault} @change=${() => actions.simulate(fault)} />
              <span>${t.faultLabels[fault]}</span>
            </label>
          `,
        )}
      </fieldset>
      <p class="fault-report" role="status">${view.faultReport || nothing}</p>
    </section>
  `;
}

/** The showcase orders with their e-mails, and what to try with them. */
function ordersToTryTemplate(view: DemoView) {
  const t = demoMessages[view.locale];
  return html`
    <section aria-labelledby="orders-heading">
      <h2 id="orders-heading">${t.ordersHeading}</h2>
      <p class="hint">${t.ordersIntro}</p>
      <ul class="orders">
        ${view.orders.map(
          (order) => html`
            <li>
              <dl>
                <div><dt>${t.orderNumberLabel}</dt><dd><code class="copyable">${order.orderNumber}</code></dd></div>
                <div><dt>${t.emailLabel}</dt><dd><code class="copyable">${order.email}</code></dd></div>
              </dl>
              <p class="summary">${order.summary[view.locale]}</p>
            </li>
          `,
        )}
      </ul>
      <p class="hint try-these">${t.tryThese}</p>
    </section>
    <section aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">${t.scenariosHeading}</h2>
      <ul class="scenarios">
        ${t.scenarios.map((scenario) => html`<li>${scenario}</li>`)}
      </ul>
    </section>
  `;
}

export function footerTemplate(view: Pick<DemoView, 'locale' | 'failure'>) {
  const t = demoMessages[view.locale];
  return html`
    ${view.failure ? html`<p class="failure" role="alert">${t.startFailed} <code>${view.failure}</code></p>` : nothing}
    <p>${t.footer}</p>
  `;
}
