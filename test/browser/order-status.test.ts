import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { formatMoney, type Order } from '@suivi/model';
import type { SuiviOrderStatus } from '@suivi/components';
import '@suivi/components/define/order-status';
import { api, useMockApi, worker } from './support/mock-api.ts';

/** Where the mock API answers (see test/browser/support/mock-api.ts). */
const API_BASE_URL = '/api';
const EVENTS_URL = '/api/v1/orders/:orderId/events';

function showcase(orderNumber: string): { email: string; order: Order } {
  const entry = api.showcase.find((candidate) => candidate.orderNumber === orderNumber);
  const order = api.store.getByNumber(orderNumber);
  if (!entry || !order) throw new Error(`No showcase order ${orderNumber}`);
  return { email: entry.email, order };
}

/** The page's own shadow root. */
function page(el: SuiviOrderStatus): ShadowRoot {
  return el.shadowRoot!;
}

/** The shadow root of an element the page renders (lookup, summary, timeline). */
function inner(el: SuiviOrderStatus, tag: string): ShadowRoot | null {
  return page(el).querySelector(tag)?.shadowRoot ?? null;
}

function lookupField(el: SuiviOrderStatus, label: string): HTMLInputElement {
  const root = inner(el, 'suivi-order-lookup')!;
  const labelElement = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  if (!labelElement) throw new Error(`No field labelled "${label}"`);
  return root.getElementById(labelElement.htmlFor) as HTMLInputElement;
}

function heading(el: SuiviOrderStatus): HTMLElement | null {
  return page(el).querySelector('[part="heading"]');
}

