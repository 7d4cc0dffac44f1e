/**
 * <suivi-order-table> as a merchant uses it: reading the columns, sorting by clicking a header
 * or with the keyboard, typing in the search box, adding and removing filters, the delivery
 * overview strip, saved views, the column picker (remembered per browser), selecting rows,
 * moving around the grid with the keyboard, opening an order, live data updates, and a large
 * list that keeps a bounded number of rows in the page. The rows are the mock API's orders
 * projected to admin list rows, and generated rows (bench/generate-orders.ts) for the large list.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { createMockApi } from '@suivi/mocks';
import { type OrderSummary, toOrderSummary } from '@suivi/model';
import '@suivi/components/define/order-table';
import type { BulkActionEvent, OrderOpenEvent, SuiviOrderTable } from '@suivi/components';
import { generateOrderSummaries } from '../../bench/generate-orders.ts';

const mock = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z'), orderCount: 500 });
const ORDERS: readonly OrderSummary[] = mock.store.all().map(toOrderSummary);

const HEADERS = ['Order', 'Date', 'Customer', 'Total', 'Payment', 'Fulfilment', 'Delivery', 'Carrier and tracking', 'Tags'];

let tableCount = 0;

async function renderTable(
  orders: readonly OrderSummary[] = ORDERS,
  options: { lang?: string; theme?: string; storageKey?: string } = {},
): Promise<SuiviOrderTable> {
  const element = await fixture<SuiviOrderTable>(html`
    <suivi-order-table
      .orders=${orders}
      storage-key=${options.storageKey ?? `test-${++tableCount}`}
      lang=${options.lang ?? 'en'}
      theme=${options.theme ?? 'light'}
      style="--suivi-order-table-height: 560px"
    ></suivi-order-table>
  `);
  await settle(element);
  return element;
}

/** Lets Lit render and the browser paint (rows are drawn when the grid knows its size). */
async function settle(element: SuiviOrderTable): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await element.updateComplete;
}

function root(element: SuiviOrderTable): ShadowRoot {
  return element.shadowRoot!;
}

/**
 * What a screen reader gets from a node: aria-hidden glyphs left out, a space between elements
 * (a cell's name and e-mail are two lines), white space collapsed.
 */
function textOf(node: Element | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  copy.querySelectorAll('*').forEach((child) => child.append(' '));
  return (copy.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function grid(element: SuiviOrderTable): HTMLElement {
  return root(element).querySelector<HTMLElement>('[role="grid"]')!;
}

function headerCells(element: SuiviOrderTable): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('[role="columnheader"]')];
}

function headerNames(element: SuiviOrderTable): string[] {
  return headerCells(element).slice(1).map(textOf);
}

function headerCell(element: SuiviOrderTable, name: string): HTMLElement {
  const cell = headerCells(element).find((candidate) => textOf(candidate) === name);
  if (!cell) throw new Error(`No column header "${name}"`);
  return cell;
}

/** Order rows drawn in the page, top to bottom. */
function drawnRows(element: SuiviOrderTable): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('[role="rowgroup"] [role="row"]:not([aria-rowindex="1"])')]
    .filter((row) => !row.hidden)
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

/** A row's cell under a column header. */
function cell(element: SuiviOrderTable, row: HTMLElement, column: string): HTMLElement {
  const index = headerCells(element).findIndex((candidate) => textOf(candidate) === column);
  if (index === -1) throw new Error(`No column "${column}"`);
  return row.querySelector<HTMLElement>(`[aria-colindex="${index + 1}"]`)!;
}

function columnTexts(element: SuiviOrderTable, column: string, count = 8): string[] {
  return drawnRows(element)
    .slice(0, count)
    .map((row) => textOf(cell(element, row, column)));
}

