// <suivi-order-detail>, the whole order for staff, on the mock API in the browser: one story per
// state an order can be in (paid and waiting to ship, awaiting payment, on hold, partly shipped,
// delivered, cancelled, archived), the "Mark as shipped" dialog open, the dialog after another
// back office shipped the order, the Undo countdown, "Sending: …" while a write is retried after
// a 503, what a partial refund did, a conflict (someone else changed the order first), a refusal
// (422) and an order that cannot be loaded, the order still loading, and long names, e-mail,
// company, address, item and tags. Language and theme also come from the toolbar.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SuiviOrderDetail } from '@suivi/components';
import { createMockApi } from '@suivi/mocks';
import { type Order, unshippedQuantities } from '@suivi/model';
import { createSuiviAdminClient } from '@suivi/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HttpResponse, delay, http } from 'msw';
import '@suivi/components/define/order-detail';
import { STORY_ANCHOR } from './support/showcase-orders.ts';
import { giveLongNames } from './support/long-names.ts';

/** Its own mock API (stories here write to it), at the same instant as every story. */
const api = createMockApi({ anchor: STORY_ANCHOR });
const BASE_URL = '/api';

/** The first seeded order that passes `test`: stories show real seed orders, not hand-made ones. */
function orderWhere(test: (order: Order) => boolean, what: string): Order {
  const found = api.store.all().find(test);
  if (!found) throw new Error(`The mock's seed has no ${what}`);
  return found;
}

const ORDERS = {
  paidUnshipped: () =>
    orderWhere(
      (order) => order.state === 'open' && order.payment.status === 'paid' && !order.fulfillmentHold && order.shipments.length === 0 && unshippedQuantities(order).size > 0,
      'paid order waiting to ship',
    ),
  awaitingPayment: () => orderWhere((order) => order.state === 'open' && order.payment.status === 'pending' && order.shipments.length === 0, 'order awaiting payment'),
  onHold: () => orderWhere((order) => order.state === 'open' && order.fulfillmentHold !== null, 'order on hold'),
  partiallyShipped: () => orderWhere((order) => order.state === 'open' && order.fulfillmentStatus === 'partially_fulfilled', 'partly shipped order'),
  delivered: () => orderWhere((order) => order.shipments.length > 0 && order.shipments.every((shipment) => shipment.status === 'delivered'), 'delivered order'),
  cancelled: () => orderWhere((order) => order.state === 'cancelled', 'cancelled order'),
  archived: () => orderWhere((order) => order.state === 'archived', 'archived order'),
} satisfies Record<string, () => Order>;

type OrderKind = keyof typeof ORDERS;

interface DetailArgs {
  /** Story option (the element's own `order` is read-only): which seeded order the story opens. */
  seededOrder: OrderKind;
  undoSeconds: number;
  lang: string;
  theme: string;
}

