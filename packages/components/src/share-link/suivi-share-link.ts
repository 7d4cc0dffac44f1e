import { Task } from '@lit/task';
import { DEFAULT_SHARE_LINK_DAYS, isShareLinkActive, type ShareLink } from '@suivi/model';
import { createShareLinkClient, isSuiviError, newIdempotencyKey, type OrderAccess, type SuiviClient } from '@suivi/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdkClientController } from '../context/sdk-client-controller.ts';
import { formatRelative } from '../i18n/format.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { calloutStyles } from '../styles/callout.ts';
import { cardStyles } from '../styles/card.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { copyText } from '../shared/copy-text.ts';
import { writeMayHaveHappened } from '../shared/write-may-have-happened.ts';
import { shareLinkMessages } from './messages.ts';

type Messages = Translate<(typeof shareLinkMessages)['en']>;

/** The lifetimes offered, in days: a day for a quick question, a week by default, a month for a long wait. */
export const SHARE_LINK_LIFETIMES = [1, DEFAULT_SHARE_LINK_DAYS, 30] as const;

type Failure = 'create' | 'revoke' | 'session';

let nextId = 0;

/**
 * @summary Lets a shopper share the order's progress with a link, copy it, and stop sharing.
 *
 * "Share progress" makes a link (working 1, 7 or 30 days) that opens the order's shared view:
 * progress, items and map, never the shopper's address, payment or contact details. The link
 * shows in a read-only field, selected and focused so it can be copied at once, with a "Copy
 * link" button and when it expires ("Expires in 7 days"). Every link that is not revoked is
 * listed, expired ones saying so, each with "Stop sharing". Needs the order's access (`access`)
 * and a client (`client`, `base-url`, or an enclosing `<suivi-order-status>`).
 *
 * @csspart card - The card around everything.
 * @csspart heading - The "Share this order" heading.
 * @csspart lifetime - The select for how long a new link works.
 * @csspart create-button - The "Share progress" button.
 * @csspart links - The list of links.
 * @csspart link - One link: its address, expiry and buttons.
 * @csspart link-url - The read-only field holding a link's address.
 * @csspart expiry - When a link expires (or that it has).
 * @csspart copy-button - A link's "Copy link" button.
 * @csspart revoke-button - A link's "Stop sharing" button.
 * @csspart status - The polite line saying what just happened (created, copied, stopped).
 * @csspart alert - What went wrong.
 *
 * @cssproperty --suivi-share-link-background - The card's background. Defaults to the surface colour.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviShareLink extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    cardStyles,
    css`
      :host {
        --_card-background: var(--suivi-share-link-background, var(--_surface));
      }
      .create {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 0.75rem;
      }
      .lifetime {
        display: grid;
        gap: 0.25rem;
      }
      .lifetime label {
        font-weight: 600;
      }
      .links-heading {
        font-weight: 700;
        margin: 0;
      }
      .links {
        display: grid;
        gap: 0.75rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .link {
        display: grid;
        gap: 0.5rem;
        padding-block-start: 0.75rem;
        border-block-start: 1px solid var(--_border);
      }
      .link label {
        font-weight: 600;
      }
      .link-url {
        inline-size: 100%;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.875rem;
        background: var(--_surface-raised);
      }
      .link.expired .link-url {
        text-decoration: line-through;
        color: var(--_text-muted);
      }
      .expiry {
        margin: 0;
        font-size: 0.875rem;
        color: var(--_text-muted);
      }
      .link.expired .expiry {
        color: var(--_warning);
        font-weight: 600;
      }
      .link-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  /** The order to share, as the lookup gave it (`session` from `suivi-order-found`). */
  @property({ attribute: false }) access: OrderAccess | undefined;

  /** The API (attribute `base-url`), when neither `client` nor an enclosing provider gives one. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use instead of the provided one or one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  /** Level (1–6) of the card's heading, so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The links not revoked, newest first; undefined until loaded. */
  @state() private links: ShareLink[] | undefined;

  @state() private lifetimeDays: number = DEFAULT_SHARE_LINK_DAYS;

  @state() private busy: 'create' | string | null = null;

  /** The polite line: what just happened. */
  @state() private status = '';

  @state() private failure: Failure | null = null;

  private readonly localeCtl = new LocaleController(this);
  private readonly api = new SdkClientController(this, createShareLinkClient);
  private readonly ids = `suivi-share-link-${++nextId}`;
  private requests: AbortController | undefined;

  /**
   * Links made or stopped while the list is loading: the list may have been read before them, so
   * they are applied on top of it rather than lost (a link shown, then gone) or brought back.
   */
  private changedWhileLoading = { created: [] as ShareLink[], revoked: new Set<string>() };

  /**
   * The attempt at making a link that has not been seen to succeed: its Idempotency-Key is sent
   * again by Try again, so a link whose answer was lost is given back rather than made twice. A
   * different request (another order, another lifetime) is a new attempt with a new key.
   */
  private pendingCreate: { orderId: string; days: number; key: string } | null = null;

  private readonly load = new Task(this, {
    args: () => [this.api.client, this.access] as const,
    task: async ([client, access], { signal }) => {
      if (!client || !access) return undefined;
      this.changedWhileLoading = { created: [], revoked: new Set() };
      const listed = await client.listShareLinks(access, { signal });
      const { created, revoked } = this.changedWhileLoading;
      const links = [...created, ...listed.filter((link) => !created.some((other) => other.id === link.id))].filter((link) => !revoked.has(link.id));
      this.links = links;
      return links;
    },
  });

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.requests?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('access') && changed.get('access')?.orderId !== this.access?.orderId) {
      this.links = undefined;
      this.status = '';
      this.failure = null;
    }
  }

  private get t(): Messages {
    return translator(shareLinkMessages, this.localeCtl.locale);
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  private signal(): AbortSignal {
    this.requests ??= new AbortController();
    return this.requests.signal;
  }

  private failed(error: unknown, what: Failure) {
    if (isSuiviError(error, 'aborted')) return;
    this.failure = isSuiviError(error, 'token_expired') || isSuiviError(error, 'unauthorized') ? 'session' : what;
  }

  private async create() {
    const client = this.api.client;
    if (!client || !this.access || this.busy) return;
    this.busy = 'create';
    this.failure = null;
    this.status = this.t('creating');
    const access = this.access;
    const known = this.links ? new Set(this.links.map((link) => link.id)) : null;
    const days = this.lifetimeDays;
    const pending = this.pendingCreate;
    const attempt = pending && pending.orderId === access.orderId && pending.days === days ? pending : { orderId: access.orderId, days, key: newIdempotencyKey() };
    this.pendingCreate = attempt;
    try {
      let link: ShareLink;
      try {
        link = await client.createShareLink(access, { expiresInDays: days }, { signal: this.signal(), idempotencyKey: attempt.key });
      } catch (error) {
        // The answer was lost but the link may exist: making another would leave one live that
        // the shopper never saw. The list, read again, says which.
        const made = writeMayHaveHappened(error) && known ? await this.linkMadeSince(known, access) : null;
        if (!made) throw error;
        link = made;
      }
      // Seen: the next "Create" is a new link.
      if (this.pendingCreate === attempt) this.pendingCreate = null;
      this.changedWhileLoading.created.unshift(link);
      this.links = [link, ...(this.links ?? []).filter((other) => other.id !== link.id)];
      this.status = this.t('created');
      await this.updateComplete;
      // Ready to copy with the keyboard at once: focused and selected.
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#${this.fieldId(link)}`);
      field?.focus();
      field?.select();
    } catch (error) {
      this.status = '';
      this.failed(error, 'create');
    } finally {
      this.busy = null;
    }
  }

  /** A link on the order's list that is not in `known` (the links shown before creating), or null, also when the list cannot be read. */
  private async linkMadeSince(known: ReadonlySet<string>, access: OrderAccess): Promise<ShareLink | null> {
    const client = this.api.client;
    if (!client) return null;
    try {
      const listed = await client.listShareLinks(access, { signal: this.signal() });
      return listed.find((link) => !known.has(link.id)) ?? null;
    } catch {
      return null;
    }
  }

  private async copy(link: ShareLink) {
    // Emptied first, so copying twice is announced twice.
    this.status = '';
    await this.updateComplete;
    const copied = await copyText(link.url);
    if (!copied) {
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#${this.fieldId(link)}`);
      field?.focus();
      field?.select();
    }
    this.status = copied ? this.t('copied') : this.t('copyFailed');
  }

  private async revoke(link: ShareLink) {
    const client = this.api.client;
    if (!client || !this.access || this.busy) return;
    this.busy = link.id;
    this.failure = null;
    this.status = '';
    try {
      try {
        await client.revokeShareLink(this.access, link.id, { signal: this.signal() });
      } catch (error) {
        // Already revoked: an earlier attempt whose answer was lost did it. The link no longer
        // opens the order, which is what the shopper asked for.
        if (!isSuiviError(error, 'not_found')) throw error;
      }
      this.changedWhileLoading.revoked.add(link.id);
      this.links = (this.links ?? []).filter((other) => other.id !== link.id);
      this.status = this.t('revoked');
      await this.updateComplete;
      // The link's buttons are gone: focus goes back to where sharing starts.
      this.renderRoot.querySelector<HTMLButtonElement>('.create-button')?.focus();
    } catch (error) {
      this.failed(error, 'revoke');
    } finally {
      this.busy = null;
    }
  }

  private fieldId(link: ShareLink): string {
    return `${this.ids}-${link.id.replace(/[^\w-]/g, '')}`;
  }

  override render() {
    const t = this.t;
    const headingId = `${this.ids}-heading`;
    const lifetimeId = `${this.ids}-lifetime`;
    return html`<section part="card" class="card" aria-labelledby=${headingId}>
      <div part="heading" class="card-heading" role="heading" aria-level=${this.level} id=${headingId}>${t('heading')}</div>
      <p class="intro">${t('intro')}</p>
      <div class="create">
        <div class="lifetime">
          <label for=${lifetimeId}>${t('lifetime')}</label>
          <select part="lifetime" id=${lifetimeId} @change=${(event: Event) => (this.lifetimeDays = Number((event.target as HTMLSelectElement).value))}>
            ${SHARE_LINK_LIFETIMES.map((days) => html`<option value=${days} ?selected=${days === this.lifetimeDays}>${t('days', { count: days })}</option>`)}
          </select>
        </div>
        <button
          part="create-button"
          class="button create-button"
          type="button"
          aria-disabled=${this.busy === 'create' || !this.access ? 'true' : 'false'}
          @click=${this.create}
        >
          ${t('create')}
        </button>
      </div>
      <p part="status" class="status" role="status">${this.status}</p>
      ${this.renderFailure(t)} ${this.links?.length ? this.renderLinks(this.links, t) : nothing}
    </section>`;
  }

  private renderFailure(t: Messages) {
    if (this.load.error && !this.links) {
      return html`<div part="alert" class="callout danger shown" role="alert">
        <p>${isSuiviError(this.load.error, 'token_expired') ? t('sessionOver') : t('loadFailed')}</p>
        <button class="button secondary" type="button" @click=${() => this.load.run()}>${t('retry')}</button>
      </div>`;
    }
    const message = this.failure === 'session' ? t('sessionOver') : this.failure === 'create' ? t('createFailed') : this.failure === 'revoke' ? t('revokeFailed') : '';
    return html`<p part="alert" class="callout danger ${message ? 'shown' : ''}" role="alert">${message}</p>`;
  }

  private renderLinks(links: ShareLink[], t: Messages) {
    const locale = this.localeCtl.locale;
    const now = Date.now();
    const listHeadingId = `${this.ids}-links`;
    return html`<p class="links-heading" id=${listHeadingId}>${t('linksHeading')}</p>
      <ul part="links" class="links" aria-labelledby=${listHeadingId}>
        ${links.map((link, position) => {
          const index = position + 1;
          const active = isShareLinkActive(link, now);
          const fieldId = this.fieldId(link);
          const expiryId = `${fieldId}-expiry`;
          // A minute's grace: a one-day link made a moment ago has 23 h 59 left, and reads "tomorrow", not "in 24 hours".
          const relative = formatRelative(link.expiresAt, locale, now - 60_000);
          return html`<li part="link" class="link ${active ? '' : 'expired'}">
            <label for=${fieldId}>${t('linkLabel', { index })}</label>
            <input part="link-url" class="link-url" id=${fieldId} type="text" readonly .value=${link.url} aria-describedby=${expiryId} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />
            <p part="expiry" class="expiry" id=${expiryId}>${active ? t('expiresIn', { relative }) : t('expiredAgo', { relative })}</p>
            <div class="link-actions">
              ${active
                ? html`<button part="copy-button" class="button secondary" type="button" @click=${() => this.copy(link)}>
                    ${t('copy')}<span class="visually-hidden"> ${t('whichLink', { index })}</span>
                  </button>`
                : nothing}
              <button part="revoke-button" class="button secondary" type="button" aria-disabled=${this.busy === link.id ? 'true' : 'false'} @click=${() => this.revoke(link)}>
                ${t('revoke')}<span class="visually-hidden"> ${t('whichLink', { index })}</span>
              </button>
            </div>
          </li>`;
        })}
      </ul>`;
  }
}