function liveText(el: SuiviOrderStatus): string {
  return page(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function announced(el: SuiviOrderStatus): string {
  return inner(el, 'suivi-order-timeline')?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

function pageButton(el: SuiviOrderStatus, name: string): HTMLButtonElement | undefined {
  return [...page(el).querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
}

/** What a person does: type the number and e-mail into the form and press Enter. */
async function lookUp(el: SuiviOrderStatus, orderNumber: string, email: string, labels = { number: 'Order number', email: 'E-mail address' }) {
  await waitUntil(() => inner(el, 'suivi-order-lookup')?.querySelector('input'), 'the form never rendered');
  lookupField(el, labels.number).focus();
  await sendKeys({ type: orderNumber });
  lookupField(el, labels.email).focus();
  await sendKeys({ type: email });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => heading(el), 'the order never showed', { timeout: 5000 });
}

describe('<suivi-order-status>', () => {
  useMockApi();

  describe("the shop's own content", () => {
    it('shows its help under the lookup form, and its message under the order heading only once the order shows', async () => {
      const { email } = showcase('#1001');
      const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}>
        <p slot="help">Your order number is in the confirmation e-mail. <a href="#contact">Contact us</a></p>
        <p slot="message">We are closed from 24 to 26 December: parcels leave again on the 27th.</p>
      </suivi-order-status>`);
      const help = el.querySelector<HTMLElement>('[slot="help"]')!;
      const message = el.querySelector<HTMLElement>('[slot="message"]')!;
      await waitUntil(() => inner(el, 'suivi-order-lookup')?.querySelector('form'), 'the form never rendered');
      const form = inner(el, 'suivi-order-lookup')!.querySelector('form')!;
      expect(help.getClientRects().length, 'help shows').to.equal(1);
      expect(help.getBoundingClientRect().top).to.be.at.least(form.getBoundingClientRect().bottom);
      expect(message.getClientRects().length, 'no message before the order shows').to.equal(0);
      await expect(el).to.be.accessible();

      await lookUp(el, '1001', email);
      await waitUntil(() => page(el).querySelector('suivi-order-timeline')?.getBoundingClientRect().height, 'the timeline never showed');
      expect(help.getClientRects().length, 'no help once the order shows').to.equal(0);
      expect(message.getClientRects().length, 'the message shows').to.equal(1);
      const messageBox = message.getBoundingClientRect();
      expect(messageBox.top).to.be.at.least(heading(el)!.getBoundingClientRect().bottom);
      expect(messageBox.bottom).to.be.at.most(page(el).querySelector('suivi-order-timeline')!.getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('passes axe at the lookup step in light and dark', async () => {
      const light = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL} theme="light"></suivi-order-status>`);
      await expect(light).to.be.accessible();
      const dark = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL} theme="dark"></suivi-order-status>`);
      await expect(dark).to.be.accessible();
    });

    it('passes axe with an order showing, in dark', async () => {
      const { email } = showcase('#1001');
      const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL} theme="dark"></suivi-order-status>`);
      await lookUp(el, '1001', email);
      await expect(el).to.be.accessible();
    });
  });

  it('starts at the lookup form', async () => {
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    expect(page(el).querySelector('h1')?.textContent?.trim()).to.equal('Track your order');
    await waitUntil(() => inner(el, 'suivi-order-lookup')?.querySelector('input'));
    expect(lookupField(el, 'Order number').value).to.equal('');
    expect(heading(el)).to.be.null;
  });

  it('fits the host page\'s outline with heading-level', async () => {
    const { email } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL} heading-level="2"></suivi-order-status>`);
    expect(page(el).querySelector('h2')?.textContent?.trim()).to.equal('Track your order');
    await lookUp(el, '1001', email);
    expect(heading(el)!.tagName).to.equal('H2');
    expect(page(el).querySelector('suivi-order-timeline')!.getAttribute('heading-level')).to.equal('3');
    expect(page(el).querySelector('suivi-order-summary')!.getAttribute('heading-level')).to.equal('3');
  });

  it('finds an order and shows its heading (focused), items, totals and timeline', async () => {
    const { email, order } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    await lookUp(el, '1001', email);

    expect(heading(el)!.textContent?.trim()).to.equal('Order #1001');
    expect(page(el).activeElement).to.equal(heading(el));
    expect(page(el).querySelector('[part="meta"]')?.textContent).to.contain('Placed on');

    await waitUntil(() => inner(el, 'suivi-order-summary')?.textContent?.includes(order.lineItems[0].title), 'no items');
    const summaryText = inner(el, 'suivi-order-summary')!.textContent!;
    expect(summaryText).to.contain(formatMoney(order.totals.total, 'en'));
    const timelineText = inner(el, 'suivi-order-timeline')!.textContent!;
    expect(timelineText).to.contain('In transit');

    await waitUntil(() => liveText(el) === 'Live updates on', `live state stayed "${liveText(el)}"`, { timeout: 5000 });
    // The token stays in memory: nothing about the session reaches the address or storage.
    expect(location.href).not.to.contain('token');
    expect(localStorage.length).to.equal(0);
  });

  it('follows the order live and announces the change', async () => {
    const { email } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    await lookUp(el, '1001', email);
    await waitUntil(() => liveText(el) === 'Live updates on', 'never went live', { timeout: 5000 });
    const before = inner(el, 'suivi-order-timeline')!.textContent;
    expect(announced(el)).to.equal('');

    // #1001's next scan is another hub on the way: a new tracking event, the same status.
    api.clock.advance(1);
    await waitUntil(() => inner(el, 'suivi-order-timeline')!.textContent !== before, 'the new scan never showed', { timeout: 5000 });
    expect(announced(el)).to.equal('');

    // The one after puts it out for delivery: the status changes on screen and is announced.
    api.clock.advance(1);
    await waitUntil(() => announced(el) !== '', 'the change was never announced', { timeout: 5000 });
    expect(announced(el)).to.equal('Shipment 1: Out for delivery');
    expect(inner(el, 'suivi-order-timeline')!.textContent).to.contain('Out for delivery');
  });

  it('says it is reconnecting when the live connection drops, and keeps the order on screen', async () => {
    worker.use(http.get(EVENTS_URL, () => HttpResponse.json({ code: 'unavailable', message: 'Restarting' }, { status: 503 })));
    const { email } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    await lookUp(el, '1001', email);
    await waitUntil(() => liveText(el) === 'Reconnecting…', `live state stayed "${liveText(el)}"`, { timeout: 5000 });
    expect(heading(el)!.textContent?.trim()).to.equal('Order #1001');

    // Once the stream is back, so are live updates.
    worker.resetHandlers();
    await waitUntil(() => liveText(el) === 'Live updates on', `live state stayed "${liveText(el)}"`, { timeout: 8000 });
  });

  it('speaks French under a wrapper with lang="fr"', async () => {
    const { email } = showcase('#1001');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><suivi-order-status base-url=${API_BASE_URL}></suivi-order-status></div>`);
    const el = wrapper.querySelector('suivi-order-status')!;
    await el.updateComplete;
    expect(page(el).querySelector('h1')?.textContent?.trim()).to.equal('Suivre votre commande');
    await lookUp(el, '1001', email, { number: 'Numéro de commande', email: 'Adresse e-mail' });
    expect(heading(el)!.textContent?.trim()).to.equal('Commande #1001');
    expect(page(el).querySelector('[part="meta"]')?.textContent).to.contain('Passée le');
    expect(pageButton(el, 'Rechercher une autre commande')).to.exist;
    await waitUntil(() => liveText(el) === 'Suivi en direct activé', `live state stayed "${liveText(el)}"`, { timeout: 5000 });
    await expect(wrapper).to.be.accessible();
  });

  it('goes back to the form, number kept, when the session expires', async () => {
    // The live stream answers "expired" only once the test has seen the order on screen.
    let expire!: () => void;
    const expired = new Promise<void>((resolve) => (expire = resolve));
    worker.use(
      http.get(EVENTS_URL, async () => {
        await expired;
        return HttpResponse.json({ code: 'token_expired', message: 'The access token has expired' }, { status: 401 });
      }),
    );
    const { email } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    await lookUp(el, '1001', email);
    expect(heading(el)!.textContent?.trim()).to.equal('Order #1001');
    expire();

    await waitUntil(() => heading(el) === null, 'the order stayed on screen', { timeout: 5000 });
    const notice = page(el).querySelector('[role="alert"]');
    expect(notice?.textContent?.trim()).to.equal('Your session expired, please look up your order again.');
    await waitUntil(() => inner(el, 'suivi-order-lookup')?.querySelector('input'));
    expect(lookupField(el, 'Order number').value).to.equal('#1001');
    expect(lookupField(el, 'E-mail address').value).to.equal('');
    // The person lands on what is left to fill in.
    await waitUntil(() => inner(el, 'suivi-order-lookup')?.activeElement === lookupField(el, 'E-mail address'), 'focus is not on the e-mail');
  });

  it('"Look up another order" brings back an empty form', async () => {
    const { email } = showcase('#1001');
    const el = await fixture<SuiviOrderStatus>(html`<suivi-order-status base-url=${API_BASE_URL}></suivi-order-status>`);
    await lookUp(el, '1001', email);
    pageButton(el, 'Look up another order')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => inner(el, 'suivi-order-lookup')?.querySelector('input'), 'no form');
    expect(lookupField(el, 'Order number').value).to.equal('');
    expect(page(el).querySelector('[role="alert"]')?.textContent?.trim()).to.equal('');
    await waitUntil(() => inner(el, 'suivi-order-lookup')?.activeElement === lookupField(el, 'Order number'), 'focus is not on the form');
  });
});