/** The element a story rendered, once its order is drawn. */
async function loadedDetail(canvasElement: HTMLElement): Promise<SuiviOrderDetail> {
  const detail = canvasElement.querySelector<SuiviOrderDetail>('suivi-order-detail')!;
  for (let i = 0; i < 200 && !detail.shadowRoot?.querySelector('h2'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  return detail;
}

/** Waits for `found` to give something (polling, as Lit draws after each answer); a story that never gets there fails, naming `what`. */
async function until<T>(found: () => T | null | undefined, what: string, timeoutMs = 8000): Promise<T> {
  for (const start = Date.now(); Date.now() - start < timeoutMs; await new Promise((resolve) => setTimeout(resolve, 25))) {
    const value = found();
    if (value) return value;
  }
  throw new Error(`The story never showed ${what}`);
}

function actionButton(detail: SuiviOrderDetail, action: string): HTMLButtonElement {
  const button = detail.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!button) throw new Error(`No "${action}" button`);
  return button;
}

/** Opens "Mark as shipped…" as a click would, and waits for the carriers. */
async function openFulfilDialog(detail: SuiviOrderDetail, trackingNumber = ''): Promise<void> {
  actionButton(detail, 'fulfill').click();
  for (let i = 0; i < 200 && !detail.shadowRoot!.querySelector('#ship-carrier'); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  if (trackingNumber) {
    const field = detail.shadowRoot!.querySelector<HTMLInputElement>('#ship-tracking')!;
    field.value = trackingNumber;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

/** Presses the dialog's confirm button (its submit). */
function confirmShipping(detail: SuiviOrderDetail): void {
  detail.shadowRoot!.querySelector<HTMLButtonElement>('dialog [type="submit"]')!.click();
}

const meta = {
  title: 'Components/Order detail',
  component: 'suivi-order-detail',
  render: ({ seededOrder, undoSeconds, lang, theme }) => html`
    <suivi-order-detail
      order-id=${ORDERS[seededOrder]().id}
      base-url=${BASE_URL}
      admin-key=${api.adminKey}
      undo-seconds=${undoSeconds}
      lang=${ifDefined(lang || undefined)}
      theme=${ifDefined(theme || undefined)}
    ></suivi-order-detail>
  `,
  args: { seededOrder: 'paidUnshipped', undoSeconds: 5, lang: '', theme: '' },
  argTypes: {
    seededOrder: { control: 'select', options: Object.keys(ORDERS), description: 'Which seeded order to show (the first one of the mock’s seed in that state).' },
    undoSeconds: { control: { type: 'number', min: 0, max: 30 }, description: 'Seconds a shipment waits behind its Undo toast (attribute `undo-seconds`).' },
    lang: { control: 'select', options: ['', 'en', 'fr'], description: 'Language; empty follows the page (toolbar).' },
    theme: { control: 'select', options: ['', 'light', 'dark'], description: 'Colour scheme; empty follows the page (toolbar).' },
  },
  // Every story starts from the freshly seeded mock: no shipment sent by an earlier story.
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
        component:
          'One order in full for staff: statuses, payment, customer, addresses, items, totals, shipments, the whole timeline, staff notes and tags, and the actions its state allows. Refused actions stay focusable and say why. Marking shipped goes through a dialog that says who will be told, then waits behind an Undo toast. Writes carry the version shown; a conflict says what changed and applies nothing.',
      },
    },
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** Paid and nothing shipped: "Mark as shipped…" is allowed. */
export const PaidUnshipped: Story = {};

/** Payment pending: shipping is refused until the order is paid; "Mark as paid" is offered. */
export const AwaitingPayment: Story = { args: { seededOrder: 'awaitingPayment' } };

export const OnHold: Story = { args: { seededOrder: 'onHold' } };

export const PartiallyShipped: Story = { args: { seededOrder: 'partiallyShipped' } };

export const Delivered: Story = { args: { seededOrder: 'delivered' } };

export const Cancelled: Story = { args: { seededOrder: 'cancelled' } };

export const Archived: Story = { args: { seededOrder: 'archived' } };

export const French: Story = { args: { lang: 'fr' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** The "Mark as shipped" dialog, saying who will be e-mailed before anything happens. */
export const FulfilDialog: Story = {
  play: async ({ canvasElement }) => {
    await openFulfilDialog(await loadedDetail(canvasElement), '6A12345678901');
  },
};

/**
 * The dialog open, a tracking number typed, when another back office ships the whole order without
 * one (the admin page passes the live event on with `orderChanged`): the dialog says what changed,
 * keeps what was typed, and offers to add it to that shipment instead of "Mark as shipped".
 */
export const ShippedElsewhere: Story = {
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    const order = ORDERS.paidUnshipped();
    await openFulfilDialog(detail, '6A22222222222');
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    const shipped = await other.act(order.id, 'fulfill', { carrier: 'colissimo', notifyCustomer: false }, { version: order.version });
    detail.orderChanged(shipped.order);
    await until(() => detail.shadowRoot!.querySelector('dialog [role="alert"]'), 'the dialog saying the order changed');
  },
};

/** Confirmed: the shipment waits 30 s behind its Undo toast (nothing is sent until it runs out). */
export const UndoCountdown: Story = {
  args: { undoSeconds: 30 },
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    await openFulfilDialog(detail, '6A12345678901');
    confirmShipping(detail);
  },
};

/**
 * "Sending: Mark as shipped…" with its spinner, under the actions, while the shop's service answers
 * 503 and asks to come back later: the mock's fault on admin actions refuses the first try and the
 * first retry, and the SDK waits out each Retry-After (10 s), so the shipment goes through on the
 * second retry, about 20 s after Confirm, and the panel then says it was marked as shipped.
 */
export const SendingRetried: Story = {
  args: { undoSeconds: 0 },
  loaders: [
    () => {
      api.faults.add({ match: { method: 'POST', path: '/v1/admin/orders/:id/actions/:action' }, fault: { kind: 'unavailable', retryAfterSeconds: 10 }, times: 2 });
      return {};
    },
  ],
  parameters: { expectedFailedRequests: ['POST /api/v1/admin/orders/*/actions/fulfill'] },
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    await openFulfilDialog(detail, '6A44444444444');
    confirmShipping(detail);
    await until(() => detail.shadowRoot!.querySelector('[part="outcome"].sending'), '"Sending: …" under the actions');
  },
};

/** A partial refund (1.50 of the order's currency) made through the Refund form: what it did is said under the actions. */
export const PartialRefund: Story = {
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    const root = detail.shadowRoot!;
    actionButton(detail, 'refund').click();
    // Unticking "Refund everything left" asks for the amount.
    (await until(() => root.querySelector<HTMLInputElement>('#edit-full'), 'the refund form')).click();
    const amount = await until(() => root.querySelector<HTMLInputElement>('#edit-amount'), 'the amount field');
    amount.value = '1.50';
    root.querySelector<HTMLButtonElement>('.edit-form [type="submit"]')!.click();
    await until(() => root.querySelector('[part="outcome"].done'), 'what the refund did');
  },
};

/** Someone else tagged the order and put it on hold after it was shown; "Archive" then meets a 409. */
export const Conflict: Story = {
  parameters: { expectedFailedRequests: ['POST /api/v1/admin/orders/*/actions/archive'] },
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    const order = ORDERS.paidUnshipped();
    const other = createSuiviAdminClient({ baseUrl: BASE_URL, adminKey: api.adminKey });
    const tagged = await other.editTags(order.id, { add: ['fragile'] }, { version: order.version });
    await other.act(order.id, 'hold_fulfillment', { reason: 'Check stock' }, { version: tagged.order.version });
    actionButton(detail, 'archive').click();
  },
};

