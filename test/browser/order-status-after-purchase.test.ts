/**
 * The status page after the purchase, as a shopper who looks their order up sees it: each parcel
 * in its own section with its items, its map and its carrier; what has not shipped yet; a pause
 * in shipping said in plain words; an attempted delivery; a carrier without live tracking; digital
 * items and gift cards, paid or not. The elements are tested one by one elsewhere; this is the
 * whole page, reached through the lookup form.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Order } from '@suivi/model';
import type { SuiviOrderStatus } from '@suivi/components';
import { api, useMockApi } from './support/mock-api.ts';
import { button, openOrder, shadowOf, textOf, toolOf } from './support/shopper.ts';

useMockApi();

function timelineOf(page: SuiviOrderStatus): ShadowRoot {
  return shadowOf(page.shadowRoot!, 'suivi-order-timeline')!;
}

function summaryOf(page: SuiviOrderStatus): ShadowRoot {
  return shadowOf(page.shadowRoot!, 'suivi-order-summary')!;
}

/** A badge's words, without the glyph drawn before them for sighted readers (aria-hidden). */
function badgeText(badge: Element | null | undefined): string {
  return textOf(badge).replace(/^[^\p{L}]+/u, '');
}

function titleOf(order: Order, lineItemId: string): string {
  return order.lineItems.find((item) => item.id === lineItemId)!.title;
}

