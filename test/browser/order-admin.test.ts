/**
 * <suivi-order-admin> as a merchant uses it: the table in server mode over the mock API (pages,
 * sort, filters and search through the API, the overview strip from its facets, errors with Try
 * again), an order opened in the side panel and closed back to its row, new orders and changes
 * arriving live, two back offices on one order producing a conflict, and bulk results per order
 * (refusals in words).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, http } from 'msw';
import { unshippedQuantities } from '@suivi/model';
import { createSuiviAdminClient } from '@suivi/sdk';
import type { SuiviOrderAdmin } from '@suivi/components';
import '@suivi/components/define/order-admin';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { button, press, textOf } from './support/shopper.ts';

useMockApi();

async function openAdmin(options: { lang?: string; theme?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'} style="height: 900px">
    <suivi-order-admin base-url="/api" admin-key=${api.adminKey} theme=${options.theme ?? 'light'} undo-seconds="1"></suivi-order-admin>
  </div>`);
  const admin = wrapper.querySelector<SuiviOrderAdmin>('suivi-order-admin')!;
  const table = admin.shadowRoot!.querySelector('suivi-order-table')!;
  const root = table.shadowRoot!;
  await waitUntil(() => root.querySelector('.body [data-order-id]'), 'no rows arrived');
  return { admin, wrapper, table, root };
}

/** Order numbers of the rows drawn, top to bottom. */
function shownNumbers(root: ShadowRoot): string[] {
  return [...root.querySelectorAll<HTMLElement>('.body [role="row"][data-order-id]:not([hidden])')]
    .sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position))
    .map((row) => textOf(row.querySelector('.open-order')));
}

function resultCount(root: ShadowRoot): string {
  return textOf(root.querySelector('.result-count'));
}

