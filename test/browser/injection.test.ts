/**
 * Script injection through every text a shopper, a merchant or a carrier controls. A corpus of
 * payloads (test/support/injection-payloads.ts) is written into a mock order, rotated so that
 * each payload lands in each place once: customer name, phone, e-mail and note, item titles,
 * variants and SKUs, a download's title, a gift card's code, the shipping method, carrier names,
 * tracking numbers and URLs, carriers' event descriptions and place names, tags, staff notes and
 * their authors, the shipping and billing addresses, return reasons (the shopper's comment is
 * part of them) and the shop's reason for declining. Then every component that shows them is
 * rendered in the browser as a person meets it: the status page after typing the lookup, the
 * timeline, the summary, the tracking map card (its text alternative and history), the shared
 * order page opened from a share link in a page of its own, the merchant's order table, and the
 * merchant's order detail panel.
 *
 * Each time: no payload ran (the global it would set, no dialog, no Content-Security-Policy
 * violation: the page forbids inline scripts, so one that tried is reported), no element of a
 * payload exists anywhere (document, shadow roots, the shared page), no link or source with a
 * `javascript:`/`data:` address, no event-handler attribute, and each payload shows as the very
 * characters that were typed wherever the component shows that field; text that is staff-only
 * (notes, tags) or private on a shared page (name, note, address, return reasons) does not show.
 * A control test first proves the detectors catch markup that is injected on purpose.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { toCustomerView, toOrderSummary, type Order, type OrderSummary } from '@suivi/model';
import { createSuiviClient } from '@suivi/sdk';
import type { SuiviOrderTable, SuiviTrackingMap } from '@suivi/components';
import '@suivi/components/define/order-detail';
import '@suivi/components/define/order-table';
import '@suivi/components/define/order-timeline';
import '@suivi/components/define/order-summary';
import '@suivi/components/define/tracking-map';
import { INJECTION_FLAG, INJECTION_MARKER, INJECTION_PAYLOADS, type InjectionPayload } from '../support/injection-payloads.ts';
import { api, useMockApi } from './support/mock-api.ts';
import { API_BASE_URL, openOrder, showcase } from './support/shopper.ts';

useMockApi();

const ORDER_NUMBER = '#1001';
const SHARED_PAGE = '/test/browser/support/shared-order-page.html';

type Surface = 'status page' | 'timeline' | 'summary' | 'tracking map card' | 'shared order page' | 'order table' | 'order detail';
const SURFACE_COUNT = 7;

/** One text someone other than the page's author controls, where it lives in an order, and who shows it. */
interface Place {
  name: string;
  /** Writes the text into the order (staff's full order, as the store holds it). */
  write?: (order: Order, text: string) => void;
  /** Writes the text into the admin list row (for what only the list carries). */
  writeRow?: (row: OrderSummary, text: string) => void;
  /** Where the text must show, character for character. */
  shownIn: readonly Surface[];
  /** Where it must not show at all: staff-only text, and what the shared view keeps private. */
  hiddenFrom?: readonly Surface[];
}

const SHIPMENT_SURFACES: readonly Surface[] = ['status page', 'timeline', 'tracking map card', 'shared order page'];
/** Everything a shopper (or whoever holds a share link) sees. */
const SHOPPER_SURFACES: readonly Surface[] = [...SHIPMENT_SURFACES, 'summary'];
const SHARED: readonly Surface[] = ['shared order page'];
/** The merchant's views of one order. */
const STAFF: readonly Surface[] = ['order table', 'order detail'];

