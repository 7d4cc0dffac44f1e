// <suivi-tracking-map>, one story per state a shopper can meet. Shipments are the mock API's
// showcase (#1001–#1006) at the same instant as the browser tests; the international parcel
// (London → Montréal) is written out here, since every showcase parcel leaves from Lyon.
// Language and theme come from the toolbar; the French and Dark stories set them on the element.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockApi } from '@suivi/mocks';
import type { Place, Shipment } from '@suivi/model';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, http } from 'msw';
import type { MapKitLoader } from '@suivi/components';
import '@suivi/components/define/tracking-map';

/** The same instant as the browser tests, so the stories show the same dates. */
const ANCHOR = new Date('2026-11-20T09:00:00Z');
const api = createMockApi({ anchor: ANCHOR });

/** The first shipment of the mock's seed at `status` (the showcase orders have none confirmed or in exception). */
function seededShipment(status: Shipment['status']): Shipment {
  const shipment = api.store
    .all()
    .flatMap((order) => order.shipments)
    .find((candidate) => candidate.status === status);
  if (!shipment) throw new Error(`The mock's seed has no shipment ${status}`);
  return structuredClone(shipment);
}

function showcaseShipment(orderNumber: string, index = 0): Shipment {
  const order = api.store.getByNumber(orderNumber);
  if (!order) throw new Error(`The mock has no order ${orderNumber}`);
  return structuredClone(order.shipments[index]);
}

const place = (city: string, region: string | null, country: string, lat: number, lng: number): Place => ({
  city,
  region,
  country,
  coordinates: { lat, lng },
});

const LONDON = place('London', 'England', 'GB', 51.5072, -0.1276);
const HEATHROW = place('London Heathrow', 'England', 'GB', 51.47, -0.4543);
const TORONTO_PEARSON = place('Mississauga', 'Ontario', 'CA', 43.6777, -79.6248);
const MONTREAL = place('Montréal', 'Québec', 'CA', 45.5019, -73.5674);

/** A parcel from London to Montréal, cleared through customs at Toronto Pearson. */
const INTERNATIONAL: Shipment = {
  id: 'shp_story_international',
  carrier: { code: 'parcelforce', name: 'Parcelforce Worldwide', supported: true },
  trackingNumber: 'EK123456785GB',
  trackingUrl: 'https://www.parcelforce.com/track-trace?trackNumber=EK123456785GB',
  lineItems: [],
  shippedAt: '2026-11-16T10:00:00.000Z',
  status: 'in_transit',
  estimatedDelivery: '2026-11-23',
  deliveredAt: null,
  origin: LONDON,
  destination: MONTREAL,
  events: [
    { id: 'evt_i1', at: '2026-11-16T10:00:00.000Z', status: 'confirmed', description: 'Electronic information received', place: LONDON },
    { id: 'evt_i2', at: '2026-11-16T18:00:00.000Z', status: 'in_transit', description: 'Collected from sender', place: LONDON },
    { id: 'evt_i3', at: '2026-11-17T21:00:00.000Z', status: 'in_transit', description: 'Departed UK hub', place: HEATHROW },
    { id: 'evt_i4', at: '2026-11-18T09:00:00.000Z', status: 'in_transit', description: 'Arrived in destination country', place: TORONTO_PEARSON },
    { id: 'evt_i5', at: '2026-11-19T15:00:00.000Z', status: 'in_transit', description: 'Released by customs', place: TORONTO_PEARSON },
  ],
};

/** The element's own lazy loader, for the stories that do not replace it. */
const LAZY_LOADER: MapKitLoader = document.createElement('suivi-tracking-map').mapLoader;

/** A loader that never finishes: the card as it looks while the map is on its way. */
const neverLoads: MapKitLoader = () => new Promise(() => {});

/** A loader that fails, as when the map's chunk cannot be fetched (offline, a deploy in between). */
const failsToLoad: MapKitLoader = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/**
 * Stand-in raster tiles for the tile-url story, drawn by the mock (Storybook runs offline): a
 * grid labelled with each tile's z/x/y, so a designer sees tiles line up under the route.
 */