describe('<suivi-order-status> after the purchase', () => {
  it('follows a two-carrier order: one section per parcel with its items and map, the moving one updating live', async function () {
    this.timeout(20_000);
    const order = api.store.getByNumber('#1005')!;
    const page = await openOrder('#1005');
    const timeline = timelineOf(page);
    const sections = () => [...timeline.querySelectorAll('[part="section"]')];
    expect(sections().map((section) => textOf(section.querySelector('[part="section-heading"]')))).to.deep.equal([
      'Shipment 1 of 2 · Colissimo',
      'Shipment 2 of 2 · Chronopost',
    ]);
    for (const [index, shipment] of order.shipments.entries()) {
      const items = [...sections()[index]!.querySelectorAll('[part="items"] li')].map(textOf);
      expect(items).to.deep.equal(shipment.lineItems.map((line) => `${titleOf(order, line.lineItemId)} × ${line.quantity}`));
      expect(sections()[index]!.querySelector('suivi-tracking-map')).to.exist;
    }
    expect(badgeText(sections()[0]!.querySelector('[part="badge"]'))).to.equal('Delivered');
    expect(badgeText(sections()[1]!.querySelector('[part="badge"]'))).to.equal('In transit');

    // The Chronopost parcel's map says where it is; the next scans move it on, on screen.
    const map = sections()[1]!.querySelector('suivi-tracking-map')!;
    map.scrollIntoView();
    await waitUntil(() => textOf(map.shadowRoot?.querySelector('[part="caption"]')), 'no map sentence', { timeout: 8000 });
    const before = textOf(map.shadowRoot!.querySelector('[part="caption"]'));
    api.clock.advance(1);
    await waitUntil(() => textOf(map.shadowRoot!.querySelector('[part="caption"]')) !== before, 'the map never moved', { timeout: 8000 });
    api.clock.advance(1);
    await waitUntil(() => badgeText(sections()[1]!.querySelector('[part="badge"]')) === 'Delivered', 'the parcel never arrived', { timeout: 8000 });
    expect(textOf(timeline.querySelector('[part="announcer"]'))).to.equal('Shipment 2: Delivered');
  });

  it('lists what has not shipped yet on a partly shipped order, beside the parcel that has', async () => {
    // #1009: the serving dish is on its way with Colissimo; the tablecloth and the board are not shipped yet.
    const order = api.store.getByNumber('#1009')!;
    const page = await openOrder('#1009');
    const timeline = timelineOf(page);
    const sections = [...timeline.querySelectorAll('[part="section"]')];
    expect(sections.map((section) => textOf(section.querySelector('[part="section-heading"]')))).to.deep.equal(['Your shipment · Colissimo']);
    expect([...sections[0]!.querySelectorAll('[part="items"] li')].map(textOf)).to.deep.equal([`${order.lineItems[0]!.title} × 1`]);
    expect(badgeText(sections[0]!.querySelector('[part="badge"]'))).to.equal('In transit');
    const unshipped = timeline.querySelector('[part="unshipped"]');
    expect(textOf(unshipped?.querySelector('[role="heading"]'))).to.equal('Not shipped yet');
    const shipped = new Map<string, number>();
    for (const shipment of order.shipments) for (const line of shipment.lineItems) shipped.set(line.lineItemId, (shipped.get(line.lineItemId) ?? 0) + line.quantity);
    const expected = order.lineItems
      .filter((item) => item.kind === 'physical' && item.quantity > (shipped.get(item.id) ?? 0))
      .map((item) => `${item.title} × ${item.quantity - (shipped.get(item.id) ?? 0)}`);
    expect([...unshipped!.querySelectorAll('li')].map(textOf)).to.deep.equal(expected);
  });

  it('says in words when a scheduled order will ship, and that an order on hold needs nothing from the shopper', async () => {
    const scheduled = api.store.getByNumber('#1010')!;
    let page = await openOrder('#1010');
    const [year, month, day] = scheduled.fulfillmentHold!.until!.split('-').map(Number);
    const date = new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day));
    expect(textOf(timelineOf(page).querySelector('[part="notice"]'))).to.equal(`Your order is scheduled to ship on ${date}. We’ll let you know when it’s on its way.`);
    // What staff wrote about the pre-order stays with staff.
    expect(textOf(page.shadowRoot!)).not.to.contain(scheduled.fulfillmentHold!.reason!);
    const held = api.store.getByNumber('#1011')!;
    page = await openOrder('#1011');
    expect(textOf(timelineOf(page).querySelector('[part="notice"]'))).to.equal(
      'Your order is on hold while the shop checks a detail. You don’t need to do anything: the shop will contact you if they need you.',
    );
    // What staff wrote about the hold stays with staff.
    expect(textOf(page.shadowRoot!)).not.to.contain(held.fulfillmentHold!.reason!);
  });

  it('explains an attempted delivery with the carrier’s own words', async () => {
    const order = api.store.getByNumber('#1004')!;
    const page = await openOrder('#1004');
    const alert = timelineOf(page).querySelector('[part="alert"]');
    expect(textOf(alert)).to.contain('Delivery attempted');
    expect(textOf(alert)).to.contain('The carrier tried to deliver your parcel but could not.');
    expect(textOf(alert)).to.contain(`Latest update from the carrier: ${order.shipments[0]!.events.at(-1)!.description}`);
  });

  it('gives a carrier without live tracking no map and no status: the tracking number and the carrier’s link', async () => {
    const order = api.store.getByNumber('#1006')!;
    const page = await openOrder('#1006');
    const timeline = timelineOf(page);
    expect(timeline.querySelector('suivi-tracking-map')).to.equal(null);
    expect(textOf(timeline.querySelector('[part="untracked"]'))).to.equal(
      'Live tracking is not available for this carrier. Use the tracking number on the carrier’s website to follow your parcel.',
    );
    expect(textOf(timeline.querySelector('[part="tracking"]'))).to.contain(order.shipments[0]!.trackingNumber!);
    expect(timeline.querySelector<HTMLAnchorElement>('[part="tracking-link"]')!.href).to.equal(order.shipments[0]!.trackingUrl);
  });

  it('offers paid digital items to download and keeps a gift card code masked until revealed, with no returns for them', async () => {
    const order = api.store.getByNumber('#1007')!;
    const page = await openOrder('#1007');
    const summary = summaryOf(page);
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('[part="download-link"]')];
    expect(links.map((link) => link.href)).to.deep.equal(order.lineItems.filter((item) => item.kind === 'digital').map((item) => item.downloadUrl));
    const code = order.lineItems.find((item) => item.kind === 'gift_card')!.giftCardCode!;
    expect(textOf(summary)).not.to.contain(code);
    const reveal = button(summary, /^Show code/);
    reveal.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(summary).includes(code), 'the code never showed');
    expect(textOf(timelineOf(page).querySelector('[part="notice"]'))).to.equal(
      'Nothing in this order needs shipping: digital items and gift cards are delivered online.',
    );
    const returns = await toolOf(page, 'suivi-return-request');
    await page.updateComplete;
    expect(returns.querySelector('[part="card"]')).to.equal(null);
  });

  it('says why an unpaid order’s digital items and gift card are not available yet', async () => {
    // #1012: an e-book and a gift card, waiting for a bank transfer.
    const page = await openOrder('#1012');
    const summary = summaryOf(page);
    expect(summary.querySelector('[part="download-link"]')).to.equal(null);
    expect(summary.querySelector('[part="gift-card-code"]')).to.equal(null);
    const notes = [...summary.querySelectorAll('[part="item-note"]')].map(textOf);
    expect(notes.length).to.be.greaterThan(1);
    for (const note of notes) expect(note).to.match(/once (your )?payment is confirmed/i);
  });
});