function button(element: SuiviOrderTable, name: string): HTMLButtonElement {
  const found = [...root(element).querySelectorAll('button')].find((candidate) => textOf(candidate) === name || candidate.getAttribute('aria-label') === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Opens the filters panel or the column picker with a click, and waits for it (its code loads after the first rows). */
async function openPanel(element: SuiviOrderTable, name: 'Filters' | 'Columns'): Promise<void> {
  await click(button(element, name));
  await waitUntil(() => root(element).querySelector(`#${name.toLowerCase()}-panel fieldset`), `the ${name} panel never showed`);
}

/** A checkbox or radio by the text of its label. */
function option(element: SuiviOrderTable, scope: string, label: string): HTMLInputElement {
  const fieldset = [...root(element).querySelectorAll('fieldset')].find((candidate) => textOf(candidate.querySelector('legend')) === scope);
  const found = [...(fieldset?.querySelectorAll('label') ?? [])].find((candidate) => textOf(candidate) === label);
  if (!found) throw new Error(`No option "${label}" under "${scope}"`);
  return found.querySelector('input')!;
}

function resultCount(element: SuiviOrderTable): string {
  return textOf(root(element).querySelector('.result-count'));
}

function focused(element: SuiviOrderTable): HTMLElement | null {
  return root(element).activeElement as HTMLElement | null;
}

/** The row and column header of the focused cell. */
function focusedCell(element: SuiviOrderTable): { orderNumber: string | null; column: string } {
  const cellElement = focused(element)?.closest('[role="gridcell"], [role="columnheader"]');
  if (!cellElement) throw new Error('Focus is not in a grid cell');
  const row = cellElement.parentElement as HTMLElement;
  const column = headerCells(element)[Number(cellElement.getAttribute('aria-colindex')) - 1];
  const isHeader = row.getAttribute('aria-rowindex') === '1';
  return { orderNumber: isHeader ? null : textOf(row.querySelector('.open-order')), column: textOf(column) || 'select' };
}

/** Clicks the middle of an element with the mouse, after scrolling it into view. */
async function click(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Presses a key with a modifier held, e.g. Control+End. */
async function pressWith(modifier: 'Control' | 'Shift', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** Tab from the last control before the grid: focus lands on the grid's single tab stop. */
async function tabIntoGrid(element: SuiviOrderTable): Promise<void> {
  button(element, 'Columns').focus();
  await sendKeys({ press: 'Tab' });
}

/** Lower case without accents, the way the search compares, written independently of the table's code. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matchesWordStart(order: OrderSummary, word: string): boolean {
  const words = [order.orderNumber, order.customerName, order.customerEmail, ...order.trackingNumbers].flatMap((field) => fold(field).match(/[\p{L}\p{N}]+/gu) ?? []);
  return words.some((candidate) => candidate.startsWith(word));
}

afterEach(() => localStorage.clear());

describe('<suivi-order-table>', () => {
  it('is accessible in light and dark, in English and in French, with its panels open and rows selected', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'fr']) {
        const element = await renderTable(ORDERS, { theme, lang });
        await expect(element).to.be.accessible();
      }
    }
    const element = await renderTable();
    await openPanel(element, 'Filters');
    await settle(element);
    await expect(element).to.be.accessible();
    await openPanel(element, 'Columns');
    await click(root(element).querySelector('.row-checkbox')!);
    await settle(element);
    await expect(element).to.be.accessible();
    const empty = await renderTable([]);
    await expect(empty).to.be.accessible();
  });

  it('shows every column with its header, one row per order, and the order count', async () => {
    const element = await renderTable();
    expect(headerNames(element)).to.deep.equal(HEADERS);
    expect(grid(element).getAttribute('aria-label')).to.equal('Orders');
    expect(grid(element).getAttribute('aria-rowcount')).to.equal(String(ORDERS.length + 1));
    expect(grid(element).getAttribute('aria-colcount')).to.equal('10');
    expect(headerCells(element).some((header) => header.hasAttribute('aria-sort'))).to.equal(false, 'given order, not sorted');
    expect(resultCount(element)).to.equal('500 orders');

    const [first] = drawnRows(element);
    const order = ORDERS[0];
    expect(textOf(cell(element, first, 'Order'))).to.equal(order.orderNumber);
    expect(textOf(cell(element, first, 'Customer'))).to.equal(`${order.customerName} ${order.customerEmail}`);
    expect(textOf(cell(element, first, 'Total'))).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: order.total.currency }).format(order.total.amount / 100));
    expect(textOf(cell(element, first, 'Payment'))).to.equal('Paid');
    expect(textOf(cell(element, first, 'Delivery'))).to.equal('In transit');
    expect(textOf(cell(element, first, 'Carrier and tracking'))).to.equal(`${order.carriers[0]} ${order.trackingNumbers[0]}`);
    expect(first.getAttribute('aria-selected')).to.equal('false');
  });

  it('speaks French: headers, statuses and amounts', async () => {
    const element = await renderTable(ORDERS, { lang: 'fr' });
    expect(headerNames(element)).to.deep.equal(['Commande', 'Date', 'Client', 'Total', 'Paiement', 'Expédition', 'Livraison', 'Transporteur et suivi', 'Étiquettes']);
    const [first] = drawnRows(element);
    expect(textOf(cell(element, first, 'Paiement'))).to.equal('Payée');
    expect(textOf(cell(element, first, 'Total'))).to.match(/^\d+,\d\d €$/);
    expect(resultCount(element)).to.equal('500 commandes');
  });

  it('says under its number that an order is archived or cancelled, in English and French', async () => {
    const archived = ORDERS.find((order) => order.state === 'archived')!;
    const cancelled = ORDERS.find((order) => order.state === 'cancelled')!;
    const open = ORDERS.find((order) => order.state === 'open')!;
    for (const [lang, words] of [['en', ['Archived', 'Cancelled']], ['fr', ['Archivée', 'Annulée']]] as const) {
      const element = await renderTable([archived, cancelled, open], { lang });
      const rows = drawnRows(element);
      const orderCell = (index: number) => textOf(rows[index].querySelector('[data-column="orderNumber"]'));
      expect([orderCell(0), orderCell(1), orderCell(2)]).to.deep.equal([`${archived.orderNumber} ${words[0]}`, `${cancelled.orderNumber} ${words[1]}`, open.orderNumber]);
      await expect(element).to.be.accessible();
    }
  });

  it('sorts by a header clicked with the mouse, ascending then descending', async () => {
    const element = await renderTable();
    await click(headerCell(element, 'Order').querySelector('button')!);
    await settle(element);
    expect(headerCell(element, 'Order').getAttribute('aria-sort')).to.equal('ascending');
    const numbers = ORDERS.map((order) => Number(order.orderNumber.slice(1))).sort((a, b) => a - b);
    expect(columnTexts(element, 'Order', 5)).to.deep.equal(numbers.slice(0, 5).map((n) => `#${n}`));

    await click(headerCell(element, 'Order').querySelector('button')!);
    await settle(element);
    expect(headerCell(element, 'Order').getAttribute('aria-sort')).to.equal('descending');
    expect(columnTexts(element, 'Order', 5)).to.deep.equal(numbers.slice(-5).reverse().map((n) => `#${n}`));
    expect(textOf(root(element).querySelector('[role="status"]'))).to.equal('Sorted by Order, descending');
  });

  it('sorts from the keyboard: Tab into the grid, arrows to a header, Enter', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    expect(focusedCell(element)).to.deep.equal({ orderNumber: null, column: 'Order' });
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowRight' });
    expect(focusedCell(element).column).to.equal('Total');
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(headerCell(element, 'Total').getAttribute('aria-sort')).to.equal('ascending');
    expect(textOf(root(element).querySelector('[role="status"]'))).to.equal('Sorted by Total, ascending');
    expect(focusedCell(element).column).to.equal('Total', 'focus stays on the header');

    // Totals group by currency (no exchange rates in the browser), smallest amount first within each.
    const sorted = [...ORDERS].sort((a, b) => (a.total.currency === b.total.currency ? a.total.amount - b.total.amount : a.total.currency < b.total.currency ? -1 : 1));
    const rows = drawnRows(element).slice(0, 6);
    expect(rows.map((row) => textOf(cell(element, row, 'Order').querySelector('.open-order')))).to.deep.equal(sorted.slice(0, 6).map((order) => order.orderNumber));

    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(headerCell(element, 'Total').getAttribute('aria-sort')).to.equal('descending');
    expect(textOf(cell(element, drawnRows(element)[0], 'Order').querySelector('.open-order'))).to.equal(sorted[sorted.length - 1].orderNumber);
  });

  it('filters as the merchant types, ignoring case and accents, on name, e-mail, order and tracking number', async () => {
    const element = await renderTable();
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(textOf(root(element).querySelector(`label[for="${search.id}"]`))).to.equal('Search orders');
    await click(search);
    await sendKeys({ type: 'LEFEVRE' });
    await settle(element);
    const expected = ORDERS.filter((order) => matchesWordStart(order, 'lefevre'));
    expect(expected.length).to.be.greaterThan(2);
    expect(resultCount(element)).to.equal(`${expected.length} of 500 orders`);
    for (const row of drawnRows(element)) expect(textOf(cell(element, row, 'Customer'))).to.match(/Lefèvre|lefevre/);

    const tracked = ORDERS.find((order) => order.trackingNumbers.length > 0)!;
    for (let i = 0; i < 'LEFEVRE'.length; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: tracked.trackingNumbers[0].toLowerCase() });
    await settle(element);
    expect(columnTexts(element, 'Order')).to.deep.equal([tracked.orderNumber]);

    await pressWith('Control', 'a');
    await sendKeys({ type: 'artin' });
    await settle(element);
    expect(resultCount(element)).to.equal('0 of 500 orders', 'words match from their start, as in the admin API');
    expect(textOf(root(element).querySelector('[part="empty"]'))).to.contain('No orders match this search and these filters.');
    await click(button(element, 'Clear search and filters'));
    await settle(element);
    expect(search.value).to.equal('');
    expect(resultCount(element)).to.equal('500 orders');
    await waitUntil(() => textOf(root(element).querySelector('[role="status"]')) === '500 orders match', 'the count is read out once typing pauses');
  });

  it('adds a filter from the filters panel as a chip, and removes it with the chip’s button', async () => {
    const element = await renderTable();
    await openPanel(element, 'Filters');
    await settle(element);
    expect(button(element, 'Filters').getAttribute('aria-expanded')).to.equal('true');
    await click(option(element, 'Payment status', 'Payment pending'));
    await settle(element);
    const pending = ORDERS.filter((order) => order.paymentStatus === 'pending');
    expect(resultCount(element)).to.equal(`${pending.length} of 500 orders`);
    expect(new Set(columnTexts(element, 'Payment', 50))).to.deep.equal(new Set(['Payment pending']));
    const chips = root(element).querySelector('[part="chips"]')!;
    expect(textOf(chips.querySelector('.chip'))).to.equal('Payment status: Payment pending');

    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(root(element).querySelector('#filters-panel')).to.equal(null, 'Escape closes the panel');
    expect(focused(element)).to.equal(button(element, 'Filters (1)'));

    await click(button(element, 'Remove filter Payment status: Payment pending'));
    await settle(element);
    expect(root(element).querySelector('[part="chips"]')).to.equal(null);
    expect(resultCount(element)).to.equal('500 orders');
  });

  it('filters to attempted deliveries from the overview strip, which shows the count, and back', async () => {
    const element = await renderTable();
    const attempted = ORDERS.filter((order) => order.deliveryStatus === 'attempted_delivery').length;
    const strip = root(element).querySelector('[part="overview"]')!;
    expect(strip.getAttribute('aria-label')).to.equal('Delivery overview');
    const toggle = [...strip.querySelectorAll('button')].find((candidate) => textOf(candidate).startsWith('Attempted delivery'))!;
    expect(textOf(toggle)).to.equal(`Attempted delivery ${attempted}`);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');

    await click(toggle);
    await settle(element);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(resultCount(element)).to.equal(`${attempted} of 500 orders`);
    expect(columnTexts(element, 'Delivery', 50)).to.deep.equal(new Array(attempted).fill('Attempted delivery'));
    expect(button(element, 'Attempted delivery').getAttribute('aria-pressed')).to.equal('true', 'the saved view of the same name lights up');
    // The strip keeps counting the other statuses, so the merchant can switch.
    const inTransit = ORDERS.filter((order) => order.deliveryStatus === 'in_transit').length;
    expect(textOf([...strip.querySelectorAll('button')].find((candidate) => textOf(candidate).startsWith('In transit')))).to.equal(`In transit ${inTransit}`);

    await click(toggle);
    await settle(element);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(resultCount(element)).to.equal('500 orders');
  });

  it('applies a saved view and goes back to all orders', async () => {
    const element = await renderTable();
    const views = root(element).querySelector('[part="views"]')!;
    expect([...views.querySelectorAll('button')].map(textOf)).to.deep.equal(['All orders', 'Awaiting payment', 'Attempted delivery', 'Paid, not shipped']);
    expect(button(element, 'All orders').getAttribute('aria-pressed')).to.equal('true');

    await click(button(element, 'Paid, not shipped'));
    await settle(element);
    expect(button(element, 'Paid, not shipped').getAttribute('aria-pressed')).to.equal('true');
    expect(button(element, 'All orders').getAttribute('aria-pressed')).to.equal('false');
    const expected = ORDERS.filter(
      (order) =>
        ['paid', 'partially_refunded'].includes(order.paymentStatus) &&
        ['unfulfilled', 'partially_fulfilled'].includes(order.fulfillmentStatus) &&
        order.state !== 'archived',
    );
    expect(resultCount(element)).to.equal(`${expected.length} of 500 orders`);
    expect([...root(element).querySelectorAll('.chip')].map(textOf)).to.include.members(['Payment status: Paid', 'Fulfilment status: Not shipped yet', 'Archived orders hidden']);
    for (const text of columnTexts(element, 'Fulfilment', 50)) expect(['Not shipped yet', 'Partially shipped']).to.include(text);

    await click(button(element, 'All orders'));
    await settle(element);
    expect(resultCount(element)).to.equal('500 orders');
    expect(root(element).querySelector('[part="chips"]')).to.equal(null);
  });

  it('saves the filters as the merchant’s own view, named, which applies them again, stays in this browser and can be deleted', async () => {
    const storageKey = `own-views-${++tableCount}`;
    const element = await renderTable(ORDERS, { storageKey });
    await waitUntil(() => root(element).querySelector('[part="views"]'), 'no views');
    // Nothing to save while the filters are a view already ("All orders").
    expect(root(element).querySelector('[data-save-view]')).to.equal(null);
    await openPanel(element, 'Filters');
    await click(option(element, 'Payment status', 'Payment pending'));
    await click(option(element, 'Delivery status', 'Attempted delivery'));
    await settle(element);
    const filtered = resultCount(element);
    await waitUntil(() => root(element).querySelector('[data-save-view]'), 'no "Save as a view…"');
    // Escape puts the form away, focus back on what opened it.
    await click(button(element, 'Save as a view…'));
    await settle(element);
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(root(element).querySelector('#view-name')).to.equal(null);
    expect(root(element).activeElement).to.equal(button(element, 'Save as a view…'));
    await click(button(element, 'Save as a view…'));
    await settle(element);
    const name = root(element).querySelector<HTMLInputElement>('#view-name')!;
    expect(root(element).activeElement).to.equal(name);
    // No name: said beside the field, nothing saved.
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(textOf(root(element).querySelector('#view-name-error'))).to.equal('Give the view a name.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    // A built-in view's name is taken; what was typed stays.
    await sendKeys({ type: 'All orders' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(textOf(root(element).querySelector('#view-name-error'))).to.equal('There is already a view named All orders.');
    expect(root(element).querySelector<HTMLInputElement>('#view-name')!.value).to.equal('All orders');
    await expect(element).to.be.accessible();
    root(element).querySelector<HTMLInputElement>('#view-name')!.select();
    await sendKeys({ type: 'Unpaid, not delivered' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const own = button(element, 'Unpaid, not delivered');
    expect(own.getAttribute('aria-pressed')).to.equal('true');
    expect(root(element).activeElement).to.equal(own);
    expect(root(element).querySelector('[data-save-view]')).to.equal(null, 'the filters are a view now');

    await click(button(element, 'All orders'));
    await settle(element);
    expect(resultCount(element)).to.equal('500 orders');
    await click(button(element, 'Unpaid, not delivered'));
    await settle(element);
    expect(resultCount(element)).to.equal(filtered);
    expect([...root(element).querySelectorAll('.chip')].map(textOf)).to.include.members(['Payment status: Payment pending', 'Delivery status: Attempted delivery']);

    // Another table with the same storage key (a reload) has it, in French too.
    const again = await renderTable(ORDERS, { storageKey, lang: 'fr' });
    await waitUntil(() => [...root(again).querySelectorAll('[data-own-view]')].some((view) => textOf(view) === 'Unpaid, not delivered'), 'not remembered');
    await click(button(again, 'Supprimer la vue Unpaid, not delivered'));
    await settle(again);
    expect(root(again).querySelector('[data-own-view]')).to.equal(null);
    const third = await renderTable(ORDERS, { storageKey });
    await settle(third);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(root(third).querySelector('[data-own-view]')).to.equal(null, 'deleted for good');
  });

  it('hides, moves and resizes columns from the column picker, and remembers them in this browser', async () => {
    const element = await renderTable(ORDERS, { storageKey: 'picker' });
    await openPanel(element, 'Columns');
    await settle(element);
    await click(option(element, 'Columns to show', 'Tags'));
    await settle(element);
    expect(headerNames(element)).to.deep.equal(HEADERS.filter((name) => name !== 'Tags'));
    expect(grid(element).getAttribute('aria-colcount')).to.equal('9');

    await click(button(element, 'Move Total earlier'));
    await settle(element);
    expect(headerNames(element).slice(0, 4)).to.deep.equal(['Order', 'Date', 'Total', 'Customer']);
    expect(columnTexts(element, 'Total', 1)[0]).to.match(/[€£$]/, 'cells follow their header');

    const width = root(element).querySelector<HTMLInputElement>('input[aria-label="Width of Customer in pixels"]')!;
    await click(width);
    await pressWith('Control', 'a');
    await sendKeys({ type: '320' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(headerCell(element, 'Customer').getBoundingClientRect().width).to.be.closeTo(320, 1);

    element.remove();
    const again = await renderTable(ORDERS, { storageKey: 'picker' });
    expect(headerNames(again)).to.deep.equal(['Order', 'Date', 'Total', 'Customer', 'Payment', 'Fulfilment', 'Delivery', 'Carrier and tracking']);
    expect(headerCell(again, 'Customer').getBoundingClientRect().width).to.be.closeTo(320, 1);
    const other = await renderTable(ORDERS, { storageKey: 'another-table' });
    expect(headerNames(other)).to.deep.equal(HEADERS, 'another storage key has its own columns');

    await openPanel(again, 'Columns');
    await settle(again);
    await click(button(again, 'Reset columns'));
    await settle(again);
    expect(headerNames(again)).to.deep.equal(HEADERS);
  });

  it('column picker: Enter again keeps moving the same column, each move is announced; a width out of range is kept and explained until corrected', async () => {
    const element = await renderTable(ORDERS, { storageKey: 'picker-keys' });
    await openPanel(element, 'Columns');
    await settle(element);
    const status = root(element).querySelector('#columns-panel [role="status"]')!;
    button(element, 'Move Delivery earlier').focus();
    for (const position of [6, 5]) {
      await sendKeys({ press: 'Enter' });
      await settle(element);
      await waitUntil(() => focused(element)?.getAttribute('aria-label') === 'Move Delivery earlier', `focus on "${focused(element)?.getAttribute('aria-label')}"`);
      expect(textOf(status)).to.equal(`Delivery moved to position ${position} of 9.`);
    }
    expect(headerNames(element).slice(0, 6)).to.deep.equal(['Order', 'Date', 'Customer', 'Total', 'Delivery', 'Payment']);
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Enter' });
      await settle(element);
    }
    // First now: its "earlier" button is disabled, so focus goes to "later" rather than the page.
    await waitUntil(() => focused(element)?.getAttribute('aria-label') === 'Move Delivery later', `focus on "${focused(element)?.getAttribute('aria-label')}"`);
    expect(headerNames(element)[0]).to.equal('Delivery');
    expect(textOf(status)).to.equal('Delivery moved to position 1 of 9.');

    const reset = button(element, 'Reset columns');
    const fieldset = root(element).querySelector('#columns-panel fieldset')!;
    expect(reset.getBoundingClientRect().height, 'Reset columns keeps a button\'s height').to.be.below(fieldset.getBoundingClientRect().height / 4);

    let width = root(element).querySelector<HTMLInputElement>('input[aria-label="Width of Customer in pixels"]')!;
    const before = headerCell(element, 'Customer').getBoundingClientRect().width;
    await click(width);
    await pressWith('Control', 'a');
    await sendKeys({ type: '5000' });
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(width.value, 'what was typed stays').to.equal('5000');
    expect(width.getAttribute('aria-invalid')).to.equal('true');
    const error = root(element).getElementById(width.getAttribute('aria-describedby')!)!;
    expect(textOf(error)).to.match(/^Customer: enter a width from \d+ to 640 pixels\.$/);
    expect(error.checkVisibility()).to.equal(true);
    expect(headerCell(element, 'Customer').getBoundingClientRect().width).to.equal(before);
    // Moving a column takes its typed width and error along (the picker's rows are drawn by place).
    await click(button(element, 'Move Customer later'));
    await settle(element);
    await waitUntil(() => focused(element)?.getAttribute('aria-label') === 'Move Customer later', 'focus left the moved column');
    const field = (name: string) => root(element).querySelector<HTMLInputElement>(`input[aria-label="Width of ${name} in pixels"]`)!;
    expect(field('Customer').value).to.equal('5000');
    expect(field('Customer').getAttribute('aria-invalid')).to.equal('true');
    expect(field('Total').hasAttribute('aria-invalid')).to.equal(false);
    expect(field('Total').value).to.equal(String(Math.round(headerCell(element, 'Total').getBoundingClientRect().width)));
    expect(textOf(root(element).getElementById(field('Customer').getAttribute('aria-describedby')!))).to.match(/^Customer: enter a width/);
    width = field('Customer');
    await click(width);
    await pressWith('Control', 'a');
    await sendKeys({ type: '301' });
    expect(width.hasAttribute('aria-invalid'), 'the error goes as soon as the value is right').to.equal(false);
    expect(width.validity.valid, 'any whole width in range is valid to the browser (no step of 8)').to.equal(true);
    await sendKeys({ press: 'Tab' });
    await settle(element);
    expect(headerCell(element, 'Customer').getBoundingClientRect().width).to.be.closeTo(301, 1);
    expect(root(element).getElementById(width.getAttribute('aria-describedby')!)!.checkVisibility()).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('column picker in French: the move and a wrong width are said in French', async () => {
    const element = await renderTable(ORDERS, { lang: 'fr', storageKey: 'picker-fr' });
    await click(button(element, 'Colonnes'));
    await settle(element);
    button(element, 'Déplacer Livraison vers la gauche').focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    await waitUntil(() => textOf(root(element).querySelector('#columns-panel [role="status"]')) === 'Colonne Livraison déplacée en position 6 sur 9.', 'no French announcement');
    const width = root(element).querySelector<HTMLInputElement>('input[aria-label="Largeur de Client en pixels"]')!;
    await click(width);
    await pressWith('Control', 'a');
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(textOf(root(element).getElementById(width.getAttribute('aria-describedby')!))).to.match(/^Client : saisissez une largeur de \d+ à 640 pixels\.$/);
    expect(width.value).to.equal('12');
  });

  it('column picker: Reset columns puts every width field back to its default, a wrong width still typed included, with no error left', async () => {
    const element = await renderTable(ORDERS, { storageKey: 'picker-reset' });
    await openPanel(element, 'Columns');
    await settle(element);
    const widthFields = () => [...root(element).querySelectorAll<HTMLInputElement>('#columns-panel input[type="number"]')];
    const defaults = new Map(widthFields().map((input) => [input.getAttribute('aria-label'), input.value]));
    const typeWidth = async (name: string, text: string) => {
      await click(root(element).querySelector(`input[aria-label="Width of ${name} in pixels"]`)!);
      await pressWith('Control', 'a');
      await sendKeys({ type: text });
      await sendKeys({ press: 'Tab' });
      await settle(element);
    };
    await typeWidth('Date', '200');
    await typeWidth('Customer', '5000');
    const customer = root(element).querySelector<HTMLInputElement>('input[aria-label="Width of Customer in pixels"]')!;
    expect(customer.getAttribute('aria-invalid')).to.equal('true');
    expect(root(element).getElementById(customer.getAttribute('aria-describedby')!)!.checkVisibility()).to.equal(true);

    await click(button(element, 'Reset columns'));
    await settle(element);
    expect(Object.fromEntries(widthFields().map((input) => [input.getAttribute('aria-label'), input.value]))).to.deep.equal(Object.fromEntries(defaults));
    expect(widthFields().filter((input) => input.hasAttribute('aria-invalid')).map((input) => input.getAttribute('aria-label'))).to.deep.equal([]);
    expect(widthFields().filter((input) => root(element).getElementById(input.getAttribute('aria-describedby')!)!.checkVisibility()).map((input) => input.getAttribute('aria-label'))).to.deep.equal([]);
    expect(headerCell(element, 'Date').getBoundingClientRect().width).to.be.closeTo(Number(defaults.get('Width of Date in pixels')), 1);
  });

  it('column picker: a width error shown follows the language (English, French, English again), the wrong width kept', async () => {
    const element = await renderTable(ORDERS, { storageKey: 'picker-language' });
    await openPanel(element, 'Columns');
    await settle(element);
    const field = root(element).querySelector<HTMLInputElement>('input[aria-label="Width of Customer in pixels"]')!;
    await click(field);
    await pressWith('Control', 'a');
    await sendKeys({ type: '5000' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    const error = () => textOf(root(element).getElementById(field.getAttribute('aria-describedby')!));
    expect(error()).to.match(/^Customer: enter a width from \d+ to 640 pixels\.$/);
    element.setAttribute('lang', 'fr');
    await settle(element);
    await waitUntil(() => field.getAttribute('aria-label') === 'Largeur de Client en pixels', 'the picker stayed in English');
    expect(error()).to.match(/^Client : saisissez une largeur de \d+ à 640 pixels\.$/);
    expect(field.value).to.equal('5000');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    element.setAttribute('lang', 'en');
    await settle(element);
    await waitUntil(() => field.getAttribute('aria-label') === 'Width of Customer in pixels', 'the picker stayed in French');
    expect(error()).to.match(/^Customer: enter a width from \d+ to 640 pixels\.$/);
    expect(field.value).to.equal('5000');
  });

  it('resizes a column by dragging its header edge', async () => {
    const element = await renderTable();
    const header = headerCell(element, 'Date');
    const before = header.getBoundingClientRect().width;
    const handle = header.querySelector('.resizer')!.getBoundingClientRect();
    const x = Math.round(handle.x + handle.width / 2);
    const y = Math.round(handle.y + handle.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'up' });
    await settle(element);
    expect(header.getBoundingClientRect().width).to.be.closeTo(before + 60, 2);
    expect(JSON.parse(localStorage.getItem(`suivi-order-table:${element.storageKey}:columns`)!).widths.placedAt).to.be.closeTo(before + 60, 2);
  });

  it('resizes a column from the keyboard with Shift+arrows on its header, and says its new width', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowRight' });
    const header = headerCell(element, 'Date');
    const before = header.getBoundingClientRect().width;
    await pressWith('Shift', 'ArrowRight');
    await pressWith('Shift', 'ArrowRight');
    await settle(element);
    expect(header.getBoundingClientRect().width).to.be.closeTo(before + 32, 1);
    expect(textOf(root(element).querySelector('[role="status"]'))).to.equal(`Date: ${before + 32} pixels wide`);
    await pressWith('Shift', 'ArrowLeft');
    await settle(element);
    expect(header.getBoundingClientRect().width).to.be.closeTo(before + 16, 1);
    expect(focusedCell(element).column).to.equal('Date', 'focus stays on the header');
    expect(JSON.parse(localStorage.getItem(`suivi-order-table:${element.storageKey}:columns`)!).widths.placedAt).to.equal(before + 16);
  });

  it('moves between cells with the arrow keys, Home, End, Page Up and Page Down', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[0].orderNumber, column: 'Order' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[0].orderNumber, column: 'Customer' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[1].orderNumber, column: 'Customer' });
    await sendKeys({ press: 'End' });
    expect(focusedCell(element).column).to.equal('Tags');
    await sendKeys({ press: 'Home' });
    expect(focusedCell(element).column).to.equal('select');
    expect(focused(element)?.matches('input[type="checkbox"]')).to.equal(true, 'the checkbox itself takes focus');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedCell(element).column).to.equal('select', 'no wrapping');

    await sendKeys({ press: 'PageDown' });
    const afterPage = focusedCell(element).orderNumber!;
    const pageIndex = ORDERS.findIndex((order) => order.orderNumber === afterPage);
    expect(pageIndex).to.be.greaterThan(2, 'a screen of rows further');
    await sendKeys({ press: 'PageUp' });
    expect(focusedCell(element).orderNumber).to.equal(ORDERS[1].orderNumber);

    await pressWith('Control', 'End');
    await settle(element);
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[ORDERS.length - 1].orderNumber, column: 'Tags' });
    expect(focused(element)!.getBoundingClientRect().bottom).to.be.at.most(grid(element).getBoundingClientRect().bottom + 1, 'scrolled into view');
    await pressWith('Control', 'Home');
    await settle(element);
    expect(focusedCell(element)).to.deep.equal({ orderNumber: null, column: 'select' });

    // One tab stop: leaving and coming back returns to the same cell.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(null, 'Tab leaves the grid (and the table)');
    await pressWith('Shift', 'Tab');
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[0].orderNumber, column: 'select' });
  });

  it('opens an order with Enter on its row or a click on its number', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    const opened = oneEvent(element, 'suivi-order-open') as Promise<OrderOpenEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await opened).orderId).to.equal(ORDERS[1].id);

    const clicked = oneEvent(element, 'suivi-order-open') as Promise<OrderOpenEvent>;
    await click(drawnRows(element)[2].querySelector('.open-order')!);
    const event = await clicked;
    expect(event.orderId).to.equal(ORDERS[2].id);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('selects rows with Space or their checkbox, all matching orders from the header, and hands the selection to bulk actions', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await settle(element);
    const [first, second] = drawnRows(element);
    expect(first.getAttribute('aria-selected')).to.equal('true');
    expect(first.querySelector<HTMLInputElement>('.row-checkbox')!.checked).to.equal(true);
    expect(textOf(root(element).querySelector('[part="bulk-bar"] .count'))).to.equal('1 order selected');
    await click(second.querySelector('.row-checkbox')!);
    await settle(element);
    expect(second.getAttribute('aria-selected')).to.equal('true');

    const archived = oneEvent(element, 'suivi-bulk-action') as Promise<BulkActionEvent>;
    await click(button(element, 'Archive'));
    const event = await archived;
    expect(event.action).to.equal('archive');
    expect(event.orderIds).to.deep.equal([ORDERS[0].id, ORDERS[1].id]);

    // Select all matching: only the orders the current filter shows.
    await click([...root(element).querySelectorAll('[part="overview"] button')].find((candidate) => textOf(candidate).startsWith('In transit'))!);
    await settle(element);
    const inTransit = ORDERS.filter((order) => order.deliveryStatus === 'in_transit');
    const selectAll = root(element).querySelector<HTMLInputElement>('.select-all')!;
    expect(selectAll.getAttribute('aria-label')).to.equal(`Select all ${inTransit.length} matching orders`);
    await click(selectAll);
    await settle(element);
    expect(selectAll.checked).to.equal(true);
    const exported = oneEvent(element, 'suivi-bulk-action') as Promise<BulkActionEvent>;
    await click(button(element, 'Export as CSV'));
    const ids = (await exported).orderIds;
    expect(new Set(ids)).to.deep.equal(new Set([ORDERS[0].id, ORDERS[1].id, ...inTransit.map((order) => order.id)]));

    await click(selectAll);
    await settle(element);
    expect(selectAll.checked).to.equal(false);
    await click(button(element, 'Clear selection'));
    await settle(element);
    expect(root(element).querySelector('[part="bulk-bar"]')).to.equal(null);
  });

  it('keeps focus on the same order when new data arrives, and hands it on when that order goes', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    const focusedOrder = ORDERS[2];
    expect(focusedCell(element)).to.deep.equal({ orderNumber: focusedOrder.orderNumber, column: 'Order' });
    const topBefore = focused(element)!.getBoundingClientRect().top;

    const newOrder: OrderSummary = { ...ORDERS[0], id: 'ord_brand_new_order_01', orderNumber: '#1501', placedAt: '2026-11-20T08:59:00.000Z' };
    element.orders = [newOrder, ...ORDERS];
    await settle(element);
    expect(focusedCell(element)).to.deep.equal({ orderNumber: focusedOrder.orderNumber, column: 'Order' });
    expect(focused(element)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('5', 'one row further down the list');
    expect(focused(element)!.getBoundingClientRect().top).to.be.closeTo(topBefore, 1, 'and still where the merchant was looking');

    element.orders = element.orders.filter((order) => order.id !== focusedOrder.id);
    await settle(element);
    expect(focusedCell(element)).to.deep.equal({ orderNumber: ORDERS[3].orderNumber, column: 'Order' });
  });

  it('brings focus back to an order scrolled away and back, and never takes it back from the page', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell(element).orderNumber).to.equal(ORDERS[0].orderNumber);
    const scroller = grid(element);
    scroller.scrollTop = 100 * 48;
    await settle(element);
    expect(focused(element)).to.equal(scroller, 'the row element now shows another order, so the grid holds focus');
    scroller.scrollTop = 0;
    await settle(element);
    expect(focusedCell(element).orderNumber).to.equal(ORDERS[0].orderNumber);

    scroller.scrollTop = 100 * 48;
    await settle(element);
    const search = root(element).querySelector<HTMLInputElement>('input[type="search"]')!;
    await click(search);
    element.orders = [...ORDERS].reverse();
    await settle(element);
    expect(focused(element)).to.equal(search);
  });

  it('keeps the rows the merchant scrolled to in place when new orders arrive above them', async () => {
    const element = await renderTable();
    const scroller = grid(element);
    // As a wheel would: twenty rows down.
    scroller.scrollTop = 20 * 48;
    await settle(element);
    const topRow = () => drawnRows(element).find((row) => row.getBoundingClientRect().bottom > scroller.getBoundingClientRect().top + 44 + 24)!;
    const before = topRow();
    const orderNumber = textOf(before.querySelector('.open-order'));
    const top = before.getBoundingClientRect().top;

    const arrivals = [1501, 1502, 1503].map((n, i): OrderSummary => ({ ...ORDERS[i], id: `ord_arrival_${n}`, orderNumber: `#${n}` }));
    element.orders = [...arrivals, ...ORDERS];
    await settle(element);
    const after = topRow();
    expect(textOf(after.querySelector('.open-order'))).to.equal(orderNumber);
    expect(after.getBoundingClientRect().top).to.be.closeTo(top, 1);
    expect(resultCount(element)).to.equal('503 orders');
  });

  it('stays where the merchant scrolled when new data arrives while focus is on an order scrolled out of sight', async () => {
    const element = await renderTable();
    const scroller = grid(element);
    // Tick the second order's box with the mouse: focus is now in its row.
    const second = drawnRows(element).find((row) => textOf(row.querySelector('.open-order')) === ORDERS[1].orderNumber)!;
    await click(second.querySelector('input[type="checkbox"]')!);
    expect(focusedCell(element).orderNumber).to.equal(ORDERS[1].orderNumber);
    // Then scroll twenty-five rows down, as a wheel would.
    scroller.scrollTop = 25 * 48;
    await settle(element);
    const topRow = () => drawnRows(element).find((row) => row.getBoundingClientRect().bottom > scroller.getBoundingClientRect().top + 44 + 24)!;
    const orderNumber = textOf(topRow().querySelector('.open-order'));
    const top = topRow().getBoundingClientRect().top;

    // A live change: the orders come again, one more on top and one status changed.
    const arrival: OrderSummary = { ...ORDERS[0], id: 'ord_arrival_live', orderNumber: '#1601' };
    element.orders = [arrival, ...ORDERS.map((order, i) => (i === 30 ? { ...order, deliveryStatus: 'delivered' as const } : order))];
    await settle(element);
    expect(textOf(topRow().querySelector('.open-order'))).to.equal(orderNumber, 'the same order at the top');
    expect(topRow().getBoundingClientRect().top).to.be.closeTo(top, 1);
    expect(scroller.scrollTop).to.be.greaterThan(20 * 48, 'not brought back to the focused order');

    // Scrolling back finds focus and the tick where they were.
    scroller.scrollTop = 0;
    await settle(element);
    expect(focusedCell(element).orderNumber).to.equal(ORDERS[1].orderNumber);
    const back = drawnRows(element).find((row) => textOf(row.querySelector('.open-order')) === ORDERS[1].orderNumber)!;
    expect(back.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
  });

  it('keeps the selection when sorting, and the grid’s tab stop on the sorted header', async () => {
    const element = await renderTable();
    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await settle(element);
    // Sorted by order number: #1001 (the first order) stays first; its selection survives.
    expect(drawnRows(element)[0].getAttribute('aria-selected')).to.equal('true');
    expect(focusedCell(element)).to.deep.equal({ orderNumber: null, column: 'Order' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedCell(element).orderNumber).to.equal('#1001');
  });

  it('draws a bounded number of rows for 10,000 orders and reaches the last one', async () => {
    const many = generateOrderSummaries(10_000);
    const element = await renderTable(many);
    expect(grid(element).getAttribute('aria-rowcount')).to.equal('10001');
    const drawn = drawnRows(element).length;
    expect(drawn).to.be.within(8, 40);
    expect(root(element).querySelectorAll('*').length).to.be.below(1000);

    await tabIntoGrid(element);
    await sendKeys({ press: 'ArrowDown' });
    await pressWith('Control', 'End');
    await settle(element);
    expect(focusedCell(element).orderNumber).to.equal(many[many.length - 1].orderNumber);
    expect(focused(element)!.closest('[role="row"]')!.getAttribute('aria-rowindex')).to.equal('10001');
    expect(drawnRows(element).length).to.be.at.most(40);
    expect(root(element).querySelectorAll('[role="row"]').length).to.be.at.most(41, 'row elements are recycled, not added');
  });

  it('says when there are no orders at all', async () => {
    const element = await renderTable([]);
    expect(textOf(root(element).querySelector('[part="empty"]'))).to.equal('No orders yet.');
    expect(resultCount(element)).to.equal('0 orders');
    expect(drawnRows(element)).to.have.length(0);
  });
});
