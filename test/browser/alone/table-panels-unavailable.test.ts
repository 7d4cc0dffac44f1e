/**
 * The order table loads its later parts (the filters panel, the column picker and the search's
 * column reader: order-table/later-parts.ts) once its first rows are drawn. When they cannot be
 * fetched, opening a panel says so with Try again, which brings the panel once it can be
 * fetched (saying it is loading meanwhile), and searching still finds every order (it reads every column). This file loads the
 * table for the first time in its browser (scripts/test.sh runs each file of this folder alone).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, delay, http } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import type { SuiviOrderTable } from '@suivi/components';
import '@suivi/components/define/order-table';
import { generateOrderSummaries } from '../../../bench/generate-orders.ts';
import { useMockApi, worker } from '../support/mock-api.ts';
import { textOf } from '../support/shopper.ts';

useMockApi();

/** More than the table counts at once (20,000), so its idle work runs, and would ask for the later parts. */
const ORDERS = generateOrderSummaries(20_001, { seed: 3 });

function button(root: ShadowRoot, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => textOf(candidate) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

describe('the order table when its later parts cannot be loaded', () => {
  it('says a panel could not be loaded, keeps searching every column, and Try again opens the panel', async function () {
    this.timeout(30_000);
    worker.use(http.get(/\/order-table\/later-parts\.ts/, () => HttpResponse.error()));
    let asked = 0;
    const countAsks = ({ request }: { request: Request }) => void (/\/order-table\/later-parts\.ts/.test(request.url) && asked++);
    worker.events.on('request:start', countAsks);
    const table = await fixture<SuiviOrderTable>(html`<suivi-order-table style="height: 600px" .orders=${ORDERS}></suivi-order-table>`);
    const root = table.shadowRoot!;
    await waitUntil(() => root.querySelector('.body [data-order-id]'), 'no rows');

    button(root, 'Filters').click();
    await waitUntil(() => root.querySelector('#filters-panel[role="alert"]'), 'no alert', { timeout: 10_000 });
    expect(textOf(root.querySelector('#filters-panel'))).to.equal('This panel could not be loaded. Try again');
    expect(button(root, 'Filters').getAttribute('aria-expanded')).to.equal('true');
    await expect(table).to.be.accessible();

    // The search does not need them: it reads every column. Nor does the idle work that follows
    // each keystroke ask for them again once they could not be loaded (only the panel's Try again does).
    const askedBefore = asked;
    const search = root.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    const name = ORDERS[5].customerName.split(' ')[1];
    await sendKeys({ type: name });
    const expected = ORDERS.filter((order) => order.customerName.includes(name)).length;
    await waitUntil(() => textOf(root.querySelector('.result-count')) === `${expected.toLocaleString('en')} of 20,001 orders`, `count: ${textOf(root.querySelector('.result-count'))}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(asked).to.equal(askedBefore);
    worker.events.removeListener('request:start', countAsks);

    // Try again on a slow connection: the panel says it is loading, then shows.
    worker.resetHandlers();
    worker.use(http.get(/\/order-table\/later-parts\.ts/, async () => void (await delay(1_500))));
    button(root, 'Try again').click();
    await waitUntil(() => root.querySelector('#filters-panel[role="status"]'), 'no word while loading');
    expect(textOf(root.querySelector('#filters-panel'))).to.equal('Loading…');
    await waitUntil(() => root.querySelector('#filters-panel fieldset'), 'the panel never showed', { timeout: 10_000 });
    expect(root.querySelector('#filters-panel[role="alert"]')).to.equal(null);
    await expect(table).to.be.accessible();
  });
});