const PLACES: readonly Place[] = [
  { name: 'customer name', write: (order, text) => void (order.customer.name = text), shownIn: STAFF, hiddenFrom: SHARED },
  { name: 'customer phone', write: (order, text) => void (order.customer.phone = text), shownIn: ['order detail'], hiddenFrom: SHARED },
  { name: 'customer e-mail', writeRow: (row, text) => void (row.customerEmail = text), shownIn: ['order table'] },
  { name: 'customer note', write: (order, text) => void (order.customerNote = text), shownIn: ['status page', 'summary', 'order detail'], hiddenFrom: SHARED },
  { name: 'item title', write: (order, text) => void (order.lineItems[0]!.title = text), shownIn: ['status page', 'timeline', 'summary', 'shared order page', 'order detail'] },
  { name: 'item variant', write: (order, text) => void (order.lineItems[0]!.variant = text), shownIn: ['status page', 'summary', 'shared order page', 'order detail'] },
  { name: 'item SKU', write: (order, text) => void (order.lineItems[0]!.sku = text), shownIn: ['order detail'], hiddenFrom: SHARED },
  // A download's title is read out with its link ("Download <title>"), and named in the merchant's list of items.
  { name: 'download title', write: (order, text) => void (extraItem(order, 'digital').title = text), shownIn: ['status page', 'summary', 'order detail'] },
  // Masked until the shopper asks (the summary shows its last characters), and never on a shared page.
  { name: 'gift card code', write: (order, text) => void (extraItem(order, 'gift_card').giftCardCode = text), shownIn: [], hiddenFrom: [...SHARED, 'order table'] },
  { name: 'shipping method', write: (order, text) => void (order.shippingMethod!.name = text), shownIn: ['status page', 'summary'], hiddenFrom: SHARED },
  { name: 'carrier name', write: (order, text) => void (order.shipments[0]!.carrier.name = text), shownIn: [...SHIPMENT_SURFACES, ...STAFF] },
  { name: 'tracking number', write: (order, text) => void (order.shipments[0]!.trackingNumber = text), shownIn: [...SHIPMENT_SURFACES, ...STAFF] },
  // Never text on screen: a link's address, which must be a web address or no link at all.
  { name: 'tracking URL', write: (order, text) => void (order.shipments[0]!.trackingUrl = text), shownIn: [] },
  {
    name: "carrier's event description",
    write: (order, text) => order.shipments[0]!.events.forEach((event) => void (event.description = text)),
    shownIn: SHIPMENT_SURFACES,
  },
  {
    name: 'place name',
    write: (order, text) => {
      for (const event of order.shipments[0]!.events) if (event.place) event.place.city = text;
      order.shipments[0]!.destination.city = text;
    },
    shownIn: SHIPMENT_SURFACES,
  },
  { name: 'tag', write: (order, text) => void (order.tags = [text]), shownIn: STAFF, hiddenFrom: SHOPPER_SURFACES },
  { name: 'staff note', write: (order, text) => void (staffNote(order).text = text), shownIn: ['order detail'], hiddenFrom: SHOPPER_SURFACES },
  { name: "staff note's author", write: (order, text) => void (staffNote(order).author = text), shownIn: ['order detail'], hiddenFrom: SHOPPER_SURFACES },
  {
    name: 'shipping address',
    write: (order, text) => {
      const address = order.shippingAddress!;
      Object.assign(address, { name: text, company: text, line1: text, line2: text, postalCode: text, region: text });
    },
    shownIn: ['order detail'],
    hiddenFrom: SHARED,
  },
  {
    name: 'billing address',
    write: (order, text) => {
      order.billingAddress = { ...order.billingAddress!, name: text, company: text, line1: text, line2: text, postalCode: text, region: text, phone: text };
    },
    shownIn: ['order detail'],
    hiddenFrom: SHARED,
  },
  { name: 'return reason', write: (order, text) => void (declinedReturn(order).reason = text), shownIn: ['status page'], hiddenFrom: SHARED },
  {
    name: 'reason a return was declined',
    write: (order, text) => void (declinedReturn(order).declineReason = text),
    shownIn: ['status page', 'timeline'],
    hiddenFrom: SHARED,
  },
];

/** The order's one staff note, made on first use. */
function staffNote(order: Order) {
  if (!order.staffNotes.length) order.staffNotes.push({ id: 'note_1', at: order.placedAt, author: 'Sophie', text: 'Appeler avant livraison' });
  return order.staffNotes[0]!;
}

