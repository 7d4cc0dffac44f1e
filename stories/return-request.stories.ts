// <suivi-return-request> on its own mock API: a delivered order's form, an order with returns at
// each status, each refusal from the shop (the form filled and sent in `play`), a failure to send,
// and French and dark. The carrier clock button moves a filed return on.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviReturnRequest } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { toCustomerView, type CustomerOrderView, type ReturnReasonCode } from '@suivi/model';
import { createSuiviClient } from '@suivi/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, http } from 'msw';
import '@suivi/components/define/return-request';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { BASE_URL, sessionFor, storyElement } from './support/shopper-session.ts';

const api = createMockApi({ anchor: STORY_ANCHOR });
/** A shop whose return window is one day: #1003, delivered two days before, is past it. */
const strictShop = createMockApi({ anchor: STORY_ANCHOR, returnWindowDays: 1 });

interface ReturnArgs {
  lang: string;
  theme: string;
  orderNumber: string;
  /** Use the shop with a one-day return window. */
  strict: boolean;
  /** Returns filed before the shopper arrives, moved on this many clock ticks. */
  filed: number;
  ticks: number;
  /** What the shopper fills in and sends in `play`: a quantity for an item, by index. */
  send: { item: number; quantity: number; reason: ReturnReasonCode } | null;
  /** Edit the view the page holds (a view that lags behind the shop). */
  believe: ((order: CustomerOrderView) => void) | null;
}

const meta = {
  title: 'Components/Return request',
  component: 'suivi-return-request',
  render: ({ lang, theme, strict }) => html`
    <p><button type="button" @click=${() => (strict ? strictShop : api).clock.advance(1)}>Advance the mock clock one step</button> A filed return moves on.</p>
    <suivi-return-request base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-return-request>
  `,
  args: { lang: '', theme: '', orderNumber: '#1003', strict: false, filed: 0, ticks: 0, send: null, believe: null },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
    orderNumber: { control: 'select', options: ['#1003', '#1005'] },
    strict: { control: false },
    filed: { control: false },
    ticks: { control: false },
    send: { control: false },
    believe: { control: false },
  },
  loaders: [
    () => {
      api.reset();
      strictShop.reset();
      return {};
    },
  ],
  play: async ({ canvasElement, args }) => {
    const shop = args.strict ? strictShop : api;
    const session = await sessionFor(shop, args.orderNumber);
    const client = createSuiviClient({ baseUrl: BASE_URL });
    for (let index = 0; index < args.filed; index++) {
      await client.requestReturn(session, { items: [{ lineItemId: session.order.lineItems[index]!.id, quantity: 1 }], reason: index ? 'damaged' : 'too_small' });
    }
    if (args.ticks) shop.clock.advance(args.ticks);
    const view = toCustomerView(shop.store.getById(session.orderId)!);
    args.believe?.(view);
    const element = await storyElement<SuiviReturnRequest>(canvasElement, 'suivi-return-request');
    element.order = view;
    element.access = session;
    if (!args.send) return;
    await element.updateComplete;
    const root = element.shadowRoot!;
    const fields = root.querySelectorAll<HTMLInputElement>('[part="quantity"]');
    const field = fields[Math.min(args.send.item, fields.length - 1)]!;
    field.value = String(args.send.quantity);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const reason = root.querySelector<HTMLSelectElement>('[part="reason"]')!;
    reason.value = args.send.reason;
    reason.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    root.querySelector('form')!.requestSubmit();
  },
  parameters: {
    msw: { handlers: [...api.handlers] },
    docs: {
      description: {
        component:
          'The order’s returns with their status, and a form to ask for a new one on delivered items, bounded by what can still be returned. ' +
          'Each refusal from the shop names the item and what to change; the form keeps what was typed.',
      },
    },
  },
} satisfies Meta<ReturnArgs>;

export default meta;
type Story = StoryObj<ReturnArgs>;

export const Delivered: Story = {};

export const OneParcelStillComing: Story = { args: { orderNumber: '#1005' } };

export const Requested: Story = { args: { filed: 1 } };

export const InProgress: Story = { args: { filed: 1, ticks: 1 } };

export const Returned: Story = { args: { filed: 1, ticks: 2 } };

/** The shop declined the return and says why (the reason is the shop's, shown as text). */
export const Declined: Story = {
  args: {
    filed: 1,
    believe: (order) => {
      order.returns[0] = { ...order.returns[0]!, status: 'declined', declineReason: 'The item shows signs of use beyond trying it on.' };
    },
  },
};

export const Accepted: Story = { args: { send: { item: 0, quantity: 1, reason: 'too_small' } } };

export const RefusedWindowClosed: Story = {
  args: { strict: true, send: { item: 0, quantity: 1, reason: 'damaged' } },
  parameters: { msw: { handlers: [...strictShop.handlers] }, expectedFailedRequests: ['POST /api/v1/orders/*/returns'] },
};

export const RefusedQuantity: Story = {
  parameters: { expectedFailedRequests: ['POST /api/v1/orders/*/returns'] },
  args: {
    orderNumber: '#1005',
    send: { item: 0, quantity: 2, reason: 'changed_mind' },
    // The page still shows four bowls returnable, while three are already being sent back.
    believe: (order) => {
      order.returns = [];
    },
  },
  play: async (context) => {
    const session = await sessionFor(api, '#1005');
    await createSuiviClient({ baseUrl: BASE_URL }).requestReturn(session, { items: [{ lineItemId: session.order.lineItems[0]!.id, quantity: 3 }], reason: 'changed_mind' });
    await meta.play!(context);
  },
};

export const RefusedNotDelivered: Story = {
  parameters: { expectedFailedRequests: ['POST /api/v1/orders/*/returns'] },
  args: {
    orderNumber: '#1005',
    send: { item: 1, quantity: 1, reason: 'not_as_described' },
    // The page believes the lamp arrived; the shop knows it has not.
    believe: (order) => {
      order.shipments[1] = { ...order.shipments[1]!, status: 'delivered', deliveredAt: STORY_ANCHOR.toISOString() };
    },
  },
};

export const SendFails: Story = {
  args: { send: { item: 0, quantity: 1, reason: 'too_large' } },
  parameters: {
    msw: { handlers: [http.post(`${BASE_URL}/v1/orders/:orderId/returns`, () => HttpResponse.error()), ...api.handlers] },
    expectedFailedRequests: ['POST /api/v1/orders/*/returns'],
  },
};

export const French: Story = { args: { lang: 'fr', filed: 1 } };

export const Dark: Story = { args: { theme: 'dark', filed: 1, ticks: 1 } };
