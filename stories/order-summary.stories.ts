// <suivi-order-summary>, one story per state: priced items and totals as the customer sees
// them, digital items and gift cards paid or not, fees and discounts, and the shared view with
// no prices. Orders are the mock API's showcase, some altered on a copy. Language and theme come
// from the toolbar (money follows the language: "€1,234.56" / "1 234,56 €").
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type CustomerOrderView, type ShopperOrderView, toSharedView } from '@suivi/model';
import { html } from 'lit';
import { customer, showcase } from './support/showcase-orders.ts';
import '@suivi/components/define/order-summary';


/** Adds to an order's totals and keeps total = subtotal + shipping + handling + tax − discount. */
function withFees(order: CustomerOrderView, fees: { handling?: number; discount?: number; shipping?: number }) {
  const { totals } = order;
  if (fees.handling !== undefined) totals.handling.amount = fees.handling;
  if (fees.discount !== undefined) totals.discount.amount = fees.discount;
  if (fees.shipping !== undefined) totals.shipping.amount = fees.shipping;
  totals.total.amount =
    totals.subtotal.amount + totals.shipping.amount + totals.handling.amount + totals.tax.amount - totals.discount.amount;
}

interface SummaryArgs {
  order: ShopperOrderView;
  headingLevel: number;
}

const meta = {
  title: 'Components/Order summary',
  component: 'suivi-order-summary',
  render: ({ order, headingLevel }) =>
    html`<suivi-order-summary .order=${order} heading-level=${headingLevel}></suivi-order-summary>`,
  args: { headingLevel: 2 },
  argTypes: {
    order: { control: false, description: 'The order (customer or shared view); set as a property.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: 'Level of the "Order summary" heading.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Line items and totals, formatted with Intl in the element’s language. The shared view (a share link) shows items and quantities only.',
      },
    },
  },
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

export const Physical: Story = { args: { order: customer('#1001') } };
export const WithCustomerNote: Story = { args: { order: customer('#1002') } };
export const DigitalAndGiftCardPaid: Story = { args: { order: customer('#1007') } };

export const DigitalAndGiftCardAwaitingPayment: Story = { args: { order: customer('#1012') } };

export const AwaitingPayment: Story = { args: { order: customer('#1008') } };

export const HandlingFeeAndDiscount: Story = {
  args: { order: customer('#1001', (order) => withFees(order, { handling: 250, discount: 1000 })) },
};

export const FreeShipping: Story = {
  args: { order: customer('#1001', (order) => withFees(order, { shipping: 0 })) },
};

export const LargeAmounts: Story = {
  args: {
    order: customer('#1001', (order) => {
      order.lineItems[0].quantity = 40;
      order.totals.subtotal.amount = order.lineItems.reduce((sum, item) => sum + item.unitPrice.amount * item.quantity, 0);
      withFees(order, {});
    }),
  },
};

export const SharedView: Story = { args: { order: toSharedView(showcase('#1007')) } };

/** Forty lines with long titles and variants (as real catalogues have), totals kept consistent. */
export const LongItemList: Story = {
  args: {
    order: customer('#1001', (order) => {
      const template = order.lineItems[0]!;
      order.lineItems = Array.from({ length: 40 }, (_, index) => ({
        ...template,
        id: `${template.id}-${index}`,
        title:
          index % 2
            ? 'Handgewebte Leinentischdecke mit Hohlsaumstickerei, extra breit für festliche Tafeln bis zwölf Personen'
            : 'Coussin de sol tressé main en fibres de jacinthe d’eau naturelle, très grand format',
        variant: `Coloris n° ${index + 1} — écru chiné et anthracite profond — 180 × 320 cm`,
        quantity: 1 + (index % 3),
      }));
      const subtotal = order.lineItems.reduce((sum, item) => sum + item.unitPrice.amount * item.quantity, 0);
      order.totals.subtotal.amount = subtotal;
      withFees(order, {});
    }),
  },
};
