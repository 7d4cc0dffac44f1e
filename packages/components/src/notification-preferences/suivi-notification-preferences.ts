import { Task } from '@lit/task';
import type { NotificationPreferences, NotificationSettings } from '@suivi/model';
import { createNotificationClient, isSuiviError, type NotificationClient, type OrderAccess, type SuiviClient } from '@suivi/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SdkClientController } from '../context/sdk-client-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator } from '../i18n/messages.ts';
import { writeMayHaveHappened } from '../shared/write-may-have-happened.ts';
import { calloutStyles } from '../styles/callout.ts';
import { cardStyles } from '../styles/card.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { notificationMessages } from './messages.ts';

type Channel = keyof NotificationPreferences;
type Messages = ReturnType<typeof translator<(typeof notificationMessages)['en']>>;

/**
 * Why a save failed: refused, the session over, or the request failed before the server acted
 * (`network`); after a lost or unreadable answer, either the choices read again show it not saved
 * (`not_saved`) or they could not be read (`unconfirmed`: it may be saved).
 */
type FailReason = 'network' | 'no_phone' | 'session' | 'not_saved' | 'unconfirmed';

/** What the last save said: a polite confirmation, or an alert after the switch went back. */
type Outcome = { kind: 'saved'; channel: Channel; on: boolean } | { kind: 'failed'; reason: FailReason } | null;

let nextId = 0;

