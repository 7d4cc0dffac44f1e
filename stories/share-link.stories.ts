// <suivi-share-link> on its own mock API: a fresh order to share, links listed (one expired), the
// same in French and dark, and a failure to create one. The session is made in `play`, as the
// status page would hand it over after the lookup.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviShareLink } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { createSuiviClient } from '@suivi/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, http } from 'msw';
import '@suivi/components/define/share-link';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { BASE_URL, sessionFor, storyElement } from './support/shopper-session.ts';

const api = createMockApi({ anchor: STORY_ANCHOR });

interface ShareArgs {
  lang: string;
  theme: string;
  /** Links to make before the shopper arrives, and how many of them have expired. */
  existing: number;
  expired: number;
}

const meta = {
  title: 'Components/Share link',
  component: 'suivi-share-link',
  render: ({ lang, theme }) => html`<suivi-share-link base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-share-link>`,
  args: { lang: '', theme: '', existing: 0, expired: 0 },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
    existing: { control: false },
    expired: { control: false },
  },
  loaders: [
    () => {
      api.reset();
      return {};
    },
  ],
  play: async ({ canvasElement, args }) => {
    const session = await sessionFor(api, '#1001');
    const client = createSuiviClient({ baseUrl: BASE_URL });
    for (let index = 0; index < args.existing; index++) {
      const link = await client.createShareLink(session, { expiresInDays: index === 0 ? 30 : 7 });
      if (index < args.expired) api.shareLinks.expireNow(link.token);
    }
    const element = await storyElement<SuiviShareLink>(canvasElement, 'suivi-share-link');
    element.access = session;
  },
  parameters: {
    msw: { handlers: api.handlers },
    docs: {
      description: {
        component:
          'Lets a shopper share the order’s progress with a link (working 1, 7 or 30 days), copy it, see when it expires, and stop sharing. ' +
          'Whoever opens the link sees `<suivi-shared-order>`: progress, items and map, nothing personal.',
      },
    },
  },
} satisfies Meta<ShareArgs>;

export default meta;
type Story = StoryObj<ShareArgs>;

export const Default: Story = {};

export const WithLinks: Story = { args: { existing: 2, expired: 1 } };

export const French: Story = { args: { lang: 'fr', existing: 1 } };

export const Dark: Story = { args: { theme: 'dark', existing: 1 } };

export const CreateFails: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(`${BASE_URL}/v1/orders/:orderId/share-links`, () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })),
        ...api.handlers,
      ],
    },
    docs: { description: { story: 'Press “Share progress”: the link cannot be made, and the card says so.' } },
  },
};
