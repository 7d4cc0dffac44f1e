// Issue 3's "Done when", walked in the built demo as a shopper would: the demo built by Vite and
// served from 127.0.0.1, Chromium driven by puppeteer-core, fields found by their labels, text
// typed, buttons clicked. A two-carrier order followed as the carrier clock advances; a share link
// opened in a new tab shows nothing personal; a return refused for a broken rule, then accepted
// and shown in the timeline; SMS opted in to and the outbox filling; an untracked carrier and an
// attempted delivery. Then a share link opened in a truly fresh browser (no storage, no session,
// only the link) against the standalone mock server.
//
// Each walk runs in a browser context of its own, so it starts on freshly seeded demo data (the
// demo keeps its mock's data in the context's localStorage).
//
// With SUIVI_SCREENSHOTS=<dir> set, the walk saves screenshots of the page in light and dark,
// English and French, for a person to look at.
//
//   node --import tsx --test test/build/shopper-after-purchase-demo.test.ts
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, ElementHandle, Page } from 'puppeteer-core';
import { createMockApi } from '@suivi/mocks';
import { DEFAULT_RETURN_WINDOW_DAYS, type CustomerOrderView } from '@suivi/model';
import { createSuiviClient } from '@suivi/sdk';
import { containsWhole } from '../unit/fixtures/personal-data.ts';
import { watchPageProblems } from './support/page-problems.ts';
import { type BuiltDemo, startBuiltDemo } from './support/built-demo.ts';
import { type ExampleSite, startExampleSite } from './support/example-site.ts';

const SCREENSHOTS = process.env.SUIVI_SCREENSHOTS ?? '';
const WAIT = { timeout: 20_000 };

/** The demo's showcase orders this walk uses, as its "orders to try" list gives them. */
const TWO_CARRIERS = { number: '#1005', email: 'hugo.lefevre@example.fr' };
const DELIVERED = { number: '#1003', email: 'chloe.bernard@example.fr' };
const ATTEMPTED = { number: '#1004', email: 'amelia.clarke@example.co.uk' };
const UNTRACKED = { number: '#1006', email: 'mathilde.roux@example.fr' };

type Lookup = { number: string; email: string };

/**
 * Functions the walk runs inside the page: the status page's elements are nested shadow roots
 * (page → timeline → map), so reading them means walking down those roots.
 */
const IN_PAGE = `
  window.suiviTest = {
    root(...tags) {
      let node = document;
      for (const tag of tags) {
        node = node?.querySelector(tag)?.shadowRoot ?? null;
        if (!node) return null;
      }
      return node;
    },
    text(node) {
      return (node?.textContent ?? '').replace(/[\\s\\u00a0\\u202f]+/g, ' ').trim();
    },
    /** Every text node and attribute value, the document and every shadow root (open) included. */
    everything() {
      const found = [];
      const visit = (node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.nodeValue?.trim();
          if (text) found.push(text);
          return;
        }
        if (node instanceof Element) {
          for (const attribute of node.attributes) if (attribute.value) found.push(attribute.value);
          if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) found.push(node.value);
          if (node.shadowRoot) visit(node.shadowRoot);
        }
        for (const child of node.childNodes) visit(child);
      };
      visit(document);
      return found;
    },
  };
`;

interface InPage {
  root(...tags: string[]): ShadowRoot | null;
  text(node: Node | null | undefined): string;
  everything(): string[];
}

declare global {
  interface Window {
    suiviTest: InPage;
  }
}

