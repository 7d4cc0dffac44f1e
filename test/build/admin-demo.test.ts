// Issue 4's "Done when", walked in the built demo's admin page in Chromium as a merchant would:
// every order with its delivery status; "Attempted delivery" from the overview strip (those rows
// only, and the chip); an order marked shipped with a tracking number through the confirmation
// that names who will be e-mailed; one shipment undone in time (nothing sent), another let go (the
// customer e-mailed); a carrier tick made in another tab (the shopper's page) arriving live
// without losing the scroll position or the selection; and two admin tabs on one order: tab A tags
// it while tab B's shipment waits behind its Undo toast, so B's write, based on the old version,
// is refused with a clear conflict, the order as it is now, and what B typed kept.
// Screenshots (light, and the conflict in dark) go to $SUIVI_SHOTS or a temporary folder.
//
//   node --import tsx --test test/build/admin-demo.test.ts
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { type BuiltDemo, startBuiltDemo } from './support/built-demo.ts';

const TABLE = 'suivi-order-admin >>> suivi-order-table';
const DETAIL = 'suivi-order-admin >>> suivi-order-detail';
/** The demo's Undo window (the element's default), plus time for the write to land. */
const UNDO_MS = 5_000;

interface Row {
  id: string;
  number: string;
  delivery: string;
  fulfilment: string;
  selected: boolean;
}

/** Polls `check` until it gives something other than false/undefined/null, or fails saying `what`. */
async function until<T>(check: () => Promise<T | false | null | undefined>, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== false && value !== null && value !== undefined) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function text(page: Page, selector: string): Promise<string> {
  const handle = await page.$(selector);
  if (!handle) return '';
  return squash(await handle.evaluate((node) => node.textContent));
}

/** Waits until `selector`'s text is `want`; the failure says what it read. */
async function untilText(page: Page, selector: string, want: string, what: string): Promise<void> {
  let seen = '';
  await until(async () => (seen = await text(page, selector)) === want, `${what}: wanted "${want}"`).catch((error: Error) => {
    throw new Error(`${error.message}, read "${seen}"`);
  });
}

async function element(page: Page, selector: string, what = selector): Promise<ElementHandle<Element>> {
  return until(() => page.$(selector), `no ${what}`);
}

/** The rows the table draws, top to bottom, with their order number, delivery and fulfilment cells. */
async function rows(page: Page): Promise<Row[]> {
  const found = await page.$$eval(`${TABLE} >>> .body [role="row"][data-order-id]:not([hidden])`, (nodes) =>
    nodes
      .map((node) => {
        const row = node as HTMLElement;
        const cell = (column: string) => row.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
        return {
          position: Number(row.dataset.position),
          id: row.dataset.orderId ?? '',
          number: row.querySelector('.open-order')?.textContent ?? '',
          delivery: cell('deliveryStatus'),
          fulfilment: cell('fulfillmentStatus'),
          selected: row.getAttribute('aria-selected') === 'true',
        };
      })
      .sort((a, b) => a.position - b.position),
  );
  return found.map(({ id, number, delivery, fulfilment, selected }) => ({ id, number: squash(number), delivery: squash(delivery), fulfilment: squash(fulfilment), selected }));
}

async function openAdmin(context: BrowserContext, url: string, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push((error as Error).message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') console.log(`[${scheme} page] ${message.text()}`);
  });
  // tsx names the functions it compiles with a __name helper; those sent to the page need it there.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await page.setViewport({ width: 1440, height: 1000 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(new URL('admin.html', url).href, { waitUntil: 'load' });
  await until(async () => (await rows(page)).length > 0, 'the table never showed rows');
  return { page, errors };
}

async function chooseView(page: Page, name: string): Promise<void> {
  const button = await element(page, `${TABLE} >>> .views ::-p-text(${name})`, `the "${name}" view`);
  await button.click();
  await until(() => button.evaluate((node) => node.getAttribute('aria-pressed') === 'true'), `the "${name}" view was not applied`);
  await rowsSettled(page);
}

/**
 * Waits until the rows in view stay where they are for two readings in a row: a view reloads the
 * list and puts its chips above it, and a click computed before that lands on another row.
 */
