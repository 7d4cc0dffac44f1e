// <suivi-shared-order>, the page a share link opens, on its own mock API: two parcels with their
// maps (followed live: the button moves the carriers), an expired link, a link that does not work,
// the shop unreachable, the page loading, the live feed reconnecting, the order's view failing to
// load, and French and dark.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviSharedOrder } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { createSuiviClient } from '@suivi/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, delay, http } from 'msw';
import '@suivi/components/define/shared-order';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { BASE_URL, sessionFor, storyElement } from './support/shopper-session.ts';
import { UNREACHABLE_MODULE_REQUEST, unreachableModules } from './support/unreachable-modules.ts';

const api = createMockApi({ anchor: STORY_ANCHOR });

interface SharedArgs {
  lang: string;
  theme: string;
  orderNumber: string;
  /** What happened to the link before it is opened. */
  link: 'active' | 'expired' | 'revoked';
}

const meta = {
  title: 'Components/Shared order page',
  component: 'suivi-shared-order',
  render: ({ lang, theme }) => html`
    <p><button type="button" @click=${() => api.clock.advance(1)}>Advance the mock clock one step</button> Tracked parcels move on, live.</p>
    <suivi-shared-order base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-shared-order>
  `,
  args: { lang: '', theme: '', orderNumber: '#1005', link: 'active' },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
    orderNumber: { control: 'select', options: ['#1001', '#1003', '#1004', '#1005', '#1006', '#1007'] },
    link: { control: 'select', options: ['active', 'expired', 'revoked'] },
  },
  loaders: [
    () => {
      api.reset();
      return {};
    },
  ],
  // The shopper makes the link; the page is then opened with its token only.
  play: async ({ canvasElement, args }) => {
    const session = await sessionFor(api, args.orderNumber);
    const client = createSuiviClient({ baseUrl: BASE_URL });
    const link = await client.createShareLink(session);
    if (args.link === 'expired') api.shareLinks.expireNow(link.token);
    if (args.link === 'revoked') await client.revokeShareLink(session, link.id);
    const element = await storyElement<SuiviSharedOrder>(canvasElement, 'suivi-shared-order');
    element.token = link.token;
  },
  parameters: {
    msw: { handlers: api.handlers },
    docs: {
      description: {
        component:
          'What anyone holding a share link sees: status, parcels with their maps, items and quantities. Never the address, payment, e-mail, phone, prices or name (the shared view does not hold them). ' +
          'An expired link says to ask for a new one; a revoked or unknown one says it does not work.',
      },
    },
  },
} satisfies Meta<SharedArgs>;

export default meta;
type Story = StoryObj<SharedArgs>;

export const TwoParcels: Story = {};

export const InTransit: Story = { args: { orderNumber: '#1001' } };

export const AttemptedDelivery: Story = { args: { orderNumber: '#1004' } };

export const UntrackedCarrier: Story = { args: { orderNumber: '#1006' } };

export const Expired: Story = { args: { link: 'expired' }, parameters: { expectedFailedRequests: ['GET /api/v1/share-links/*'] } };

export const Revoked: Story = { args: { link: 'revoked' }, parameters: { expectedFailedRequests: ['GET /api/v1/share-links/*'] } };

export const Unavailable: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/share-links/*'],
    msw: {
      handlers: [http.get(`${BASE_URL}/v1/share-links/:token`, () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })), ...api.handlers],
    },
  },
};

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** The link's order on its way (the mock holds its answer back): the page says it is loading. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(`${BASE_URL}/v1/share-links/:token`, () => delay('infinite')), ...api.handlers] },
  },
};

/**
 * The live connection dropped (the link's event stream answers 503 and asks to come back in an
 * hour): the page says "Reconnecting…" and keeps the order on screen.
 */
export const Reconnecting: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/share-links/*/events'],
    msw: {
      handlers: [
        http.get(`${BASE_URL}/v1/share-links/:token/events`, () =>
          HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503, headers: { 'Retry-After': '3600' } }),
        ),
        ...api.handlers,
      ],
    },
  },
};

/**
 * The code of the order's timeline and summary cannot be fetched (offline, or a deploy removed the
 * old chunks): "Part of this page could not be loaded", with Try again. The mock's worker fails
 * those modules' requests, as the element's own tests do.
 */
export const ViewUnavailable: Story = {
  parameters: {
    expectedFailedRequests: [UNREACHABLE_MODULE_REQUEST],
    msw: { handlers: [unreachableModules(['suivi-order-timeline', 'suivi-order-summary']), ...api.handlers] },
  },
};
