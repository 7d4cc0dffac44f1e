// <suivi-order-timeline>, one story per state a shopper can meet. Orders are the mock API's
// showcase (#1001–#1012) as the customer sees them, some altered on a copy to reach the states
// no showcase order is in (confirmed, exception, nothing shipped yet, cancelled…).
// Language and theme come from the toolbar.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type CustomerOrderView, type DeliveryStatus, type ShopperOrderView, toCustomerView, toSharedView } from '@suivi/model';
import { html } from 'lit';
import { createMockApi } from '@suivi/mocks';
import { customer, showcase, STORY_ANCHOR as ANCHOR } from './support/showcase-orders.ts';
import '@suivi/components/define/order-timeline';


function withStatus(status: DeliveryStatus): CustomerOrderView {
  return customer('#1001', (order) => {
    order.shipments[0].status = status;
    order.shipments[0].events = order.shipments[0].events.filter((event) => status !== 'confirmed' || event.status === 'confirmed');
  });
}

interface TimelineArgs {
  order: ShopperOrderView;
  headingLevel: number;
}

const meta = {
  title: 'Components/Order timeline',
  component: 'suivi-order-timeline',
  render: ({ order, headingLevel }) =>
    html`<suivi-order-timeline .order=${order} heading-level=${headingLevel}></suivi-order-timeline>`,
  args: { headingLevel: 2 },
  argTypes: {
    order: { control: false, description: 'The order (customer or shared view); set as a property.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the shipment headings.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Where an order stands, shipment by shipment: status badges in words, progress steps, attempted deliveries and problems, the carrier link and the tracking history. Newer versions of the order are announced politely to screen readers.',
      },
    },
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

export const Confirmed: Story = { args: { order: withStatus('confirmed') } };
export const InTransit: Story = { args: { order: customer('#1001') } };
export const OutForDelivery: Story = { args: { order: customer('#1002') } };
export const AttemptedDelivery: Story = { args: { order: customer('#1004') } };
export const Delivered: Story = { args: { order: customer('#1003') } };
export const Exception: Story = { args: { order: withStatus('exception') } };
export const TwoShipmentsTwoCarriers: Story = { args: { order: customer('#1005') } };
export const UnsupportedCarrier: Story = { args: { order: customer('#1006') } };

export const PartiallyShipped: Story = { args: { order: customer('#1009') } };

export const NotShippedYet: Story = {
  args: {
    order: customer('#1001', (order) => {
      order.shipments = [];
      order.fulfillmentStatus = 'unfulfilled';
    }),
  },
};

export const AwaitingPayment: Story = { args: { order: customer('#1008') } };

export const DigitalAwaitingPayment: Story = { args: { order: customer('#1012') } };

export const Scheduled: Story = { args: { order: customer('#1010') } };

export const OnHold: Story = { args: { order: customer('#1011') } };

export const DigitalOnly: Story = { args: { order: customer('#1007') } };

export const Cancelled: Story = {
  args: {
    order: customer('#1008', (order) => {
      order.state = 'cancelled';
      order.payment.status = 'voided';
    }),
  },
};

export const SharedView: Story = { args: { order: toSharedView(showcase('#1005')) } };

/** The payment statuses the showcase orders are not in (paid, pending and voided have stories above). */
function withPayment(orderNumber: string, status: CustomerOrderView['payment']['status']): CustomerOrderView {
  return customer(orderNumber, (order) => {
    order.payment.status = status;
  });
}
export const PaymentAuthorized: Story = { args: { order: withPayment('#1001', 'authorized') } };
export const PaymentPartiallyPaid: Story = { args: { order: withPayment('#1008', 'partially_paid') } };
export const PaymentPartiallyRefunded: Story = { args: { order: withPayment('#1003', 'partially_refunded') } };
export const PaymentRefunded: Story = { args: { order: withPayment('#1003', 'refunded') } };
export const PaymentExpired: Story = { args: { order: withPayment('#1008', 'expired') } };

/**
 * Names as long as real ones get: items, variants, the carrier's service and places with long
 * compound names, in two parcels; nothing may overflow or be cut off at any width.
 */
export const LongNames: Story = {
  args: {
    order: customer('#1005', (order) => {
      for (const [index, item] of order.lineItems.entries()) {
        item.title = index % 2 ? 'Handgewebte Leinentischdecke mit Hohlsaumstickerei, extra breit für festliche Tafeln bis zwölf Personen' : 'Coussin de sol tressé main en fibres de jacinthe d’eau naturelle, très grand format, avec housse amovible';
        item.variant = 'Coloris écru chiné et anthracite profond — 180 × 320 cm — édition limitée numérotée';
      }
      for (const shipment of order.shipments) {
        for (const event of shipment.events) {
          if (event.place) event.place = { ...event.place, city: 'Saint-Rémy-en-Bouzemont-Saint-Genest-et-Isson', region: 'Grand Est — Marne (Champagne crayeuse)' };
        }
      }
    }),
  },
};

/**
 * Live updates: each press moves the mock carrier clock on by one scan and hands the newer
 * order to the element, which announces the shipment's new status in its polite live region
 * (shown here under the element, as a screen reader would hear it).
 */
export const LiveUpdate: Story = {
  args: { order: customer('#1001') },
  render: ({ headingLevel }) => {
    const live = createMockApi({ anchor: ANCHOR });
    const current = () => toCustomerView(live.store.getByNumber('#1001')!);
    const advance = (event: Event) => {
      const root = (event.target as HTMLElement).closest('div')!;
      const timeline = root.querySelector('suivi-order-timeline')!;
      live.clock.advance(1);
      timeline.order = current();
      void timeline.updateComplete.then(() => {
        const said = timeline.shadowRoot?.querySelector('[aria-live]')?.textContent ?? '';
        root.querySelector('output')!.textContent = said;
      });
    };
    return html`<div>
      <p>
        <button type="button" @click=${advance}>Next carrier scan</button>
        Announced: <output aria-hidden="true"></output>
      </p>
      <suivi-order-timeline .order=${current()} heading-level=${headingLevel}></suivi-order-timeline>
    </div>`;
  },
};
