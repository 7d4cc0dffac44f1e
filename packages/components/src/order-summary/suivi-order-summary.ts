import { consume } from '@lit/context';
import { type CustomerOrderView, type LineItem, type Money, type SharedLineItem, type ShopperOrderView, isPaid } from '@suivi/model';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orderContext } from '../context/order-context.ts';
import { formatMoney } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { type Translate, translator } from '../i18n/messages.ts';
import { webLinkOrNull } from '../shared/web-link.ts';
import { tokens } from '../styles/tokens.ts';
import { codeEnding, maskGiftCardCode } from './gift-card-code.ts';
import { summaryMessages } from './messages.ts';
import { summaryStyles } from './styles.ts';

type Messages = Translate<(typeof summaryMessages)['en']>;

/**
 * What was ordered and what it cost: each line item (title, variant, quantity, unit price and
 * line total), notes for digital items and gift cards (a paid card's code stays masked until the
 * shopper reveals it), then the totals (subtotal, shipping,
 * handling, taxes, discount, total) formatted with Intl in the element's locale. Given the
 * shared view (a share link), it shows items and quantities only: no prices, links or codes.
 *
 * @summary Line items and totals of an order.
 *
 * @csspart heading - The "Order summary" heading.
 * @csspart items - The list of line items.
 * @csspart item - One line item.
 * @csspart item-title - A line item's title.
 * @csspart item-note - The note under a digital item or gift card.
 * @csspart download-link - A digital item's download link.
 * @csspart gift-card-code - A paid gift card's code, masked until revealed.
 * @csspart reveal-button - The button that shows or hides a gift card code.
 * @csspart item-total - A line item's total price.
 * @csspart totals - The totals table.
 * @csspart totals-row - Any row of the totals table; the grand total row also has `total-row`.
 * @csspart total-row - The grand total row.
 * @csspart discount-row - The discount row (shown only when there is a discount).
 * @csspart customer-note - The note the shopper left at checkout.
 *
 * @cssproperty --suivi-order-summary-background - Background of the summary card. Defaults to the surface colour.
 * @cssproperty --suivi-order-summary-gap - Space between the blocks. Defaults to the global `--suivi-space`.
 * @cssproperty --suivi-order-summary-divider-color - Lines between items and above the total. Defaults to the border colour.
 * @cssproperty --suivi-order-summary-total-size - Font size of the grand total. Defaults to 1.125rem.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviOrderSummary extends LitElement {
  static override styles = [tokens, summaryStyles];

  /** The order to show (customer or shared view). When unset, the order from an enclosing provider's context is used. */
  @property({ attribute: false }) order: ShopperOrderView | undefined;

  /** Heading level (1–6) of the "Order summary" heading, so the element fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The order shared by an enclosing provider (the order-status page). */
  @consume({ context: orderContext, subscribe: true })
  @state()
  private providedOrder: ShopperOrderView | undefined;

  /** Line items whose gift card code the shopper chose to see. */
  @state() private revealedCodes: ReadonlySet<string> = new Set();

  private readonly localeCtl = new LocaleController(this);

  private get shownOrder(): ShopperOrderView | undefined {
    return this.order ?? this.providedOrder;
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  override render() {
    const order = this.shownOrder;
    if (!order) return nothing;
    const locale = this.localeCtl.locale;
    const t = translator(summaryMessages, locale);
    const customer = order.view === 'customer' ? order : null;
    return html`
      <section class="summary" aria-labelledby="summary-heading">
        <div part="heading" class="heading" role="heading" aria-level=${this.level} id="summary-heading">${t('heading')}</div>
        <ul part="items" class="items" aria-label=${t('itemsLabel')}>
          ${customer
            ? customer.lineItems.map((item) => this.renderPricedItem(item, customer, locale, t))
            : order.lineItems.map((item) => this.renderSharedItem(item, t))}
        </ul>
        ${customer ? this.renderTotals(customer, locale, t) : nothing}
        ${customer?.customerNote
          ? html`<div part="customer-note" class="customer-note">
              <p class="customer-note-label" id="customer-note-label">${t('customerNote')}</p>
              <blockquote aria-labelledby="customer-note-label">${customer.customerNote}</blockquote>
            </div>`
          : nothing}
      </section>
    `;
  }

  private renderPricedItem(item: LineItem, order: CustomerOrderView, locale: Locale, t: Messages) {
    const lineTotal: Money = { amount: item.unitPrice.amount * item.quantity, currency: item.unitPrice.currency };
    return html`<li part="item" class="item">
      <div class="item-main">
        <span part="item-title" class="item-title">${item.title}</span>
        ${item.variant ? html`<span class="item-variant">${item.variant}</span>` : nothing}
        <span class="item-meta">${t('quantity', { quantity: item.quantity })} · ${t('unitPrice', { price: formatMoney(item.unitPrice, locale) })}</span>
        ${this.renderCustomerNote(item, order, t)}
      </div>
      <span part="item-total" class="item-total"><span class="visually-hidden">${t('lineTotal')} </span>${formatMoney(lineTotal, locale)}</span>
    </li>`;
  }

  private renderSharedItem(item: SharedLineItem, t: Messages) {
    const note = item.kind === 'digital' ? t('digitalItem') : item.kind === 'gift_card' ? t('giftCardItem') : null;
    return html`<li part="item" class="item">
      <div class="item-main">
        <span part="item-title" class="item-title">${item.title}</span>
        ${item.variant ? html`<span class="item-variant">${item.variant}</span>` : nothing}
        <span class="item-meta">${t('quantity', { quantity: item.quantity })}</span>
        ${note ? html`<span part="item-note" class="item-note">${note}</span>` : nothing}
      </div>
    </li>`;
  }

  /** How a digital item or gift card reaches the shopper, which depends on payment. */
  private renderCustomerNote(item: LineItem, order: CustomerOrderView, t: Messages) {
    const paid = isPaid(order.payment.status);
    if (item.kind === 'digital') {
      const href = webLinkOrNull(item.downloadUrl);
      if (href) {
        return html`<span part="item-note" class="item-note"
          ><a part="download-link" class="download-link" href=${href}
            >${t('download')}<span class="visually-hidden"> ${item.title}</span></a
          ></span
        >`;
      }
      return html`<span part="item-note" class="item-note">${paid ? t('digitalSent') : t('digitalPending')}</span>`;
    }
    if (item.kind === 'gift_card') {
      const note = html`<span part="item-note" class="item-note">${paid ? t('giftCardSent') : t('giftCardPending')}</span>`;
      return item.giftCardCode ? html`${note}${this.renderGiftCardCode(item, item.giftCardCode, t)}` : note;
    }
    return nothing;
  }

  /** A gift card code, masked until the shopper asks to see it; revealing it reads it out politely. */
  private renderGiftCardCode(item: LineItem, code: string, t: Messages) {
    const shown = this.revealedCodes.has(item.id);
    return html`<span part="gift-card-code" class="gift-card-code">
      <span class="code-line"
        >${t('giftCardCodeLabel')}
        <span aria-live="polite"
          >${shown
            ? html`<code class="code">${code}</code>`
            : html`<code class="code" aria-hidden="true">${maskGiftCardCode(code)}</code
                ><span class="visually-hidden">${t('giftCardCodeHidden', { ending: codeEnding(code) })}</span>`}</span
        ></span
      >
      <button type="button" part="reveal-button" class="reveal" @click=${() => this.toggleCode(item.id)}>
        ${shown ? t('hideCode') : t('showCode')}<span class="visually-hidden"> (${item.title})</span>
      </button>
    </span>`;
  }

  private toggleCode(lineItemId: string) {
    const next = new Set(this.revealedCodes);
    if (!next.delete(lineItemId)) next.add(lineItemId);
    this.revealedCodes = next;
  }

  private renderTotals(order: CustomerOrderView, locale: Locale, t: Messages) {
    const { subtotal, shipping, handling, tax, discount, total } = order.totals;
    const money = (value: Money) => formatMoney(value, locale);
    const shippingLabel = order.shippingMethod ? t('shippingWithMethod', { method: order.shippingMethod.name }) : t('shipping');
    return html`<table part="totals" class="totals">
      <caption class="visually-hidden">${t('totalsCaption')}</caption>
      <tbody>
        ${this.row(t('subtotal'), money(subtotal))}
        ${order.shippingMethod || shipping.amount !== 0
          ? this.row(shippingLabel, shipping.amount === 0 ? t('free') : money(shipping))
          : nothing}
        ${handling.amount !== 0 ? this.row(t('handling'), money(handling)) : nothing} ${this.row(t('tax'), money(tax))}
        ${discount.amount !== 0
          ? this.row(t('discount'), money({ amount: -Math.abs(discount.amount), currency: discount.currency }), 'discount-row')
          : nothing}
      </tbody>
      <tfoot>
        <tr part="totals-row total-row" class="total-row">
          <th scope="row">${t('total')}</th>
          <td>${money(total)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  private row(label: string, value: string, extraPart?: string) {
    return html`<tr part=${extraPart ? `totals-row ${extraPart}` : 'totals-row'}>
      <th scope="row">${label}</th>
      <td>${value}</td>
    </tr>`;
  }
}
