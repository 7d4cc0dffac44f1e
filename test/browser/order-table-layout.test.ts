/**
 * The order table's default columns on the screens merchants use: on a 1,280 px laptop the order,
 * date, customer, total and the three statuses are all in view without scrolling sideways, in
 * English and in French, with no status or header cut short (the longest labels drawn: every
 * payment, fulfilment and delivery status is on screen); on a 1,920 px screen the columns fill
 * the grid, the free-text columns taking the room, while a width the merchant chose stays as
 * chosen; on a 390 px phone the grid scrolls sideways. And in server mode, selecting a row does
 * not make the select-all checkbox's count send for a page nobody scrolled to.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import { DELIVERY_STATUSES, FULFILLMENT_STATUSES, PAYMENT_STATUSES, type OrderSummary, toOrderSummary } from '@suivi/model';
import type { SuiviOrderAdmin, SuiviOrderTable } from '@suivi/components';
import '@suivi/components/define/order-table';
import '@suivi/components/define/order-admin';
import { api, useMockApi, worker } from './support/mock-api.ts';

useMockApi();

const DELIVERY = [...DELIVERY_STATUSES, 'no_tracking'] as const;

/** The mock's orders as list rows, the first ones given every status there is, so the longest labels are on screen. */
function everyStatusOrders(): OrderSummary[] {
  return api.store
    .all()
    .slice(0, 40)
    .map((order, i) => ({
      ...toOrderSummary(order),
      paymentStatus: PAYMENT_STATUSES[i % PAYMENT_STATUSES.length],
      fulfillmentStatus: FULFILLMENT_STATUSES[i % FULFILLMENT_STATUSES.length],
      deliveryStatus: DELIVERY[i % DELIVERY.length],
    }));
}

