// <suivi-notification-preferences> on its own mock API: both channels on, SMS not possible without
// a phone, a save that fails, the preferences loading, French and dark; and the outbox filling as
// the carriers move on (what the shop would send, to whom, on which channel).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviNotificationPreferences } from '@suivi/components';
import { createMockApi, type OutboxMessage } from '@suivi/mocks';
import { html, render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, delay, http } from 'msw';
import '@suivi/components/define/notification-preferences';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { BASE_URL, sessionFor, storyElement } from './support/shopper-session.ts';

const api = createMockApi({ anchor: STORY_ANCHOR });

interface PreferencesArgs {
  lang: string;
  theme: string;
  orderNumber: string;
  /** Show the mock's outbox under the element, updating live. */
  outbox: boolean;
}

function outboxList(messages: readonly OutboxMessage[], orderId: string) {
  const mine = messages.filter((message) => message.orderId === orderId);
  return mine.length
    ? html`<ol>
        ${mine.map((message) => html`<li><strong>${message.channel === 'sms' ? 'SMS' : 'E-mail'}</strong> to ${message.recipient}: ${message.message}</li>`)}
      </ol>`
    : html`<p>Nothing sent yet.</p>`;
}

const meta = {
  title: 'Components/Notification preferences',
  component: 'suivi-notification-preferences',
  render: ({ lang, theme, outbox }) => html`
    <suivi-notification-preferences base-url=${BASE_URL} lang=${ifDefined(lang || undefined)} theme=${ifDefined(theme || undefined)}></suivi-notification-preferences>
    ${outbox
      ? html`<section aria-labelledby="outbox-heading">
          <h2 id="outbox-heading">Outbox (what the mock would send)</h2>
          <p><button type="button" @click=${() => api.clock.advance(1)}>Advance the mock clock one step</button></p>
          <div class="outbox" role="log" aria-live="polite"></div>
        </section>`
      : ''}
  `,
  args: { lang: '', theme: '', orderNumber: '#1001', outbox: false },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
    orderNumber: { control: 'select', options: ['#1001', '#1002', '#1004', '#1005'] },
    outbox: { control: 'boolean' },
  },
  loaders: [
    () => {
      api.reset();
      return {};
    },
  ],
  play: async ({ canvasElement, args }) => {
    const session = await sessionFor(api, args.orderNumber);
    const element = await storyElement<SuiviNotificationPreferences>(canvasElement, 'suivi-notification-preferences');
    element.access = session;
    const log = canvasElement.querySelector<HTMLElement>('.outbox');
    if (!log) return;
    const show = () => render(outboxList(api.store.outbox.all(), session.orderId), log);
    show();
    api.store.outbox.subscribe(show);
  },
  parameters: {
    msw: { handlers: api.handlers },
    docs: {
      description: {
        component:
          'Two switches, saved as they are flipped: e-mail updates, and SMS updates to the number ending in two digits (never the whole number). ' +
          'A failed save puts the switch back and says why. The shop then tells the shopper, on the channels chosen, when a parcel is out for delivery, delivered, could not be delivered, and about returns.',
      },
    },
  },
} satisfies Meta<PreferencesArgs>;

export default meta;
type Story = StoryObj<PreferencesArgs>;

export const Default: Story = {};

export const NoPhoneNumber: Story = { args: { orderNumber: '#1005' } };

export const SaveFails: Story = {
  args: { orderNumber: '#1002' },
  parameters: {
    msw: { handlers: [http.put(`${BASE_URL}/v1/orders/:orderId/notifications`, () => HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })), ...api.handlers] },
    docs: { description: { story: 'Turn SMS on: the save fails, the switch goes back, and an alert says why.' } },
  },
};

/** The order's preferences on their way (the mock holds its answer back): the element says it is loading. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(`${BASE_URL}/v1/orders/:orderId/notifications`, () => delay('infinite')), ...api.handlers] },
  },
};

/** #1004 had a delivery attempt: turn SMS on, then advance the clock and watch the outbox. */
export const OptInAndOutbox: Story = { args: { orderNumber: '#1004', outbox: true } };

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };
