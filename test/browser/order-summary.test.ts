/**
 * <suivi-order-summary> as a shopper reads it: what was ordered, what each line and the whole
 * order cost in their language's money format, how digital items and gift cards arrive, and
 * nothing priced in the shared view. Orders come from the mock API's seeded showcase, sometimes
 * altered on a structured clone.
 */
import { provide } from '@lit/context';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type CustomerOrderView, type ShopperOrderView, toCustomerView, toSharedView } from '@suivi/model';
import '@suivi/components/define/order-summary';
import { type SuiviOrderSummary, orderContext } from '@suivi/components';
import { seededCustomerView, seededOrder, useMockApi } from './support/mock-api.ts';

useMockApi();

/** Stands in for the order-status page: provides an order to the elements inside it. */
class TestOrderProvider extends LitElement {
  @provide({ context: orderContext })
  @property({ attribute: false })
  order: ShopperOrderView | undefined;

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-order-provider', TestOrderProvider);



/** The in-transit showcase order with round, known prices in euros. */
function euroOrder(): CustomerOrderView {
  const order = structuredClone(seededCustomerView('#1001'));
  order.currency = 'EUR';
  order.lineItems = order.lineItems.slice(0, 1).map((item) => ({ ...item, quantity: 2, unitPrice: { amount: 1250, currency: 'EUR' } }));
  order.shippingMethod = { name: 'Colissimo Domicile', price: { amount: 490, currency: 'EUR' } };
  order.totals = {
    subtotal: { amount: 2500, currency: 'EUR' },
    shipping: { amount: 490, currency: 'EUR' },
    handling: { amount: 0, currency: 'EUR' },
    tax: { amount: 500, currency: 'EUR' },
    discount: { amount: 0, currency: 'EUR' },
    total: { amount: 3490, currency: 'EUR' },
  };
  return order;
}

async function summary(order: ShopperOrderView | undefined, attributes: { lang?: string; theme?: string } = {}) {
  return fixture<SuiviOrderSummary>(
    html`<suivi-order-summary .order=${order} lang=${attributes.lang ?? 'en'} theme=${attributes.theme ?? 'light'}></suivi-order-summary>`,
  );
}

function root(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** Text as read, white space collapsed; Intl's no-break spaces become plain spaces. */
function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function items(element: Element): HTMLLIElement[] {
  return [...root(element).querySelectorAll<HTMLLIElement>('ul[aria-label] > li')];
}

/** The totals table as [row header, amount] pairs. */
function totals(element: Element): [string, string][] {
  return [...root(element).querySelectorAll('table tr')].map((row) => [
    textOf(row.querySelector('th[scope="row"]')),
    textOf(row.querySelector('td')),
  ]);
}

describe('<suivi-order-summary>', () => {
  it('is accessible in light and dark, in English and in French, for both views', async () => {
    for (const theme of ['light', 'dark']) {
      for (const lang of ['en', 'fr']) {
        await expect(await summary(seededCustomerView('#1002'), { theme, lang })).to.be.accessible();
        await expect(await summary(seededCustomerView('#1007'), { theme, lang })).to.be.accessible();
      }
    }
    await expect(await summary(toSharedView(seededOrder('#1007')))).to.be.accessible();
  });

  it('renders nothing until it has an order, and uses a level-2 heading by default', async () => {
    const element = await summary(undefined);
    expect(element.headingLevel).to.equal(2);
    expect(root(element).children).to.have.length(0);
    element.order = seededCustomerView('#1001');
    await element.updateComplete;
    const heading = root(element).querySelector('[role="heading"]')!;
    expect(textOf(heading)).to.equal('Order summary');
    expect(heading.getAttribute('aria-level')).to.equal('2');
  });

  it('lists each item with its variant, quantity, unit price and line total', async () => {
    const order = euroOrder();
    const element = await summary(order);
    const [line] = items(element);
    expect(items(element)).to.have.length(1);
    expect(textOf(line)).to.contain(order.lineItems[0].title);
    if (order.lineItems[0].variant) expect(textOf(line)).to.contain(order.lineItems[0].variant);
    expect(textOf(line)).to.contain('Quantity: 2 · €12.50 each');
    expect(textOf(line.querySelector('[part~="item-total"]'))).to.equal('Line total: €25.00');
  });

  it('totals the order in a table and leaves out a zero handling fee and discount', async () => {
    const element = await summary(euroOrder());
    expect(root(element).querySelector('table caption')!.textContent).to.equal('Order totals');
    expect(totals(element)).to.deep.equal([
      ['Subtotal', '€25.00'],
      ['Shipping (Colissimo Domicile)', '€4.90'],
      ['Taxes', '€5.00'],
      ['Total', '€34.90'],
    ]);
  });

  it('shows a handling fee and a discount (as a negative amount) when there are some', async () => {
    const order = euroOrder();
    order.totals.handling = { amount: 150, currency: 'EUR' };
    order.totals.discount = { amount: 300, currency: 'EUR' };
    order.totals.total = { amount: 3340, currency: 'EUR' };
    const element = await summary(order);
    expect(totals(element)).to.deep.equal([
      ['Subtotal', '€25.00'],
      ['Shipping (Colissimo Domicile)', '€4.90'],
      ['Handling fee', '€1.50'],
      ['Taxes', '€5.00'],
      ['Discount', '-€3.00'],
      ['Total', '€33.40'],
    ]);
  });

  it('says free shipping in words', async () => {
    const order = euroOrder();
    order.totals.shipping = { amount: 0, currency: 'EUR' };
    const element = await summary(order);
    expect(totals(element)[1]).to.deep.equal(['Shipping (Colissimo Domicile)', 'Free']);
  });

  it('formats money the French way in French: "1 234,56 €"', async () => {
    const order = euroOrder();
    order.totals.total = { amount: 123456, currency: 'EUR' };
    order.totals.discount = { amount: 1000, currency: 'EUR' };
    const element = await summary(order, { lang: 'fr' });
    expect(textOf(root(element).querySelector('[role="heading"]'))).to.equal('Récapitulatif de la commande');
    const rows = totals(element);
    expect(rows.at(-1)).to.deep.equal(['Total', '1 234,56 €']);
    expect(rows.find(([label]) => label === 'Remise')![1]).to.match(/^[-−]10,00 €$/);
    expect(rows[1]).to.deep.equal(['Livraison (Colissimo Domicile)', '4,90 €']);
    expect(textOf(items(element)[0])).to.contain('Quantité : 2 · 12,50 € l’unité');
  });

  it('shows the shared view without any price, total, download link or note', async () => {
    const order = seededOrder('#1007');
    const element = await summary(toSharedView(order));
    expect(items(element)).to.have.length(order.lineItems.length);
    for (const [index, item] of order.lineItems.entries()) {
      expect(textOf(items(element)[index])).to.contain(item.title);
      expect(textOf(items(element)[index])).to.contain(`Quantity: ${item.quantity}`);
    }
    expect(root(element).querySelector('table')).to.equal(null);
    expect(root(element).querySelector('a')).to.equal(null);
    const currencySign = new Intl.NumberFormat('en', { style: 'currency', currency: order.currency }).format(1).replace(/[\d.,\s]/g, '');
    expect(textOf(root(element))).not.to.contain(currencySign);
    expect(textOf(root(element))).not.to.match(/\d[.,]\d\d/);
  });

  it('offers the download of a paid digital item, and says a gift card code was e-mailed', async () => {
    const order = seededCustomerView('#1007');
    const digital = order.lineItems.find((item) => item.kind === 'digital' && item.downloadUrl)!;
    expect(digital, 'the showcase digital order is paid and has a download').to.exist;
    const element = await summary(order);
    const link = root(element).querySelector<HTMLAnchorElement>('a[part~="download-link"]')!;
    expect(link.href).to.equal(new URL(digital.downloadUrl!).href);
    expect(textOf(link)).to.equal(`Download ${digital.title}`);
    expect(textOf(root(element))).to.contain('Gift card: code sent by e-mail');
  });

  it('keeps a paid gift card’s code masked until the shopper reveals it with the keyboard', async () => {
    const order = seededCustomerView('#1007');
    const card = order.lineItems.find((item) => item.kind === 'gift_card' && item.giftCardCode)!;
    expect(card, 'the showcase gift card is paid and has a code').to.exist;
    const code = card.giftCardCode!;
    const ending = code.replace(/[^A-Za-z0-9]/g, '').slice(-4);
    const element = await summary(order);
    const block = root(element).querySelector('[part~="gift-card-code"]')!;
    expect(textOf(block)).not.to.contain(code);
    expect(textOf(block)).to.contain(`hidden, ends in ${ending}`);
    expect(block.querySelector('code')!.textContent).to.match(new RegExp(`^[•-]+${code.slice(-4)}$`));
    expect(block.querySelector('[aria-live="polite"]')).to.exist;

    const button = block.querySelector('button')!;
    expect(textOf(button)).to.equal(`Show code (${card.title})`);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(textOf(block.querySelector('code'))).to.equal(code);
    expect(textOf(button)).to.equal(`Hide code (${card.title})`);
    expect(root(element).activeElement, 'focus stays on the button').to.equal(button);

    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(textOf(block)).not.to.contain(code);
    await expect(element).to.be.accessible();
  });

  it('masks gift card codes in French too', async () => {
    const order = seededCustomerView('#1007');
    const element = await summary(order, { lang: 'fr' });
    const button = root(element).querySelector<HTMLButtonElement>('[part~="gift-card-code"] button')!;
    expect(textOf(button)).to.match(/^Afficher le code \(/);
    expect(textOf(root(element).querySelector('[part~="gift-card-code"]'))).to.match(/masqué, se termine par [A-Z0-9]{4}/);
  });

  it('says digital items and gift cards arrive once payment is confirmed, while it is pending', async () => {
    const paidOrder = seededOrder('#1007');
    const pending = toCustomerView({ ...structuredClone(paidOrder), payment: { ...paidOrder.payment, status: 'pending' } });
    const element = await summary(pending);
    expect(root(element).querySelector('a')).to.equal(null);
    expect(textOf(root(element))).to.contain('Available to download once payment is confirmed');
    expect(textOf(root(element))).to.contain('Gift card: code sent by e-mail once payment is confirmed');
  });

  it('never turns a non-web download URL into a link', async () => {
    const order = structuredClone(seededCustomerView('#1007'));
    for (const item of order.lineItems) if (item.kind === 'digital') item.downloadUrl = 'javascript:alert(1)';
    const element = await summary(order);
    expect(root(element).querySelector('a')).to.equal(null);
  });

  it('shows the shopper’s note as text, never as markup', async () => {
    const order = structuredClone(seededCustomerView('#1002'));
    expect(order.customerNote).to.be.a('string');
    order.customerNote = '<b>Ring twice</b> please';
    const element = await summary(order);
    const note = root(element).querySelector('[part~="customer-note"]')!;
    expect(textOf(note)).to.equal('Your note <b>Ring twice</b> please');
    expect(note.querySelector('b')).to.equal(null);
  });

  it('takes the order from an enclosing provider when none is set on it', async () => {
    const provider = await fixture<TestOrderProvider>(
      html`<test-order-provider lang="en" .order=${euroOrder()}><suivi-order-summary></suivi-order-summary></test-order-provider>`,
    );
    const element = provider.querySelector('suivi-order-summary')!;
    await element.updateComplete;
    expect(totals(element).at(-1)).to.deep.equal(['Total', '€34.90']);

    // A property set on the element wins over the provider's order.
    const own = euroOrder();
    own.totals.total = { amount: 100, currency: 'EUR' };
    element.order = own;
    await element.updateComplete;
    expect(totals(element).at(-1)).to.deep.equal(['Total', '€1.00']);
  });
});
