import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { normalizeEmail, normalizeOrderNumber } from '@suivi/model';
import { createOrderLookupClient, isSuiviError, type OrderLookupClient, type OrderSession, type SuiviClient } from '@suivi/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { clientContext } from '../context/client-context.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator } from '../i18n/messages.ts';
import { calloutStyles } from '../styles/callout.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { lookupFailureOf, type LookupFailure } from './lookup-failure.ts';
import { lookupMessages, type LookupMessageKey } from './messages.ts';
import { OrderFoundEvent } from './order-found-event.ts';
import { RetryCountdown } from './retry-countdown.ts';
import { LOOKUP_FIELDS, firstError, type LookupField } from './validators.ts';

/** Ids of each field's input, hint and error inside the shadow root, for labels and aria-describedby. */
const FIELD_IDS: Record<LookupField, { input: string; hint: string | null; error: string }> = {
  orderNumber: { input: 'order-number', hint: 'order-number-hint', error: 'order-number-error' },
  email: { input: 'email', hint: null, error: 'email-error' },
};

/** Fields in the order a person meets them, so "focus the first invalid field" means the top one. */
const FIELD_ORDER: readonly LookupField[] = ['orderNumber', 'email'];

/** How far a person has gone with one field; feedback waits until they are done with it. */
interface FieldProgress {
  /** They typed something. */
  dirty: boolean;
  /** They left the field after typing. */
  touched: boolean;
}

/**
 * @summary The order lookup form: a shopper finds their order with its number and their e-mail.
 *
 * Validates as a person expects (nothing is flagged before they have finished with a field or
 * tried to submit), keeps what they typed whatever goes wrong, and says one clear thing per
 * failure: no such order, too many attempts (with the time left), or the service is down (with
 * a "Try again" button). The SDK client comes from the `client` property, else from `base-url`,
 * else from an enclosing `<suivi-order-status>` (through context).
 *
 * @fires suivi-order-found - An `OrderFoundEvent` whose `session` holds the access token and the order.
 *
 * @slot help - Under the form: where shoppers find their order number, how to reach the shop.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 *
 * @csspart form - The `<form>`.
 * @csspart field - The wrapper of one label, hint, input and error.
 * @csspart label - A field's label.
 * @csspart hint - The help text under the order number's label.
 * @csspart input - Each text input.
 * @csspart field-error - A field's validation message.
 * @csspart alert - The region that reports a failed lookup.
 * @csspart submit - The submit button.
 * @csspart retry - The "Try again" button shown when the service was unavailable.
 *
 * @cssproperty --suivi-order-lookup-max-width - Widest the form grows (default 28rem).
 * @cssproperty --suivi-order-lookup-gap - Space between fields (default 1rem).
 * @cssproperty --suivi-order-lookup-background - Behind the form (default the surface colour).
 * @cssproperty --suivi-order-lookup-padding - Around the form (default 0).
 */