/** A download or a gift card added to the order (paid, so the summary offers its link or code), made on first use. */
function extraItem(order: Order, kind: 'digital' | 'gift_card') {
  const id = `li_injection_${kind}`;
  let item = order.lineItems.find((candidate) => candidate.id === id);
  if (!item) {
    const first = order.lineItems[0]!;
    item = {
      ...first,
      id,
      kind,
      title: kind === 'digital' ? 'Guide du thé (PDF)' : 'Carte cadeau',
      variant: null,
      sku: null,
      quantity: 1,
      imageUrl: null,
      downloadUrl: kind === 'digital' ? 'https://shop.example/dl/guide' : null,
      giftCardCode: kind === 'gift_card' ? 'GIFT-1234-5678' : null,
    };
    order.lineItems.push(item);
  }
  return item;
}

/** The order's one return (declined, so both its reasons show), made on first use. */
function declinedReturn(order: Order) {
  if (!order.returns.length) {
    order.returns.push({ id: 'ret_1', requestedAt: order.placedAt, status: 'declined', items: [{ lineItemId: order.lineItems[0]!.id, quantity: 1 }], reason: 'other', declineReason: null });
  }
  return order.returns[0]!;
}

// --- What would give an injection away ------------------------------------------------------

const violations: string[] = [];
const dialogs: string[] = [];

/** A dialog opened by a payload would block the page; record it instead. */
function trapDialogs(target: Window): void {
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (target as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      dialogs.push(`${name}(${args.map(String).join(', ')})`);
      return null;
    };
  }
  target.document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}: ${event.sample}`);
  });
}

// No inline script, inline handler or javascript: URL may run in this page: one that tries is refused and reported.
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "script-src 'self' 'unsafe-eval'; object-src 'none'";
document.head.prepend(policy);
trapDialogs(window);

function ranFlag(target: Window | null | undefined): unknown {
  return target ? (target as unknown as Record<string, unknown>)[INJECTION_FLAG] : undefined;
}

/** White space as read (collapsed), so "line 1\nline 2" is found however it wraps. */
function asRead(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/**
 * Walks a rendered surface (every shadow root and same-origin frame inside it) and returns its
 * text nodes as read, and every sign of markup from a payload.
 */
function inspect(surface: string, root: Node): { texts: string[]; problems: string[] } {
  const texts: string[] = [];
  const problems: string[] = [];
  const visit = (node: Node, inShadow: boolean) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = asRead(node.nodeValue ?? '');
      if (text) texts.push(text);
      return;
    }
    // nodeType rather than instanceof: the shared page's nodes belong to its own window's classes.
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.localName;
      if (element.hasAttribute(INJECTION_MARKER)) problems.push(`${surface}: a payload's <${tag}> became an element`);
      if (inShadow && ['script', 'iframe', 'object', 'embed', 'frame'].includes(tag)) problems.push(`${surface}: a <${tag}> inside a shadow root`);
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) problems.push(`${surface}: an event-handler attribute ${attribute.name} on <${tag}>`);
        if (URL_ATTRIBUTES.has(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) problems.push(`${surface}: ${attribute.name}="${attribute.value.slice(0, 60)}" on <${tag}>`);
      }
      if (element.shadowRoot) visit(element.shadowRoot, true);
      if (tag === 'iframe' && (element as HTMLIFrameElement).contentDocument) visit((element as HTMLIFrameElement).contentDocument!, false);
      if (tag === 'template') visit((element as HTMLTemplateElement).content, inShadow);
    }
    for (const child of node.childNodes) visit(child, inShadow);
  };
  visit(root, false);
  return { texts, problems };
}

/** Payload i of the corpus goes to place (i + round) mod …: over every round, each payload visits each place. */
function assignment(round: number): Map<Place, InjectionPayload> {
  return new Map(PLACES.map((place, index) => [place, INJECTION_PAYLOADS[(index + round) % INJECTION_PAYLOADS.length]!]));
}

