/**
 * <suivi-shared-order>, the page a share link opens: a shopper shares their order from the status
 * page and the link is opened in a fresh document (an iframe of its own: no lookup, no access
 * token in memory). It shows progress, parcels, the map and items, follows them live, and shows
 * nothing personal anywhere in the rendered page, shadow roots included. Expired, revoked and
 * unreachable links each say so.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import type { Order } from '@suivi/model';
import { createSuiviClient } from '@suivi/sdk';
import type { SuiviSharedOrder } from '@suivi/components';
import '@suivi/components/define/shared-order';
import { containsWhole, formattedPrices, personalValues } from '../unit/fixtures/personal-data.ts';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { API_BASE_URL, button, everythingRendered, openOrder, sessionFor, shadowOf, textOf, toolOf } from './support/shopper.ts';

useMockApi();

const SHARED_PAGE = '/test/browser/support/shared-order-page.html';

/** Opens a share link's token in a fresh document and waits for its page to settle on something. */
async function openInFreshPage(token: string, lang = 'en'): Promise<{ frame: HTMLIFrameElement; page: SuiviSharedOrder; root: ShadowRoot }> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Shared order" style="inline-size: 900px; block-size: 2400px; border: 0"></iframe>`);
  frame.src = `${SHARED_PAGE}?share=${encodeURIComponent(token)}&lang=${lang}`;
  await waitUntil(() => frame.contentDocument?.querySelector('suivi-shared-order')?.shadowRoot?.querySelector('[part="heading"]'), 'the shared page never showed', {
    timeout: 15_000,
  });
  const page = frame.contentDocument!.querySelector('suivi-shared-order') as SuiviSharedOrder;
  return { frame, page, root: page.shadowRoot! };
}

async function linkFor(orderNumber: string, email?: string) {
  const session = email ? await createSuiviClient({ baseUrl: API_BASE_URL }).lookupOrder({ orderNumber, email }) : await sessionFor(orderNumber);
  const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(session);
  return { session, link };
}

function heading(root: ShadowRoot): string {
  return textOf(root.querySelector('[part="heading"]'));
}

/** Every personal value and price of the order that appears anywhere on the rendered page. */
function leaks(order: Order, rendered: string[]): string[] {
  const text = rendered.join('\n');
  return [...personalValues(order).filter((value) => containsWhole(text, value)), ...formattedPrices(order).filter((price) => text.includes(price))];
}

