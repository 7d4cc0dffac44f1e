import { Task } from '@lit/task';
import type { SharedOrderView } from '@suivi/model';
import { createSharedOrderClient, isSuiviError, type SuiviClient, type WatchStatus } from '@suivi/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdkClientController } from '../context/sdk-client-controller.ts';
import { formatDate } from '../i18n/format.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { calloutStyles } from '../styles/callout.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { sharedOrderMessages } from './messages.ts';
import { defineOrderView } from '../shared/order-view-loader.ts';

type Messages = Translate<(typeof sharedOrderMessages)['en']>;

/** What the page shows: the order, or why it cannot. */
type Shown =
  | { kind: 'loading' }
  | { kind: 'ready'; order: SharedOrderView }
  | { kind: 'expired' }
  | { kind: 'not_found' }
  | { kind: 'unavailable' };

const LIVE_KEYS = { connecting: 'liveConnecting', open: 'liveOpen', reconnecting: 'liveReconnecting', closed: 'liveClosed' } as const satisfies Record<WatchStatus, keyof (typeof sharedOrderMessages)['en']>;

/**
 * @summary The page a share link opens: an order's progress, items and map, followed live.
 *
 * Given the link's token (attribute `token`, e.g. from `?share=` in the address), it reads the
 * shared view, which by construction holds no address, payment, e-mail, phone, price or name,
 * and shows it with `<suivi-order-timeline>` (one section per parcel, with its map) and
 * `<suivi-order-summary>` (items and quantities only). Live events keep it current. An expired
 * link says so and what to do ("Ask the person who shared it for a new one"); a revoked or
 * unknown link says it does not work; a network failure offers "Try again". The shopper's own
 * access token is never involved: the share token is the only credential.
 *
 * @csspart page - The page (heading, notice, timeline and summary).
 * @csspart heading - The order's heading ("Order #1001"), or the heading of a notice.
 * @csspart intro - The sentence saying the order was shared and what stays private.
 * @csspart live - The discreet live-connection indicator.
 * @csspart notice - Why the order cannot be shown (expired, not found, unavailable).
 * @csspart retry - The "Try again" button after a network failure.
 *
 * @cssproperty --suivi-shared-order-max-width - Widest the page grows (default 48rem).
 * @cssproperty --suivi-shared-order-background - The page's own surface (default the theme's surface colour).
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang`.
 */