const tried = { pairs: 0, literalChecks: 0, absentChecks: 0, renders: 0 };

/** Checks one rendered surface against this round's payloads; returns what went wrong. */
function check(surface: Surface, root: Node, payloads: Map<Place, InjectionPayload>, frame?: Window | null): string[] {
  tried.renders++;
  const { texts, problems } = inspect(surface, root);
  if (ranFlag(window) !== undefined || ranFlag(frame) !== undefined) problems.push(`${surface}: a payload ran (flag ${String(ranFlag(window) ?? ranFlag(frame))})`);
  for (const [place, payload] of payloads) {
    const typed = asRead(payload.text);
    const shown = texts.some((text) => text.includes(typed));
    if (place.shownIn.includes(surface)) {
      tried.literalChecks++;
      if (!shown) problems.push(`${surface}: the ${place.name} does not show "${payload.name}" as typed`);
    } else if (place.hiddenFrom?.includes(surface)) {
      tried.absentChecks++;
      if (shown) problems.push(`${surface}: the ${place.name} ("${payload.name}") is shown, but it is private here`);
    }
  }
  return problems;
}

// --- Rendering every surface -----------------------------------------------------------------

async function settle(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await element.updateComplete;
}

async function statusPage(): Promise<Node> {
  const page = await openOrder(ORDER_NUMBER);
  const timeline = page.shadowRoot!.querySelector('suivi-order-timeline')!;
  await waitUntil(() => timeline.shadowRoot?.querySelector('[part="section"]'), 'the parcel never showed');
  await waitUntil(() => page.shadowRoot!.querySelector('suivi-return-request')?.shadowRoot?.querySelector('[part="return"]'), 'the return never showed');
  return page;
}

async function trackingMapCard(order: Order): Promise<Node> {
  const card = await fixture<SuiviTrackingMap>(html`<suivi-tracking-map .shipment=${order.shipments[0]} lang="en" style="inline-size: 640px"></suivi-tracking-map>`);
  // The map draws when it comes into view, as a reader scrolls down to it (a long text above may push it far down).
  await waitUntil(() => card.shadowRoot?.querySelector('[part="map-frame"]'), 'the map has no frame');
  card.shadowRoot!.querySelector('[part="map-frame"]')!.scrollIntoView({ block: 'center' });
  await waitUntil(() => card.shadowRoot?.querySelector('[part="map-svg"]'), 'the map never drew', { timeout: 10_000 });
  return card;
}

async function sharedOrderPage(): Promise<{ root: Node; frame: Window }> {
  const client = createSuiviClient({ baseUrl: API_BASE_URL });
  const session = await client.lookupOrder({ orderNumber: ORDER_NUMBER, email: showcase(ORDER_NUMBER).email });
  const link = await client.createShareLink(session);
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Shared order" style="inline-size: 900px; block-size: 2000px; border: 0"></iframe>`);
  frame.addEventListener('load', () => trapDialogs(frame.contentWindow!), { once: true });
  frame.src = `${SHARED_PAGE}?share=${encodeURIComponent(link.token)}&lang=en`;
  await waitUntil(() => frame.contentDocument?.querySelector('suivi-shared-order')?.shadowRoot?.querySelector('suivi-order-timeline')?.shadowRoot?.querySelector('[part="section"]'), 'the shared page never showed the parcel', {
    timeout: 15_000,
  });
  return { root: frame.contentDocument!.body, frame: frame.contentWindow! };
}

async function orderDetail(order: Order): Promise<Node> {
  const detail = await fixture<HTMLElement>(html`<suivi-order-detail order-id=${order.id} base-url=${API_BASE_URL} admin-key=${api.adminKey} lang="en"></suivi-order-detail>`);
  await waitUntil(() => detail.shadowRoot?.querySelector('h2') && detail.shadowRoot.querySelector('#items-h'), 'the order detail never loaded', { timeout: 10_000 });
  return detail;
}

