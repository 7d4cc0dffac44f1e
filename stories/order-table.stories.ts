// <suivi-order-table> in client mode, one story per state: the mock API's orders (projected to
// admin list rows), a short list, no orders, a search that finds nothing, 100,000 generated
// orders, long names, e-mails and tags, French, dark, and rows selected with the bulk-action bar
// showing. Language and theme also come from the toolbar. Columns a designer hides or resizes are remembered in this
// browser under the `storybook` storage key ("Columns" → "Reset columns" undoes it). Opening an
// order and the bulk actions show in the Actions panel (suivi-order-open, suivi-bulk-action).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMockApi } from '@suivi/mocks';
import { type OrderSummary, toOrderSummary } from '@suivi/model';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@suivi/components/define/order-table';
import type { SuiviOrderTable } from '@suivi/components';
import { generateOrderSummaries } from '../bench/generate-orders.ts';
import { giveLongNames } from './support/long-names.ts';

/** The same instant as the browser tests, so the stories show the same data. */
const api = createMockApi({ anchor: new Date('2026-11-20T09:00:00Z'), orderCount: 300 });
const mockOrders: OrderSummary[] = api.store.all().map(toOrderSummary);

/** Ten rows, the first six with long customer names, e-mail addresses and tags. */
const longNameOrders: OrderSummary[] = api.store
  .all()
  .slice(0, 10)
  .map((order, index) => {
    const copy = structuredClone(order);
    if (index < 6) giveLongNames(copy, index);
    return toOrderSummary(copy);
  });

interface TableArgs {
  orders: readonly OrderSummary[];
  storageKey: string;
  lang?: string;
  theme?: string;
}

/** The table a story rendered, once it has drawn its rows. */
async function tableIn(canvasElement: HTMLElement): Promise<SuiviOrderTable> {
  const table = canvasElement.querySelector('suivi-order-table')!;
  await table.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return table;
}

const meta = {
  title: 'Components/Order table',
  component: 'suivi-order-table',
  render: ({ orders, storageKey, lang, theme }, { loaded }) =>
    html`<suivi-order-table
      .orders=${(loaded.orders as readonly OrderSummary[] | undefined) ?? orders}
      storage-key=${storageKey}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
      style="--suivi-order-table-height: 44rem"
    ></suivi-order-table>`,
  args: { orders: mockOrders, storageKey: 'storybook' },
  argTypes: {
    orders: { control: false, description: 'Admin list rows (`OrderSummary[]`), set as a property; filtered and sorted in the browser.' },
    storageKey: { control: 'text', description: 'Names the columns remembered in localStorage (attribute `storage-key`).' },
    lang: { control: false },
    theme: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Every order’s payment, fulfilment and delivery status at a glance. Try the saved views, the delivery overview strip, the search box (order number, name, e-mail or tracking number, accents ignored), the filters and their chips, the column picker, sorting by any header, and the keyboard: Tab into the grid, then arrows, Home/End, Page Up/Down, Space to select, Enter to open.',
      },
    },
  },
} satisfies Meta<TableArgs>;

export default meta;
type Story = StoryObj<TableArgs>;

/** 300 orders from the mock API's seeded store. */
export const Default: Story = {};

export const TenOrders: Story = { args: { orders: mockOrders.slice(0, 10) } };

export const NoOrders: Story = { args: { orders: [] } };

/** Long customer names, e-mail addresses and tags: cells truncate with the full text still reachable, rows keep their height. */
export const LongNames: Story = { args: { orders: longNameOrders } };

export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const table = await tableIn(canvasElement);
    const search = table.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = 'zzzz';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  },
};

/** Generated rows (bench/generate-orders.ts): sorting, searching and scrolling stay instant. */
export const HundredThousandOrders: Story = {
  loaders: [async () => ({ orders: generateOrderSummaries(100_000) })],
};

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const WithSelection: Story = {
  play: async ({ canvasElement }) => {
    const table = await tableIn(canvasElement);
    const boxes = [...table.shadowRoot!.querySelectorAll<HTMLInputElement>('.row-checkbox')].slice(0, 3);
    for (const box of boxes) box.click();
  },
};

/**
 * The merchant's own views (kept in this browser per `storage-key`), after the built-in ones,
 * each with a button to delete it; the first is applied. Set the filters to anything that is no
 * view yet and "Save as a view…" appears.
 */
export const OwnViews: Story = {
  args: { storageKey: 'storybook-own-views' },
  loaders: [
    async () => {
      localStorage.setItem(
        'suivi-order-table:storybook-own-views:views',
        JSON.stringify([
          { name: 'Unpaid cards', filters: { paymentStatus: ['pending'], paymentMethod: ['card'] } },
          { name: 'Colissimo, not delivered', filters: { carrier: ['Colissimo'], deliveryStatus: ['attempted_delivery', 'in_transit'] } },
        ]),
      );
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const table = await tableIn(canvasElement);
    // They come with the table's later parts, fetched once its first rows are drawn.
    for (let i = 0; i < 200 && !table.shadowRoot!.querySelector('[data-own-view]'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
    table.shadowRoot!.querySelector<HTMLButtonElement>('[data-own-view]')!.click();
  },
};