export class SuiviSharedOrder extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    css`
      :host {
        display: block;
        background: var(--suivi-shared-order-background, var(--_surface));
        padding: clamp(1rem, 3vw, 1.5rem);
        border-radius: var(--_radius);
      }
      .page {
        display: grid;
        gap: 1.5rem;
        max-inline-size: var(--suivi-shared-order-max-width, 48rem);
      }
      header {
        display: grid;
        gap: 0.25rem;
      }
      .heading {
        margin: 0;
        font-size: 1.75rem;
        line-height: 1.2;
      }
      .intro,
      .meta,
      .live {
        margin: 0;
        color: var(--_text-muted);
      }
      .live {
        font-size: 0.875rem;
      }
      .notice {
        display: grid;
        gap: 0.75rem;
        justify-items: start;
      }
      .notice p {
        margin: 0;
      }
    `,
  ];

  /** The share link's token (attribute `token`): the last part of the link, or its `share` parameter. */
  @property() token: string | undefined;

  /** The API (attribute `base-url`), e.g. `/api`; required unless `client` is set. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use instead of one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  /** Level (1–6) of the page's heading; the timeline's and summary's go one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 1;

  @state() private shown: Shown = { kind: 'loading' };

  @state() private live: WatchStatus | 'idle' = 'idle';

  private readonly localeCtl = new LocaleController(this);
  private readonly api = new SdkClientController(this, createSharedOrderClient);

  /** Reads the shared view, then follows it until the token or client changes (the signal aborts) or the link stops working. */
  private readonly follow = new Task(this, {
    args: () => [this.api.client, this.token] as const,
    task: async ([client, token], { signal }) => {
      this.live = 'idle';
      if (!client) return;
      if (!token) {
        this.shown = { kind: 'not_found' };
        return;
      }
      this.shown = { kind: 'loading' };
      try {
        this.shown = { kind: 'ready', order: await client.getSharedOrder(token, { signal }) };
      } catch (error) {
        if (!isSuiviError(error, 'aborted')) this.shown = { kind: this.failureKind(error) };
        return;
      }
      await new Promise<void>((resolve) => {
        client.watchSharedOrder(
          token,
          {
            onEvent: (event) => {
              this.shown = { kind: 'ready', order: event.order };
            },
            onStatus: (status) => {
              this.live = status;
              if (status === 'closed') resolve();
            },
            onError: (error) => {
              // The link stopped working while open: say so rather than keep showing the order.
              if (isSuiviError(error, 'link_expired') || isSuiviError(error, 'not_found')) this.shown = { kind: this.failureKind(error) };
            },
          },
          { signal },
        );
        signal.addEventListener('abort', () => resolve(), { once: true });
      });
    },
  });

  private failureKind(error: unknown): 'expired' | 'not_found' | 'unavailable' {
    if (isSuiviError(error, 'link_expired')) return 'expired';
    if (isSuiviError(error, 'not_found') || isSuiviError(error, 'invalid_input')) return 'not_found';
    return 'unavailable';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.follow.abort();
  }

  /** The code of the timeline and summary could not be fetched (see loadView). */
  @state() private viewFailed = false;

  /** The timeline and summary are defined: the order shows with both at once, not one after the other. */
  @state() private viewReady = false;

  /** Loads the timeline and summary while the order is fetched; says so, with a way to try again, when their code cannot be. */
  private readonly loadView = async () => {
    try {
      await defineOrderView();
      this.viewReady = true;
      this.viewFailed = false;
    } catch {
      this.viewFailed = true;
    }
  };

  override connectedCallback() {
    super.connectedCallback();
    void this.loadView();
    // Back in the page after a move: follow the order again.
    if (this.hasUpdated) void this.follow.run();
  }

  private get level(): number {
    return Math.min(6, Math.max(1, Math.round(this.headingLevel) || 1));
  }

  override render() {
    const t = translator(sharedOrderMessages, this.localeCtl.locale);
    switch (this.shown.kind) {
      case 'loading':
        return this.renderLoading(t);
      case 'ready':
        return this.viewReady || this.viewFailed ? this.renderOrder(this.shown.order, t) : this.renderLoading(t);
      case 'expired':
        return this.renderNotice(t('expiredHeading'), t('expiredBody'), 'warning', false, t);
      case 'not_found':
        return this.renderNotice(t('notFoundHeading'), t('notFoundBody'), 'warning', false, t);
      case 'unavailable':
        return this.renderNotice(t('unavailableHeading'), t('unavailableBody'), 'danger', true, t);
    }
  }

  private renderLoading(t: Messages) {
    return html`<div part="page" class="page"><p class="intro" role="status">${this.api.client ? t('loading') : nothing}</p></div>`;
  }

  private renderOrder(order: SharedOrderView, t: Messages) {
    const locale = this.localeCtl.locale;
    const sectionLevel = String(Math.min(6, this.level + 1));
    return html`<article part="page" class="page" aria-labelledby="shared-heading">
      <header>
        <div part="heading" class="heading" role="heading" aria-level=${this.level} id="shared-heading">${t('heading', { orderNumber: order.orderNumber })}</div>
        <p part="intro" class="intro">${t('sharedIntro')}</p>
        <p class="meta">${t('placedOn', { date: formatDate(order.placedAt, locale) })}</p>
        <p part="live" class="live" role="status">${this.live === 'idle' ? nothing : t(LIVE_KEYS[this.live])}</p>
      </header>
      ${this.viewFailed
        ? html`<div part="notice" class="notice callout danger shown" role="alert">
            <p>${t('viewUnavailable')}</p>
            <button part="retry" class="button secondary" type="button" @click=${this.loadView}>${t('retry')}</button>
          </div>`
        : nothing}
      <suivi-order-timeline .order=${order} heading-level=${sectionLevel}></suivi-order-timeline>
      <suivi-order-summary .order=${order} heading-level=${sectionLevel}></suivi-order-summary>
    </article>`;
  }

  private renderNotice(heading: string, body: string, tone: 'warning' | 'danger', retry: boolean, t: Messages) {
    return html`<section part="page" class="page" aria-labelledby="shared-heading">
      <div part="heading" class="heading" role="heading" aria-level=${this.level} id="shared-heading">${heading}</div>
      <div part="notice" class="notice callout ${tone} shown" role="alert">
        <p>${body}</p>
        ${retry ? html`<button part="retry" class="button secondary" type="button" @click=${() => this.follow.run()}>${t('retry')}</button>` : nothing}
      </div>
    </section>`;
  }
}