/**
 * @summary The shopper's choice of e-mail and SMS updates for one order, saved as they flip it.
 *
 * Two switches (checkboxes with the switch role, so a screen reader says "on"/"off"): "E-mail
 * updates" and "SMS updates to •••• 78" (read as "the number ending in 78"; the whole number never
 * shows). Each change is saved at once and confirmed politely; if saving fails, the switch goes
 * back to what is saved and an alert says why. When the answer is lost or cannot be read (the
 * server may have saved it), the choices are read again: saved, it is confirmed; not saved, the
 * switch shows what is, and the alert says so; unreadable, the alert says it may already be saved. Without a phone number on the order, the SMS switch
 * is off and disabled with a sentence saying so. Needs the order's access (`access`, from the
 * lookup) and a client (`client`, `base-url`, or an enclosing `<suivi-order-status>`).
 *
 * @csspart card - The card around everything.
 * @csspart heading - The "Order updates" heading.
 * @csspart switch - Each switch (an `<input type="checkbox" role="switch">`).
 * @csspart status - The polite confirmation after a save.
 * @csspart alert - What went wrong with a save, or with loading the choices.
 *
 * @cssproperty --suivi-notification-preferences-background - The card's background. Defaults to the surface colour.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviNotificationPreferences extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    cardStyles,
    css`
      :host {
        --_card-background: var(--suivi-notification-preferences-background, var(--_surface));
      }
      .switches {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.75rem;
        min-block-size: 2.75rem;
        cursor: pointer;
      }
      /* A switch drawn over the native checkbox, which keeps its keyboard and screen-reader behaviour. */
      input[role='switch'] {
        appearance: none;
        flex: none;
        position: relative;
        inline-size: 2.75rem;
        block-size: 1.5rem;
        min-block-size: 0;
        padding: 0;
        margin: 0;
        border: 2px solid var(--_text-muted);
        border-radius: 1rem;
        background: var(--_surface);
        cursor: inherit;
      }
      input[role='switch']::before {
        content: '';
        position: absolute;
        inset-block-start: 2px;
        inset-inline-start: 2px;
        inline-size: 1rem;
        block-size: 1rem;
        border-radius: 50%;
        background: var(--_text-muted);
        transition: translate 120ms ease-out;
      }
      input[role='switch']:checked {
        border-color: var(--_accent);
        background: var(--_accent);
      }
      input[role='switch']:checked::before {
        translate: 1.25rem 0;
        background: var(--_accent-contrast);
      }
      :host(:dir(rtl)) input[role='switch']:checked::before {
        translate: -1.25rem 0;
      }
      input[role='switch']:disabled {
        opacity: 0.6;
      }
      label:has(input:disabled) {
        cursor: not-allowed;
      }
      @media (prefers-reduced-motion: reduce) {
        input[role='switch']::before {
          transition: none;
        }
      }
      @media (forced-colors: active) {
        input[role='switch'] {
          border-color: CanvasText;
        }
        input[role='switch']::before {
          background: CanvasText;
        }
        input[role='switch']:checked {
          background: Highlight;
          border-color: Highlight;
        }
        input[role='switch']:checked::before {
          background: HighlightText;
        }
      }
    `,
  ];

  /** The order to change, as the lookup gave it (`session` from `suivi-order-found`). */
  @property({ attribute: false }) access: OrderAccess | undefined;

  /** The API (attribute `base-url`), when neither `client` nor an enclosing provider gives one. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use instead of the provided one or one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  /** Level (1–6) of the card's heading, so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What is saved on the server (the switches show this, or the change being saved). */
  @state() private saved: NotificationSettings | undefined;

  /** The channel being saved and the value asked for, while the request is in flight. */
  @state() private pending: { channel: Channel; on: boolean } | null = null;

  @state() private outcome: Outcome = null;

  private readonly localeCtl = new LocaleController(this);
  private readonly api = new SdkClientController(this, createNotificationClient);
  private readonly ids = `suivi-notification-preferences-${++nextId}`;

  private readonly load = new Task(this, {
    args: () => [this.api.client, this.access] as const,
    task: async ([client, access], { signal }) => {
      if (!client || !access) return undefined;
      const settings = await client.getNotificationSettings(access, { signal });
      this.saved = settings;
      return settings;
    },
  });

  /** Aborts the save in flight when the element leaves the page. */
  private saving: AbortController | undefined;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.saving?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('access') && changed.get('access')?.orderId !== this.access?.orderId) {
      this.saved = undefined;
      this.outcome = null;
    }
  }

  private get t(): Messages {
    return translator(notificationMessages, this.localeCtl.locale);
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  /** What a switch shows: the value being saved, else the saved one. */
  private shown(channel: Channel): boolean {
    if (this.pending?.channel === channel) return this.pending.on;
    return this.saved?.[channel] ?? false;
  }

  private async toggle(channel: Channel, event: Event) {
    const input = event.target as HTMLInputElement;
    const client = this.api.client;
    if (!this.saved || !client || !this.access || this.pending) {
      // One save at a time: the switch stays as it was until the first one is answered.
      input.checked = this.shown(channel);
      return;
    }
    const on = input.checked;
    const wanted: NotificationPreferences = { email: this.saved.email, sms: this.saved.sms, [channel]: on };
    this.pending = { channel, on };
    this.outcome = null;
    this.saving = new AbortController();
    try {
      this.saved = await client.setNotificationPreferences(this.access, wanted, { signal: this.saving.signal });
      this.outcome = { kind: 'saved', channel, on };
    } catch (error) {
      if (isSuiviError(error, 'aborted')) return;
      if (writeMayHaveHappened(error)) {
        this.outcome = await this.checkLostSave(client, this.access, channel, on, this.saving.signal);
        return;
      }
      const reason = isSuiviError(error, 'unprocessable') && error.refusal?.code === 'no_phone'
        ? 'no_phone'
        : isSuiviError(error, 'token_expired') || isSuiviError(error, 'unauthorized')
          ? 'session'
          : 'network';
      this.outcome = { kind: 'failed', reason };
    } finally {
      this.pending = null;
    }
  }

  /**
   * After a save whose answer was lost or unreadable: reads the choices again (the switch still
   * shows the change, and the card stays busy, meanwhile) so the switches show what the server
   * holds, and says what that is.
   */
  private async checkLostSave(client: NotificationClient, access: OrderAccess, channel: Channel, on: boolean, signal: AbortSignal): Promise<Outcome> {
    try {
      this.saved = await client.getNotificationSettings(access, { signal });
    } catch {
      return { kind: 'failed', reason: 'unconfirmed' };
    }
    return this.saved[channel] === on ? { kind: 'saved', channel, on } : { kind: 'failed', reason: 'not_saved' };
  }

  override render() {
    const t = this.t;
    const headingId = `${this.ids}-heading`;
    return html`<section part="card" class="card" aria-labelledby=${headingId} aria-busy=${this.pending ? 'true' : 'false'}>
      <div part="heading" class="card-heading" role="heading" aria-level=${this.level} id=${headingId}>${t('heading')}</div>
      <p class="intro">${t('intro')}</p>
      ${this.saved ? this.renderSwitches(this.saved, t) : this.renderLoading(t)}
      <p part="status" class="status" role="status">${this.outcome?.kind === 'saved' ? this.savedMessage(this.outcome, t) : nothing}</p>
      <p part="alert" class="callout danger ${this.outcome?.kind === 'failed' ? 'shown' : ''}" role="alert">
        ${this.outcome?.kind === 'failed' ? this.failedMessage(this.outcome.reason, t) : nothing}
      </p>
    </section>`;
  }

  private renderLoading(t: Messages) {
    if (!this.load.error) return html`<p class="hint">${this.access ? t('loading') : nothing}</p>`;
    return html`<div class="callout danger shown" part="alert" role="alert">
      <p>${t('loadFailed')}</p>
      <button class="button secondary" type="button" @click=${() => this.load.run()}>${t('retry')}</button>
    </div>`;
  }

  private renderSwitches(settings: NotificationSettings, t: Messages) {
    const noPhoneId = `${this.ids}-no-phone`;
    return html`<ul class="switches">
      <li>
        <label>
          <input part="switch" type="checkbox" role="switch" .checked=${this.shown('email')} @change=${(event: Event) => this.toggle('email', event)} />
          <span>${t('email')}</span>
        </label>
      </li>
      <li>
        <label>
          <input
            part="switch"
            type="checkbox"
            role="switch"
            .checked=${this.shown('sms')}
            ?disabled=${!settings.smsAvailable}
            aria-describedby=${settings.smsAvailable ? nothing : noPhoneId}
            @change=${(event: Event) => this.toggle('sms', event)}
          />
          ${settings.phoneEnding
            ? html`<span aria-hidden="true">${t('smsVisible', { ending: settings.phoneEnding })}</span
                ><span class="visually-hidden">${t('smsSpoken', { ending: settings.phoneEnding })}</span>`
            : html`<span>${t('smsPlain')}</span>`}
        </label>
        ${settings.smsAvailable ? nothing : html`<p class="hint" id=${noPhoneId}>${t('noPhone')}</p>`}
      </li>
    </ul>`;
  }

  private savedMessage(outcome: { channel: Channel; on: boolean }, t: Messages): string {
    if (outcome.channel === 'email') return outcome.on ? t('savedEmailOn') : t('savedEmailOff');
    return outcome.on ? t('savedSmsOn') : t('savedSmsOff');
  }

  private failedMessage(reason: FailReason, t: Messages): string {
    switch (reason) {
      case 'no_phone':
        return t('saveRefusedNoPhone');
      case 'session':
        return t('sessionOver');
      case 'not_saved':
        return t('unconfirmedNotSaved');
      case 'unconfirmed':
        return t('unconfirmed');
      default:
        return t('saveFailed');
    }
  }
}
