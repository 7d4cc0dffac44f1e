// <suivi-order-admin>, the merchant's back office, in server mode on the mock API in the browser:
// 300 orders, 10, an empty shop, a search that finds nothing, the list failing, French, dark, a
// live shop (the story's buttons move the carriers on and bring a new order in), and 100,000
// orders, the first page still loading, the live feed reconnecting, "select all matching" failing,
// a bulk report refusing orders and one naming seven archived orders, and long customer names,
// e-mails and tags. Opening an order shows <suivi-order-detail> in the
// side panel. Language and theme also come from the toolbar.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviOrderAdmin } from '@suivi/components';
import { adminMockControlPaths, createMockApi, type MockApi } from '@suivi/mocks';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, delay, getResponse, http } from 'msw';
import '@suivi/components/define/order-admin';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { giveLongNames } from './support/long-names.ts';

const BASE_URL = '/api';

/** One mock API per shop size, each at the same instant as every story. */
const shop = createMockApi({ anchor: STORY_ANCHOR });
const smallShop = createMockApi({ anchor: STORY_ANCHOR, orderCount: 10 });
const emptyShop = createMockApi({ anchor: STORY_ANCHOR, orderCount: 0 });
/** Ten orders, six of them with long names, e-mails and tags (see the LongNames story's loader). */
const longNamesShop = createMockApi({ anchor: STORY_ANCHOR, orderCount: 10 });

/** The API's answer when it is down: 503 "unavailable" (the SDK tries twice more, then gives up). */
const unavailable = () => HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503 });

/**
 * 100,000 orders, made on the first request rather than when this file loads (seeding and
 * indexing that many takes seconds, which every other story here would otherwise wait for).
 */
let bigShop: MockApi | undefined;
const bigShopHandlers = [
  http.all(`${BASE_URL}/*`, ({ request }) => getResponse((bigShop ??= createMockApi({ anchor: STORY_ANCHOR, orderCount: 100_000 })).handlers, request)),
];

interface AdminArgs {
  lang: string;
  theme: string;
}

/** The back office with `api`'s admin key; sized so the table has room, as on a back-office page. */
function adminTemplate(api: MockApi, { lang, theme }: AdminArgs) {
  return html`<suivi-order-admin
    base-url=${BASE_URL}
    admin-key=${api.adminKey}
    lang=${ifDefined(lang || undefined)}
    theme=${ifDefined(theme || undefined)}
    style="--suivi-order-table-height: 40rem"
  ></suivi-order-admin>`;
}

/** The table inside the back office a story rendered. */
const tableRoot = (admin: SuiviOrderAdmin) => admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!;

/** The element a story rendered, once its first rows are drawn. */
async function loadedAdmin(canvasElement: HTMLElement): Promise<SuiviOrderAdmin> {
  const admin = canvasElement.querySelector<SuiviOrderAdmin>('suivi-order-admin')!;
  const rows = () => admin.shadowRoot?.querySelector('suivi-order-table')?.shadowRoot?.querySelector('.body [data-order-id]');
  for (let i = 0; i < 400 && !rows(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  return admin;
}

const meta = {
  title: 'Components/Order admin',
  component: 'suivi-order-admin',
  render: (args) => adminTemplate(shop, args),
  args: { lang: '', theme: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
  },
  // Every story starts from freshly seeded shops: nothing shipped, archived or added by an earlier one.
  loaders: [
    () => {
      for (const api of [shop, smallShop, emptyShop]) api.reset();
      return {};
    },
  ],
  parameters: {
    layout: 'padded',
    msw: { handlers: shop.handlers },
    docs: {
      description: {
        component:
          'The merchant’s back office: every order in a server-mode `<suivi-order-table>` (paged, filtered, sorted and searched by the API, the overview strip counted from its facets), an order opened in a side panel with `<suivi-order-detail>`, and everything kept live from the admin event stream. Give it `base-url` and `admin-key`, or an `adminClient`. Try the overview strip (“Attempted delivery”), a saved view, Enter on a row, “Mark as shipped…” and its Undo.',
      },
    },
  },
} satisfies Meta<AdminArgs>;

export default meta;
type Story = StoryObj<AdminArgs>;

/** 300 orders from the mock's seed. */
export const Default: Story = {};

export const TenOrders: Story = {
  render: (args) => adminTemplate(smallShop, args),
  parameters: { msw: { handlers: smallShop.handlers } },
};

/** A shop with no orders yet. */
export const EmptyShop: Story = {
  render: (args) => adminTemplate(emptyShop, args),
  parameters: { msw: { handlers: emptyShop.handlers } },
};

/** A search that finds nothing: said as such, not as an empty shop. */
export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const admin = await loadedAdmin(canvasElement);
    const search = admin.shadowRoot!.querySelector('suivi-order-table')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/**
 * The list cannot be loaded (the API answers 503 "unavailable", and again on the SDK's two retries):
 * said plainly, never as "No orders", with Try again.
 */
export const ListError: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/admin/orders'],
    msw: { handlers: [http.get(`${BASE_URL}/v1/admin/orders`, unavailable), ...shop.handlers] },
  },
};

/** The first page of orders on its way (the mock holds its answer back): "Loading orders…", no rows, no "No orders". */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(`${BASE_URL}/v1/admin/orders`, () => delay('infinite')), ...shop.handlers] },
  },
};

/**
 * The live feed dropped (the admin event stream answers 503 and asks to come back in an hour): the
 * page says "Live updates paused: reconnecting…" and the list stays usable.
 */