export class SuiviOrderLookup extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    css`
      :host {
        display: block;
        --_max-width: var(--suivi-order-lookup-max-width, 28rem);
        --_gap: var(--suivi-order-lookup-gap, var(--_space));
        /* Its own surface, so that theme="dark" on a light page (or the reverse) stays legible. */
        background: var(--suivi-order-lookup-background, var(--_surface));
        padding: var(--suivi-order-lookup-padding, 0);
      }
      form {
        display: grid;
        gap: var(--_gap);
        max-inline-size: var(--_max-width);
      }
      slot[name='help']::slotted(*) {
        margin-block: var(--_gap) 0;
        max-inline-size: var(--_max-width);
        color: var(--_text-muted);
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      label {
        font-weight: 600;
      }
      .hint {
        margin: 0;
        color: var(--_text-muted);
        font-size: 0.875rem;
      }
      input {
        font: inherit;
        min-height: 2.75rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
      }
      input:focus-visible {
        outline: 2px solid var(--_accent);
        outline-offset: 1px;
      }
      input[aria-invalid='true'] {
        border-color: var(--_danger);
        border-width: 2px;
      }
      input[readonly] {
        background: var(--_surface-raised);
      }
      .field-error {
        margin: 0;
        color: var(--_danger);
        font-size: 0.875rem;
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      @media (forced-colors: active) {
        input[aria-invalid='true'] {
          border-color: Mark;
        }
      }
    `,
  ];

  /** The order number to start with (attribute `order-number`); it follows what the shopper types. */
  @property({ attribute: 'order-number' }) orderNumber = '';

  /** The e-mail to start with (attribute `email`); it follows what the shopper types. */
  @property() email = '';

  /** The API to ask (attribute `base-url`), when neither `client` nor an enclosing provider gives one. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use instead of the provided one or one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  @state() private progress: Record<LookupField, FieldProgress> = {
    orderNumber: { dirty: false, touched: false },
    email: { dirty: false, touched: false },
  };

  /** Set by the first submit attempt: from then on every field shows its feedback. */
  @state() private submitAttempted = false;

  /** What went wrong with the last lookup, until the shopper tries again. */
  @state() private failure: LookupFailure | null = null;

  @query('form') private form!: HTMLFormElement;
  @query('button[type="submit"]') private submitButton!: HTMLButtonElement;

  private readonly localeCtl = new LocaleController(this);
  private readonly countdown = new RetryCountdown(this);
  private readonly providedClient = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private ownClient: { baseUrl: string; client: OrderLookupClient } | undefined;

  /**
   * The request in flight. Running it again aborts the previous one (its signal reaches fetch),
   * so a double submit can never let an older answer win.
   */
  private readonly lookup = new Task(this, {
    autoRun: false,
    task: async ([request]: [{ orderNumber: string; email: string }], { signal }): Promise<OrderSession> =>
      this.resolveClient().lookupOrder(request, { signal }),
    onComplete: (session) => {
      this.failure = null;
      this.dispatchEvent(new OrderFoundEvent(session));
    },
    onError: (error) => this.handleFailure(error),
  });

  /** True while a lookup is in flight. */
  get busy(): boolean {
    return this.lookup.status === TaskStatus.PENDING;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.lookup.abort();
  }

  protected override willUpdate() {
    // A rate limit that has run out is no longer news: drop its message and let them try.
    if (this.failure?.kind === 'rate_limited' && !this.countdown.active) this.failure = null;
  }

  protected override updated() {
    for (const field of FIELD_ORDER) {
      const input = this.inputFor(field);
      const error = this.currentError(field);
      input?.setCustomValidity(error ? this.t(error) : '');
    }
  }

  private get t() {
    return translator(lookupMessages, this.localeCtl.locale);
  }

  private resolveClient(): OrderLookupClient {
    if (this.client) return this.client;
    if (this.baseUrl) {
      if (this.ownClient?.baseUrl !== this.baseUrl) this.ownClient = { baseUrl: this.baseUrl, client: createOrderLookupClient({ baseUrl: this.baseUrl }) };
      return this.ownClient.client;
    }
    if (this.providedClient.value) return this.providedClient.value;
    throw new Error('<suivi-order-lookup> has no API: set base-url, set the client property, or place it inside <suivi-order-status>.');
  }

  private fieldValue(field: LookupField): string {
    return field === 'orderNumber' ? this.orderNumber : this.email;
  }

  private inputFor(field: LookupField): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${FIELD_IDS[field].input}`);
  }

  /** What is wrong with a field right now, shown or not: the server's word first, then the form's rules. */
  private currentError(field: LookupField): LookupMessageKey | null {
    const fromServer = this.failure?.kind === 'invalid_input' ? this.failure.fields[field] : undefined;
    return fromServer ?? firstError(LOOKUP_FIELDS[field], this.fieldValue(field));
  }

  /** The error to show: only once the person has finished with the field or tried to submit. */
  private visibleError(field: LookupField): LookupMessageKey | null {
    const { dirty, touched } = this.progress[field];
    const serverSaid = this.failure?.kind === 'invalid_input' && this.failure.fields[field] !== undefined;
    return serverSaid || this.submitAttempted || (dirty && touched) ? this.currentError(field) : null;
  }

  private onInput(field: LookupField, event: Event) {
    const value = (event.target as HTMLInputElement).value;
    if (field === 'orderNumber') this.orderNumber = value;
    else this.email = value;
    this.progress = { ...this.progress, [field]: { ...this.progress[field], dirty: true } };
    // What the server said about this field no longer applies to the new value.
    if (this.failure?.kind === 'invalid_input' && this.failure.fields[field]) {
      const fields = { ...this.failure.fields };
      delete fields[field];
      this.failure = { kind: 'invalid_input', fields };
    }
  }

  private onBlur(field: LookupField) {
    if (this.progress[field].dirty && !this.progress[field].touched) {
      this.progress = { ...this.progress, [field]: { ...this.progress[field], touched: true } };
    }
  }

  private onSubmit(event: SubmitEvent) {
    event.preventDefault();
    void this.attemptLookup();
  }

  /** Validates, then looks the order up; with errors, takes the person to the first one instead. */
  private async attemptLookup() {
    if (this.busy || this.countdown.active) return;
    this.submitAttempted = true;
    const invalid = FIELD_ORDER.find((field) => firstError(LOOKUP_FIELDS[field], this.fieldValue(field)) !== null);
    if (invalid) {
      await this.updateComplete;
      this.inputFor(invalid)?.focus();
      return;
    }
    this.failure = null;
    void this.lookup.run([
      {
        orderNumber: normalizeOrderNumber(this.orderNumber) ?? this.orderNumber.trim(),
        email: normalizeEmail(this.email),
      },
    ]);
  }

  /**
   * The "Try again" button goes away while the retry runs, so focus first moves to the submit
   * button, which then says "Looking up your order…"; otherwise focus would fall to the page.
   */
  private onRetry() {
    this.submitButton.focus();
    void this.attemptLookup();
  }

  private async handleFailure(error: unknown) {
    const failure = lookupFailureOf(error);
    if (!failure) return;
    // Not an SDK error means a page set the element up wrongly; say so to its developer too.
    if (!isSuiviError(error)) console.error(error);
    this.failure = failure;
    if (failure.kind === 'rate_limited') this.countdown.start(failure.retryAt);
    if (failure.kind === 'invalid_input') {
      const field = FIELD_ORDER.find((name) => failure.fields[name] !== undefined);
      await this.updateComplete;
      if (field) this.inputFor(field)?.focus();
    }
  }

  /** The sentence for the alert region, or null when there is nothing to report. */
  private failureMessage(): string | null {
    const failure = this.failure;
    if (!failure) return null;
    switch (failure.kind) {
      case 'not_found':
        return this.t('notFound');
      case 'unavailable':
        return this.t('unavailable');
      case 'invalid_input':
        return this.t('invalidInput');
      case 'rate_limited': {
        // Whole minutes, rounded up, so the text changes (and is announced) at most once a minute.
        const minutes = Math.ceil(this.countdown.remainingMs / 60_000);
        if (minutes < 1) return this.t('rateLimitedSoon');
        const wait = new Intl.RelativeTimeFormat(this.localeCtl.locale, { numeric: 'always' }).format(minutes, 'minute');
        return this.t('rateLimited', { wait });
      }
    }
  }

  private renderField(field: LookupField, label: string, attributes: { type: string; inputmode: string; autocomplete: string }) {
    const ids = FIELD_IDS[field];
    const error = this.visibleError(field);
    const describedBy = [ids.hint, error ? ids.error : null].filter(Boolean).join(' ');
    return html`
      <div class="field" part="field">
        <label for=${ids.input} part="label">${label}</label>
        ${ids.hint ? html`<p id=${ids.hint} class="hint" part="hint">${this.t('orderNumberHint')}</p>` : nothing}
        <input
          id=${ids.input}
          part="input"
          name=${field}
          type=${attributes.type}
          inputmode=${attributes.inputmode}
          autocomplete=${attributes.autocomplete}
          autocapitalize="none"
          spellcheck="false"
          required
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy || undefined)}
          ?readonly=${this.busy}
          .value=${live(this.fieldValue(field))}
          @input=${(event: Event) => this.onInput(field, event)}
          @blur=${() => this.onBlur(field)}
        />
        ${error ? html`<p id=${ids.error} class="field-error" part="field-error">${this.t(error)}</p>` : nothing}
      </div>
    `;
  }

  protected override render() {
    const message = this.failureMessage();
    const inactive = this.busy || this.countdown.active;
    const showRetry = this.failure?.kind === 'unavailable' && !this.busy;
    return html`
      <form part="form" novalidate aria-label=${this.t('formLabel')} @submit=${this.onSubmit}>
        ${this.renderField('orderNumber', this.t('orderNumberLabel'), { type: 'text', inputmode: 'text', autocomplete: 'off' })}
        ${this.renderField('email', this.t('emailLabel'), { type: 'email', inputmode: 'email', autocomplete: 'email' })}
        <p
          role="alert"
          part="alert"
          class="callout ${message ? 'shown' : ''} ${this.failure?.kind === 'rate_limited' ? 'warning' : 'danger'}"
        >${message ?? nothing}</p>
        <div class="actions">
          <button class="button" part="submit" type="submit" aria-disabled=${inactive ? 'true' : 'false'}>
            ${this.busy ? this.t('submitting') : this.t('submit')}
          </button>
          ${showRetry
            ? html`<button class="button secondary" part="retry" type="button" @click=${this.onRetry}>
                ${this.t('retry')}
              </button>`
            : nothing}
        </div>
      </form>
      <slot name="help"></slot>
    `;
  }

  /**
   * Focuses the first field that still needs the person (empty or invalid), else the first one,
   * so a page that prefilled the order number sends them straight to the e-mail.
   */
  override focus(options?: FocusOptions) {
    const field = FIELD_ORDER.find((name) => firstError(LOOKUP_FIELDS[name], this.fieldValue(name)) !== null) ?? FIELD_ORDER[0];
    const input = this.inputFor(field);
    if (input) input.focus(options);
    else super.focus(options);
  }

  /** Submits the form as if the person pressed its button (validation and all). */
  requestSubmit() {
    this.form.requestSubmit();
  }
}
