// <suivi-order-status>, the whole shopper page, against the mock API in the browser: the lookup
// step, the same in French and in dark, each showcase order's state after the purchase (looked up
// by the story as a shopper would), and an order followed live (the story's button moves the
// mock's clock on, and the parcel with it), the live connection reconnecting, and the page's
// on-demand parts failing to load, and the shop's own words in the page's slots (a message on the
// order step, help under the lookup form). Language and theme also come from the toolbar.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviOrderLookup, SuiviOrderStatus } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, http } from 'msw';
import '@suivi/components/define/order-status';
import { UNREACHABLE_MODULE_REQUEST, unreachableModules } from './support/unreachable-modules.ts';
import { toolbarChoices } from '../.storybook/toolbar-choices.ts';

/** Its own mock API (its rate limits are its own), at the same instant as every story. */
const api = createMockApi({ anchor: STORY_ANCHOR });
const BASE_URL = '/api';

interface StatusArgs {
  lang: string;
  theme: string;
  /** Showcase order to look up by itself once rendered, or '' to wait for the visitor. */
  lookUp: string;
}

/** Types the showcase order's number and e-mail into the page's form and submits it. */
async function lookUpShowcase(canvasElement: HTMLElement, orderNumber: string) {
  const entry = api.showcase.find((order) => order.orderNumber === orderNumber);
  if (!entry) throw new Error(`The mock has no showcase order ${orderNumber}`);
  const page = canvasElement.querySelector<SuiviOrderStatus>('suivi-order-status')!;
  await page.updateComplete;
  const form = page.shadowRoot!.querySelector<SuiviOrderLookup>('suivi-order-lookup')!;
  form.orderNumber = entry.orderNumber;
  form.email = entry.email;
  await form.updateComplete;
  form.requestSubmit();
}

const meta = {
  title: 'Components/Order status page',
  component: 'suivi-order-status',
  render: ({ lang, theme }) => html`
    <suivi-order-status base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-order-status>
  `,
  args: { lang: '', theme: '', lookUp: '' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
    lookUp: { control: false },
  },
  play: async ({ canvasElement, args }) => {
    if (args.lookUp) await lookUpShowcase(canvasElement, args.lookUp);
  },
  // Every story starts from the freshly seeded mock: no attempts counted, no clock ticks.
  loaders: [
    () => {
      api.reset();
      return {};
    },
  ],
  parameters: {
    msw: { handlers: api.handlers },
    docs: {
      description: {
        component: `The whole order-status page: lookup, then the order followed live. It provides one SDK client, its locale and the current order to the elements inside it. Showcase orders: ${api.showcase.map((order) => `${order.orderNumber} (${order.email})`).join(', ')}.`,
      },
    },
  },
} satisfies Meta<StatusArgs>;

export default meta;
type Story = StoryObj<StatusArgs>;

export const Default: Story = {};

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const OrderFound: Story = { args: { lookUp: '#1001' } };

/** The shopper's page after the purchase, one story per state, each reached through the lookup as a shopper does. */
export const TwoCarriers: Story = { args: { lookUp: '#1005' } };

export const OutForDelivery: Story = { args: { lookUp: '#1002' } };

export const DeliveredReturnsOpen: Story = { args: { lookUp: '#1003' } };

export const AttemptedDelivery: Story = { args: { lookUp: '#1004' } };

export const UnsupportedCarrier: Story = { args: { lookUp: '#1006' } };

export const PartlyShipped: Story = { args: { lookUp: '#1009' } };

export const Scheduled: Story = { args: { lookUp: '#1010' } };

export const OnHold: Story = { args: { lookUp: '#1011' } };

export const DigitalPaid: Story = { args: { lookUp: '#1007' } };

export const DigitalAwaitingPayment: Story = { args: { lookUp: '#1012' } };

export const AwaitingPayment: Story = { args: { lookUp: '#1008' } };

export const Live: Story = {
  args: { lookUp: '#1001' },
  render: ({ lang, theme }) => html`
    <p>
      <button type="button" @click=${() => api.clock.advance(1)}>Advance the mock clock one step</button>
      The parcel moves on; the timeline updates and announces it.
    </p>
    <suivi-order-status base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-order-status>
  `,
};

export const SessionExpired: Story = {
  args: { lookUp: '#1001' },
  parameters: {
    expectedFailedRequests: ['GET /api/v1/orders/*/events'],
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/orders/:orderId/events`, () =>
          HttpResponse.json({ code: 'token_expired', message: 'The access token has expired' }, { status: 401 }),
        ),
        ...api.handlers,
      ],
    },
  },
};

/**
 * The live connection dropped: the API answers the event stream 503 "unavailable" and asks to come
 * back in an hour, so the page keeps saying "Reconnecting…" while the order stays on screen.
 */
export const Reconnecting: Story = {
  args: { lookUp: '#1001' },
  parameters: {
    expectedFailedRequests: ['GET /api/v1/orders/*/events'],
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/orders/:orderId/events`, () =>
          HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503, headers: { 'Retry-After': '3600' } }),
        ),
        ...api.handlers,
      ],
    },
  },
};

/**
 * The code of the order's timeline and summary and of the shopper's tools cannot be fetched (as
 * offline, or after a deploy removed the old chunks): the page keeps the order's heading and says
 * "Part of this page could not be loaded", with Try again. The mock's worker fails those modules'
 * requests, as the element's own tests do.
 */
export const PartsUnavailable: Story = {
  args: { lookUp: '#1005' },
  parameters: {
    expectedFailedRequests: [UNREACHABLE_MODULE_REQUEST],
    msw: {
      handlers: [
        unreachableModules(['suivi-order-timeline', 'suivi-order-summary', 'suivi-return-request', 'suivi-notification-preferences', 'suivi-share-link']),
        ...api.handlers,
      ],
    },
  },
};

/** What a shop might put in the page's slots, in the story's language: the shop's words, not the kit's. */
const SHOP_WORDS = {
  en: {
    message: 'We are closed from 24 to 26 December: parcels leave again on the 27th. Questions? Write to hello@atelier-lumiere.example.',
    help: 'Your order number (#1001…) is in the confirmation e-mail we sent when you ordered.',
    contact: 'Contact us',
  },
  fr: {
    message: 'Nous sommes fermés du 24 au 26 décembre : les colis repartent le 27. Une question ? Écrivez à bonjour@atelier-lumiere.example.',
    help: 'Votre numéro de commande (#1001…) figure dans l’e-mail de confirmation envoyé à la commande.',
    contact: 'Nous contacter',
  },
} as const;

/** The page with the shop's own words in both slots: `message` shows on the order step, `help` under the lookup form. */
const withShopWords: Story['render'] = ({ lang, theme }, context) => {
  const words = SHOP_WORDS[lang === 'fr' || lang === 'en' ? lang : toolbarChoices(context.globals).locale];
  return html`
    <suivi-order-status base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}>
      <p slot="message">${words.message}</p>
      <p slot="help">${words.help} <a href="#contact">${words.contact}</a></p>
    </suivi-order-status>
  `;
};

/** The shop's message (a holiday closing) under the order's heading, once the shopper's order shows. */
export const WithTheShopsMessage: Story = {
  name: 'With the shop’s message',
  args: { lookUp: '#1001' },
  render: withShopWords,
};

/** The same page before the lookup: the shop's help (where to find the order number, how to reach the shop) under the form. */
export const WithTheShopsHelp: Story = {
  name: 'With the shop’s help',
  render: withShopWords,
};