async function rowsSettled(page: Page): Promise<void> {
  let before = '';
  await until(async () => {
    const now = JSON.stringify(
      await page.$$eval(`${TABLE} >>> .body [role="row"][data-order-id]:not([hidden])`, (nodes) =>
        nodes.map((node) => [(node as HTMLElement).dataset.orderId, Math.round(node.getBoundingClientRect().top)]),
      ),
    );
    const settled = now === before && now !== '[]';
    before = now;
    return settled;
  }, 'the rows never stopped moving');
}

/** Opens an order's side panel from its row, as a click on its number does, and checks the panel shows that order. */
async function openOrder(page: Page, id: string): Promise<void> {
  await rowsSettled(page);
  const link = await element(page, `${TABLE} >>> .body [data-order-id="${id}"] .open-order`, `the row of ${id}`);
  const number = squash(await link.evaluate((node) => node.textContent));
  await link.click();
  await until(async () => (await text(page, `${DETAIL} >>> h2`)) === `Order ${number}`, `the panel never showed order ${number}`);
}

async function closePanel(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await until(async () => !(await page.$eval('suivi-order-admin >>> dialog[part="panel"]', (dialog) => (dialog as HTMLDialogElement).open)), 'the panel stayed open');
}

/** Opens "Mark as shipped", types a tracking number and confirms; returns what the dialog said about who is told. */
async function confirmShipment(page: Page, trackingNumber: string): Promise<string> {
  await (await element(page, `${DETAIL} >>> [data-action="fulfill"]`)).click();
  await element(page, `${DETAIL} >>> #ship-carrier`, 'the carrier list');
  const who = await text(page, `${DETAIL} >>> #ship-who`);
  await (await element(page, `${DETAIL} >>> #ship-tracking`)).type(trackingNumber);
  await (await element(page, `${DETAIL} >>> dialog form button[type="submit"]`)).click();
  await element(page, `${DETAIL} >>> [part="toast"]`, 'the Undo toast');
  return who;
}

/** The address in the dialog's "<name> will be e-mailed at <address>[ and sent a text at …].[ The e-mail will have no tracking number.]" */
function emailIn(who: string): string | undefined {
  return /e-mailed at (\S+?)(?: and sent a text|\.(?:\s|$))/.exec(who)?.[1];
}

/** The outbox panel's messages as read: recipient and text. */
async function outbox(page: Page): Promise<{ recipient: string; text: string }[]> {
  return page.$$eval('.outbox li', (items) =>
    items.map((item) => ({ recipient: item.querySelector('.recipient')?.textContent ?? '', text: item.querySelector('.outbox-text')?.textContent ?? '' })),
  );
}

