import { ContextProvider } from '@lit/context';
import { Task, initialState } from '@lit/task';
import type { CustomerOrderView } from '@suivi/model';
import { createSuiviClient, isSuiviError, type OrderSession, type SuiviClient, type SuiviError, type WatchStatus } from '@suivi/sdk';
import { LitElement, type PropertyValues, css, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { clientContext } from '../context/client-context.ts';
import { localeContext } from '../context/locale-context.ts';
import { orderContext } from '../context/order-context.ts';
import { formatDate } from '../i18n/format.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator } from '../i18n/messages.ts';
import { FULFILLMENT_LABELS, ORDER_STATE_LABELS, PAYMENT_LABELS } from '../i18n/status-messages.ts';
import type { OrderFoundEvent } from '../order-lookup/order-found-event.ts';
import type { SuiviOrderLookup } from '../order-lookup/suivi-order-lookup.ts';
import { calloutStyles } from '../styles/callout.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { statusMessages } from './messages.ts';
import { defineShopperTools } from './shopper-tools.ts';
import { defineOrderView } from '../shared/order-view-loader.ts';

/** Where the live connection stands; `idle` before an order is shown. */
type LiveState = WatchStatus | 'idle';

const LIVE_MESSAGE_KEYS = {
  connecting: 'liveConnecting',
  open: 'liveOpen',
  reconnecting: 'liveReconnecting',
  closed: 'liveClosed',
} as const satisfies Record<WatchStatus, keyof typeof statusMessages.en>;

/** A token the API refuses: the shopper only has to look the order up again. */
function isSessionOver(error: SuiviError): boolean {
  return isSuiviError(error, 'token_expired') || isSuiviError(error, 'unauthorized');
}

/**
 * @summary The whole order-status page for a shopper: look the order up, then follow it live.
 *
 * Under the order come the shopper's tools, each given the session: returns on delivered items
 * (`<suivi-return-request>`), e-mail and SMS updates (`<suivi-notification-preferences>`) and a
 * link to share the order's progress (`<suivi-share-link>`).
 *
 * It is also the provider for everything inside it: one SDK client (`clientContext`), its
 * resolved locale (`localeContext`) and the order on screen (`orderContext`). The access
 * token lives only in memory, never in a URL or storage; when it expires the shopper is
 * brought back to the form with the order number already filled in.
 *
 * @slot message - The shop's own message on the order step, under the order's heading: a delay,
 *   a holiday closing, how to reach the shop.
 * @slot help - Under the lookup form: where shoppers find their order number, how to reach the shop.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 *
 * @csspart lookup - The lookup step (heading, intro and form).
 * @csspart order - The order step.
 * @csspart heading - The order's heading ("Order #1001"); focused when the order shows.
 * @csspart meta - The placed date and status line under the heading.
 * @csspart live - The discreet live-connection indicator.
 * @csspart notice - A message about the session (e.g. it expired).
 * @csspart again - The "Look up another order" button.
 *
 * @cssproperty --suivi-order-status-max-width - Widest the page grows (default 48rem).
 * @cssproperty --suivi-order-status-gap - Space between sections (default 1.5rem).
 * @cssproperty --suivi-order-status-background - The page's own surface (default the theme's surface colour).
 * @cssproperty --suivi-order-status-padding - Space inside that surface (default 1–1.5rem with the viewport).
 */
export class SuiviOrderStatus extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    css`
      :host {
        display: block;
        --_max-width: var(--suivi-order-status-max-width, 48rem);
        --_gap: var(--suivi-order-status-gap, 1.5rem);
        /* Its own surface, so text keeps its contrast whatever the page's background and theme. */
        background: var(--suivi-order-status-background, var(--_surface));
        padding: var(--suivi-order-status-padding, clamp(1rem, 3vw, 1.5rem));
        border-radius: var(--_radius);
      }
      .page {
        display: grid;
        gap: var(--_gap);
        max-inline-size: var(--_max-width);
      }
      .heading {
        margin: 0;
        font-size: 1.75rem;
        line-height: 1.2;
      }
      /* Focus lands on the heading only so reading starts there; it is not a control, so no ring. */
      .heading:focus,
      .heading:focus-visible {
        outline: none;
      }
      header {
        display: grid;
        gap: 0.25rem;
      }
      .meta,
      .intro {
        margin: 0;
        color: var(--_text-muted);
      }
      .live {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        margin: 0;
        font-size: 0.875rem;
        color: var(--_text-muted);
      }
      .live::before {
        content: '';
        inline-size: 0.5rem;
        block-size: 0.5rem;
        border-radius: 50%;
        background: var(--_border);
      }
      .live[data-state='open']::before {
        background: var(--_success);
        animation: pulse 2s ease-in-out infinite;
      }
      .live[data-state='reconnecting']::before,
      .live[data-state='connecting']::before {
        background: var(--_warning);
      }
      @keyframes pulse {
        50% {
          opacity: 0.35;
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .live[data-state='open']::before {
          animation: none;
        }
      }
      .again {
        justify-self: start;
      }
      @media (forced-colors: active) {
        .live::before {
          background: CanvasText;
        }
      }
    `,
  ];

  /** The API to use (attribute `base-url`), e.g. `/api`; required unless `client` is set. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use (and share with the elements inside) instead of one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  /** Level (1–6) of the page's headings, so it fits the host page's outline; sections go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  /** The verified session: held in memory only, dropped when it expires or the shopper starts over. */
  @state() private session: OrderSession | undefined;

  /** The order as last seen: from the lookup, then from each live event. */
  @state() private order: CustomerOrderView | undefined;

  @state() private live: LiveState = 'idle';

  /** Why the shopper is back at the form, if it was not their choice. */
  @state() private sessionExpired = false;

  /** The order number to put back in the form after an expired session. */
  @state() private prefillOrderNumber = '';

  /** The code of the order's view or of the shopper's tools could not be fetched (see loadParts). */
  @state() private partsFailed = false;

  @query('.heading') private heading: HTMLElement | undefined;
  @query('suivi-order-lookup') private lookupForm: SuiviOrderLookup | undefined;

  private readonly localeCtl = new LocaleController(this);
  private readonly clientProvider = new ContextProvider(this, { context: clientContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext });
  private readonly orderProvider = new ContextProvider(this, { context: orderContext });
  private ownClient: { baseUrl: string; client: SuiviClient } | undefined;

  /**
   * Follows the session's live events for as long as it is the one on screen. A new session (or
   * none) aborts the previous watch through the task's signal, which the SDK honours.
   */
  private readonly watch = new Task(this, {
    args: () => [this.session] as const,
    task: ([session], { signal }) => (session ? this.follow(session, signal) : initialState),
  });

  override connectedCallback() {
    super.connectedCallback();
    void this.loadParts();
    // Back in the page after a move: pick the live updates up again.
    if (this.session && this.live === 'closed') void this.watch.run();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.watch.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('client') || changed.has('baseUrl') || !this.clientProvider.value) {
      this.clientProvider.setValue(this.resolveClient());
    }
    this.localeProvider.setValue(this.localeCtl.locale);
    if (changed.has('order' as keyof SuiviOrderStatus)) this.orderProvider.setValue(this.order);
  }

  private resolveClient(): SuiviClient | undefined {
    if (this.client) return this.client;
    if (!this.baseUrl) return undefined;
    if (this.ownClient?.baseUrl !== this.baseUrl) this.ownClient = { baseUrl: this.baseUrl, client: createSuiviClient({ baseUrl: this.baseUrl }) };
    return this.ownClient.client;
  }

  /** Runs one live watch; resolves once it has stopped (aborted, or closed after a fatal error). */
  private follow(session: OrderSession, signal: AbortSignal): Promise<void> {
    const client = this.clientProvider.value;
    if (!client) return Promise.resolve();
    return new Promise<void>((resolve) => {
      client.watchOrder(
        session,
        {
          onEvent: (event) => {
            if (this.session === session) this.order = event.order;
          },
          onStatus: (status) => {
            if (this.session !== session) return;
            this.live = status;
            if (status === 'closed') resolve();
          },
          onError: (error) => {
            if (this.session === session && isSessionOver(error)) void this.expireSession();
          },
        },
        { signal },
      );
      signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }

  /**
   * Loads the order's timeline and summary (started as the page connects, so they arrive while
   * the shopper types) and, once an order shows, the shopper's tools. When their code cannot be
   * fetched the order's page says so and offers to try again, instead of leaving gaps.
   */
  private readonly loadParts = async () => {
    try {
      await Promise.all([defineOrderView(), this.order ? defineShopperTools() : null]);
      this.partsFailed = false;
    } catch {
      this.partsFailed = true;
    }
  };

  private async onOrderFound(event: OrderFoundEvent) {
    this.sessionExpired = false;
    this.session = event.session;
    this.order = event.session.order;
    void this.loadParts();
    this.live = 'connecting';
    await this.updateComplete;
    this.heading?.focus();
  }

  /** The token was refused: back to the form, order number kept, with a word on why. */
  private async expireSession() {
    this.prefillOrderNumber = this.order?.orderNumber ?? '';
    this.forgetSession();
    this.sessionExpired = true;
    await this.updateComplete;
    this.lookupForm?.focus();
  }

  private async lookUpAnother() {
    this.prefillOrderNumber = '';
    this.sessionExpired = false;
    this.forgetSession();
    await this.updateComplete;
    this.lookupForm?.focus();
  }

  private forgetSession() {
    this.session = undefined;
    this.order = undefined;
    this.live = 'idle';
  }

  private get t() {
    return translator(statusMessages, this.localeCtl.locale);
  }

  /** A heading tag at the page's level plus `offset`, clamped to h1–h6. */
  private headingTag(offset: number) {
    return unsafeStatic(`h${Math.min(6, Math.max(1, Math.round(this.headingLevel) + offset))}`);
  }

  private statusLine(order: CustomerOrderView): string {
    const locale = this.localeCtl.locale;
    const parts = [FULFILLMENT_LABELS[locale][order.fulfillmentStatus], PAYMENT_LABELS[locale][order.payment.status]];
    if (order.state !== 'open') parts.unshift(ORDER_STATE_LABELS[locale][order.state]);
    return parts.join(' · ');
  }

  private renderLookup() {
    const tag = this.headingTag(0);
    return staticHtml`
      <section class="page" part="lookup">
        <header>
          <${tag} class="heading">${this.t('lookupHeading')}</${tag}>
          <p class="intro">${this.t('lookupIntro')}</p>
        </header>
        <p role="alert" part="notice" class="callout warning ${this.sessionExpired ? 'shown' : ''}">${this.sessionExpired ? this.t('sessionExpired') : nothing}</p>
        <suivi-order-lookup order-number=${this.prefillOrderNumber} @suivi-order-found=${this.onOrderFound}><slot name="help" slot="help"></slot></suivi-order-lookup>
      </section>
    `;
  }

  private renderOrder(order: CustomerOrderView) {
    const tag = this.headingTag(0);
    const locale = this.localeCtl.locale;
    const sectionLevel = Math.min(6, this.headingLevel + 1);
    return staticHtml`
      <article class="page" part="order" aria-labelledby="order-heading">
        <header>
          <${tag} id="order-heading" class="heading" part="heading" tabindex="-1">${this.t('orderHeading', { orderNumber: order.orderNumber })}</${tag}>
          <p class="meta" part="meta">
            ${this.t('placedOn', { date: formatDate(order.placedAt, locale) })} ·
            <span class="visually-hidden">${this.t('statusLine')}: </span>${this.statusLine(order)}
          </p>
          <p class="live" part="live" role="status" data-state=${this.live}>${this.live === 'idle' ? nothing : this.t(LIVE_MESSAGE_KEYS[this.live])}</p>
        </header>
        <slot name="message"></slot>
        ${this.partsFailed
          ? staticHtml`<div class="callout danger shown" part="notice" role="alert">
              <p>${this.t('partsUnavailable')}</p>
              <button class="button secondary" type="button" @click=${this.loadParts}>${this.t('retry')}</button>
            </div>`
          : nothing}
        <suivi-order-timeline .order=${order} heading-level=${sectionLevel}></suivi-order-timeline>
        <suivi-return-request .order=${order} .access=${this.session} heading-level=${sectionLevel}></suivi-return-request>
        <suivi-order-summary .order=${order} heading-level=${sectionLevel}></suivi-order-summary>
        <suivi-notification-preferences .access=${this.session} heading-level=${sectionLevel}></suivi-notification-preferences>
        <suivi-share-link .access=${this.session} heading-level=${sectionLevel}></suivi-share-link>
        <button class="button secondary again" part="again" type="button" @click=${this.lookUpAnother}>${this.t('lookUpAnother')}</button>
      </article>
    `;
  }

  protected override render() {
    return this.order ? this.renderOrder(this.order) : this.renderLookup();
  }
}
