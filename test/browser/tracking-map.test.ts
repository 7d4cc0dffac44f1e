/**
 * <suivi-tracking-map> as a shopper meets it: the card's facts, copying the tracking number by
 * keyboard, the carrier's link, the lazily loaded map of the journey and the sentence under it,
 * the marker moving when the carrier scans the parcel again, and the card staying whole when
 * the map cannot load. Shipments come from the mock API's seeded showcase (#1001–#1006); the
 * mock's carrier clock makes the next scan.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import type { Shipment } from '@suivi/model';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@suivi/components/define/tracking-map';
import type { MapKitLoader, SuiviTrackingMap } from '@suivi/components';
import { api, useMockApi, worker } from './support/mock-api.ts';
import { spokenText } from './support/spoken-text.ts';

useMockApi();

/** The element's own default loader (the real lazy imports), to wrap in a spy. */
const defaultLoader: MapKitLoader = document.createElement('suivi-tracking-map').mapLoader;

afterEach(async () => {
  await emulateMedia({ reducedMotion: 'no-preference' });
});

function shipmentOf(orderNumber: string, index = 0): Shipment {
  const order = api.store.getByNumber(orderNumber);
  if (!order) throw new Error(`The mock has no order ${orderNumber}`);
  return structuredClone(order.shipments[index]);
}

interface Options {
  lang?: string;
  theme?: string;
  mapLoader?: MapKitLoader;
  tileUrl?: string;
  tileAttribution?: string;
  mapOnly?: boolean;
}

async function card(shipment: Shipment, options: Options = {}): Promise<SuiviTrackingMap> {
  const element = await fixture<SuiviTrackingMap>(
    html`<suivi-tracking-map
      .shipment=${shipment}
      lang=${options.lang ?? 'en'}
      theme=${options.theme ?? 'light'}
      ?map-only=${options.mapOnly ?? false}
      tile-url=${options.tileUrl ?? ''}
      tile-attribution=${options.tileAttribution ?? ''}
      .mapLoader=${options.mapLoader ?? defaultLoader}
    ></suivi-tracking-map>`,
  );
  return element;
}

function root(element: SuiviTrackingMap): ShadowRoot {
  return element.shadowRoot!;
}


/** Scrolls the map into view, as a reader would (it loads lazily), and waits for it to be drawn. */
async function mapDrawn(element: SuiviTrackingMap): Promise<SVGSVGElement> {
  root(element).querySelector('[part~="map"]')?.scrollIntoView();
  await waitUntil(() => root(element).querySelector('svg[role="img"]'), 'the map was never drawn', { timeout: 8000 });
  return root(element).querySelector<SVGSVGElement>('svg[role="img"]')!;
}

function marker(element: SuiviTrackingMap): SVGGElement {
  return root(element).querySelector<SVGGElement>('svg[role="img"] .position')!;
}

function caption(element: SuiviTrackingMap): string {
  return spokenText(root(element).querySelector('[part~="caption"]'));
}

function copyButton(element: SuiviTrackingMap): HTMLButtonElement {
  return root(element).querySelector<HTMLButtonElement>('button[part~="copy-button"]')!;
}

function copyStatus(element: SuiviTrackingMap): HTMLElement {
  return root(element).querySelector<HTMLElement>('[role="status"]')!;
}

/**
 * Kilometres between two places by the spherical law of cosines (not the element's own
 * haversine: another formula for the same distance), rounded as people say it.
 */
function spokenKm(from: { lat: number; lng: number }, to: { lat: number; lng: number }): number {
  const [a, b, dLng] = [from.lat, to.lat, to.lng - from.lng].map((degrees) => (degrees * Math.PI) / 180);
  const km = Math.acos(Math.min(1, Math.sin(a) * Math.sin(b) + Math.cos(a) * Math.cos(b) * Math.cos(dLng))) * 6371.0088;
  const step = km < 100 ? 5 : km < 1000 ? 10 : 50;
  return Math.max(step, Math.round(km / step) * step);
}

/** Replaces `navigator.clipboard` for one test (headless Chromium will not let a page read it back). */
function replaceClipboard(clipboard: Partial<Clipboard> | undefined): () => void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, get: () => clipboard });
  return () => delete (navigator as { clipboard?: unknown }).clipboard;
}

/** [x, y] of "translate(x y)" or "translate(xpx, ypx)". */
function translation(transform: string): [number, number] {
  const [x, y] = transform.match(/-?[\d.]+(?:e-?\d+)?/g)!.map(Number);
  return [x, y];
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** A transparent 1×1 PNG, the answer to every tile request in these tests. */
const ONE_PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (c) => c.charCodeAt(0),
);

const DAY_NAME_EN = (day: string) =>
  new Intl.DateTimeFormat('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('<suivi-tracking-map>', () => {
  it('is accessible with its map drawn, in light and dark, in English and in French', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'fr']) {
        const element = await card(shipmentOf('#1002'), { theme, lang });
        await mapDrawn(element);
        await expect(element).to.be.accessible();
      }
    }
    const unsupported = await card(shipmentOf('#1006'));
    await expect(unsupported).to.be.accessible();
  });

  it('shows the carrier, status, tracking number, estimated delivery and the latest scan in words', async () => {
    const shipment = shipmentOf('#1001');
    const element = await card(shipment);
    const heading = root(element).querySelector('[role="heading"]')!;
    expect(spokenText(heading)).to.equal('Your parcel with Colissimo');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(spokenText(root(element).querySelector('header'))).to.contain('Delivery status: In transit');
    const facts = spokenText(root(element).querySelector('[part~="facts"]'));
    expect(facts).to.contain(`Tracking number ${shipment.trackingNumber}`);
    expect(facts).to.contain(`Estimated delivery ${DAY_NAME_EN(shipment.estimatedDelivery!)}`);
    const latest = shipment.events.at(-1)!;
    expect(facts).to.contain(latest.description);
    expect(facts).to.contain('Saint-Priest, France');
    expect(root(element).querySelector(`time[datetime="${latest.at}"]`)).to.exist;
  });

  it('says when a parcel was delivered instead of an estimate', async () => {
    const shipment = shipmentOf('#1003');
    const element = await card(shipment);
    const facts = spokenText(root(element).querySelector('[part~="facts"]'));
    expect(facts).to.contain('Delivered');
    expect(facts).not.to.contain('Estimated delivery');
    expect(root(element).querySelector(`time[datetime="${shipment.deliveredAt}"]`)).to.exist;
    await mapDrawn(element);
    expect(caption(element)).to.equal('Your parcel was delivered in Bordeaux, France.');
  });

  it('copies the tracking number with the keyboard and says so politely', async () => {
    const written: string[] = [];
    const restore = replaceClipboard({ writeText: async (text: string) => void written.push(text) });
    try {
      const shipment = shipmentOf('#1001');
      const element = await card(shipment);
      const button = copyButton(element);
      expect(spokenText(button)).to.equal('Copy tracking number');
      expect(copyStatus(element).getAttribute('aria-live')).to.equal('polite');
      expect(spokenText(copyStatus(element))).to.equal('');

      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => spokenText(copyStatus(element)) === 'Copied', 'no confirmation after Enter');
      expect(written).to.deep.equal([shipment.trackingNumber]);
      expect(root(element).activeElement).to.equal(button, 'focus stays on the button');

      await sendKeys({ press: 'Space' });
      await waitUntil(() => written.length === 2, 'Space did not copy again');
      expect(written[1]).to.equal(shipment.trackingNumber);
      await waitUntil(() => spokenText(copyStatus(element)) === 'Copied', 'no confirmation after Space');
    } finally {
      restore();
    }
  });

  it('copies through the copy command where the Clipboard API is missing', async () => {
    const restore = replaceClipboard(undefined);
    const copied: string[] = [];
    const listen = (event: ClipboardEvent) => copied.push(event.clipboardData?.getData('text/plain') ?? '');
    document.addEventListener('copy', listen);
    try {
      const shipment = shipmentOf('#1002');
      const element = await card(shipment, { lang: 'fr' });
      copyButton(element).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => spokenText(copyStatus(element)) === 'Copié', 'no confirmation in French');
      expect(copied).to.deep.equal([shipment.trackingNumber]);
      expect(spokenText(copyButton(element))).to.equal('Copier le numéro de suivi');
    } finally {
      document.removeEventListener('copy', listen);
      restore();
    }
  });

  it('selects the number and says how to copy it when the browser refuses to copy', async () => {
    const restore = replaceClipboard({ writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) });
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const shipment = shipmentOf('#1001');
      const element = await card(shipment);
      copyButton(element).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => spokenText(copyStatus(element)).includes('Ctrl+C'), 'no help when copying failed');
      expect(document.getSelection()!.toString()).to.equal(shipment.trackingNumber);
    } finally {
      document.execCommand = execCommand;
      restore();
    }
  });

  it('links to the carrier’s own tracking page in a new tab, and says so to screen readers', async () => {
    const shipment = shipmentOf('#1004');
    const element = await card(shipment);
    const link = root(element).querySelector<HTMLAnchorElement>('a[part~="tracking-link"]')!;
    expect(link.href).to.equal(new URL(shipment.trackingUrl!).href);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.contain('noopener');
    expect(spokenText(link)).to.equal('Track your parcel on the Royal Mail website (opens in a new tab)');
  });

  it('reaches the copy button and the link with Tab, and nothing in the map', async () => {
    const element = await card(shipmentOf('#1001'));
    await mapDrawn(element);
    const before = document.createElement('button');
    before.textContent = 'before';
    element.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(copyButton(element));
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(root(element).querySelector('a[part~="tracking-link"]'));
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(null, 'the map offers nothing to operate, so it takes no stop');
    before.remove();
  });

  it('draws the journey as SVG after loading the map lazily: land, the route and its markers', async () => {
    const shipment = shipmentOf('#1002');
    const element = await card(shipment);
    const svg = await mapDrawn(element);
    expect(svg.getAttribute('aria-label')).to.equal('Map of the parcel’s journey from Lyon, France to London, United Kingdom');
    expect(svg.querySelector('path.land')!.getAttribute('d')).to.match(/^M/);
    expect(svg.querySelector('path.borders')!.getAttribute('d')).to.match(/^M/);
    expect(svg.querySelector('path.route')!.getAttribute('d')).to.match(/^M[\d.-]+,[\d.-]+L/);
    expect(svg.querySelector('.origin')).to.exist;
    expect(svg.querySelector('.destination')).to.exist;
    expect(svg.querySelector('.position')).to.exist;
    expect(svg.querySelectorAll('.stop').length, 'Roissy, Cologne and Heathrow').to.be.greaterThan(0);
    expect(svg.querySelector('image'), 'no tiles unless a tile source is given').to.equal(null);

    // Every point is inside the map (fitted to the journey, padded).
    const { width, height } = svg.viewBox.baseVal;
    for (const circle of svg.querySelectorAll<SVGCircleElement>('circle.origin, circle.stop')) {
      const [x, y] = [circle.cx.baseVal.value, circle.cy.baseVal.value];
      expect(x).to.be.within(0, width);
      expect(y).to.be.within(0, height);
    }
    // The destination is London, city level: the street never reaches the map.
    expect(spokenText(svg)).to.contain('London');
  });

  it('says where the parcel is and how far it still has to go, in English and French', async () => {
    const shipment = shipmentOf('#1001');
    const km = spokenKm(shipment.events.at(-1)!.place!.coordinates!, shipment.destination.coordinates!);
    const element = await card(shipment);
    expect(caption(element)).to.equal(`Your parcel is in Saint-Priest, France, about ${km} km from Nantes.`);
    const figure = root(element).querySelector('figure')!;
    expect(figure.querySelector('figcaption')).to.exist;

    const french = await card(shipment, { lang: 'fr' });
    expect(caption(french)).to.equal(`Votre colis est à Saint-Priest, France, à environ ${km} km de Nantes.`);
  });

  it('shows a placeholder of the map’s size until the map comes into view, then loads it once', async () => {
    const calls: boolean[] = [];
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    document.body.prepend(spacer);
    try {
      const element = await card(shipmentOf('#1001'), {
        mapLoader: (needs) => {
          calls.push(needs.outlines);
          return defaultLoader(needs);
        },
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      expect(calls, 'nothing is loaded while the map is out of view').to.deep.equal([]);
      const frame = root(element).querySelector<HTMLElement>('[part~="map-frame"]')!;
      expect(spokenText(root(element))).to.contain('Your parcel is in Saint-Priest', 'the sentence does not wait for the map');
      const placeholder = frame.getBoundingClientRect();
      expect(placeholder.height).to.be.greaterThan(100);

      element.scrollIntoView();
      const svg = await mapDrawn(element);
      expect(calls).to.deep.equal([true]);
      const drawn = frame.getBoundingClientRect();
      expect(drawn.height, 'no layout shift').to.equal(placeholder.height);
      expect(svg.getBoundingClientRect().height).to.equal(drawn.height - 2);
    } finally {
      spacer.remove();
    }
  });

  it('moves the marker and updates the sentence when the carrier scans the parcel again (reduced motion: no animation)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await card(shipmentOf('#1001'));
    await mapDrawn(element);
    const before = marker(element).getAttribute('transform');
    const sentenceBefore = caption(element);

    expect(api.clock.advance(1)).to.be.greaterThan(0);
    const next = shipmentOf('#1001');
    const scan = next.events.at(-1)!;
    expect(scan.place!.city).not.to.equal('Saint-Priest');
    element.shipment = next;
    await element.updateComplete;

    expect(marker(element).getAttribute('transform')).not.to.equal(before);
    expect(marker(element).getAnimations(), 'no animation when reduced motion is asked for').to.have.length(0);
    expect(caption(element)).not.to.equal(sentenceBefore);
    expect(caption(element)).to.contain(`Your parcel is in ${scan.place!.city}`);
  });

  it('animates the marker along its way to the new scan when motion is welcome', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const element = await card(shipmentOf('#1001'));
    await mapDrawn(element);
    api.clock.advance(1);
    element.shipment = shipmentOf('#1001');
    await element.updateComplete;
    const [animation] = marker(element).getAnimations();
    expect(animation, 'the marker travels').to.exist;
    const frames = (animation.effect as KeyframeEffect).getKeyframes().map((frame) => translation(String(frame.transform)));
    expect(frames.length, 'along a sampled great circle, not a jump').to.be.greaterThan(10);
    const rest = translation(marker(element).getAttribute('transform')!);
    expect(distance(frames.at(-1)!, rest), 'it ends where the marker rests').to.be.lessThan(0.01);
    expect(distance(frames[0], rest), 'from somewhere else').to.be.greaterThan(5);

    await animation.ready;
    const early = marker(element).getBoundingClientRect();
    animation.finish();
    const late = marker(element).getBoundingClientRect();
    expect(Math.hypot(late.x - early.x, late.y - early.y), 'it moved on screen').to.be.greaterThan(5);
    expect(marker(element).getAnimations()).to.have.length(0);
  });

  it('draws another parcel handed to the same card in place, without a journey between the two', async () => {
    const element = await card(shipmentOf('#1001'));
    await mapDrawn(element);
    element.shipment = shipmentOf('#1004');
    await element.updateComplete;
    expect(marker(element).getAnimations()).to.have.length(0);
    expect(caption(element)).to.contain('Manchester');
  });

  it('gives an unsupported carrier no map and no status: the number, the copy button and the carrier’s link', async () => {
    const shipment = shipmentOf('#1006');
    expect(shipment.status).to.equal(null);
    const calls: unknown[] = [];
    const element = await card(shipment, { mapLoader: async (needs) => (calls.push(needs), Promise.reject(new Error('unused'))) });
    expect(root(element).querySelector('figure')).to.equal(null);
    expect(root(element).querySelector('[part~="badge"]')).to.equal(null);
    expect(root(element).querySelector('[part~="caption"]')).to.equal(null);
    expect(spokenText(root(element))).not.to.match(/In transit|Delivered|Estimated delivery|Latest update/);
    expect(spokenText(root(element))).to.contain(shipment.trackingNumber!);
    expect(copyButton(element)).to.exist;
    expect(root(element).querySelector('a[part~="tracking-link"]')).to.exist;
    expect(spokenText(root(element))).to.contain('Live tracking is not available for this carrier');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls).to.deep.equal([]);
  });

  it('gives a shipment without any coordinates the sentence and no map', async () => {
    const shipment = shipmentOf('#1001');
    shipment.origin.coordinates = null;
    shipment.destination.coordinates = null;
    for (const event of shipment.events) if (event.place) event.place.coordinates = null;
    const element = await card(shipment);
    expect(root(element).querySelector('figure')).to.equal(null);
    expect(root(element).querySelector('svg')).to.equal(null);
    expect(caption(element)).to.equal('Your parcel is in Saint-Priest, France, on its way to Nantes, France.');
  });

  it('keeps the card working, with a short message, when the map cannot be loaded', async () => {
    const written: string[] = [];
    const restore = replaceClipboard({ writeText: async (text: string) => void written.push(text) });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const shipment = shipmentOf('#1001');
      const failure = new TypeError('Failed to fetch dynamically imported module');
      const element = await card(shipment, { mapLoader: () => Promise.reject(failure) });
      await waitUntil(() => root(element).querySelector('[part~="map-message"]'), 'no message after a failed load');
      expect(spokenText(root(element).querySelector('[part~="map-message"]'))).to.equal(
        'The map could not be loaded. The tracking details are still up to date.',
      );
      expect(root(element).querySelector('svg[role="img"]')).to.equal(null);
      expect(root(element).querySelector('.placeholder')).to.equal(null);
      expect(caption(element)).to.contain('Your parcel is in Saint-Priest');
      expect(root(element).querySelector('a[part~="tracking-link"]')).to.exist;
      copyButton(element).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => written.length === 1, 'copying still works');
      await expect(element).to.be.accessible();
      expect(warnings.map((args) => args[1]), 'the reason is left for the site’s developers').to.deep.equal([failure]);
    } finally {
      console.warn = warn;
      restore();
    }
  });

  it('renders the carrier’s words as text, never as markup', async () => {
    const shipment = shipmentOf('#1001');
    shipment.events.at(-1)!.description = '<img src=x onerror="window.__pwned = true">Arrivé';
    const element = await card(shipment);
    expect(spokenText(root(element).querySelector('[part~="facts"]'))).to.contain('<img src=x');
    expect(root(element).querySelector('img')).to.equal(null);
  });

  it('makes no request to anyone by default, and draws tiles from a tile source under the route when given one', async () => {
    const element = await card(shipmentOf('#1001'));
    await mapDrawn(element);
    const foreign = performance.getEntriesByType('resource').filter((entry) => !entry.name.startsWith(location.origin));
    expect(foreign.map((entry) => entry.name)).to.deep.equal([]);

    const requested: string[] = [];
    worker.use(
      http.get('/test-tiles/*', ({ request }) => {
        requested.push(new URL(request.url).pathname);
        return new HttpResponse(ONE_PIXEL_PNG, { headers: { 'Content-Type': 'image/png' } });
      }),
    );
    const needs: boolean[] = [];
    const tiled = await card(shipmentOf('#1001'), {
      tileUrl: '/test-tiles/{z}/{x}/{y}.png',
      tileAttribution: '© Test tiles',
      mapLoader: (asked) => (needs.push(asked.outlines), defaultLoader(asked)),
    });
    const svg = await mapDrawn(tiled);
    expect(needs, 'no country outlines under tiles').to.deep.equal([false]);
    const tiles = [...svg.querySelectorAll('image')];
    expect(tiles.length).to.be.greaterThan(0);
    for (const tile of tiles) expect(tile.getAttribute('href')).to.match(/^\/test-tiles\/\d+\/\d+\/\d+\.png$/);
    const zooms = new Set(tiles.map((tile) => tile.getAttribute('href')!.split('/')[2]));
    expect(zooms.size, 'one zoom level').to.equal(1);
    expect(svg.querySelector('path.land')).to.equal(null);
    const route = svg.querySelector('path.route')!;
    expect(route.compareDocumentPosition(tiles.at(-1)!) & Node.DOCUMENT_POSITION_PRECEDING, 'tiles lie under the route').to.be.greaterThan(0);
    await waitUntil(() => requested.length === tiles.length, 'the browser fetched the tiles from the source');
    expect(new Set(requested)).to.deep.equal(new Set(tiles.map((tile) => tile.getAttribute('href'))));
    expect(spokenText(root(tiled).querySelector('[part~="tiles-credit"]'))).to.equal('Map tiles: © Test tiles');
  });

  it('ignores a tile source that is not a web address', async () => {
    const element = await card(shipmentOf('#1001'), { tileUrl: 'javascript:alert(1)//{z}/{x}/{y}' });
    const svg = await mapDrawn(element);
    expect(svg.querySelector('image')).to.equal(null);
    expect(svg.querySelector('path.land')).to.exist;
  });

  it('shows only the map and its sentence with map-only', async () => {
    const element = await card(shipmentOf('#1001'), { mapOnly: true });
    await mapDrawn(element);
    expect(root(element).querySelector('[role="heading"]')).to.equal(null);
    expect(root(element).querySelector('button')).to.equal(null);
    expect(root(element).querySelector('a')).to.equal(null);
    expect(caption(element)).to.contain('Your parcel is in Saint-Priest');
    await expect(element).to.be.accessible();
  });
});