describe('<suivi-shared-order>', () => {
  it('opens a link the shopper made on the status page, in a fresh page: the order, its parcels and their maps, nothing personal', async function () {
    this.timeout(40_000);
    const status = await openOrder('#1005');
    const share = await toolOf(status, 'suivi-share-link');
    button(share, 'Share progress').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => share.querySelector<HTMLInputElement>('[part="link-url"]')?.value, 'no link', { timeout: 5000 });
    const token = new URL(share.querySelector<HTMLInputElement>('[part="link-url"]')!.value).searchParams.get('share')!;

    const { frame, root } = await openInFreshPage(token);
    expect(heading(root)).to.equal('Order #1005');
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal('Someone shared this order’s progress with you. Addresses, payment and contact details stay private.');
    const timeline = shadowOf(root, 'suivi-order-timeline')!;
    await waitUntil(() => timeline.querySelectorAll('[part="section"]').length === 2, 'not two parcels');
    expect([...timeline.querySelectorAll('[part="section-heading"]')].map(textOf)).to.deep.equal(['Shipment 1 of 2 · Colissimo', 'Shipment 2 of 2 · Chronopost']);
    expect(timeline.querySelectorAll('suivi-tracking-map').length).to.equal(2);
    const summary = shadowOf(root, 'suivi-order-summary')!;
    expect(summary.querySelectorAll('[part="item"]').length).to.equal(2);
    await waitUntil(() => textOf(root.querySelector('[part="live"]')) === 'Live updates on', 'never live', { timeout: 5000 });

    // Let the maps draw, so their labels and sentences are part of what is checked.
    // A map loads when it comes into view, as a reader scrolls to it.
    for (const map of timeline.querySelectorAll('suivi-tracking-map')) {
      map.scrollIntoView();
      await waitUntil(() => map.shadowRoot?.querySelector('[part="map-svg"]'), 'a map never drew', { timeout: 10_000 });
    }
    const order = api.store.getByNumber('#1005')!;
    expect(leaks(order, everythingRendered(frame.contentDocument!))).to.deep.equal([]);
    // The fresh page holds no lookup and no access token: nothing stored, nothing in its address.
    expect(frame.contentWindow!.sessionStorage.length + frame.contentWindow!.localStorage.length).to.equal(0);
    expect(frame.contentDocument!.querySelector('suivi-order-lookup')).to.equal(null);
  });

  it('shows nothing personal for any of several orders, in French too', async function () {
    this.timeout(60_000);
    const generated = api.store.all().slice(8, 14);
    const cases: [Order, string][] = [
      ...['#1001', '#1003', '#1006', '#1007'].map((number): [Order, string] => [api.store.getByNumber(number)!, 'en']),
      ...generated.map((order, index): [Order, string] => [order, index % 2 ? 'fr' : 'en']),
    ];
    for (const [order, lang] of cases) {
      const { link } = await linkFor(order.orderNumber, order.customer.email);
      const { frame, root } = await openInFreshPage(link.token, lang);
      expect(heading(root)).to.equal(`${lang === 'fr' ? 'Commande' : 'Order'} ${order.orderNumber}`);
      await waitUntil(() => shadowOf(root, 'suivi-order-summary')?.querySelector('[part="item"]'), `${order.orderNumber}: no items`);
      // The detector would see the customer view's data: the shopper's page for the same order shows it.
      const rendered = everythingRendered(frame.contentDocument!);
      expect(leaks(order, rendered), `${order.orderNumber} leaks`).to.deep.equal([]);
      frame.remove();
    }
  });

  it('the same check finds the personal data on the shopper’s own page (so it can fail)', async () => {
    // #1002 has a note for the courier, which its shopper sees on their page, with the prices.
    const status = await openOrder('#1002');
    await waitUntil(() => shadowOf(status.shadowRoot!, 'suivi-order-summary')?.querySelector('[part="totals"]'));
    const order = api.store.getByNumber('#1002')!;
    const found = leaks(order, everythingRendered(status));
    expect(found).to.include(order.customerNote);
    expect(found).to.include(formattedPrices(order).find((price) => price.startsWith('£')));
  });

  it('follows the order live: a new scan shows on the shared page', async () => {
    const { link } = await linkFor('#1001');
    const el = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang="en" base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
    const root = el.shadowRoot!;
    await waitUntil(() => textOf(root.querySelector('[part="live"]')) === 'Live updates on', 'never live', { timeout: 5000 });
    const timeline = () => shadowOf(root, 'suivi-order-timeline')!;
    api.clock.advance(2);
    await waitUntil(() => textOf(timeline()).includes('Out for delivery') && timeline().querySelector('[aria-current="step"]')?.textContent?.includes('Out for delivery'), 'the new status never showed', { timeout: 5000 });
    expect(textOf(timeline().querySelector('[part="announcer"]'))).to.equal('Shipment 1: Out for delivery');
  });

  it('says an expired link has expired, and what to do, in a fresh page', async () => {
    const { link } = await linkFor('#1001');
    api.shareLinks.expireNow(link.token);
    const { root } = await openInFreshPage(link.token);
    expect(heading(root)).to.equal('This link has expired');
    expect(textOf(root.querySelector('[role="alert"]'))).to.equal('This link has expired. Ask the person who shared it for a new one.');
    expect(shadowOf(root, 'suivi-order-timeline')).to.equal(null);
  });

  it('says so when the link expires while the page is open', async () => {
    const { link } = await linkFor('#1001');
    const el = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang="en" base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
    const root = el.shadowRoot!;
    await waitUntil(() => textOf(root.querySelector('[part="live"]')) === 'Live updates on', 'never live', { timeout: 5000 });
    api.shareLinks.expireNow(link.token);
    await waitUntil(() => heading(root) === 'This link has expired', 'the page kept the order', { timeout: 8000 });
    expect(shadowOf(root, 'suivi-order-timeline')).to.equal(null);
  });

  it('says a revoked link does not work (as for a link that never existed), without saying more', async () => {
    const { session, link } = await linkFor('#1001');
    await createSuiviClient({ baseUrl: API_BASE_URL }).revokeShareLink(session, link.id);
    const revoked = await openInFreshPage(link.token);
    expect(heading(revoked.root)).to.equal('This link does not work');
    expect(textOf(revoked.root.querySelector('[role="alert"]'))).to.equal(
      'It may have been turned off by the person who shared it, or copied incompletely. Ask them for a new one.',
    );
    const unknown = await openInFreshPage('A'.repeat(43));
    expect(heading(unknown.root)).to.equal('This link does not work');
  });

  it('offers to try again when the shop cannot be reached, and then shows the order', async () => {
    const { link } = await linkFor('#1001');
    worker.use(http.get('/api/v1/share-links/:token', () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })));
    const el = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang="en" base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
    const root = el.shadowRoot!;
    await waitUntil(() => heading(root) === 'The order cannot be shown right now', 'no failure', { timeout: 8000 });
    worker.resetHandlers();
    button(root, 'Try again').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(root) === 'Order #1001', 'the order never came', { timeout: 5000 });
  });

  it('is accessible with the order, and with each notice, in light and dark, English and French', async () => {
    const { link } = await linkFor('#1003');
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const el = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang=${lang} theme=${theme} base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
      await waitUntil(() => shadowOf(el.shadowRoot!, 'suivi-order-summary')?.querySelector('[part="item"]'), 'no order', { timeout: 5000 });
      await expect(el).to.be.accessible();
    }
    api.shareLinks.expireNow(link.token);
    const expired = await fixture<SuiviSharedOrder>(html`<suivi-shared-order lang="fr" theme="dark" base-url=${API_BASE_URL} token=${link.token}></suivi-shared-order>`);
    await waitUntil(() => heading(expired.shadowRoot!) === 'Ce lien a expiré', 'no French notice', { timeout: 5000 });
    expect(textOf(expired.shadowRoot!.querySelector('[role="alert"]'))).to.equal('Ce lien a expiré. Demandez-en un nouveau à la personne qui l’a partagé.');
    await expect(expired).to.be.accessible();
  });
});
