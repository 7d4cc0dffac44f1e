/**
 * The parts pages load on demand: the status page's order view (timeline and summary) and the
 * shopper's tools, the timeline's map cards, the shared page's order view, and the admin page's detail panel. When their
 * code cannot be fetched (a dropped connection, a deploy that removed the old chunks), the page
 * says so in an alert, keeps what it shows, and Try again brings the part once it can be fetched;
 * nothing is left as a silent gap. (Each test blocks a module's URL through the mock's service
 * worker; this file loads each module for the first time, so nothing is served from the module
 * map or the renderer's memory cache before. The shared page's case is in
 * shared-order-view-unavailable.test.ts: each file of this folder runs in a browser of its own (scripts/test.sh).)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { SuiviOrderAdmin } from '@suivi/components';
import '@suivi/components/define/order-status';
import '@suivi/components/define/order-admin';
import { api, useMockApi, worker } from '../support/mock-api.ts';
import { button, openOrder, shadowOf, textOf } from '../support/shopper.ts';

useMockApi();

/** Makes every request for a module whose path matches fail as a dropped connection would. */
function blockModules(path: RegExp): void {
  worker.use(http.get(path, () => HttpResponse.error()));
}

const alertIn = (root: ShadowRoot) => [...root.querySelectorAll('[role="alert"]')].find((alert) => textOf(alert) !== '');

describe('parts loaded on demand', () => {
  it('the status page says when the order view cannot be loaded, keeps the order heading, and Try again shows it', async function () {
    this.timeout(30_000);
    blockModules(/\/order-(timeline|summary)\/define\.ts/);
    blockModules(/\/(return-request|share-link|notification-preferences)\/define\.ts/);
    const page = await openOrder('#1005');
    const root = page.shadowRoot!;
    await waitUntil(() => alertIn(root), 'no alert', { timeout: 10_000 });
    expect(textOf(alertIn(root))).to.equal('Part of this page could not be loaded. Check your connection and try again. Try again');
    expect(textOf(root.querySelector('[part="heading"]'))).to.equal('Order #1005');
    expect(customElements.get('suivi-order-timeline')).to.equal(undefined);
    await expect(page).to.be.accessible();

    worker.resetHandlers();
    // The timeline's map cards load on demand too: still out of reach when the timeline arrives.
    blockModules(/\/tracking-map\/define\.ts/);
    button(root, 'Try again').click();
    await waitUntil(() => shadowOf(root, 'suivi-order-timeline')?.querySelector('section'), 'the timeline never showed', { timeout: 10_000 });
    await waitUntil(() => shadowOf(root, 'suivi-share-link'), 'the share tool never showed', { timeout: 10_000 });
    expect(alertIn(root)).to.equal(undefined);

    const timeline = shadowOf(root, 'suivi-order-timeline')!;
    await waitUntil(() => timeline.querySelector('[part="map-unavailable"]'), 'no word on the map', { timeout: 10_000 });
    expect(timeline.querySelectorAll('suivi-tracking-map')).to.have.length(0);
    expect(textOf(timeline.querySelector('[part="map-unavailable"]'))).to.equal('The map could not be loaded. Try again');
    await expect(page).to.be.accessible();
    worker.resetHandlers();
    button(timeline.querySelector('[part="map-unavailable"]')!, 'Try again').click();
    await waitUntil(() => timeline.querySelector('suivi-tracking-map')?.shadowRoot?.querySelector('*'), 'the map never showed', { timeout: 10_000 });
    expect(customElements.get('suivi-tracking-map')).to.not.equal(undefined);
    expect(timeline.querySelector('[part="map-unavailable"]')).to.equal(null);
  });

  it('the admin page says when the detail panel cannot be loaded, and Try again opens the order', async function () {
    this.timeout(30_000);
    blockModules(/\/order-detail\/define\.ts/);
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="height: 900px">
      <suivi-order-admin base-url="/api" admin-key=${api.adminKey}></suivi-order-admin>
    </div>`);
    const admin = wrapper.querySelector<SuiviOrderAdmin>('suivi-order-admin')!;
    const root = admin.shadowRoot!;
    const table = root.querySelector('suivi-order-table')!.shadowRoot!;
    await waitUntil(() => table.querySelector('.body [data-order-id] .open-order'), 'no rows arrived', { timeout: 10_000 });
    table.querySelector<HTMLElement>('.body [data-order-id] .open-order')!.click();
    const panel = root.querySelector('dialog')!;
    await waitUntil(() => alertIn(root), 'no alert', { timeout: 10_000 });
    expect(panel.open).to.equal(true);
    expect(textOf(alertIn(root))).to.equal('The order’s details could not be loaded. Check your connection and try again. Try again');

    worker.resetHandlers();
    button(panel, 'Try again').click();
    await waitUntil(() => root.querySelector('suivi-order-detail')?.shadowRoot?.querySelector('h2, [role="heading"]'), 'the detail never showed', { timeout: 10_000 });
    expect(alertIn(root)).to.equal(undefined);
  });

});
