/**
 * The demo admin page's side panel: things to try, the pretend shop's controls (carrier clock, a
 * new order, a second admin view), the outbox and the same "Simulate a problem" switch as the
 * shopper's page (a 503 with Retry-After, a dropped network, a slow one) for the back office. Plain buttons and lists, so keyboard and
 * screen-reader use come from the platform; each control's result is said politely.
 */
import type { OutboxMessage } from '@suivi/mocks';
import { html, nothing } from 'lit';
import { adminDemoMessages } from './admin-messages.ts';
import { faultSwitchTemplate } from './demo-chrome.ts';
import type { DemoLocale } from './demo-messages.ts';
import type { DemoFault } from './fault-switch.ts';
import { outboxTemplate } from './outbox-panel.ts';
import { resetDataTemplate } from './reset-data.ts';

export interface AdminDemoView {
  locale: DemoLocale;
  /** Set when the mock API could not start. */
  failure: string | null;
  /** The mock's service worker is running. */
  mockReady: boolean;
  /** The last thing the shop controls did, announced politely; empty before the first press. */
  shopReport: string;
  /** A second <suivi-order-admin> is shown beside the first. */
  secondView: boolean;
  outbox: readonly OutboxMessage[];
  /** The network problem simulated on the API's routes ("Simulate a problem"), and what was said about it. */
  fault: DemoFault;
  faultReport: string;
}

export interface AdminDemoActions {
  advanceClock(): void;
  addOrder(): void;
  toggleSecondView(): void;
  simulate(fault: DemoFault): void;
}

export function adminToolsTemplate(view: AdminDemoView, actions: AdminDemoActions) {
  const t = adminDemoMessages[view.locale];
  return html`
    <section aria-labelledby="try-heading">
      <h2 id="try-heading">${t.tryHeading}</h2>
      <ol class="scenarios">
        ${t.tryThis.map((step) => html`<li>${step}</li>`)}
      </ol>
      <p class="hint two-views">${t.twoViewsNote}</p>
    </section>
    <section aria-labelledby="shop-heading">
      <h2 id="shop-heading">${t.shopHeading}</h2>
      <p class="hint">${t.shopIntro}</p>
      <div class="shop-controls">
        <button type="button" class="clock" ?disabled=${!view.mockReady} @click=${actions.advanceClock}>${t.clockButton}</button>
        <button type="button" class="clock" ?disabled=${!view.mockReady} @click=${actions.addOrder}>${t.newOrderButton}</button>
        <button type="button" class="clock secondary" aria-pressed=${view.secondView ? 'true' : 'false'} ?disabled=${!view.mockReady} @click=${actions.toggleSecondView}>
          ${view.secondView ? t.secondViewClose : t.secondViewOpen}
        </button>
      </div>
      <p class="clock-report" role="status">${view.shopReport || nothing}</p>
    </section>
    ${outboxTemplate(view.outbox, view.locale)}
    ${resetDataTemplate(view.locale)} ${faultSwitchTemplate(view, actions)}
  `;
}