describe('demo admin page: issue 4 done, in the built demo', () => {
  let demo: BuiltDemo | undefined;
  let shots = '';

  before(async () => {
    demo = await startBuiltDemo({ prefix: 'suivi-admin-demo-', launch: { protocolTimeout: 60_000 }, keep: Boolean(process.env.SUIVI_SHOTS) });
    shots = process.env.SUIVI_SHOTS ?? join(demo.outDir, 'shots');
    await mkdir(shots, { recursive: true });
  });

  after(async () => {
    await demo?.close();
  });

  it('a merchant filters, ships, undoes, watches a tick arrive from another tab, and meets a conflict between two tabs', async () => {
    const context = await demo!.browser.createBrowserContext();
    const { page: a, errors } = await openAdmin(context, demo!.url);

    console.log('step: Every order, with a delivery status column.');
    // Every order, with a delivery status column.
    await untilText(a, `${TABLE} >>> .result-count`, '300 orders', 'all orders counted');
    const headers = await a.$$eval(`${TABLE} >>> .head-row [role="columnheader"] .sort-label`, (labels) => labels.map((label) => label.textContent?.trim()));
    assert.ok(headers.includes('Delivery'), `columns: ${headers.join(', ')}`);
    assert.ok((await rows(a)).some((row) => row.delivery === 'In transit'), 'delivery statuses shown in the rows');

    console.log('step: "Attempted delivery" in the overview strip: only those ro');
    // "Attempted delivery" in the overview strip: only those rows, and a chip saying so.
    const attempted = await element(a, `${TABLE} >>> .overview [data-status="attempted_delivery"]`);
    const count = Number(await until(async () => {
      const shown = squash(await attempted.evaluate((button) => button.querySelector('.count')?.textContent));
      return /^\d+$/.test(shown) ? shown : false;
    }, 'no attempted-delivery count'));
    assert.ok(count > 0, 'the seed has attempted deliveries');
    await attempted.click();
    await untilText(a, `${TABLE} >>> .result-count`, `${count} of 300 orders`, 'the filtered count');
    const filtered = await rows(a);
    assert.equal(filtered.length, count);
    assert.deepEqual([...new Set(filtered.map((row) => row.delivery))], ['Attempted delivery']);
    assert.match(await text(a, `${TABLE} >>> [part="chips"]`), /Attempted delivery/);
    assert.equal(await attempted.evaluate((button) => button.getAttribute('aria-pressed')), 'true');
    await a.screenshot({ path: join(shots, '1-attempted-delivery-light.png') });
    await (await element(a, `${TABLE} >>> [part="chips"] button`)).click();
    await untilText(a, `${TABLE} >>> .result-count`, '300 orders', 'the chip cleared the filter');

    console.log('step: Paid, not shipped: ship the first one, then undo.');
    // Paid, not shipped: ship the first one, then undo.
    await chooseView(a, 'Paid, not shipped');
    await until(async () => {
      const drawn = await rows(a);
      return drawn.length >= 2 && drawn.every((row) => row.fulfilment === 'Not shipped yet' || row.fulfilment === 'Partially shipped');
    }, 'the view did not apply');
    const [undone, shipped] = await rows(a);
    assert.ok(undone && shipped, 'two orders to ship');
    await openOrder(a, undone.id);
    const who = await confirmShipment(a, 'UNDO12345678');
    assert.match(who, /^.+ will be e-mailed at \S+@\S+/, `the confirmation names who is told: ${who}`);
    await a.screenshot({ path: join(shots, '2-undo-countdown-light.png') });
    await (await element(a, `${DETAIL} >>> [part="toast"] button`)).click();
    await until(async () => !(await a.$(`${DETAIL} >>> [part="toast"]`)), 'the toast stayed');
    console.log('step: Past the Undo window: nothing was sent, nobody told.');
    // Past the Undo window: nothing was sent, nobody told.
    await new Promise((resolve) => setTimeout(resolve, UNDO_MS + 1_000));
    assert.ok(!(await outbox(a)).some((message) => message.text.includes('UNDO12345678')), 'an undone shipment sends nothing');
    assert.equal(await text(a, `${DETAIL} >>> dl dd:nth-of-type(2)`), 'Not shipped yet');
    await closePanel(a);

    console.log('step: The second one goes: after the countdown the customer is ');
    // The second one goes: after the countdown the customer is e-mailed.
    await openOrder(a, shipped.id);
    const shippedWho = await confirmShipment(a, 'SHIP12345678');
    const shippedEmail = emailIn(shippedWho);
    await until(async () => (await outbox(a)).find((message) => message.text.includes('SHIP12345678')), 'the shipping e-mail never appeared', UNDO_MS + 10_000);
    const sent = (await outbox(a)).filter((message) => message.text.includes('SHIP12345678'));
    assert.ok(sent.some((message) => message.recipient === shippedEmail), `e-mailed to ${shippedEmail}: ${JSON.stringify(sent)}`);
    await closePanel(a);

    console.log("step: A carrier tick made in another tab (the shopper's page) a");
    // A carrier tick made in another tab (the shopper's page) arrives live, scroll and selection kept.
    await chooseView(a, 'All');
    await untilText(a, `${TABLE} >>> .result-count`, '300 orders', 'back to all orders');
    const scroller = await element(a, `${TABLE} >>> .scroller`);
    await scroller.evaluate((node) => (node.scrollTop = 480));
    const moving = await until(async () => {
      const drawn = (await rows(a)).filter((row) => ['Confirmed', 'In transit', 'Out for delivery'].includes(row.delivery));
      return drawn.length ? drawn : false;
    }, 'no parcel on its way in view');
    const picked = (await rows(a)).find((row) => !moving.some((m) => m.id === row.id)) ?? moving[0]!;
    await (await element(a, `${TABLE} >>> .body [data-order-id="${picked.id}"] .row-checkbox`)).click();
    await until(async () => (await rows(a)).find((row) => row.id === picked.id)?.selected, 'the row was not selected');
    const scrollBefore = await scroller.evaluate((node) => node.scrollTop);

    const shopper = await context.newPage();
    shopper.on('pageerror', (error) => errors.push(`shopper: ${(error as Error).message}`));
    await shopper.goto(demo!.url, { waitUntil: 'load' });
    const clock = await element(shopper, '::-p-text(Advance carrier clock)', "the shopper page's clock button");
    await until(() => clock.evaluate((button) => !(button as HTMLButtonElement).disabled), 'the clock stayed disabled');
    await clock.click();
    // Back to the admin tab (a tab in the background draws nothing until it is shown again).
    await a.bringToFront();
    await until(async () => {
      const now = await rows(a);
      return moving.some((before) => {
        const after = now.find((row) => row.id === before.id);
        return after !== undefined && after.delivery !== before.delivery;
      });
    }, 'no status change arrived live in the admin tab');
    assert.equal(await scroller.evaluate((node) => node.scrollTop), scrollBefore, 'the scroll position is kept');
    assert.ok((await rows(a)).find((row) => row.id === picked.id)?.selected, 'the selection is kept');
    await a.screenshot({ path: join(shots, '3-live-tick-light.png') });
    await shopper.close();

    console.log('step: Two admin tabs on one order.');
    // Two admin tabs on one order.
    await chooseView(a, 'Paid, not shipped');
    const target = await until(async () => (await rows(a)).find((row) => row.id === undone.id), 'the undone order is still to ship');
    console.log('step: tab B opens');
    const { page: b, errors: errorsB } = await openAdmin(context, demo!.url, 'dark');
    await chooseView(b, 'Paid, not shipped');
    console.log('step: B opens the order');
    await openOrder(b, target.id);
    console.log('step: A opens the order');
    await a.bringToFront();
    await openOrder(a, target.id);
    await b.bringToFront();
    console.log('step: B types a note it has not sent yet, then confirms a shipm');
    // B types a note it has not sent yet, then confirms a shipment: it waits behind the Undo toast...
    await (await element(b, `${DETAIL} >>> #note-text`)).type('Call before delivery');
    await confirmShipment(b, 'TABB12345678');
    // ...while A tags the order.
    await a.bringToFront();
    await (await element(a, `${DETAIL} >>> #tag-text`)).type('priority');
    await a.keyboard.press('Enter');
    await until(async () => (await text(a, `${DETAIL} >>> .tags`)).includes('priority'), 'A could not tag the order');
    console.log("step: B's shipment leaves with the version B confirmed: refused");
    // B's shipment leaves with the version B confirmed: refused, and said so.
    await b.bringToFront();
    const alert = await until(async () => (await text(b, `${DETAIL} >>> [part="alert"]`)) || false, 'B never showed the conflict', UNDO_MS + 10_000);
    assert.match(alert, /Someone else changed this order/);
    assert.match(alert, /Your change \(Mark as shipped\) was not applied/);
    assert.match(alert, /Changed by another back office at/);
    assert.match(alert, /Tags: \+priority/);
    assert.match(alert, /tracking number TABB12345678/);
    assert.ok((await text(b, `${DETAIL} >>> .tags`)).includes('priority'), "B's panel shows the order as it is now");
    assert.equal(await (await element(b, `${DETAIL} >>> #note-text`)).evaluate((field) => (field as HTMLTextAreaElement).value), 'Call before delivery', "B's unsent note is kept");
    assert.ok(!(await outbox(a)).some((message) => message.text.includes('TABB12345678')), 'nothing sent for the refused shipment');
    await b.screenshot({ path: join(shots, '4-conflict-dark.png') });

    console.log('step: B reviews and ships again, its tracking number still ther');
    // B reviews and ships again, its tracking number still there; A sees it arrive.
    await (await element(b, `${DETAIL} >>> ::-p-text(Review and mark as shipped)`)).click();
    const tracking = await element(b, `${DETAIL} >>> #ship-tracking`);
    assert.equal(await tracking.evaluate((field) => (field as HTMLInputElement).value), 'TABB12345678');
    await b.screenshot({ path: join(shots, '5-ship-again-dark.png') });
    await (await element(b, `${DETAIL} >>> dialog form button[type="submit"]`)).click();
    await a.bringToFront();
    await until(async () => (await text(a, `${DETAIL} >>> [aria-labelledby="shipments-h"]`)).includes('TABB12345678'), "A's open panel never showed B's shipment", UNDO_MS + 10_000);
    await a.screenshot({ path: join(shots, '6-other-tab-shipped-light.png') });

    assert.deepEqual([...errors, ...errorsB], []);
    await context.close();
    console.log(`screenshots: ${shots}`);
  });
});
