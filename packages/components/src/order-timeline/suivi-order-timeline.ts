import { consume } from '@lit/context';
import {
  type DeliveryStatus,
  type ProgressStepView,
  type CustomerOrderView,
  type Shipment,
  type ShopperOrderView,
  shipmentProgress,
  unshippedQuantities,
} from '@suivi/model';
import { LitElement, type PropertyValues, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orderContext } from '../context/order-context.ts';
import { formatCalendarDay, formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { type Translate, translator } from '../i18n/messages.ts';
import { DELIVERY_LABELS, FULFILLMENT_LABELS, ORDER_STATE_LABELS, PAYMENT_LABELS, RETURN_LABELS } from '../i18n/status-messages.ts';
import { toneStyles } from '../styles/tones.ts';
import { trackingStyles } from '../styles/tracking.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { timelineMessages } from './messages.ts';
import { type ShipmentChange, returnChanges, shipmentChanges } from './shipment-changes.ts';
import { type Tone, deliveryTone, fulfillmentTone, paymentTone, returnTone, toneGlyph } from '../shared/status-tone.ts';
import { timelineStyles } from './styles.ts';
import { webLinkOrNull } from '../shared/web-link.ts';
import { formatPlace } from '../shared/format-place.ts';
import { defineTrackingMap } from './tracking-map-loader.ts';

type Messages = Translate<(typeof timelineMessages)['en']>;

/** More tracking events than this and the history starts folded, so the progress stays in view. */
const OPEN_HISTORY_LIMIT = 3;

/**
 * Where an order stands, shipment by shipment: payment and fulfilment status, each parcel's
 * progress (Confirmed → In transit → Out for delivery → Delivered), attempted deliveries and
 * problems in plain words, the carrier's tracking link, a map of each tracked parcel's journey
 * (loaded lazily, see <suivi-tracking-map>) and the tracking history. When a newer
 * version of the order arrives, shipment status changes are announced politely to screen
 * readers, once; focus is never moved.
 *
 * @summary Order progress and shipment tracking for a shopper.
 *
 * @csspart badges - The list of order-level status badges.
 * @csspart badge - Any status badge (payment, fulfilment, order state, shipment status).
 * @csspart notice - A message about the order as a whole (scheduled, on hold, cancelled, nothing shipped yet).
 * @csspart section - One shipment's section.
 * @csspart section-heading - A shipment's heading ("Shipment 1 of 2 · Colissimo").
 * @csspart alert - An attempted delivery or a delivery problem, inside a shipment section.
 * @csspart estimate - The estimated (or actual) delivery date.
 * @csspart steps - A shipment's ordered list of progress steps.
 * @csspart step - One progress step; also `step-complete`, `step-current` or `step-upcoming`.
 * @csspart marker - The round marker of a step.
 * @csspart tracking - The carrier and tracking number.
 * @csspart tracking-link - The link to the carrier's tracking page.
 * @csspart map - A tracked shipment's `<suivi-tracking-map map-only>`: its journey on a map, and where the parcel is in words.
 * @csspart items - The list of items in a parcel.
 * @csspart events - The collapsible tracking history (a `<details>`).
 * @csspart event - One tracking event.
 * @csspart unshipped - The section listing items not shipped yet.
 * @csspart map-unavailable - The line that replaces a map whose code could not be fetched, with its Try again button.
 * @csspart announcer - The visually hidden live region that announces status changes.
 *
 * @cssproperty --suivi-order-timeline-gap - Space between sections. Defaults to the global `--suivi-space`.
 * @cssproperty --suivi-order-timeline-marker-size - Diameter of a step marker. Defaults to 1.75rem.
 * @cssproperty --suivi-order-timeline-complete-color - Colour of completed steps. Defaults to the success colour.
 * @cssproperty --suivi-order-timeline-current-color - Colour of the current step. Defaults to the accent colour.
 * @cssproperty --suivi-order-timeline-section-background - Background of a shipment section.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviOrderTimeline extends LitElement {
  static override styles = [tokens, buttonStyles, toneStyles, trackingStyles, timelineStyles];

  /** The order to show (customer or shared view). When unset, the order from an enclosing provider's context is used. */
  @property({ attribute: false }) order: ShopperOrderView | undefined;

  /** Heading level (1–6) of each shipment's heading, so the element fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The order shared by an enclosing provider (the order-status page). */
  @consume({ context: orderContext, subscribe: true })
  @state()
  private providedOrder: ShopperOrderView | undefined;

  /** The last status change, kept in the live region so it is heard once and not repeated. */
  @state() private announcement = '';

  /** The map card's code could not be fetched: a line says so, with a way to try again, instead of an empty frame. */
  @state() private mapFailed = false;

  private readonly localeCtl = new LocaleController(this);

  /** The order last rendered, to tell a live change from a first render. */
  private shownBefore: ShopperOrderView | undefined;

  private get shownOrder(): ShopperOrderView | undefined {
    return this.order ?? this.providedOrder;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('order') && !changed.has('providedOrder' as keyof SuiviOrderTimeline)) return;
    const next = this.shownOrder;
    const changes = [...shipmentChanges(this.shownBefore, next), ...returnChanges(this.shownBefore, next)];
    if (changes.length) this.announcement = this.describeChanges(changes);
    else if (this.shownBefore?.orderNumber !== next?.orderNumber) this.announcement = '';
    this.shownBefore = next;
  }

  private describeChanges(changes: ShipmentChange[]): string {
    const locale = this.localeCtl.locale;
    const t = translator(timelineMessages, locale);
    return changes
      .map((change) =>
        change.kind === 'status'
          ? t('announceStatus', { index: change.index, status: DELIVERY_LABELS[locale][change.status] })
          : change.kind === 'return'
            ? t('announceReturn', { index: change.index, status: RETURN_LABELS[locale][change.status] })
            : t('announceShipped', { index: change.index, carrier: change.carrier }),
      )
      .join('. ');
  }

  override render() {
    const order = this.shownOrder;
    const locale = this.localeCtl.locale;
    const t = translator(timelineMessages, locale);
    return html`
      <div part="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${order ? this.renderOrder(order, locale, t) : nothing}
    `;
  }

  private renderOrder(order: ShopperOrderView, locale: Locale, t: Messages) {
    const unshipped = order.shipments.length ? unshippedQuantities(order) : new Map<string, number>();
    return html`
      ${this.renderBadges(order, locale, t)} ${this.renderOrderNotice(order, locale, t)}
      ${order.shipments.map((shipment, index) => this.renderShipment(order, shipment, index, unshipped.size > 0, locale, t))}
      ${unshipped.size ? this.renderUnshipped(order, unshipped, t) : nothing}
      ${order.view === 'customer' && order.returns.length ? this.renderReturns(order, locale, t) : nothing}
    `;
  }

  private renderBadges(order: ShopperOrderView, locale: Locale, t: Messages) {
    return html`
      <dl part="badges" class="badges">
        ${order.view === 'customer'
          ? this.renderBadge(t('paymentLabel'), PAYMENT_LABELS[locale][order.payment.status], paymentTone(order.payment.status))
          : nothing}
        ${this.renderBadge(
          t('fulfillmentLabel'),
          FULFILLMENT_LABELS[locale][order.fulfillmentStatus],
          fulfillmentTone(order.fulfillmentStatus),
        )}
        ${order.state === 'cancelled' ? this.renderBadge(t('orderStateLabel'), ORDER_STATE_LABELS[locale].cancelled, 'danger') : nothing}
      </dl>
    `;
  }

  private renderBadge(label: string, value: string, tone: Tone) {
    return html`<div class="badge-pair">
      <dt class="visually-hidden">${label}</dt>
      <dd part="badge" class="badge tone-${tone}"><span class="glyph" aria-hidden="true">${toneGlyph(tone)}</span>${value}</dd>
    </div>`;
  }

  /** The one sentence about the order as a whole, when its state matters more than any parcel. */
  private renderOrderNotice(order: ShopperOrderView, locale: Locale, t: Messages) {
    const message = this.orderNotice(order, locale, t);
    return message ? html`<p part="notice" class="notice">${message}</p>` : nothing;
  }

  private orderNotice(order: ShopperOrderView, locale: Locale, t: Messages): string | null {
    if (order.state === 'cancelled') return t('cancelled');
    const hold = order.fulfillmentHold;
    if (hold?.kind === 'scheduled') {
      return hold.until ? t('scheduledOn', { date: formatCalendarDay(hold.until, locale) }) : t('scheduledLater');
    }
    if (hold?.kind === 'on_hold') {
      return hold.until ? t('onHoldUntil', { date: formatCalendarDay(hold.until, locale) }) : t('onHold');
    }
    if (order.shipments.length) return null;
    if (!order.lineItems.some((item) => item.kind === 'physical')) return t('emptyNothingToShip');
    if (order.view === 'customer') {
      const payment = order.payment.status;
      if (payment === 'pending' || payment === 'partially_paid') return t('emptyPaymentPending');
      if (payment === 'voided' || payment === 'expired') return t('emptyPaymentFailed');
    }
    return t('emptyConfirmed');
  }

  /**
   * `partOfOrder`: some items are still to ship, so even a lone parcel says what is in it (a
   * shopper cannot otherwise tell which items are on their way and which will follow).
   */
  private renderShipment(order: ShopperOrderView, shipment: Shipment, index: number, partOfOrder: boolean, locale: Locale, t: Messages) {
    const total = order.shipments.length;
    const progress = shipmentProgress(shipment);
    const headingId = `shipment-${index + 1}-heading`;
    const heading =
      total > 1
        ? t('shipmentHeadingMany', { index: index + 1, total, carrier: shipment.carrier.name })
        : t('shipmentHeadingOne', { carrier: shipment.carrier.name });
    const status = progress.status;
    return html`
      <section part="section" class="section" aria-labelledby=${headingId}>
        <header class="section-header">
          <div part="section-heading" class="section-heading" role="heading" aria-level=${this.level} id=${headingId}>${heading}</div>
          ${status ? this.renderShipmentBadge(status, locale, t) : nothing}
        </header>
        ${progress.attemptedDelivery ? this.renderAlert('warning', t('attemptedTitle'), t('attemptedBody'), shipment, t) : nothing}
        ${progress.exception ? this.renderAlert('danger', t('exceptionTitle'), t('exceptionBody'), shipment, t) : nothing}
        ${progress.tracked
          ? html`${this.renderEstimate(shipment, progress.steps, locale, t)} ${this.renderSteps(progress.steps, status, locale, t)}`
          : html`<p part="untracked" class="untracked">${t('untracked')}</p>`}
        ${this.renderTracking(shipment, t)}
        ${progress.tracked ? this.renderMap(shipment, t) : nothing}
        ${total > 1 || partOfOrder ? this.renderParcelItems(order, shipment, t) : nothing}
        ${progress.tracked ? this.renderHistory(shipment, locale, t) : nothing}
      </section>
    `;
  }

  private renderMap(shipment: Shipment, t: Messages) {
    if (this.mapFailed) {
      return html`<p part="map-unavailable" class="map-unavailable" role="alert">
        ${t('mapUnavailable')} <button class="button secondary" type="button" @click=${this.loadMap}>${t('retry')}</button>
      </p>`;
    }
    if (!customElements.get('suivi-tracking-map')) void this.loadMap();
    return html`<suivi-tracking-map part="map" map-only .shipment=${shipment}></suivi-tracking-map>`;
  }

  private readonly loadMap = async () => {
    try {
      await defineTrackingMap();
      this.mapFailed = false;
    } catch {
      this.mapFailed = true;
    }
  };

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  private renderShipmentBadge(status: DeliveryStatus, locale: Locale, t: Messages) {
    const tone = deliveryTone(status);
    return html`<p class="shipment-status">
      <span class="visually-hidden">${t('shipmentStatusLabel')}</span>
      <span part="badge" class="badge tone-${tone}"><span class="glyph" aria-hidden="true">${toneGlyph(tone)}</span>${DELIVERY_LABELS[locale][status]}</span>
    </p>`;
  }

  /** An attempted delivery or a carrier-reported problem: what happened, in the carrier's words too, and what to do. */
  private renderAlert(tone: Tone, title: string, body: string, shipment: Shipment, t: Messages) {
    const latest = shipment.events.at(-1);
    return html`<div part="alert" class="alert tone-${tone}">
      <p class="alert-title"><span class="glyph" aria-hidden="true">${toneGlyph(tone)}</span>${title}</p>
      <p>${body}</p>
      ${latest ? html`<p class="carrier-says">${t('carrierSays')} <q>${latest.description}</q></p>` : nothing}
    </div>`;
  }

  private renderEstimate(shipment: Shipment, steps: ProgressStepView[], locale: Locale, t: Messages) {
    if (shipment.status === 'delivered') {
      const at = shipment.deliveredAt ?? steps.at(-1)?.reachedAt;
      return at ? html`<p part="estimate" class="estimate">${t('deliveredOn', { date: formatDateTime(at, locale) })}</p>` : nothing;
    }
    if (shipment.status === 'exception' || !shipment.estimatedDelivery) return nothing;
    return html`<p part="estimate" class="estimate">${t('estimatedDelivery', { date: formatCalendarDay(shipment.estimatedDelivery, locale) })}</p>`;
  }

  private renderSteps(steps: ProgressStepView[], status: DeliveryStatus | null, locale: Locale, t: Messages) {
    const labels = DELIVERY_LABELS[locale];
    // A delivered parcel has every step complete; the last one is still where the parcel is.
    const currentIndex = status === 'delivered' ? steps.length - 1 : steps.findIndex((step) => step.state === 'current');
    return html`<ol part="steps" class="steps" aria-label=${t('progressLabel')}>
      ${steps.map((step, index) => {
        const current = index === currentIndex;
        const flagged = current && (status === 'attempted_delivery' || status === 'exception');
        const marker = step.state === 'complete' ? '✓' : flagged ? '!' : current ? '' : String(index + 1);
        return html`<li
          part="step step-${step.state}"
          class="step ${step.state} ${current ? 'is-current' : ''} ${flagged ? 'is-flagged' : ''} ${flagged && status === 'exception' ? 'is-problem' : ''}"
          aria-current=${current ? 'step' : nothing}
        >
          <span part="marker" class="marker" aria-hidden="true">${marker}</span>
          <span class="step-text">
            <span class="step-name">${labels[step.step]}</span>${step.state === 'complete'
              ? html`<span class="visually-hidden">, ${t('stepCompleted')}</span>`
              : step.state === 'upcoming'
                ? html`<span class="visually-hidden">, ${t('stepUpcoming')}</span>`
                : nothing}
            ${flagged && status ? html`<span class="step-flag">${labels[status]}</span>` : nothing}
            ${step.reachedAt
              ? html`<time class="step-date" datetime=${step.reachedAt}>${formatDateTime(step.reachedAt, locale)}</time>`
              : nothing}
          </span>
        </li>`;
      })}
    </ol>`;
  }

  private renderTracking(shipment: Shipment, t: Messages) {
    const href = webLinkOrNull(shipment.trackingUrl);
    return html`
      <dl part="tracking" class="tracking">
        <div>
          <dt>${t('carrierLabel')}</dt>
          <dd>${shipment.carrier.name}</dd>
        </div>
        <div>
          <dt>${t('trackingNumberLabel')}</dt>
          <dd class="tracking-number">${shipment.trackingNumber ?? t('noTrackingNumber')}</dd>
        </div>
      </dl>
      ${href
        ? html`<p class="tracking-link-line">
            <a part="tracking-link" class="tracking-link" href=${href} target="_blank" rel="noopener noreferrer"
              >${t('trackLink', { carrier: shipment.carrier.name })}<span class="visually-hidden"> ${t('opensInNewTab')}</span
              ><span class="external" aria-hidden="true">↗</span></a
            >
          </p>`
        : nothing}
    `;
  }

  private renderParcelItems(order: ShopperOrderView, shipment: Shipment, t: Messages) {
    if (!shipment.lineItems.length) return nothing;
    const titles = new Map(order.lineItems.map((item) => [item.id, item.title]));
    return html`<div class="parcel-items">
      <p class="subheading" id="items-${shipment.id}">${t('itemsInShipment')}</p>
      <ul part="items" class="items" aria-labelledby="items-${shipment.id}">
        ${shipment.lineItems.map(
          (line) => html`<li>${t('itemQuantity', { title: titles.get(line.lineItemId) ?? t('unknownItem'), quantity: line.quantity })}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderHistory(shipment: Shipment, locale: Locale, t: Messages) {
    const count = shipment.events.length;
    if (!count) return html`<p class="history-empty">${t('historyEmpty')}</p>`;
    const newestFirst = [...shipment.events].reverse();
    return html`<details part="events" class="events" ?open=${count <= OPEN_HISTORY_LIMIT}>
      <summary>${t('history', { count })}</summary>
      <ol class="event-list">
        ${newestFirst.map(
          (event) => html`<li part="event" class="event">
            <time datetime=${event.at}>${formatDateTime(event.at, locale)}</time>
            <span class="event-description">${event.description}</span>
            ${event.place ? html`<span class="event-place">${formatPlace(event.place, locale)}</span>` : nothing}
          </li>`,
        )}
      </ol>
    </details>`;
  }

  private renderUnshipped(order: ShopperOrderView, unshipped: Map<string, number>, t: Messages) {
    const titles = new Map(order.lineItems.map((item) => [item.id, item.title]));
    return html`<section part="unshipped" class="section unshipped" aria-labelledby="unshipped-heading">
      <div class="section-heading" role="heading" aria-level=${this.level} id="unshipped-heading">${t('unshippedTitle')}</div>
      <p>${t('unshippedIntro')}</p>
      <ul part="items" class="items">
        ${[...unshipped].map(
          ([id, quantity]) => html`<li>${t('itemQuantity', { title: titles.get(id) ?? t('unknownItem'), quantity })}</li>`,
        )}
      </ul>
    </section>`;
  }

  /** Each return the shopper asked for, with its status and items, after the parcels. */
  private renderReturns(order: CustomerOrderView, locale: Locale, t: Messages) {
    const titles = new Map(order.lineItems.map((item) => [item.id, item.title]));
    const labels = RETURN_LABELS[locale];
    return html`<section part="returns" class="section returns" aria-labelledby="returns-heading">
      <div class="section-heading" role="heading" aria-level=${this.level} id="returns-heading">${t('returnsTitle')}</div>
      ${order.returns.map(
        (request, position) => html`<div part="return" class="return">
          <div class="section-header">
            <div class="return-heading" role="heading" aria-level=${String(Math.min(6, Number(this.level) + 1))}>
              ${t('returnHeading', { index: position + 1, date: formatDate(request.requestedAt, locale) })}
            </div>
            <p class="shipment-status">
              <span class="visually-hidden">${t('returnStatusLabel')} </span>
              <span part="badge" class="badge tone-${returnTone(request.status)}"
                ><span class="glyph" aria-hidden="true">${toneGlyph(returnTone(request.status))}</span>${labels[request.status]}</span
              >
            </p>
          </div>
          <ul part="items" class="items">
            ${request.items.map(
              (item) => html`<li>${t('itemQuantity', { title: titles.get(item.lineItemId) ?? t('unknownItem'), quantity: item.quantity })}</li>`,
            )}
          </ul>
          ${request.status === 'declined' && request.declineReason
            ? html`<p>${t('returnDeclinedBecause', { reason: request.declineReason })}</p>`
            : nothing}
        </div>`,
      )}
    </section>`;
  }
}
