/**
 * <suivi-shared-order> loads the order's timeline and summary on demand (shared/order-view-loader.ts).
 * When their code cannot be fetched, the page says so in an alert under the order's heading, and
 * Try again shows them once they can be. A file of its own, run in a browser of its own
 * (scripts/test.sh): the timeline must never have been loaded in that browser, which would serve
 * it from memory to the link's frame without asking the mock's worker.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { createSuiviClient } from '@suivi/sdk';
import { useMockApi, worker } from '../support/mock-api.ts';
import { API_BASE_URL, button, sessionFor, shadowOf, textOf } from '../support/shopper.ts';

useMockApi();

const alertIn = (root: ShadowRoot) => [...root.querySelectorAll('[role="alert"]')].find((alert) => textOf(alert) !== '');

describe('<suivi-shared-order> when its order view cannot be loaded', () => {
  it('the shared page says when its order view cannot be loaded, and Try again shows it', async function () {
    this.timeout(30_000);
    const link = await createSuiviClient({ baseUrl: API_BASE_URL }).createShareLink(await sessionFor('#1005'));
    worker.use(http.get(/\/order-(timeline|summary)\/define\.ts/, () => HttpResponse.error()));
    // A document of its own (see shared-order.test.ts), whose module map has never held the timeline.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Shared order" style="inline-size: 900px; block-size: 1600px; border: 0"></iframe>`);
    frame.src = `/test/browser/support/shared-order-page.html?share=${encodeURIComponent(link.token)}`;
    const pageRoot = () => frame.contentDocument?.querySelector('suivi-shared-order')?.shadowRoot ?? null;
    await waitUntil(() => pageRoot() && alertIn(pageRoot()!), 'no alert', { timeout: 15_000 });
    const root = pageRoot()!;
    expect(textOf(alertIn(root))).to.equal('Part of this page could not be loaded. Check your connection and try again. Try again');
    await waitUntil(() => textOf(root.querySelector('[part="heading"]')) === 'Order #1005', 'the heading never showed');

    worker.resetHandlers();
    button(root, 'Try again').click();
    await waitUntil(() => shadowOf(root, 'suivi-order-timeline')?.querySelector('section'), 'the timeline never showed', { timeout: 10_000 });
    expect(alertIn(root)).to.equal(undefined);
  });
});
