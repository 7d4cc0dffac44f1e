/**
 * The demo admin page's "Simulate a problem" switch, used as a checker uses it: pick a problem in
 * the admin page's tools (demo/admin-tools.ts, the shopper page's switch), act on an order in the
 * back office, read what the panel says, switch back to None and press "Try again". The tools are
 * the admin page's own template wired to the shared test worker as demo/admin-main.ts wires them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import type { SuiviOrderAdmin } from '@suivi/components';
import '@suivi/components/define/order-admin';
import { adminToolsTemplate, type AdminDemoActions, type AdminDemoView } from '../../demo/admin-tools.ts';
import { demoMessages } from '../../demo/demo-messages.ts';
import { switchFault } from '../../demo/demo-chrome.ts';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { button, press, textOf } from './support/shopper.ts';
import { expectAccessibleLightAndDark } from './support/both-schemes.ts';

/** The admin page's tools and one back office, as on demo/admin.html (with its stylesheets). */
async function renderAdminDemo(locale: AdminDemoView['locale'] = 'en') {
  const container = await fixture<HTMLElement>(html`
    <div lang=${locale}>
      <link rel="stylesheet" href="/demo/demo.css" />
      <link rel="stylesheet" href="/demo/admin.css" />
      <main><suivi-order-admin base-url="/api" admin-key=${api.adminKey} undo-seconds="0"></suivi-order-admin></main>
      <aside aria-label="Demo tools"></aside>
    </div>
  `);
  const aside = container.querySelector('aside')!;
  const view: AdminDemoView = { locale, failure: null, mockReady: true, shopReport: '', secondView: false, outbox: [], fault: 'none', faultReport: '' };
  const draw = () => render(adminToolsTemplate(view, actions), aside);
  // The same wiring as demo/admin-main.ts (switchFault), redrawing this aside.
  const actions: AdminDemoActions = {
    advanceClock() {},
    addOrder() {},
    toggleSecondView() {},
    simulate(fault) {
      switchFault(worker, view, fault);
      draw();
    },
  };
  draw();
  const admin = container.querySelector<SuiviOrderAdmin>('suivi-order-admin')!;
  await waitUntil(() => admin.shadowRoot!.querySelector('suivi-order-table')?.shadowRoot?.querySelector('.body [data-order-id]'), 'no rows arrived');
  return { container, aside, admin };
}

/** A radio of the tools by its visible label. */
function radio(aside: HTMLElement, label: string): HTMLInputElement {
  const found = [...aside.querySelectorAll('label')].find((candidate) => textOf(candidate) === label);
  if (!found) throw new Error(`No radio labelled "${label}"`);
  return found.querySelector('input')!;
}

describe('demo admin page: Simulate a problem', () => {
  useMockApi();

  it('offers the shopper page’s switch, accessible in light and dark, English and French', async () => {
    for (const locale of ['en', 'fr'] as const) {
      const { aside } = await renderAdminDemo(locale);
      expect(textOf(aside.querySelector('#faults-heading'))).to.equal(demoMessages[locale].faultsHeading);
      expect(radio(aside, demoMessages[locale].faultLabels.none).checked).to.equal(true);
      await expectAccessibleLightAndDark(aside);
    }
  });

  it('API unreachable: an order opened in the back office says it could not be loaded; back to None, it opens and a change goes through', async () => {
    const { aside, admin } = await renderAdminDemo();
    const tableRoot = admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;
    const dialog = admin.shadowRoot!.querySelector('dialog')!;
    const openFirstOrder = async () => {
      const number = tableRoot.querySelector<HTMLElement>('.body [data-position="0"] [data-column="orderNumber"]')!;
      number.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog.open && admin.shadowRoot!.querySelector('suivi-order-detail'), 'panel not open');
      return admin.shadowRoot!.querySelector('suivi-order-detail')!;
    };
    radio(aside, 'None').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(aside, 'API unreachable (network error)').checked).to.equal(true);
    expect(textOf(aside.querySelector('.fault-report'))).to.equal('Simulating: the order API cannot be reached.');

    let detail = await openFirstOrder();
    await waitUntil(() => textOf(detail.shadowRoot).includes('The order could not be loaded.'), 'no failure shown', { timeout: 8000 });
    expect(button(detail.shadowRoot!, 'Try again')).to.not.equal(undefined);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the panel');

    await press(radio(aside, 'API unreachable (network error)'), 'ArrowUp');
    expect(radio(aside, 'None').checked).to.equal(true);
    detail = await openFirstOrder();
    await waitUntil(() => detail.order, 'the order did not load once the problem was gone', { timeout: 5000 });
    const order = detail.order!;
    // The newest order of the seed is open: archiving it goes through now.
    expect(order.state).to.equal('open');
    await press(detail.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="archive"]')!, 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.state === 'archived', 'the change did not go through');
    expect(textOf(detail.shadowRoot!.querySelector('[part="outcome"]'))).to.equal('Order archived.');
  });
});