const demoTiles = http.get('/demo-tiles/:z/:x/:y', ({ params }) => {
  const label = `${params.z}/${params.x}/${String(params.y).replace(/\.svg$/, '')}`;
  const body = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
    <rect width="256" height="256" fill="#e9efe4" stroke="#9fb08f"/>
    <path d="M0 128H256M128 0V256" stroke="#c7d3bc" stroke-dasharray="4 6"/>
    <text x="8" y="20" font-family="sans-serif" font-size="12" fill="#4f5d43">${label}</text>
  </svg>`;
  return new HttpResponse(body, { headers: { 'Content-Type': 'image/svg+xml' } });
});

interface MapArgs {
  shipment: Shipment;
  headingLevel: number;
  mapOnly: boolean;
  tileUrl: string;
  tileAttribution: string;
  lang?: string;
  theme?: string;
  mapLoader?: MapKitLoader;
}

const meta = {
  title: 'Components/Tracking map',
  component: 'suivi-tracking-map',
  render: ({ shipment, headingLevel, mapOnly, tileUrl, tileAttribution, lang, theme, mapLoader }) =>
    html`<suivi-tracking-map
      .shipment=${shipment}
      heading-level=${headingLevel}
      ?map-only=${mapOnly}
      tile-url=${ifDefined(tileUrl || undefined)}
      tile-attribution=${ifDefined(tileAttribution || undefined)}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
      .mapLoader=${mapLoader ?? LAZY_LOADER}
    ></suivi-tracking-map>`,
  args: { headingLevel: 3, mapOnly: false, tileUrl: '', tileAttribution: '' },
  argTypes: {
    shipment: { control: false, description: 'The shipment; set as a property. Replace it when a scan arrives.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the card’s heading.' },
    mapOnly: { control: 'boolean', description: 'Only the map and its sentence (inside the order timeline).' },
    tileUrl: { control: 'text', description: 'Raster tile template, https://…/{z}/{x}/{y}.png. Empty: vector outlines, no requests.' },
    tileAttribution: { control: 'text', description: 'Credit the tile provider requires.' },
    mapLoader: { control: false, description: 'Loads the map code and outlines (lazy by default).' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One card per shipment: carrier, tracking number with a copy button, the carrier’s link, status, estimated delivery and the latest scan, and a map of the journey (origin, scans, the parcel, the destination city) drawn offline from world-atlas, loaded only when the card comes into view. The sentence under the map says where the parcel is and how far it still has to go.',
      },
    },
  },
} satisfies Meta<MapArgs>;

export default meta;
type Story = StoryObj<MapArgs>;

export const InTransitFrance: Story = { args: { shipment: showcaseShipment('#1001') } };

export const OutForDelivery: Story = { args: { shipment: showcaseShipment('#1002') } };

export const Delivered: Story = { args: { shipment: showcaseShipment('#1003') } };

export const AttemptedDelivery: Story = { args: { shipment: showcaseShipment('#1004') } };

export const InternationalUkToCanada: Story = { args: { shipment: INTERNATIONAL } };

export const UnsupportedCarrier: Story = { args: { shipment: showcaseShipment('#1006') } };

/** Handed to the carrier, not yet scanned on its way: the map shows where it leaves from and where it goes. */
export const Confirmed: Story = { args: { shipment: seededShipment('confirmed') } };

/** The carrier reports a problem (here a damaged parcel going back to the sender), said in the card's danger tone. */
export const Exception: Story = { args: { shipment: seededShipment('exception') } };

export const NoCoordinates: Story = {
  args: {
    shipment: (() => {
      const shipment = showcaseShipment('#1001');
      shipment.origin.coordinates = null;
      shipment.destination.coordinates = null;
      for (const event of shipment.events) if (event.place) event.place.coordinates = null;
      return shipment;
    })(),
  },
};

export const Loading: Story = { args: { shipment: showcaseShipment('#1001'), mapLoader: neverLoads } };

export const MapCouldNotLoad: Story = { args: { shipment: showcaseShipment('#1001'), mapLoader: failsToLoad } };

export const French: Story = { args: { shipment: showcaseShipment('#1001'), lang: 'fr' } };

export const Dark: Story = { args: { shipment: INTERNATIONAL, theme: 'dark' } };

export const MapOnly: Story = { args: { shipment: showcaseShipment('#1002'), mapOnly: true } };

/** The extension point: raster tiles under the route, here stand-in tiles served by the mock. */
export const StreetTiles: Story = {
  args: {
    shipment: showcaseShipment('#1001'),
    tileUrl: '/demo-tiles/{z}/{x}/{y}.svg',
    tileAttribution: 'stand-in tiles drawn by the Storybook mock',
  },
  parameters: { msw: { handlers: [demoTiles] } },
};

/**
 * Live: each press moves the mock carrier clock on by one scan and hands the newer shipment to
 * the card; the marker travels to the new place (or jumps there with reduced motion) and the
 * sentence under the map follows.
 */
export const Live: Story = {
  args: { shipment: showcaseShipment('#1001') },
  render: ({ headingLevel }) => {
    const live = createMockApi({ anchor: ANCHOR });
    const current = () => structuredClone(live.store.getByNumber('#1001')!.shipments[0]);
    const advance = (event: Event) => {
      const card = (event.target as HTMLElement).closest('div')!.querySelector('suivi-tracking-map')!;
      live.clock.advance(1);
      card.shipment = current();
    };
    return html`<div>
      <p><button type="button" @click=${advance}>Next carrier scan</button></p>
      <suivi-tracking-map .shipment=${current()} heading-level=${headingLevel}></suivi-tracking-map>
    </div>`;
  },
};