/** The table laid out as on the demo's admin page: the page's side padding, full width, as tall as a laptop screen allows. */
async function renderTable(lang: string, orders: readonly OrderSummary[], storageKey = `layout-${lang}-${Math.random()}`): Promise<SuiviOrderTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="padding-inline: clamp(1rem, 3vw, 2.5rem)">
    <suivi-order-table .orders=${orders} storage-key=${storageKey} style="--suivi-order-table-height: 600px"></suivi-order-table>
  </div>`);
  const table = wrapper.querySelector<SuiviOrderTable>('suivi-order-table')!;
  await table.updateComplete;
  await waitUntil(() => table.shadowRoot!.querySelector('.body [data-order-id]'), 'no rows drawn');
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return table;
}

function header(table: SuiviOrderTable, name: string): HTMLElement {
  const found = [...table.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((cell) => cell.querySelector('.sort-label')?.textContent === name);
  if (!found) throw new Error(`No column header "${name}"`);
  return found;
}

/** The part of the page the grid shows: its scroll box without scroll bars. */
function visibleBox(table: SuiviOrderTable): { left: number; right: number } {
  const scroller = table.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const box = scroller.getBoundingClientRect();
  return { left: box.left + scroller.clientLeft, right: box.left + scroller.clientLeft + scroller.clientWidth };
}

function expectInView(table: SuiviOrderTable, element: Element, what: string): void {
  const box = element.getBoundingClientRect();
  const view = visibleBox(table);
  expect(box.left, `${what} starts in view`).to.be.at.least(view.left - 0.5);
  expect(box.right, `${what} ends in view (${Math.round(box.right)} > ${Math.round(view.right)})`).to.be.at.most(view.right + 0.5);
}

/** Text cut short with an ellipsis or clipped: wider than its box. */
function cutShort(elements: Iterable<HTMLElement>): string[] {
  return [...elements].filter((element) => element.scrollWidth > element.clientWidth).map((element) => element.textContent ?? '');
}

const LAPTOP_COLUMNS = {
  en: ['Order', 'Date', 'Customer', 'Total', 'Payment', 'Fulfilment', 'Delivery'],
  fr: ['Commande', 'Date', 'Client', 'Total', 'Paiement', 'Expédition', 'Livraison'],
};

describe('<suivi-order-table> default layout', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const lang of ['en', 'fr'] as const) {
    it(`shows the order, date, customer, total and the three statuses on a 1,280 px screen, none cut short (${lang})`, async () => {
      await setViewport({ width: 1280, height: 800 });
      const table = await renderTable(lang, everyStatusOrders());
      const root = table.shadowRoot!;
      const scroller = root.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollLeft).to.equal(0);
      for (const name of LAPTOP_COLUMNS[lang]) expectInView(table, header(table, name), `the ${name} header`);

      const badges = [...root.querySelectorAll<HTMLElement>('.body [data-order-id] .badge')];
      const deliveryBadges = [...root.querySelectorAll<HTMLElement>('.body [data-order-id] [data-column="deliveryStatus"] .badge')];
      expect(deliveryBadges.length).to.be.at.least(DELIVERY.length);
      for (const badge of deliveryBadges) expectInView(table, badge, `the delivery badge "${badge.textContent}"`);
      // Every status in the language is drawn, so the longest one ("Partiellement remboursée") is among them.
      const shown = new Set(badges.map((badge) => badge.textContent));
      expect(shown.size).to.equal(PAYMENT_STATUSES.length + FULFILLMENT_STATUSES.length + DELIVERY.length);
      expect(cutShort(badges), 'badges cut short').to.deep.equal([]);
      expect(cutShort(root.querySelectorAll<HTMLElement>('.sort-label')), 'headers cut short').to.deep.equal([]);
    });
  }

  it('fills a 1,920 px screen: the free-text columns take the room, a width the merchant chose stays', async () => {
    await setViewport({ width: 1920, height: 900 });
    const table = await renderTable('en', everyStatusOrders(), 'wide');
    const root = table.shadowRoot!;
    const scroller = root.querySelector<HTMLElement>('.scroller')!;
    const headRow = root.querySelector<HTMLElement>('.head-row')!;
    const lastHeader = headRow.lastElementChild!.getBoundingClientRect();
    expect(scroller.scrollWidth).to.equal(scroller.clientWidth, 'no sideways scrolling');
    expect(lastHeader.right).to.be.closeTo(visibleBox(table).right, 1, 'no empty gap after the last column');
    const customer = header(table, 'Customer').getBoundingClientRect().width;
    expect(customer).to.be.above(200, 'the customer column grew');
    expect(header(table, 'Payment').getBoundingClientRect().width).to.be.closeTo(236, 1, 'a status column keeps its width');

    // The merchant narrows the customer column by dragging its edge: it is then exactly that wide, and the others take the room.
    const handle = header(table, 'Customer').querySelector('.resizer')!.getBoundingClientRect();
    const x = Math.round(handle.x + handle.width / 2);
    const y = Math.round(handle.y + handle.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x - 40, y] });
    await sendMouse({ type: 'up' });
    await table.updateComplete;
    expect(header(table, 'Customer').getBoundingClientRect().width).to.be.closeTo(customer - 40, 2, 'dragged from the width shown');
    const saved = JSON.parse(localStorage.getItem('suivi-order-table:wide:columns')!).widths.customer;
    expect(saved).to.be.closeTo(customer - 40, 2);
    expect(headRow.lastElementChild!.getBoundingClientRect().right).to.be.closeTo(visibleBox(table).right, 1, 'still no gap');
    table.remove();
    const again = await renderTable('en', everyStatusOrders(), 'wide');
    expect(header(again, 'Customer').getBoundingClientRect().width).to.be.closeTo(saved, 1, 'remembered, not grown');
    localStorage.removeItem('suivi-order-table:wide:columns');
  });

  it('scrolls sideways on a 390 px phone, every column still reachable', async () => {
    await setViewport({ width: 390, height: 800 });
    const table = await renderTable('fr', everyStatusOrders());
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    const delivery = header(table, 'Livraison');
    scroller.scrollLeft = delivery.offsetLeft;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expectInView(table, delivery, 'the Livraison header, scrolled to');
  });
});

describe('<suivi-order-admin> select-all count in server mode', () => {
  it('selecting a row sends for no page the merchant did not scroll to', async () => {
    await setViewport({ width: 1280, height: 900 });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="height: 800px">
      <suivi-order-admin base-url="/api" admin-key=${api.adminKey}></suivi-order-admin>
    </div>`);
    const admin = wrapper.querySelector<SuiviOrderAdmin>('suivi-order-admin')!;
    const root = () => admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;
    await waitUntil(() => root()?.querySelector('.body [data-order-id]'), 'no rows arrived');
    const pages: URL[] = [];
    worker.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/orders' && url.searchParams.has('cursor')) pages.push(url);
    });
    try {
      expect(api.store.all().length).to.be.above(100, 'more orders than one page');
      const checkbox = root().querySelector<HTMLInputElement>('.body [data-order-id] .row-checkbox')!;
      const box = checkbox.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await waitUntil(() => root().querySelector<HTMLInputElement>('.select-all')!.indeterminate, 'the select-all checkbox does not show a partial selection');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(pages.map((url) => url.search)).to.deep.equal([], 'a further page was asked for');
      // Scrolling to the end of what is loaded still brings the next page.
      const scroller = root().querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      await waitUntil(() => pages.length > 0, 'scrolling down asked for no page');
    } finally {
      worker.events.removeAllListeners();
    }
  });
});