/** The shop refuses the shipment (422) and says why, in the shop's words for that refusal. */
export const Refused: Story = {
  args: { undoSeconds: 0 },
  parameters: {
    expectedFailedRequests: ['POST /api/v1/admin/orders/*/actions/fulfill'],
    msw: {
      handlers: [
        http.post(`${BASE_URL}/v1/admin/orders/:id/actions/:action`, () =>
          HttpResponse.json(
            { code: 'unprocessable', message: 'Refused.', refusal: { code: 'quantity_exceeds_unfulfilled', reason: 'More units than are left.' } },
            { status: 422 },
          ),
        ),
        ...api.handlers,
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const detail = await loadedDetail(canvasElement);
    await openFulfilDialog(detail);
    confirmShipping(detail);
  },
};

/** The order cannot be read (the API answers 500): said plainly, with Try again. */
export const LoadFailed: Story = {
  parameters: {
    expectedFailedRequests: ['GET /api/v1/admin/orders/*'],
    msw: {
      handlers: [http.get(`${BASE_URL}/v1/admin/orders/:id`, () => HttpResponse.json({ code: 'internal', message: 'Boom' }, { status: 500 })), ...api.handlers],
    },
  },
};

/** The order on its way (the mock holds its answer back): the panel says it is loading. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(`${BASE_URL}/v1/admin/orders/:id`, () => delay('infinite')), ...api.handlers] },
  },
};

/** A customer with a long name, e-mail, company and address, a long item title and long tags: everything wraps, nothing overflows. */
export const LongNames: Story = {
  loaders: [
    () => {
      api.store.update(ORDERS.paidUnshipped().id, (draft) => giveLongNames(draft, 1));
      return {};
    },
  ],
};