/** A new tab in `context` with the in-page helpers, its problems collected. */
async function openTab(context: BrowserContext, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  await page.evaluateOnNewDocument(IN_PAGE);
  const problems = watchPageProblems(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/** Types the order number and e-mail into the lookup form and presses "Find my order", as a shopper does. */
async function lookUp(page: Page, order: Lookup): Promise<void> {
  const number = await page.waitForSelector('::-p-aria([name="Order number"][role="textbox"])', WAIT);
  await number!.click({ count: 3 });
  await page.keyboard.type(order.number.replace('#', ''));
  const email = await page.waitForSelector('::-p-aria([name="E-mail address"][role="textbox"])', WAIT);
  await email!.click({ count: 3 });
  await page.keyboard.type(order.email);
  await (await page.waitForSelector('::-p-aria([name="Find my order"][role="button"])', WAIT))!.click();
  await page.waitForSelector(`::-p-aria([name="Order ${order.number}"][role="heading"])`, WAIT);
}

/**
 * The order as its shopper's own page gets it (the customer view, through the demo's API in the
 * page), to know which personal values a shared page must not show.
 */
async function customerView(page: Page, order: Lookup): Promise<CustomerOrderView> {
  return page.evaluate(async ({ number, email }) => {
    const response = await fetch('/api/v1/lookup', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderNumber: number, email }) });
    if (!response.ok) throw new Error(`lookup answered ${response.status}`);
    return ((await response.json()) as { order: CustomerOrderView }).order;
  }, order);
}

/** The street lines, postcodes, e-mail, phone numbers, name and payment details of an order. */
function personalValuesOf(order: CustomerOrderView): string[] {
  const values = [order.customer.name, order.customer.email, order.customer.phone, order.payment.methodDetail];
  for (const address of [order.shippingAddress, order.billingAddress]) {
    if (address) values.push(address.name, address.company, address.line1, address.line2, address.postalCode, address.phone);
  }
  return [...new Set(values.filter((value): value is string => Boolean(value && value.trim().length >= 3)))];
}

/** What of `values` the page shows or carries anywhere, shadow roots included. */
async function shownOf(page: Page, values: string[]): Promise<string[]> {
  const rendered = (await page.evaluate(() => window.suiviTest.everything())).join('\n');
  return values.filter((value) => containsWhole(rendered, value));
}

interface ShipmentSection {
  heading: string;
  badge: string;
  items: string[];
  maps: number;
}

/** Each shipment section of the status page's timeline, as read. */
async function sections(page: Page): Promise<ShipmentSection[]> {
  return page.evaluate(() => {
    const { root, text } = window.suiviTest;
    const timeline = root('suivi-order-status', 'suivi-order-timeline');
    return [...(timeline?.querySelectorAll('[part="section"]') ?? [])].map((section) => ({
      heading: text(section.querySelector('[part="section-heading"]')),
      // The badge's words, without the glyph drawn for sighted readers.
      badge: text(section.querySelector('[part="badge"]')).replace(/^[^\p{L}]+/u, ''),
      items: [...section.querySelectorAll('[part="items"] li')].map((item) => text(item)),
      maps: section.querySelectorAll('suivi-tracking-map').length,
    }));
  });
}

/** The map of shipment `index`: scrolled into view (it draws once seen), then its sentence for those who cannot see it. */
async function mapSentence(page: Page, index: number): Promise<string> {
  const handle = await page.waitForFunction(
    (at) => {
      const { root, text } = window.suiviTest;
      const map = root('suivi-order-status', 'suivi-order-timeline')?.querySelectorAll('[part="section"]')[at]?.querySelector('suivi-tracking-map');
      map?.scrollIntoView({ block: 'center' });
      return text(map?.shadowRoot?.querySelector('[part="caption"]')) || false;
    },
    WAIT,
    index,
  );
  return (await handle.jsonValue()) as string;
}

/** A field of the return form, by the text of its label (visible words and the words only a screen reader hears). */
async function returnField(page: Page, label: string): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const { root, text } = window.suiviTest;
      const form = root('suivi-order-status', 'suivi-return-request');
      const found = [...(form?.querySelectorAll('label') ?? [])].find((candidate) => text(candidate) === wanted);
      return (found && form?.getElementById(found.htmlFor)) ?? false;
    },
    WAIT,
    label,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

async function clickButton(page: Page, name: string): Promise<void> {
  const button = await page.waitForSelector(`::-p-aria([name="${name}"][role="button"])`, WAIT);
  await button!.click();
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Chooses a language or theme with the demo's own switches (radio buttons in its header). */
async function choose(page: Page, name: string): Promise<void> {
  const radio = await page.waitForSelector(`::-p-aria([name="${name}"][role="radio"])`, WAIT);
  await radio!.click();
}

describe('demo: a shopper after the purchase (issue 3, done when)', () => {
  let demo: BuiltDemo | undefined;

  before(async () => {
    demo = await startBuiltDemo({ prefix: 'suivi-demo-walk-' });
  });

  after(async () => {
    await demo?.close();
  });

  it('follows a two-carrier order as the clock advances, and shares a link that shows nothing personal', async () => {
    const context = await demo!.browser.createBrowserContext();
    try {
      const { page, problems } = await openTab(context, demo!.url);
      await lookUp(page, TWO_CARRIERS);
      const order = await customerView(page, TWO_CARRIERS);
      const titles = new Map(order.lineItems.map((item) => [item.id, item.title]));

      // One section per parcel, each with its items and its own map.
      const before = await sections(page);
      assert.deepEqual(
        before.map(({ heading, items, maps }) => ({ heading, items, maps })),
        order.shipments.map((shipment, index) => ({
          heading: `Shipment ${index + 1} of ${order.shipments.length} · ${shipment.carrier.name}`,
          items: shipment.lineItems.map((line) => `${titles.get(line.lineItemId)} × ${line.quantity}`),
          maps: 1,
        })),
      );
      assert.deepEqual(before.map((section) => section.badge), ['Delivered', 'In transit']);
      const sentenceBefore = await mapSentence(page, 1);
      assert.match(sentenceBefore, /^Your parcel is in .+, (about|less than) .+ km from .+\.$/, 'the map says where the parcel is and how far it has to go');
      await shoot(page, '01-two-carriers-light-en');

      // The demo's clock button: the moving parcel's sentence changes, then its status.
      await clickButton(page, 'Advance carrier clock');
      await page.waitForFunction(
        (previous) => {
          const { root, text } = window.suiviTest;
          const map = root('suivi-order-status', 'suivi-order-timeline')?.querySelectorAll('[part="section"]')[1]?.querySelector('suivi-tracking-map');
          const now = text(map?.shadowRoot?.querySelector('[part="caption"]'));
          return now && now !== previous;
        },
        WAIT,
        sentenceBefore,
      );
      let badge = (await sections(page))[1]!.badge;
      for (let tick = 0; badge === 'In transit' && tick < 3; tick++) {
        await clickButton(page, 'Advance carrier clock');
        await page.waitForFunction(() => window.suiviTest.text(document.querySelector('.clock-report')) !== '', WAIT);
        await new Promise((settle) => setTimeout(settle, 300));
        badge = (await sections(page))[1]!.badge;
      }
      assert.notEqual(badge, 'In transit', 'the second parcel moved on to a new status');
      assert.notEqual(await mapSentence(page, 1), sentenceBefore);
      assert.equal((await sections(page))[0]!.badge, 'Delivered', 'the delivered parcel stays delivered');
      await shoot(page, '02-two-carriers-after-clock-light-en');

      // Share progress; the demo's mock keeps its share links in this browser's localStorage, so
      // a new tab of the same browser is how the demo opens a link it made. That tab has no
      // shopper session: nobody looked the order up there.
      await clickButton(page, 'Share progress');
      const linkHandle = await page.waitForFunction(
        () => window.suiviTest.root('suivi-order-status', 'suivi-share-link')?.querySelector<HTMLInputElement>('[part="link-url"]')?.value || false,
        WAIT,
      );
      const link = (await linkHandle.jsonValue()) as string;
      assert.equal(new URL(link).origin, new URL(demo!.url).origin, 'the link points back at the demo');
      const personal = personalValuesOf(order);
      assert.ok(personal.includes(order.customer.email) && order.shippingAddress && personal.includes(order.shippingAddress.postalCode));
      assert.ok((await shownOf(page, personal)).includes(order.customer.email), 'the check finds the e-mail on the shopper’s page (so it can fail)');

      const shared = await openTab(context, link);
      await shared.page.waitForSelector(`::-p-aria([name="Order ${TWO_CARRIERS.number}"][role="heading"])`, WAIT);
      await shared.page.waitForFunction(() => window.suiviTest.root('suivi-shared-order', 'suivi-order-timeline')?.querySelectorAll('suivi-tracking-map').length === 2, WAIT);
      assert.equal(await shared.page.evaluate(() => document.querySelector('suivi-order-status')), null, 'the shopper’s status page is not on the shared page');
      const sharedText = (await shared.page.evaluate(() => window.suiviTest.everything())).join('\n');
      for (const item of order.lineItems) assert.ok(sharedText.includes(item.title), `the shared page lists ${item.title}`);
      // The tracking numbers are drawn two shadow roots down (page → timeline): the check reads that deep.
      const trackingNumbers = order.shipments.map((shipment) => shipment.trackingNumber!);
      assert.deepEqual(await shownOf(shared.page, trackingNumbers), trackingNumbers);
      assert.deepEqual(await shownOf(shared.page, personal), [], 'no address, postcode, e-mail, phone or payment detail on the shared page');
      await shoot(shared.page, '03-shared-link-new-tab');
      assert.deepEqual(shared.problems, []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('refuses a return that breaks a rule, with the reason, then accepts a valid one and shows it in the timeline', async () => {
    // The demo's data is the mock's default seed, anchored on the moment it was made: the same
    // seed here gives the same orders, with their dates in the same place relative to now. An
    // order delivered well before the return window is one a shopper of the shop could look up.
    const seed = createMockApi({ anchor: new Date() });
    const limit = Date.now() - (DEFAULT_RETURN_WINDOW_DAYS + 2) * 86_400_000;
    const old = seed.store
      .all()
      .find((candidate) => candidate.state === 'open' && !candidate.returns.length && candidate.shipments.length === 1 && candidate.shipments[0]!.status === 'delivered' && Date.parse(candidate.shipments[0]!.deliveredAt!) < limit);
    assert.ok(old, 'the seed has an order delivered long ago');
    const context = await demo!.browser.createBrowserContext();
    try {
      const { page, problems } = await openTab(context, demo!.url);
      const returnForm = () => window.suiviTest.root('suivi-order-status', 'suivi-return-request');
      const alertOf = () => page.waitForFunction(() => window.suiviTest.text(window.suiviTest.root('suivi-order-status', 'suivi-return-request')?.querySelector('[role="alert"].shown')) || false, WAIT);
      const label = (item: { title: string; variant: string | null }) => `${item.variant ? `${item.title} (${item.variant})` : item.title}, quantity to return`;

      // Outside the return window: the page cannot know the window; the shop says so.
      await lookUp(page, { number: old.orderNumber, email: old.customer.email });
      const oldItem = old.lineItems.find((item) => item.id === old.shipments[0]!.lineItems[0]!.lineItemId)!;
      await page.waitForFunction(returnForm, WAIT);
      const oldField = await returnField(page, label(oldItem));
      await oldField!.click({ count: 3 });
      await page.keyboard.type('1');
      await (await page.waitForSelector('::-p-aria([name="Reason"][role="combobox"])', WAIT))!.focus();
      await page.keyboard.type('Arrived damaged');
      await clickButton(page, 'Request return');
      const refusal = (await (await alertOf()).jsonValue()) as string;
      assert.match(refusal, new RegExp(`^The return window for ${oldItem.title}.* closed on .+\\. Set it to 0; if something is wrong with it, contact the shop\\.$`));
      await shoot(page, '04-return-refused-window');

      // A delivered order within the window: asking for more than was delivered is refused before
      // anything is sent, with the bound; the valid request is filed and shows in the timeline.
      await clickButton(page, 'Look up another order');
      await lookUp(page, DELIVERED);
      const order = await customerView(page, DELIVERED);
      const item = order.lineItems[0]!;
      const field = await returnField(page, label(item));
      await field!.click({ count: 3 });
      await page.keyboard.type(String(item.quantity + 1));
      await (await page.waitForSelector('::-p-aria([name="Reason"][role="combobox"])', WAIT))!.focus();
      await page.keyboard.type('Too small');
      await clickButton(page, 'Request return');
      await page.waitForFunction(
        (expected) => window.suiviTest.text(window.suiviTest.root('suivi-order-status', 'suivi-return-request')).includes(expected),
        WAIT,
        `Enter a whole number from 0 to ${item.quantity}.`,
      );
      await field!.click({ count: 3 });
      await page.keyboard.type(String(item.quantity));
      await clickButton(page, 'Request return');
      await page.waitForFunction(
        () => window.suiviTest.text(window.suiviTest.root('suivi-order-status', 'suivi-return-request')?.querySelector('[part="status"]')).startsWith('Return requested for'),
        WAIT,
      );
      const timelineReturn = await page.waitForFunction(
        () => {
          const { root, text } = window.suiviTest;
          const returns = root('suivi-order-status', 'suivi-order-timeline')?.querySelector('[aria-labelledby="returns-heading"]');
          return returns ? text(returns) : false;
        },
        WAIT,
      );
      const returnText = (await timelineReturn.jsonValue()) as string;
      assert.match(returnText, /^Returns/);
      assert.ok(returnText.includes(item.title), 'the timeline lists the returned item');
      assert.ok(returnText.includes('Return requested'), 'with its status');
      await shoot(page, '05-return-accepted');
      // The refusal is a 422 answer, which Chromium also logs to the console.
      assert.deepEqual(problems.filter((problem) => !/\b422\b/.test(problem)), [], 'nothing failed but the refused return');
    } finally {
      await context.close();
    }
  });

  it('opts in to SMS and the outbox gains an SMS entry (channel, recipient, message, time) at the next clock tick', async () => {
    const context = await demo!.browser.createBrowserContext();
    try {
      const { page, problems } = await openTab(context, demo!.url);
      // #1004: delivery was attempted; the next scan puts the parcel out for delivery again (#1005 has no phone).
      await lookUp(page, ATTEMPTED);
      const order = await customerView(page, ATTEMPTED);
      const smsSwitch = await page.waitForSelector(`::-p-aria([name="SMS updates to the number ending in ${order.customer.phone!.slice(-2)}"][role="switch"])`, WAIT);
      await smsSwitch!.focus();
      await page.keyboard.press('Space');
      await page.waitForFunction(
        () => window.suiviTest.text(window.suiviTest.root('suivi-order-status', 'suivi-notification-preferences')?.querySelector('[role="status"]')) === 'Saved: you will get SMS updates.',
        WAIT,
      );
      const smsEntries = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.outbox li')]
            .map((entry) => ({
              channel: window.suiviTest.text(entry.querySelector('.channel')),
              recipient: window.suiviTest.text(entry.querySelector('.recipient')),
              time: entry.querySelector('time')?.getAttribute('datetime') ?? '',
              message: window.suiviTest.text(entry.querySelector('.outbox-text')),
            }))
            .filter((entry) => entry.channel === 'SMS'),
        );
      const before = (await smsEntries()).filter((entry) => entry.recipient === order.customer.phone);
      assert.deepEqual(before, []);

      await clickButton(page, 'Advance carrier clock');
      await page.waitForFunction((phone) => [...document.querySelectorAll('.outbox .recipient')].some((node) => node.textContent?.trim() === phone), WAIT, order.customer.phone);
      const [sms] = (await smsEntries()).filter((entry) => entry.recipient === order.customer.phone);
      assert.equal(sms!.channel, 'SMS');
      assert.match(sms!.message, new RegExp(`${order.orderNumber}.*out for delivery|${order.orderNumber}.*en cours de livraison`, 'i'));
      assert.ok(Number.isFinite(Date.parse(sms!.time)), 'the entry has its time');
      await shoot(page, '06-sms-outbox');

      // The demo's switches: the same page in dark, then in French.
      await choose(page, 'Dark');
      await shoot(page, '07-attempted-dark-en');
      await choose(page, 'FR');
      await page.waitForSelector('::-p-aria([name="Commandes à essayer"][role="heading"])', WAIT);
      await shoot(page, '08-attempted-dark-fr');
      await choose(page, 'Clair');
      await shoot(page, '09-attempted-light-fr');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('shows an untracked carrier without a map or a made-up status, and an attempted delivery as its own state', async () => {
    const context = await demo!.browser.createBrowserContext();
    try {
      const { page, problems } = await openTab(context, demo!.url);
      await lookUp(page, UNTRACKED);
      const order = await customerView(page, UNTRACKED);
      const shipment = order.shipments[0]!;
      const seen = await page.evaluate(() => {
        const { root, text } = window.suiviTest;
        const timeline = root('suivi-order-status', 'suivi-order-timeline')!;
        return {
          maps: timeline.querySelectorAll('suivi-tracking-map').length,
          badges: timeline.querySelectorAll('[part="section"] [part="badge"]').length,
          untracked: text(timeline.querySelector('[part="untracked"]')),
          tracking: text(timeline.querySelector('[part="tracking"]')),
          link: timeline.querySelector<HTMLAnchorElement>('[part="tracking-link"]')?.href ?? '',
        };
      });
      assert.deepEqual(seen, {
        maps: 0,
        badges: 0,
        untracked: 'Live tracking is not available for this carrier. Use the tracking number on the carrier’s website to follow your parcel.',
        tracking: seen.tracking,
        link: shipment.trackingUrl,
      });
      assert.ok(seen.tracking.includes(shipment.trackingNumber!), 'the tracking number is shown');
      await shoot(page, '10-untracked-carrier');

      await clickButton(page, 'Look up another order');
      await lookUp(page, ATTEMPTED);
      const [section] = await sections(page);
      assert.equal(section!.badge, 'Attempted delivery');
      const alert = await page.evaluate(() => window.suiviTest.text(window.suiviTest.root('suivi-order-status', 'suivi-order-timeline')?.querySelector('[part="alert"]')));
      assert.match(alert, /Delivery attempted The carrier tried to deliver your parcel but could not\./);
      assert.match(await mapSentence(page, 0), /^Your parcel is in /);
      await shoot(page, '11-attempted-delivery');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('a share link opened in a fresh browser, against the standalone mock server', () => {
  let site: ExampleSite | undefined;

  before(async () => {
    site = await startExampleSite();
  });

  after(async () => {
    await site?.close();
  });

  it('shows the order and its parcels with only the link: no storage, no session, nothing personal', async () => {
    // The shopper made the link from their own page; here the SDK does it against the server.
    const client = createSuiviClient({ baseUrl: site!.mock.url });
    const session = await client.lookupOrder({ orderNumber: TWO_CARRIERS.number, email: TWO_CARRIERS.email });
    const order = (await client.getOrder(session)) as CustomerOrderView;
    const link = await client.createShareLink(session);

    // A new incognito context: no cookies, no localStorage, nothing of the shopper's.
    const context = await site!.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.evaluateOnNewDocument(IN_PAGE);
      const problems = watchPageProblems(page);
      const address = new URL('test/build/support/shared-link-page.html', site!.url);
      address.searchParams.set('api', site!.mock.url);
      address.searchParams.set('share', link.token);
      await page.goto(address.href, { waitUntil: 'load' });
      assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, '']);
      await page.waitForSelector(`::-p-aria([name="Order ${TWO_CARRIERS.number}"][role="heading"])`, WAIT);
      await page.waitForFunction(() => window.suiviTest.root('suivi-shared-order', 'suivi-order-timeline')?.querySelectorAll('suivi-tracking-map').length === 2, WAIT);
      const text = (await page.evaluate(() => window.suiviTest.everything())).join('\n');
      for (const item of order.lineItems) assert.ok(text.includes(item.title), `the shared page lists ${item.title}`);
      assert.deepEqual(await shownOf(page, personalValuesOf(order)), [], 'no address, postcode, e-mail, phone or payment detail');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