export const LiveReconnecting: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/admin/events'],
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/admin/events`, () =>
          HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503, headers: { 'Retry-After': '3600' } }),
        ),
        ...shop.handlers,
      ],
    },
  },
};

/** Long customer names, e-mail addresses and tags: cells truncate or wrap, and the full text stays readable. */
export const LongNames: Story = {
  render: (args) => adminTemplate(longNamesShop, args),
  loaders: [
    () => {
      longNamesShop.reset();
      longNamesShop.store
        .all()
        .slice(0, 6)
        .forEach((order, index) => longNamesShop.store.update(order.id, (draft) => giveLongNames(draft, index)));
      return {};
    },
  ],
  parameters: { msw: { handlers: longNamesShop.handlers } },
};

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** A shop that moves: the buttons advance the carriers' clock or bring a new order in, and the table follows live. */
export const Live: Story = {
  render: (args) => {
    const said = (text: string) => (document.getElementById('live-report')!.textContent = text);
    return html`
      <p style="display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0 0 1rem">
        <button type="button" @click=${() => said(`${shop.clock.advance(1)} shipment(s) moved.`)}>Advance carrier clock</button>
        <button
          type="button"
          @click=${async () => {
            const response = await fetch(`${BASE_URL}${adminMockControlPaths.newOrder}`, { method: 'POST' });
            said(response.ok ? `Order ${((await response.json()) as { orderNumber: string }).orderNumber} arrived.` : 'The new order could not be placed.');
          }}
        >
          A new order arrives
        </button>
        <span id="live-report" role="status"></span>
      </p>
      ${adminTemplate(shop, args)}
    `;
  },
};

/**
 * 100,000 orders, still in server mode on the mock in this tab. The first answer waits while the
 * mock seeds and indexes them (several seconds on a slow machine, "Loading orders…" meanwhile);
 * after that each page, filter and sort is answered in milliseconds.
 */
export const HundredThousandOrders: Story = {
  parameters: {
    msw: { handlers: bigShopHandlers },
    docs: {
      description: {
        story:
          'The mock makes and indexes its 100,000 orders on the first request, in this tab: the table says “Loading orders…” for a few seconds first (about 4 s measured here). A real store answers from its own index.',
      },
    },
  },
};

/**
 * "Select all 300 matching orders" while the ids are still coming: the progress line with its
 * Cancel. The mock holds back the id pages (the API's largest, 200 a page) so the state stays.
 */
export const SelectingAllMatching: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/admin/orders`, async ({ request }) => {
          if (new URL(request.url).searchParams.get('limit') === '200') await delay('infinite');
        }),
        ...shop.handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const admin = await loadedAdmin(canvasElement);
    tableRoot(admin).querySelector<HTMLInputElement>('.select-all')!.click();
  },
};

/**
 * A bulk action's report, order by order: "Unarchive" on two orders that are not archived is
 * refused for each, in words, and nothing changes.
 */
export const BulkReport: Story = {
  play: async ({ canvasElement }) => {
    const admin = await loadedAdmin(canvasElement);
    const root = tableRoot(admin);
    for (const position of [0, 1]) root.querySelector<HTMLInputElement>(`.body [data-position="${position}"] .row-checkbox`)!.click();
    for (let i = 0; i < 200 && !root.querySelector('[part="bulk-bar"]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    [...root.querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button')].find((button) => button.textContent?.trim() === 'Unarchive')!.click();
  },
};

/**
 * "Archive" on seven open orders: the report says all seven were done and names them, the first
 * five by number "and 2 more", rather than only counting them.
 */
export const BulkReportSevenOrders: Story = {
  play: async ({ canvasElement }) => {
    const admin = await loadedAdmin(canvasElement);
    const root = tableRoot(admin);
    const rows = [...root.querySelectorAll<HTMLElement>('.body [data-position][data-order-id]')].sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position));
    const open = rows.filter((row) => shop.store.getById(row.dataset.orderId!)?.state === 'open').slice(0, 7);
    if (open.length < 7) throw new Error(`Only ${open.length} open orders on screen; the story archives seven`);
    for (const row of open) row.querySelector<HTMLInputElement>('.row-checkbox')!.click();
    for (let i = 0; i < 200 && !root.querySelector('[part="bulk-bar"]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    // The bar's Archive, in whichever language the story shows.
    [...root.querySelectorAll<HTMLButtonElement>('[part="bulk-bar"] button')].find((button) => ['Archive', 'Archiver'].includes(button.textContent?.trim() ?? ''))!.click();
    // Done once the report lists the orders (while sending it shows how far the run is).
    const named = () => admin.shadowRoot!.querySelector('[part="bulk-report"] .callout p + p');
    for (let i = 0; i < 400 && !named(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    if (!named()) throw new Error('The bulk report never named the archived orders');
  },
};

/**
 * "Select all 300 matching orders" when the API cannot give the ids (their pages answer 503): the
 * page says the matching orders are unavailable and the selection has not changed, with Try again
 * and Cancel.
 */
export const SelectAllFailed: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/admin/orders'],
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/admin/orders`, ({ request }) => {
          if (new URL(request.url).searchParams.get('limit') === '200') return unavailable();
        }),
        ...shop.handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const admin = await loadedAdmin(canvasElement);
    tableRoot(admin).querySelector<HTMLInputElement>('.select-all')!.click();
  },
};
