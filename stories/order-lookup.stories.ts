// <suivi-order-lookup>, one story per state a shopper can meet, each against the mock API in the
// browser. The states that follow a submit (errors, waiting, refusals) submit by themselves in
// `play`, the way a person would; the failing ones put a failing handler in front of the mock.
// Language and theme come from the toolbar.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviOrderLookup } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { html } from 'lit';
import { HttpResponse, http } from 'msw';
import '@suivi/components/define/order-lookup';

/** Its own mock API (its rate limits are its own), at the same instant as every story. */
const api = createMockApi({ anchor: STORY_ANCHOR });

/** Where the mock answers; the lookup posts to `${BASE_URL}/v1/lookup`. */
const BASE_URL = '/api';
const LOOKUP_URL = `${BASE_URL}/v1/lookup`;

const camille = api.showcase.find((order) => order.orderNumber === '#1001')!;

interface LookupArgs {
  orderNumber: string;
  email: string;
}

/** Submits the story's form as if its button were pressed, after it has rendered. */
async function submit(canvasElement: HTMLElement) {
  const lookup = canvasElement.querySelector<SuiviOrderLookup>('suivi-order-lookup')!;
  await lookup.updateComplete;
  lookup.requestSubmit();
}

const meta = {
  title: 'Components/Order lookup',
  component: 'suivi-order-lookup',
  render: ({ orderNumber, email }) =>
    html`<suivi-order-lookup base-url=${BASE_URL} order-number=${orderNumber} email=${email}></suivi-order-lookup>`,
  args: { orderNumber: '', email: '' },
  argTypes: {
    orderNumber: { control: 'text', description: 'Order number to start with (attribute `order-number`).' },
    email: { control: 'text', description: 'E-mail to start with (attribute `email`).' },
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
        component: `The form a shopper uses to find their order with its number and e-mail. Try ${camille.orderNumber} with ${camille.email} (any showcase order works). Feedback waits until a field has been left or the form submitted; a failed lookup never clears what was typed.`,
      },
    },
  },
} satisfies Meta<LookupArgs>;

export default meta;
type Story = StoryObj<LookupArgs>;

export const Default: Story = {};

export const Prefilled: Story = {
  args: { orderNumber: camille.orderNumber, email: camille.email },
};

export const ValidationErrors: Story = {
  args: { orderNumber: 'ABC-12', email: 'camille@' },
  play: ({ canvasElement }) => submit(canvasElement),
};

export const Submitting: Story = {
  args: { orderNumber: camille.orderNumber, email: camille.email },
  parameters: {
    // The answer never comes, so the waiting state stays on screen.
    msw: { handlers: [http.post(LOOKUP_URL, () => new Promise<never>(() => {})), ...api.handlers] },
  },
  play: ({ canvasElement }) => submit(canvasElement),
};

export const NotFound: Story = {
  args: { orderNumber: camille.orderNumber, email: 'someone.else@example.com' },
  parameters: { expectedFailedRequests: ['POST /api/v1/lookup'] },
  play: ({ canvasElement }) => submit(canvasElement),
};

export const RateLimited: Story = {
  args: { orderNumber: camille.orderNumber, email: camille.email },
  parameters: {
    expectedFailedRequests: ['POST /api/v1/lookup'],
    msw: {
      handlers: [
        http.post(LOOKUP_URL, () =>
          HttpResponse.json(
            { code: 'rate_limited', message: 'Too many attempts', retryAfter: 300 },
            { status: 429, headers: { 'Retry-After': '300' } },
          ),
        ),
        ...api.handlers,
      ],
    },
  },
  play: ({ canvasElement }) => submit(canvasElement),
};

export const Unavailable: Story = {
  args: { orderNumber: camille.orderNumber, email: camille.email },
  parameters: {
    expectedFailedRequests: ['POST /api/v1/lookup'],
    msw: {
      handlers: [
        http.post(LOOKUP_URL, () => HttpResponse.json({ code: 'unavailable', message: 'Down for maintenance' }, { status: 503 })),
        ...api.handlers,
      ],
    },
  },
  play: ({ canvasElement }) => submit(canvasElement),
};
