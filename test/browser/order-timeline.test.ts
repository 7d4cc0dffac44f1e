/**
 * <suivi-order-timeline> as a shopper meets it: statuses in words, each shipment's steps, the
 * carrier link, attempted deliveries and problems, and live changes announced once. Orders come
 * from the mock API's seeded showcase (#1001–#1012), sometimes altered on a structured clone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { type CustomerOrderView, type DeliveryStatus, toSharedView } from '@suivi/model';
import '@suivi/components/define/order-timeline';
import type { SuiviOrderTimeline, SuiviTrackingMap } from '@suivi/components';
import { api, seededCustomerView, seededOrder, useMockApi } from './support/mock-api.ts';
import { spokenText } from './support/spoken-text.ts';

useMockApi();



/** A copy of the in-transit showcase order whose first shipment reports `status`. */
function withFirstShipmentStatus(status: DeliveryStatus): CustomerOrderView {
  const order = structuredClone(seededCustomerView('#1001'));
  order.shipments[0].status = status;
  if (status === 'delivered') order.shipments[0].deliveredAt = new Date().toISOString();
  return order;
}

async function timeline(order: CustomerOrderView | ReturnType<typeof toSharedView> | undefined, attributes: { lang?: string; theme?: string } = {}) {
  return fixture<SuiviOrderTimeline>(
    html`<suivi-order-timeline .order=${order} lang=${attributes.lang ?? 'en'} theme=${attributes.theme ?? 'light'}></suivi-order-timeline>`,
  );
}

function root(element: SuiviOrderTimeline): ShadowRoot {
  return element.shadowRoot!;
}


function sections(element: SuiviOrderTimeline): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('section')];
}

function headings(element: SuiviOrderTimeline): string[] {
  return [...root(element).querySelectorAll('[role="heading"]')].map(spokenText);
}

function steps(scope: ParentNode): HTMLLIElement[] {
  return [...scope.querySelectorAll<HTMLLIElement>('ol[aria-label="Delivery progress"] > li, ol[aria-label="Progression de la livraison"] > li')];
}

function currentStep(scope: ParentNode): HTMLElement | null {
  return scope.querySelector<HTMLElement>('[aria-current="step"]');
}

function liveRegion(element: SuiviOrderTimeline): HTMLElement {
  return root(element).querySelector<HTMLElement>('[aria-live="polite"]')!;
}

describe('<suivi-order-timeline>', () => {
  it('is accessible in light and dark, in English and in French', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'fr']) {
        const element = await timeline(seededCustomerView('#1005'), { theme, lang });
        await expect(element).to.be.accessible();
      }
    }
  });

  it('renders only its (empty) live region until it has an order, and uses level-2 headings by default', async () => {
    const element = await timeline(undefined);
    expect(element.headingLevel).to.equal(2);
    expect(liveRegion(element)).to.exist;
    expect(spokenText(liveRegion(element))).to.equal('');
    expect(sections(element)).to.have.length(0);

    element.order = seededCustomerView('#1001');
    await element.updateComplete;
    expect(root(element).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(spokenText(liveRegion(element))).to.equal('', 'a first order is not a change to announce');
  });

  it('shows payment and fulfilment status as words, not colour alone', async () => {
    const element = await timeline(seededCustomerView('#1001'));
    const badges = root(element).querySelector('dl')!;
    expect(spokenText(badges)).to.contain('Payment');
    expect(spokenText(badges)).to.contain('Paid');
    expect(spokenText(badges)).to.contain('Shipped');
  });

  const STATUS_CASES: { status: DeliveryStatus; badge: string; current: string; complete: number }[] = [
    { status: 'confirmed', badge: 'Confirmed', current: 'Confirmed', complete: 0 },
    { status: 'in_transit', badge: 'In transit', current: 'In transit', complete: 1 },
    { status: 'out_for_delivery', badge: 'Out for delivery', current: 'Out for delivery', complete: 2 },
    { status: 'attempted_delivery', badge: 'Attempted delivery', current: 'Out for delivery', complete: 2 },
    { status: 'delivered', badge: 'Delivered', current: 'Delivered', complete: 4 },
    { status: 'exception', badge: 'Delivery problem', current: 'In transit', complete: 1 },
  ];

  for (const { status, badge, current, complete } of STATUS_CASES) {
    it(`shows a ${status} shipment: its badge, its current step and which steps are done`, async () => {
      const element = await timeline(withFirstShipmentStatus(status));
      const [section] = sections(element);
      expect(spokenText(section.querySelector('header'))).to.contain(`Delivery status: ${badge}`);
      const all = steps(section);
      expect(all.map((step) => spokenText(step.querySelector('.step-name')))).to.deep.equal([
        'Confirmed',
        'In transit',
        'Out for delivery',
        'Delivered',
      ]);
      expect(spokenText(currentStep(section)!.querySelector('.step-name'))).to.equal(current);
      expect(section.querySelectorAll('[aria-current]')).to.have.length(1);
      // Done and not-yet steps say so in words, for those who cannot see the markers.
      expect(all.filter((step) => spokenText(step).includes('completed'))).to.have.length(complete);
      expect(all.filter((step) => spokenText(step).includes('not reached yet'))).to.have.length(
        status === 'delivered' ? 0 : 4 - complete - 1,
      );
      // A reached step shows when it was reached.
      expect(all[0].querySelector('time')).to.exist;
    });
  }

  it('says an attempted delivery is an attempt, what happens next and what the carrier said', async () => {
    const element = await timeline(seededCustomerView('#1004'));
    const [section] = sections(element);
    expect(spokenText(section)).to.contain('Delivery attempted');
    expect(spokenText(section)).to.contain('will try again');
    expect(spokenText(currentStep(section))).to.contain('Attempted delivery');
    const latest = seededOrder('#1004').shipments[0].events.at(-1)!;
    expect(spokenText(section.querySelector('q'))).to.equal(latest.description.replace(/\s+/g, ' ').trim());
  });

  it('shows a carrier-reported exception as a problem, without an estimated date', async () => {
    const element = await timeline(withFirstShipmentStatus('exception'));
    const [section] = sections(element);
    expect(spokenText(section)).to.contain('There is a problem with this delivery');
    expect(spokenText(section)).not.to.contain('Estimated delivery');
  });

  it('gives the estimated delivery day in words, and the delivery date once delivered', async () => {
    const inTransit = structuredClone(seededCustomerView('#1001'));
    inTransit.shipments[0].estimatedDelivery = '2026-11-24';
    const element = await timeline(inTransit);
    expect(spokenText(root(element))).to.match(/Estimated delivery: Tuesday,? (24 November|November 24)/);

    const delivered = await timeline(seededCustomerView('#1003'));
    expect(spokenText(root(delivered))).to.match(/Delivered on \w/);
    expect(spokenText(root(delivered))).not.to.contain('Estimated delivery');
  });

  it('links to the carrier’s tracking page in a new tab and says so to screen readers', async () => {
    const order = seededCustomerView('#1001');
    const element = await timeline(order);
    const link = root(element).querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
    expect(link.href).to.equal(new URL(order.shipments[0].trackingUrl!).href);
    expect(link.rel).to.contain('noopener');
    expect(spokenText(link)).to.contain(`Track your parcel on the ${order.shipments[0].carrier.name} website`);
    expect(spokenText(link)).to.contain('(opens in a new tab)');
    expect(spokenText(root(element).querySelector('dl.tracking'))).to.contain(order.shipments[0].trackingNumber!);
  });

  it('never turns a non-web tracking URL into a link', async () => {
    const order = structuredClone(seededCustomerView('#1001'));
    order.shipments[0].trackingUrl = 'javascript:alert(1)';
    const element = await timeline(order);
    expect(root(element).querySelector('a')).to.equal(null);
    expect(spokenText(root(element))).to.contain(order.shipments[0].trackingNumber!);
  });

  it('lists tracking events newest first, folded when the history is long, as inert text', async () => {
    const order = structuredClone(seededCustomerView('#1001'));
    const events = order.shipments[0].events;
    expect(events.length, 'the showcase in-transit order has a history').to.be.greaterThan(1);
    events[events.length - 1].description = '<img src=x onerror="window.__pwned = true">Arrivé au centre';
    const element = await timeline(order);
    const history = root(element).querySelector('details')!;
    expect(spokenText(history.querySelector('summary'))).to.equal(`Tracking history (${events.length} updates)`);
    expect(history.open).to.equal(events.length <= 3);
    const items = [...history.querySelectorAll('li')];
    expect(items).to.have.length(events.length);
    expect(items[0].querySelector('time')!.getAttribute('datetime')).to.equal(events.at(-1)!.at);
    expect(items.at(-1)!.querySelector('time')!.getAttribute('datetime')).to.equal(events[0].at);
    expect(spokenText(items[0])).to.contain('<img src=x');
    expect(history.querySelector('img')).to.equal(null);
  });

  it('folds a long history and opens it when the summary is clicked', async () => {
    const order = structuredClone(seededCustomerView('#1003'));
    const events = order.shipments[0].events;
    while (events.length < 5) events.unshift({ ...events[0], id: `${events[0].id}-earlier-${events.length}` });
    const element = await timeline(order);
    const history = root(element).querySelector('details')!;
    expect(history.open).to.equal(false);
    history.querySelector('summary')!.click();
    expect(history.open).to.equal(true);
  });

  it('does not invent a status for an unsupported carrier: tracking number, link and a sentence', async () => {
    const order = seededCustomerView('#1006');
    expect(order.shipments[0].status).to.equal(null);
    const element = await timeline(order);
    const [section] = sections(element);
    expect(spokenText(section)).to.contain('Live tracking is not available for this carrier');
    expect(steps(section)).to.have.length(0);
    expect(section.querySelector('[part~="badge"]')).to.equal(null);
    expect(spokenText(section)).to.contain(order.shipments[0].trackingNumber!);
    if (order.shipments[0].trackingUrl) expect(section.querySelector('a[target="_blank"]')).to.exist;
  });

  it('puts a map of the journey in each tracked shipment’s section, and none for an unsupported carrier', async () => {
    const order = seededCustomerView('#1005');
    const element = await timeline(order);
    const maps = sections(element).map((section) => section.querySelector<SuiviTrackingMap>('suivi-tracking-map'));
    expect(maps.map((map) => map?.shipment?.id)).to.deep.equal(order.shipments.map((shipment) => shipment.id));
    for (const map of maps) {
      expect(map!.mapOnly, 'the section already shows the carrier, number and link').to.equal(true);
      map!.scrollIntoView();
      await waitUntil(() => map!.shadowRoot!.querySelector('svg[role="img"]'), 'the map was never drawn', { timeout: 8000 });
    }
    expect(spokenText(maps[0]!.shadowRoot!.querySelector('figcaption'))).to.equal('Your parcel was delivered in Paris, France.');
    expect(spokenText(maps[1]!.shadowRoot!.querySelector('figcaption'))).to.match(/^Your parcel is in Roissy-en-France, France, about \d+ km from Paris\.$/);
    await expect(element).to.be.accessible();

    const unsupported = await timeline(seededCustomerView('#1006'), { lang: 'fr' });
    expect(root(unsupported).querySelector('suivi-tracking-map')).to.equal(null);
  });

  it('gives each of two shipments its own section, numbered, with its carrier and its items', async () => {
    const order = seededCustomerView('#1005');
    expect(order.shipments).to.have.length(2);
    const element = await timeline(order);
    const [first, second] = order.shipments;
    expect(headings(element)).to.deep.equal([
      `Shipment 1 of 2 · ${first.carrier.name}`,
      `Shipment 2 of 2 · ${second.carrier.name}`,
    ]);
    const title = order.lineItems.find((item) => item.id === second.lineItems[0].lineItemId)!.title;
    expect(spokenText(sections(element)[1])).to.contain(`In this parcel ${title} × ${second.lineItems[0].quantity}`);
  });

  it('lists the items not shipped yet when only part of the order has shipped', async () => {
    const order = structuredClone(seededCustomerView('#1005'));
    const [left] = order.shipments.splice(1, 1);
    order.fulfillmentStatus = 'partially_fulfilled';
    const element = await timeline(order);
    expect(headings(element)).to.deep.equal([`Your shipment · ${order.shipments[0].carrier.name}`, 'Not shipped yet']);
    const unshipped = root(element).querySelector('[part~="unshipped"]')!;
    for (const { lineItemId } of left.lineItems) {
      const title = order.lineItems.find((item) => item.id === lineItemId)!.title;
      expect(spokenText(unshipped)).to.contain(title);
    }
    expect(spokenText(root(element).querySelector('dl'))).to.contain('Partially shipped');
  });

  it('says when a scheduled order will ship, in words', async () => {
    const order = structuredClone(seededCustomerView('#1001'));
    order.shipments = [];
    order.fulfillmentStatus = 'scheduled';
    order.fulfillmentHold = { kind: 'scheduled', reason: null, until: '2026-12-01' };
    const element = await timeline(order);
    expect(spokenText(root(element).querySelector('[part~="notice"]'))).to.match(/scheduled to ship on Tuesday,? (1 December|December 1)\./);
    expect(spokenText(root(element).querySelector('dl'))).to.contain('Scheduled');
  });

  it('reassures the shopper about an order on hold', async () => {
    const order = structuredClone(seededCustomerView('#1001'));
    order.shipments = [];
    order.fulfillmentStatus = 'on_hold';
    order.fulfillmentHold = { kind: 'on_hold', reason: 'Fraud check', until: null };
    const element = await timeline(order);
    const notice = spokenText(root(element).querySelector('[part~="notice"]'));
    expect(notice).to.contain('on hold');
    expect(notice).to.contain('You don’t need to do anything');
    expect(spokenText(root(element)), 'the merchant’s internal reason stays out').not.to.contain('Fraud check');
  });

  it('tells a shopper whose payment is pending that the order waits for it', async () => {
    const order = seededCustomerView('#1008');
    expect(order.payment.status).to.equal('pending');
    const element = await timeline(order);
    expect(spokenText(root(element).querySelector('dl'))).to.contain('Payment pending');
    expect(spokenText(root(element).querySelector('[part~="notice"]'))).to.contain('waiting for payment');
  });

  it('says the order is confirmed and will be announced when shipped, before any shipment', async () => {
    const order = structuredClone(seededCustomerView('#1001'));
    order.shipments = [];
    order.fulfillmentStatus = 'unfulfilled';
    const element = await timeline(order);
    expect(spokenText(root(element).querySelector('[part~="notice"]'))).to.equal('Your order is confirmed; we’ll let you know when it ships.');
  });

  it('shows the shared view without any payment status', async () => {
    const element = await timeline(toSharedView(seededOrder('#1001')));
    expect(spokenText(root(element).querySelector('dl'))).not.to.contain('Payment');
    expect(steps(root(element))).to.have.length(4);
  });

  it('announces a shipment’s new status once, politely, without moving focus', async () => {
    const button = document.createElement('button');
    button.textContent = 'Elsewhere on the page';
    document.body.append(button);
    try {
      const element = await timeline(seededCustomerView('#1001'));
      button.focus();
      const region = liveRegion(element);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(spokenText(region)).to.equal('');

      const next = structuredClone(element.order as CustomerOrderView);
      next.shipments[0].status = 'out_for_delivery';
      element.order = next;
      await element.updateComplete;
      expect(spokenText(region)).to.equal('Shipment 1: Out for delivery');
      expect(document.activeElement).to.equal(button);

      // A newer copy with the same status (say, one more scan) adds nothing to hear.
      const mutations: MutationRecord[] = [];
      const observer = new MutationObserver((records) => mutations.push(...records));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      const same = structuredClone(next);
      element.order = same;
      await element.updateComplete;
      observer.disconnect();
      expect(mutations).to.have.length(0);
      expect(spokenText(region)).to.equal('Shipment 1: Out for delivery');
    } finally {
      button.remove();
    }
  });

  it('announces a first shipment when the order ships while the shopper watches', async () => {
    const shipped = seededCustomerView('#1001');
    const waiting = structuredClone(shipped);
    waiting.shipments = [];
    waiting.fulfillmentStatus = 'unfulfilled';
    const element = await timeline(waiting);
    expect(spokenText(liveRegion(element))).to.equal('');

    const confirmed = structuredClone(shipped);
    confirmed.shipments[0].status = 'confirmed';
    element.order = confirmed;
    await element.updateComplete;
    expect(spokenText(liveRegion(element))).to.equal(`Shipment 1: shipped with ${shipped.shipments[0].carrier.name}`);
    expect(sections(element)).to.have.length(1);
  });

  it('does not announce anything when a different order replaces the one shown', async () => {
    const element = await timeline(seededCustomerView('#1001'));
    element.order = seededCustomerView('#1002');
    await element.updateComplete;
    expect(spokenText(liveRegion(element))).to.equal('');
  });

  it('announces a change brought by the mock carrier clock', async () => {
    const before = seededCustomerView('#1001');
    const element = await timeline(before);
    let after = before;
    for (let scan = 0; scan < 20 && after.shipments[0].status === before.shipments[0].status; scan += 1) {
      api.clock.advance(1);
      after = seededCustomerView('#1001');
    }
    expect(after.shipments[0].status, 'the carrier moved the parcel on').not.to.equal(before.shipments[0].status);
    element.order = after;
    await element.updateComplete;
    const labels: Record<DeliveryStatus, string> = {
      confirmed: 'Confirmed',
      in_transit: 'In transit',
      out_for_delivery: 'Out for delivery',
      attempted_delivery: 'Attempted delivery',
      delivered: 'Delivered',
      exception: 'Delivery problem',
    };
    expect(spokenText(liveRegion(element))).to.equal(`Shipment 1: ${labels[after.shipments[0].status!]}`);
  });

  it('lists the shopper’s returns with their status and items, and announces a return moving on', async () => {
    const order = structuredClone(seededCustomerView('#1003'));
    const item = order.lineItems.find((line) => line.kind === 'physical')!;
    order.returns = [
      { id: 'ret_test_1', requestedAt: '2026-11-19T10:00:00Z', status: 'requested', items: [{ lineItemId: item.id, quantity: 1 }], reason: 'Too small', declineReason: null },
    ];
    const element = await timeline(order);
    await expect(element).to.be.accessible();
    const returns = root(element).querySelector<HTMLElement>('[part="returns"]')!;
    expect(spokenText(returns)).to.include('Returns');
    expect(spokenText(returns)).to.include('Return 1 · requested on');
    expect(spokenText(returns)).to.include('Return status: Return requested');
    expect(spokenText(returns)).to.include(`${item.title} × 1`);
    expect(spokenText(liveRegion(element))).to.equal('');

    const next = structuredClone(order);
    next.returns[0].status = 'declined';
    next.returns[0].declineReason = 'Worn items cannot be returned';
    element.order = next;
    await element.updateComplete;
    expect(spokenText(liveRegion(element))).to.equal('Return 1: Return declined');
    expect(spokenText(root(element).querySelector('[part="returns"]'))).to.include('The shop declined this return: Worn items cannot be returned');
  });

  it('shows no returns section for a shared view or an order without returns', async () => {
    const withReturns = structuredClone(seededCustomerView('#1003'));
    expect(root(await timeline(toSharedView(seededOrder('#1003')))).querySelector('[part="returns"]')).to.equal(null);
    withReturns.returns = [];
    expect(root(await timeline(withReturns)).querySelector('[part="returns"]')).to.equal(null);
  });

  it('speaks French: statuses, steps, headings, notices and announcements', async () => {
    const order = seededCustomerView('#1005');
    const element = await timeline(order, { lang: 'fr' });
    expect(spokenText(root(element).querySelector('dl'))).to.contain('Paiement');
    expect(headings(element)[0]).to.equal(`Envoi 1 sur 2 · ${order.shipments[0].carrier.name}`);
    expect(steps(sections(element)[0]).map((step) => spokenText(step.querySelector('.step-name')))).to.deep.equal([
      'Confirmée',
      'En transit',
      'En cours de livraison',
      'Livrée',
    ]);
    expect(spokenText(root(element))).to.contain('(s’ouvre dans un nouvel onglet)');

    const attempted = await timeline(seededCustomerView('#1004'), { lang: 'fr' });
    expect(spokenText(root(attempted))).to.contain('Le transporteur a tenté de livrer votre colis');

    const scheduled = structuredClone(seededCustomerView('#1001'));
    scheduled.shipments = [];
    scheduled.fulfillmentHold = { kind: 'scheduled', reason: null, until: '2026-12-01' };
    scheduled.fulfillmentStatus = 'scheduled';
    const later = await timeline(scheduled, { lang: 'fr' });
    expect(spokenText(root(later))).to.contain('prévue le mardi 1 décembre');

    const live = await timeline(seededCustomerView('#1001'), { lang: 'fr' });
    const next = structuredClone(live.order as CustomerOrderView);
    next.shipments[0].status = 'delivered';
    live.order = next;
    await live.updateComplete;
    expect(spokenText(liveRegion(live))).to.equal('Envoi 1 : Livrée');
  });

  it('follows a change of the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><suivi-order-timeline .order=${seededCustomerView('#1001')}></suivi-order-timeline></div>`);
    const element = wrapper.querySelector('suivi-order-timeline')!;
    expect(steps(root(element))[0].textContent).to.contain('Confirmed');
    wrapper.lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(steps(root(element))[0].textContent).to.contain('Confirmée');
  });
});