describe('<suivi-order-admin>', () => {
  it('is accessible in light and dark, English and French', async () => {
    for (const [lang, theme] of [['en', 'light'], ['fr', 'dark']] as const) {
      const { wrapper } = await openAdmin({ lang, theme });
      await expect(wrapper).to.be.accessible();
    }
  });

  it('lists every order newest first through the API, with the overview counts from its facets', async () => {
    const { root } = await openAdmin();
    const all = api.store.all();
    await waitUntil(() => resultCount(root) === `${all.length} orders`, `count was ${resultCount(root)}`);
    const newest = [...all].sort((a, b) => b.placedAt.localeCompare(a.placedAt) || b.orderNumber.localeCompare(a.orderNumber))[0]!;
    expect(shownNumbers(root)[0]).to.equal(newest.orderNumber);
    // The header says so: Date, descending; a click on it sorts oldest first.
    const dateHeader = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((cell) => textOf(cell).startsWith('Date'))!;
    expect(dateHeader.getAttribute('aria-sort')).to.equal('descending');
    dateHeader.querySelector('button')!.click();
    await waitUntil(() => dateHeader.getAttribute('aria-sort') === 'ascending', 'not sorted ascending');
    await waitUntil(() => shownNumbers(root)[0] === [...all].sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.orderNumber.localeCompare(b.orderNumber))[0]!.orderNumber, `top: ${shownNumbers(root)[0]}`);
    const attempted = root.querySelector<HTMLButtonElement>('.overview [data-status="attempted_delivery"]')!;
    const expected = (await (await fetch('/api/v1/admin/orders?archived=include&limit=1', { headers: { Authorization: `Bearer ${api.adminKey}` } })).json()).facets.delivery.attempted_delivery;
    await waitUntil(() => textOf(attempted.querySelector('.count')) === String(expected), 'overview count not from the facets');
  });

  it('filters to attempted delivery from the overview strip, sorts and searches through the API', async () => {
    const { root } = await openAdmin();
    const requests: URL[] = [];
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/orders') requests.push(url);
    });
    await press(root.querySelector<HTMLButtonElement>('.overview [data-status="attempted_delivery"]')!, 'Enter');
    await waitUntil(() => requests.some((url) => url.searchParams.get('delivery') === 'attempted_delivery'), 'no filtered request');
    await waitUntil(() => shownNumbers(root).includes('#1004'), 'attempted order not listed');
    for (const number of shownNumbers(root)) expect(api.store.getByNumber(number) ? true : false).to.equal(true);

    const totalHeader = [...root.querySelectorAll<HTMLButtonElement>('.head-row .sort')].find((sort) => textOf(sort).startsWith('Total'))!;
    totalHeader.click();
    await waitUntil(() => requests.some((url) => url.searchParams.get('sort') === 'total' && url.searchParams.get('dir') === 'asc'), 'no sorted request');

    requests.length = 0;
    const search = root.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    await sendKeys({ type: 'clarke' });
    await waitUntil(() => requests.some((url) => url.searchParams.get('q') === 'clarke'), 'no search request');
    // Debounced: one request for the whole word, not one per key.
    expect(requests.filter((url) => url.searchParams.has('q')).length).to.equal(1);
    await waitUntil(() => shownNumbers(root).join() === '#1004', `shown: ${shownNumbers(root).join()}`);
    worker.events.removeAllListeners();
  });

  it('sorts by tags through the API (not by date), in the order client mode sorts them', async () => {
    const { root } = await openAdmin();
    const requests: URL[] = [];
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/orders') requests.push(url);
    });
    const tagsHeader = () => [...root.querySelectorAll<HTMLButtonElement>('.head-row .sort')].find((sort) => textOf(sort).startsWith('Tags'))!;
    tagsHeader().click();
    await waitUntil(() => requests.some((url) => url.searchParams.get('sort') === 'tags' && url.searchParams.get('dir') === 'asc'), 'no request sorted by tags');
    tagsHeader().click();
    await waitUntil(() => requests.some((url) => url.searchParams.get('sort') === 'tags' && url.searchParams.get('dir') === 'desc'), 'no request sorted by tags, descending');
    worker.events.removeAllListeners();
    // Client mode's order (Intl.Collator on the tags as shown, ties by order number), descending.
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const expected = api.store
      .all()
      .sort((a, b) => collator.compare(b.tags.join(', '), a.tags.join(', ')) || Number(b.orderNumber.slice(1)) - Number(a.orderNumber.slice(1)))
      .map((order) => order.orderNumber);
    expect(api.store.getByNumber(expected[0]!)!.tags.length, 'tagged orders first').to.be.greaterThan(0);
    await waitUntil(() => shownNumbers(root).length >= 8 && shownNumbers(root).slice(0, 8).join() === expected.slice(0, 8).join(), `shown ${shownNumbers(root).slice(0, 8).join()}, expected ${expected.slice(0, 8).join()}`);
    expect(tagsHeader().closest('[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('descending');
  });

  it('keeps the count line and the overview strip in agreement when orders leave or join a saved view through actions', async () => {
    const { root } = await openAdmin();
    [...root.querySelectorAll<HTMLButtonElement>('.views button')].find((view) => textOf(view) === 'Paid, not shipped')!.click();
    const counted = () => Number(/^(\d+) of \d+ orders$/.exec(resultCount(root))?.[1] ?? NaN);
    const stripSum = () => [...root.querySelectorAll('.overview [data-status] .count')].reduce((sum, count) => sum + Number(textOf(count)), 0);
    const agreeOn = (n: number, what: string) =>
      waitUntil(() => counted() === n && stripSum() === n).catch(() => {
        throw new Error(`${what}: the line says "${resultCount(root)}", the strip adds up to ${stripSum()}, expected ${n}`);
      });
    await waitUntil(() => counted() > 0 && shownNumbers(root).length > 0, 'the view did not load');
    const before = counted();
    await agreeOn(before, 'the view');
    const act = async (orderId: string, action: string, body: unknown) => {
      const response = await fetch(`/api/v1/admin/orders/${orderId}/actions/${action}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${api.adminKey}`, 'Content-Type': 'application/json', 'If-Match': `"${api.store.getById(orderId)!.version}"`, 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(body),
      });
      expect(response.status, `${action}: ${await response.clone().text()}`).to.equal(200);
    };
    // An order of the view is put on hold: no longer "not shipped". Its row stays (the merchant acted on it), the counts drop together.
    const held = api.store.getByNumber(shownNumbers(root)[0]!)!;
    await act(held.id, 'hold_fulfillment', { reason: 'Address to check' });
    await agreeOn(before - 1, 'after a hold');
    expect(shownNumbers(root)).to.include(held.orderNumber);
    // An order outside the view gets paid: it now matches, the counts rise together.
    const unpaid = api.store
      .all()
      .find((order) => order.state === 'open' && order.payment.status === 'pending' && !order.fulfillmentHold && order.shipments.length === 0 && order.lineItems.some((item) => item.kind === 'physical'))!;
    await act(unpaid.id, 'mark_paid', {});
    await agreeOn(before, 'after a payment');
    // Reading the list again (the view chosen again) lists exactly what the counts said.
    [...root.querySelectorAll<HTMLButtonElement>('.views button')].find((view) => textOf(view) === 'All orders')!.click();
    [...root.querySelectorAll<HTMLButtonElement>('.views button')].find((view) => textOf(view) === 'Paid, not shipped')!.click();
    await agreeOn(before, 'read again');
    await waitUntil(() => !shownNumbers(root).includes(held.orderNumber), 'the held order is still listed after reading the list again');
  });

  it('sorts by total through the API as client mode does: one currency after another, largest first within each when descending', async () => {
    const { root } = await openAdmin();
    const requests: URL[] = [];
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/orders') requests.push(url);
    });
    const totalHeader = () => [...root.querySelectorAll<HTMLButtonElement>('.head-row .sort')].find((sort) => textOf(sort).startsWith('Total'))!;
    totalHeader().click();
    await waitUntil(() => requests.some((url) => url.searchParams.get('sort') === 'total' && url.searchParams.get('dir') === 'asc'), 'no request sorted by total');
    totalHeader().click();
    await waitUntil(() => requests.some((url) => url.searchParams.get('sort') === 'total' && url.searchParams.get('dir') === 'desc'), 'no request sorted by total, descending');
    worker.events.removeAllListeners();
    // Client mode's order (currency code, then amount, ties by order number), descending: no exchange rates.
    const expected = api.store
      .all()
      .sort((a, b) => {
        const [x, y] = [a.totals.total, b.totals.total];
        return (x.currency === y.currency ? y.amount - x.amount : x.currency < y.currency ? 1 : -1) || Number(b.orderNumber.slice(1)) - Number(a.orderNumber.slice(1));
      })
      .map((order) => order.orderNumber);
    await waitUntil(() => shownNumbers(root).length >= 8 && shownNumbers(root).slice(0, 8).join() === expected.slice(0, 8).join(), `shown ${shownNumbers(root).slice(0, 8).join()}, expected ${expected.slice(0, 8).join()}`);
    expect(totalHeader().closest('[role="columnheader"]')!.getAttribute('aria-sort')).to.equal('descending');
    // Every total shown is in the first currency, largest first: none in another currency between them.
    const shownTotals = shownNumbers(root).map((number) => api.store.getByNumber(number)!.totals.total);
    expect(new Set(shownTotals.map((total) => total.currency)).size, `currencies shown: ${shownTotals.map((total) => total.currency).join()}`).to.equal(1);
    expect(shownTotals.every((total, at) => at === 0 || total.amount <= shownTotals[at - 1]!.amount)).to.equal(true);
  });

  it('loads further pages as the merchant scrolls', async () => {
    const { root } = await openAdmin();
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 150 * 48;
    await waitUntil(() => shownNumbers(root).length > 0 && root.querySelector('.body [data-position="150"][data-order-id]'), 'page two never arrived');
  });

  it('says the orders could not be loaded, never "no orders", and Try again loads them', async () => {
    worker.use(http.get('/api/v1/admin/orders', () => HttpResponse.json({ code: 'internal', message: 'Boom' }, { status: 500 })));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-admin base-url="/api" admin-key=${api.adminKey}></suivi-order-admin></div>`);
    const admin = wrapper.querySelector('suivi-order-admin')!;
    await waitUntil(() => admin.shadowRoot!.querySelector('[role="alert"]'), 'no error', { timeout: 10000 });
    expect(textOf(admin.shadowRoot!.querySelector('[role="alert"]'))).to.contain('The orders could not be loaded.');
    const tableRoot = admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;
    expect(textOf(tableRoot)).not.to.contain('No orders');
    worker.resetHandlers();
    await press(button(admin.shadowRoot!, 'Try again'), 'Enter');
    await waitUntil(() => tableRoot.querySelector('.body [data-order-id]'), 'not loaded on retry');
  });

  it('a filter whose list cannot be loaded says so, with no "0 of N orders" and no "No orders match", and Try again loads it', async () => {
    const { admin, root } = await openAdmin();
    await waitUntil(() => resultCount(root) !== '', 'no count');
    worker.use(http.get('/api/v1/admin/orders', () => HttpResponse.error()));
    await press(root.querySelector<HTMLButtonElement>('.overview [data-status="delivered"]')!, 'Enter');
    await waitUntil(() => admin.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('could not be loaded'), 'no alert', { timeout: 10000 });
    // Past the moment the table reads out its count.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(resultCount(root)).to.equal('');
    expect(textOf(root.querySelector('[role="status"]'))).not.to.contain('No orders');
    expect(textOf(root)).not.to.contain('No orders');
    worker.resetHandlers();
    await press(button(admin.shadowRoot!, 'Try again'), 'Enter');
    await waitUntil(() => /^\d+ of \d+ orders$/.test(resultCount(root)), `count was "${resultCount(root)}"`);
    const delivered = resultCount(root).split(' ')[0];
    expect(Number(delivered)).to.be.greaterThan(0);
    await waitUntil(() => textOf(root.querySelector('[role="status"]')) === `${delivered} orders match`, `announced "${textOf(root.querySelector('[role="status"]'))}"`);
  });

  it('opens an order in the side panel with Enter, and Escape returns focus to its row', async () => {
    const { admin, root } = await openAdmin();
    const firstNumber = root.querySelector<HTMLElement>('.body [data-position="0"] [data-column="orderNumber"]')!;
    firstNumber.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = admin.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'panel not open');
    const detail = admin.shadowRoot!.querySelector('suivi-order-detail')!;
    await waitUntil(() => detail.shadowRoot!.activeElement?.tagName === 'H2', 'focus not on the heading');
    expect(textOf(detail.shadowRoot!.querySelector('h2'))).to.equal(`Order ${textOf(firstNumber)}`);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close');
    await waitUntil(() => root.activeElement === firstNumber, 'focus did not return to the row');
  });

  it('shows a new order live on top, keeping the scroll position and selection', async () => {
    const { root } = await openAdmin();
    await waitUntil(() => resultCount(root) === `${api.store.all().length} orders`, 'no total');
    const before = api.store.all().length;
    const checkbox = root.querySelector<HTMLInputElement>('.body [data-position="3"] .row-checkbox')!;
    const selectedId = (checkbox.closest('[role="row"]') as HTMLElement).dataset.orderId!;
    checkbox.click();
    const created = await (await fetch('/api/__mock/orders/new', { method: 'POST' })).json();
    await waitUntil(() => shownNumbers(root)[0] === created.orderNumber, 'new order not on top');
    expect(resultCount(root)).to.equal(`${before + 1} orders`);
    const selectedRow = root.querySelector<HTMLElement>(`.body [data-order-id="${selectedId}"]`)!;
    expect(selectedRow.getAttribute('aria-selected')).to.equal('true');
  });

  it('updates a row live when its status changes, and the open panel with it', async () => {
    const { admin, root } = await openAdmin();
    const row = root.querySelector<HTMLElement>('.body [data-position="0"]')!;
    const orderId = row.dataset.orderId!;
    root.querySelector<HTMLElement>('.body [data-position="0"] .open-order')!.click();
    await waitUntil(() => admin.shadowRoot!.querySelector('suivi-order-detail')?.order, 'detail not loaded');
    const detail = admin.shadowRoot!.querySelector('suivi-order-detail')!;
    const order = api.store.getById(orderId)!;
    await fetch(`/api/v1/admin/orders/${orderId}/tags`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${api.adminKey}`, 'Content-Type': 'application/json', 'If-Match': `"${order.version}"`, 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ add: ['live-tag'] }),
    });
    await waitUntil(() => textOf(root.querySelector(`.body [data-order-id="${orderId}"]`)).includes('live-tag'), 'row not updated live');
    await waitUntil(() => textOf(detail.shadowRoot!.querySelector('.tags')).includes('live-tag'), 'panel not refreshed');
  });

  it('two back offices on one order: the second write is a clear conflict, not a lost edit', async () => {
    const order = api.store.all().find((candidate) => candidate.state === 'open' && candidate.payment.status === 'paid' && !candidate.fulfillmentHold && candidate.shipments.length === 0 && unshippedQuantities(candidate).size > 0)!;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <suivi-order-admin id="a" base-url="/api" admin-key=${api.adminKey}></suivi-order-admin>
      <suivi-order-admin id="b" base-url="/api" admin-key=${api.adminKey}></suivi-order-admin>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('suivi-order-admin')];
    const panel = async (admin: SuiviOrderAdmin) => {
      const table = admin.shadowRoot!.querySelector('suivi-order-table')!;
      await waitUntil(() => table.shadowRoot!.querySelector('.body [data-order-id]'), 'no rows');
      table.dispatchEvent(new (await import('@suivi/components')).OrderOpenEvent(order.id));
      await waitUntil(() => admin.shadowRoot!.querySelector('suivi-order-detail')?.order, 'no detail');
      const detail = admin.shadowRoot!.querySelector('suivi-order-detail')!;
      return detail;
    };
    const a = await panel(first!);
    const b = await panel(second!);
    // Both panels stay open (a tab each). Freeze b's view as it was: a slow tab would not have had the live refresh yet.
    b.orderChanged = () => {};
    a.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="archive"]')!.click();
    await waitUntil(() => api.store.getById(order.id)!.state === 'archived', 'first write not applied');
    b.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="hold_fulfillment"]')!.click();
    await b.updateComplete;
    b.shadowRoot!.querySelector<HTMLTextAreaElement>('#edit-reason')!.value = 'Check the address';
    b.shadowRoot!.querySelector<HTMLButtonElement>('.edit-form [type="submit"]')!.click();
    await waitUntil(() => b.shadowRoot!.querySelector('[part="alert"]'), 'no conflict');
    const alert = textOf(b.shadowRoot!.querySelector('[part="alert"]'));
    expect(alert).to.contain('Someone else changed this order');
    expect(alert).to.contain('Order: Open → Archived');
    expect(api.store.getById(order.id)!.fulfillmentHold).to.equal(null);
  });

  it('two tabs in the ship dialog of one order: when B ships it, A\'s dialog says so itself and offers no Mark as shipped', async function () {
    this.timeout(20_000);
    const order = api.store.all().find((candidate) => candidate.state === 'open' && candidate.payment.status === 'paid' && !candidate.fulfillmentHold && candidate.shipments.length === 0 && unshippedQuantities(candidate).size > 0)!;
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <suivi-order-admin base-url="/api" admin-key=${api.adminKey} undo-seconds="0"></suivi-order-admin>
      <suivi-order-admin base-url="/api" admin-key=${api.adminKey} undo-seconds="0"></suivi-order-admin>
    </div>`);
    const { OrderOpenEvent } = await import('@suivi/components');
    const shipDialog = async (admin: SuiviOrderAdmin) => {
      const table = admin.shadowRoot!.querySelector('suivi-order-table')!;
      await waitUntil(() => table.shadowRoot!.querySelector('.body [data-order-id]'), 'no rows');
      table.dispatchEvent(new OrderOpenEvent(order.id));
      // Two admin pages share the machine's two cores in CI: give the detail and its carriers time.
      await waitUntil(() => admin.shadowRoot!.querySelector('suivi-order-detail')?.order, 'no detail', { timeout: 5000 });
      const root = admin.shadowRoot!.querySelector('suivi-order-detail')!.shadowRoot!;
      await press(root.querySelector<HTMLButtonElement>('[data-action="fulfill"]')!, 'Enter');
      await waitUntil(() => root.querySelector('#ship-carrier'), 'no carriers', { timeout: 5000 });
      return root;
    };
    const [tabA, tabB] = [...wrapper.querySelectorAll('suivi-order-admin')];
    const a = await shipDialog(tabA!);
    const tracking = a.querySelector<HTMLInputElement>('#ship-tracking')!;
    tracking.focus();
    await sendKeys({ type: '6A55555555555' });
    const b = await shipDialog(tabB!);
    await press(button(b, 'Mark as shipped'), 'Enter');
    await waitUntil(() => api.store.getById(order.id)!.shipments.length === 1, 'B did not ship', { timeout: 5000 });
    // A hears it on the live feed: its open dialog says so, in the dialog, not behind it.
    const dialogA = a.querySelector('dialog')!;
    await waitUntil(() => dialogA.querySelector('[role="alert"]'), 'A\'s dialog did not change', { timeout: 5000 });
    expect(textOf(dialogA.querySelector('[role="alert"]'))).to.contain('Everything was already shipped elsewhere');
    expect(dialogA.open).to.equal(true);
    expect([...dialogA.querySelectorAll('button')].map((candidate) => textOf(candidate))).not.to.include('Mark as shipped');
    expect(tracking.value).to.equal('6A55555555555');
    // (axe runs on this dialog in one tab in order-detail.test.ts: two panels of one order on one page repeat its landmarks.)
  });

  it('reports a bulk action order by order, refusals in words, and changes only those it may', async () => {
    const { admin, root } = await openAdmin();
    const [first, second] = [0, 1].map((position) => root.querySelector<HTMLElement>(`.body [data-position="${position}"]`)!.dataset.orderId!);
    // The first is archived meanwhile (elsewhere): unarchiving both brings it back and refuses the other.
    const order = api.store.getById(first!)!;
    await createSuiviAdminClient({ baseUrl: '/api', adminKey: api.adminKey }).act(first!, 'archive', {}, { version: order.version });
    await waitUntil(() => textOf(root.querySelector(`.body [data-order-id="${first}"]`)).length > 0, 'row gone');
    for (const position of [0, 1]) root.querySelector<HTMLInputElement>(`.body [data-position="${position}"] .row-checkbox`)!.click();
    await waitUntil(() => root.querySelector('[part="bulk-bar"]'), 'no bulk bar');
    expect(textOf(root.querySelector('[part="bulk-bar"] .count'))).to.equal('2 orders selected');
    button(root, 'Unarchive').click();
    const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
    // The report shows the run's progress ("… sent…") first, then its outcome.
    await waitUntil(() => report().startsWith('Unarchive:') && !report().includes('sent…'), `report: ${report()}`);
    const secondNumber = api.store.getById(second!)!.orderNumber;
    expect(report()).to.contain('Unarchive: 1 order done, 1 refused.');
    expect(report()).to.contain(`${secondNumber}: Only archived orders can be unarchived.`);
    expect(api.store.getById(first!)!.state).to.equal('open');
  });

  it('archives a selection in bulk and reports each order', async () => {
    const { admin, root } = await openAdmin();
    for (const position of [0, 1]) root.querySelector<HTMLInputElement>(`.body [data-position="${position}"] .row-checkbox`)!.click();
    await waitUntil(() => root.querySelector('[part="bulk-bar"]'), 'no bulk bar');
    const numbers = [0, 1].map((position) => textOf(root.querySelector(`.body [data-position="${position}"] .open-order`)));
    button(root, 'Archive').click();
    const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
    await waitUntil(() => report().startsWith('Archive: 2 orders done'), `report: ${report()}`);
    // The orders are named, not only counted.
    expect(report()).to.equal(`Archive: 2 orders done. Archived: ${numbers[0]} and ${numbers[1]}.`);
  });

  it('names the first five orders of a larger bulk run, and how many more', async () => {
    const { admin, root } = await openAdmin({ lang: 'fr' });
    const numbers: string[] = [];
    for (const position of [0, 1, 2, 3, 4, 5, 6]) {
      numbers.push(textOf(root.querySelector(`.body [data-position="${position}"] .open-order`)));
      root.querySelector<HTMLInputElement>(`.body [data-position="${position}"] .row-checkbox`)!.click();
    }
    await waitUntil(() => textOf(root.querySelector('[part="bulk-bar"] .count')) === '7 commandes sélectionnées', 'not selected');
    button(root, 'Archiver').click();
    const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
    await waitUntil(() => report().includes('Archivées'), `report: ${report()}`);
    const cancelled = numbers.filter((number) => api.store.getByNumber(number)!.state === 'cancelled');
    const archived = numbers.filter((number) => !cancelled.includes(number));
    const named = archived.length > 5 ? `${archived.slice(0, 5).join(', ')} et ${archived.length - 5} autres` : new Intl.ListFormat('fr').format(archived);
    expect(report()).to.contain(`Archivées : ${named}.`);
  });

  it('"Export as CSV" in the selection bar downloads the selected orders only, with a BOM so Excel reads accents', async () => {
    const { admin, root } = await openAdmin();
    const made: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      made.push(blob);
      return createObjectURL.call(URL, blob);
    };
    try {
      const ids = [0, 2].map((position) => root.querySelector<HTMLElement>(`.body [data-position="${position}"]`)!.dataset.orderId!);
      for (const position of [0, 2]) root.querySelector<HTMLInputElement>(`.body [data-position="${position}"] .row-checkbox`)!.click();
      await waitUntil(() => textOf(root.querySelector('[part="bulk-bar"] .count')) === '2 orders selected', 'not selected');
      await press(button(root, 'Export as CSV'), 'Enter');
      const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
      await waitUntil(() => report().startsWith('Exported the 2 selected orders to orders-selected-'), `report: ${report()}`);
      expect(made).to.have.length(1);
      const bytes = new Uint8Array(await made[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).replace(/^\ufeff/, '').trimEnd().split('\r\n');
      expect(lines[0]!.startsWith('Order number,Placed at,Customer,E-mail')).to.equal(true);
      expect(lines).to.have.length(3);
      for (const [index, id] of ids.entries()) {
        const order = api.store.getById(id)!;
        expect(lines[index + 1]!.startsWith(`${order.orderNumber},`)).to.equal(true);
        expect(lines[index + 1]).to.contain(order.customer.name);
      }
    } finally {
      URL.createObjectURL = createObjectURL;
    }
  });
  it('selects every order matching a filter across pages, and archives them all in batches of at most the API cap', async function () {
    this.timeout(30_000);
    const { admin, root } = await openAdmin();
    const listLimits: string[] = [];
    const bulkRequests: Request[] = [];
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/orders' && url.searchParams.get('limit') === '200') listLimits.push(url.searchParams.get('archived') ?? '');
      if (url.pathname === '/api/v1/admin/orders/bulk/archive') bulkRequests.push(request.clone());
    });
    button(root, 'Filters').click();
    await waitUntil(() => root.querySelector('#filters-panel'), 'no filters panel');
    const hide = [...root.querySelectorAll<HTMLLabelElement>('#filters-panel label')].find((label) => textOf(label) === 'Hide')!;
    hide.querySelector('input')!.click();
    // Escape closes the panel, as a keyboard user would.
    await press(hide.querySelector('input')!, 'Escape');
    const open = api.store.all().filter((order) => order.state !== 'archived');
    expect(open.length).to.be.greaterThan(200);
    await waitUntil(() => resultCount(root).startsWith(`${open.length} of`), `count: ${resultCount(root)}`);
    const selectAll = root.querySelector<HTMLInputElement>('.select-all')!;
    expect(selectAll.getAttribute('aria-label')).to.equal(`Select all ${open.length} matching orders`);
    selectAll.click();
    await waitUntil(() => root.querySelector('[part="bulk-bar"]'), 'nothing selected');
    expect(textOf(root.querySelector('[part="bulk-bar"] .count'))).to.equal(`${open.length} orders selected`);
    // Read with the API's largest page: two requests for more than 200 orders, both with the filter.
    expect(listLimits).to.deep.equal(['exclude', 'exclude']);
    // Scrolling loads further pages of the list: every order is still selected, and the header box says so.
    await waitUntil(() => selectAll.checked && !selectAll.indeterminate, 'the header box is not ticked');
    root.querySelector<HTMLElement>('.scroller')!.scrollTop = 150 * 48;
    await waitUntil(() => root.querySelector('.body [data-position="150"][data-order-id]'), 'page two never arrived');
    await admin.updateComplete;
    expect(selectAll.checked, 'ticked after a further page').to.equal(true);
    expect(selectAll.indeterminate, 'not partly ticked after a further page').to.equal(false);
    button(root, 'Archive').click();
    const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
    // Cancelled orders cannot be archived: each is refused in words, every other one is archived.
    const cancelled = open.filter((order) => order.state === 'cancelled');
    const summary = `Archive: ${open.length - cancelled.length} orders done${cancelled.length ? `, ${cancelled.length} refused` : ''}.`;
    await waitUntil(() => report().startsWith(summary), 'no report', { timeout: 20_000 });
    for (const order of cancelled) expect(report()).to.contain(`${order.orderNumber}: The order is cancelled.`);
    const bulkSizes = await Promise.all(bulkRequests.map(async (request) => (await request.json()).orders.length));
    expect(bulkSizes).to.deep.equal([200, open.length - 200]);
    for (const order of open) expect(api.store.getById(order.id)!.state, order.orderNumber).to.equal(order.state === 'cancelled' ? 'cancelled' : 'archived');
    worker.events.removeAllListeners();
  });

  it('a failed batch leaves its orders "not sent", and Try again sends only those, once', async function () {
    this.timeout(30_000);
    const { admin, root } = await openAdmin();
    const all = api.store.all();
    await waitUntil(() => resultCount(root) === `${all.length} orders`, 'no total');
    let bulkRequests = 0;
    const keys: string[] = [];
    const batches: string[][] = [];
    worker.use(
      http.post('/api/v1/admin/orders/bulk/:action', async ({ request }) => {
        const body = (await request.clone().json()) as { idempotencyKey: string; orders: { id: string }[] };
        keys.push(body.idempotencyKey);
        batches.push(body.orders.map((ref) => ref.id));
        // The second batch meets a server down for maintenance (the fault switch's 503), and so do the client's retries.
        if (++bulkRequests === 2) api.faults.add({ match: { method: 'POST', path: '/v1/admin/orders/bulk/:action' }, fault: { kind: 'unavailable', retryAfterSeconds: 0 } });
        return undefined;
      }),
    );
    root.querySelector<HTMLInputElement>('.select-all')!.click();
    await waitUntil(() => textOf(root.querySelector('[part="bulk-bar"] .count')) === `${all.length} orders selected`, 'not all selected');
    const open = all.filter((order) => order.state !== 'archived');
    button(root, 'Archive').click();
    const report = () => textOf(admin.shadowRoot!.querySelector('[part="bulk-report"]'));
    const unsent = all.length - 200;
    await waitUntil(() => report().includes('not sent'), `report: ${report()}`, { timeout: 10000 });
    const firstBatchCancelled = batches[0]!.filter((id) => api.store.getById(id)!.state === 'cancelled').length;
    expect(report()).to.contain(`Archive: ${200 - firstBatchCancelled} orders done${firstBatchCancelled ? `, ${firstBatchCancelled} refused` : ''}, ${unsent} not sent.`);
    expect(report()).to.contain(`Not sent, the service is unavailable (these ${unsent} orders)`);
    // The first batch went through; the second changed nothing.
    expect(batches[0]!.length).to.equal(200);
    const secondBatch = new Set(batches[1]);
    expect(secondBatch.size).to.equal(unsent);
    for (const order of open) expect(api.store.getById(order.id)!.state, order.orderNumber).to.equal(secondBatch.has(order.id) || order.state === 'cancelled' ? order.state : 'archived');

    api.faults.clear();
    const firstKeys = new Set(keys);
    button(admin.shadowRoot!, 'Try again').click();
    await waitUntil(() => !report().includes('not sent'), `report: ${report()}`, { timeout: 10000 });
    for (const order of open) expect(api.store.getById(order.id)!.state, order.orderNumber).to.equal(order.state === 'cancelled' ? 'cancelled' : 'archived');
    // Only the failed batch was sent again, with the key it had: one key per batch.
    expect(new Set(keys).size).to.equal(2);
    expect(firstKeys.has(keys.at(-1)!)).to.equal(true);
  });

  it('says it selects the first N when more match than one bulk run takes, and keeps the selection when reading the ids fails', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="height: 900px">
      <suivi-order-admin base-url="/api" admin-key=${api.adminKey} select-limit="250"></suivi-order-admin>
    </div>`);
    const admin = wrapper.querySelector('suivi-order-admin')!;
    const root = admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;
    const all = api.store.all();
    await waitUntil(() => resultCount(root) === `${all.length} orders`, 'no total');
    root.querySelector<HTMLInputElement>('.body [data-position="0"] .row-checkbox')!.click();
    await waitUntil(() => textOf(root.querySelector('[part="bulk-bar"] .count')) === '1 order selected', 'row not selected');

    worker.use(http.get('/api/v1/admin/orders', ({ request }) => (new URL(request.url).searchParams.get('limit') === '200' ? HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503, headers: { 'Retry-After': '0' } }) : undefined)));
    const selectAll = root.querySelector<HTMLInputElement>('.select-all')!;
    expect(selectAll.getAttribute('aria-label')).to.equal('Select the first 250 matching orders');
    selectAll.click();
    const status = admin.shadowRoot!.querySelector('[part="status"]')!;
    await waitUntil(() => status.querySelector('[role="alert"]'), 'no failure shown', { timeout: 10000 });
    expect(textOf(status.querySelector('[role="alert"]'))).to.contain('The matching orders are unavailable right now; the selection has not changed.');
    expect(textOf(root.querySelector('[part="bulk-bar"] .count'))).to.equal('1 order selected');

    worker.resetHandlers();
    button(status, 'Try again').click();
    await waitUntil(() => textOf(root.querySelector('[part="bulk-bar"] .count')).startsWith('250 orders selected'), `bar: ${textOf(root.querySelector('[part="bulk-bar"] .count'))}`);
    expect(textOf(root.querySelector('[part="bulk-bar"] .count'))).to.equal(`250 orders selected (the first of ${all.length} matching)`);
    expect(status.querySelector('[role="alert"]')).to.equal(null);
  });
});