async function orderTable(order: Order, payloads: Map<Place, InjectionPayload>): Promise<Node> {
  const row = toOrderSummary(order);
  for (const [place, payload] of payloads) place.writeRow?.(row, payload.text);
  const others = api.store.all().slice(10, 13).map(toOrderSummary);
  const table = await fixture<SuiviOrderTable>(html`<suivi-order-table .orders=${[row, ...others]} storage-key="injection" lang="en" style="--suivi-order-table-height: 480px"></suivi-order-table>`);
  await settle(table);
  await waitUntil(() => [...table.shadowRoot!.querySelectorAll('[role="row"]')].some((candidate) => candidate.textContent?.includes(ORDER_NUMBER)), 'the row never showed');
  return table;
}

describe('script injection through every text shoppers, merchants and carriers control', () => {
  before(() => {
    expect(INJECTION_PAYLOADS.length, 'every place gets a different payload in a round').to.be.at.least(PLACES.length);
  });

  it('the detectors catch an injection: markup put into a shadow root on purpose is found, and its handler is refused and reported', async () => {
    violations.length = 0;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const payload = INJECTION_PAYLOADS.find((candidate) => candidate.name === 'img onerror')!;
    // What a component must never do with a carrier's text: parse it as HTML. (A data: source
    // that is no image, so its onerror would fire without a request to the test server.)
    shadow.innerHTML = `<p>${payload.text.replace('src=x', 'src="data:,"')}</p>`;
    await waitUntil(() => violations.length > 0, 'the page policy did not report the inline handler');
    const { problems } = inspect('control', host);
    expect(problems.some((problem) => problem.includes("a payload's <img> became an element"))).to.equal(true);
    expect(problems.some((problem) => problem.includes('event-handler attribute onerror'))).to.equal(true);
    expect(ranFlag(window), 'the policy stopped it from running').to.equal(undefined);
    violations.length = 0;
  });

  for (let round = 0; round < INJECTION_PAYLOADS.length; round++) {
    it(`round ${round + 1} of ${INJECTION_PAYLOADS.length}: each place gets another payload; none runs, none becomes markup, each reads as typed`, async function () {
      this.timeout(60_000);
      const payloads = assignment(round);
      const { order: seeded } = showcase(ORDER_NUMBER);
      const order = api.store.update(seeded.id, (draft) => {
        for (const [place, payload] of payloads) place.write?.(draft, payload.text);
      })!;
      tried.pairs += payloads.size;
      violations.length = 0;
      dialogs.length = 0;

      const problems: string[] = [];
      problems.push(...check('status page', await statusPage(), payloads));
      const view = toCustomerView(order);
      problems.push(...check('timeline', await fixture(html`<suivi-order-timeline .order=${view} lang="en"></suivi-order-timeline>`), payloads));
      problems.push(...check('summary', await fixture(html`<suivi-order-summary .order=${view} lang="en"></suivi-order-summary>`), payloads));
      problems.push(...check('tracking map card', await trackingMapCard(order), payloads));
      const shared = await sharedOrderPage();
      problems.push(...check('shared order page', shared.root, payloads, shared.frame));
      problems.push(...check('order table', await orderTable(order, payloads), payloads));
      problems.push(...check('order detail', await orderDetail(order), payloads));

      // A payload that ran late (an image's onerror fires after loading fails) is still caught.
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (ranFlag(window) !== undefined || ranFlag(shared.frame) !== undefined) problems.push('a payload ran after rendering');
      problems.push(...violations.map((violation) => `Content-Security-Policy: ${violation}`), ...dialogs.map((dialog) => `a dialog opened: ${dialog}`));
      expect(problems).to.deep.equal([]);
    });
  }

  after(() => {
    console.log(
      `injection: ${INJECTION_PAYLOADS.length} payloads × ${PLACES.length} places = ${tried.pairs} payload-place pairs, over ${tried.renders} renders of ${SURFACE_COUNT} surfaces; ${tried.literalChecks} checks that a payload reads as typed, ${tried.absentChecks} that private or staff-only text is not shown; no script ran, no markup was injected`,
    );
  });
});
