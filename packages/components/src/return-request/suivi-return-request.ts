import { consume } from '@lit/context';
import {
  RETURN_REASON_CODES,
  returnEligibility,
  type CustomerOrderView,
  type CustomerRefusal,
  type LineItem,
  type ReturnEligibility,
  type ReturnReasonCode,
  type ReturnRequest,
  type ShopperOrderView,
} from '@suivi/model';
import { createReturnClient, isSuiviError, newIdempotencyKey, type OrderAccess, type ReturnClient, type SuiviClient } from '@suivi/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { orderContext } from '../context/order-context.ts';
import { SdkClientController } from '../context/sdk-client-controller.ts';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { RETURN_LABELS } from '../i18n/status-messages.ts';
import { writeMayHaveHappened } from '../shared/write-may-have-happened.ts';
import { calloutStyles } from '../styles/callout.ts';
import { cardStyles } from '../styles/card.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { RETURN_REASON_LABELS, RETURN_STEPS, returnMessages } from './messages.ts';
import { returnHistory } from './return-history.ts';
import { ReturnRequestedEvent } from './return-requested-event.ts';

type Messages = Translate<(typeof returnMessages)['en']>;

/** What the form says after a submit: client-side checks first, then what the shop answered. */
type Problem = { kind: 'refused'; refusal: CustomerRefusal } | { kind: 'failed' } | { kind: 'unconfirmed' } | { kind: 'session' } | null;

/**
 * An attempt at a return request whose answer the page never read. `key` is its Idempotency-Key,
 * `request` its body as sent, `items` what it asked for and `knownReturnIds` the returns the order
 * had when it was sent: a return that appears later with the same items is this one, filed by the
 * shop before its answer was lost.
 */
interface PendingAttempt {
  request: string;
  key: string;
  items: string;
  knownReturnIds: ReadonlySet<string>;
}

/** Items of a request or a return as one comparable string, whatever their order. */
function itemsKey(items: readonly { lineItemId: string; quantity: number }[]): string {
  return items
    .map(({ lineItemId, quantity }) => `${lineItemId}×${quantity}`)
    .sort()
    .join(',');
}

let nextId = 0;

/**
 * @summary The shopper's returns: what they asked to send back and where each return stands, and
 * a form to ask for a new one on delivered items.
 *
 * Each return shows its status in words (requested, in progress, returned, or declined with the
 * shop's reason), its items and what happens next; it follows the order as live events arrive.
 * The form lists every delivered item with a number field bounded by what can still be returned
 * (delivered units minus those already in a return, the rule the shop enforces), says why other
 * items cannot be (not delivered yet, already in a return, digital or gift card), and asks for a
 * reason (and a few words for "something else"). Feedback waits for the first submit. When the
 * shop refuses (an item not delivered, too many units, its return window closed, an item that
 * cannot be returned), an alert says which item and what to change, focus goes to that item's
 * field, and everything typed stays. When no answer comes back (a dropped connection, a timeout)
 * or it cannot be read (cut short, not the contract's shape), the order is read again (when the
 * client can read orders) and a return found there is confirmed; otherwise the alert says the
 * return may already be filed; sending it again reuses the attempt's Idempotency-Key, so the shop
 * answers with the return it filed instead of filing a second, and if the order's live update
 * brings that return first, it is confirmed from there. Renders nothing for an order with nothing delivered and no
 * returns, and then takes no room (its `empty` state hides it, so a page's grid or flex gap does
 * not open around nothing). Needs the order's access (`access`) and a client (`client`, `base-url`, or an
 * enclosing `<suivi-order-status>`); the order comes from `order` or the enclosing page.
 *
 * @fires suivi-return-requested - A `ReturnRequestedEvent` with the new return, once the shop has accepted the request.
 *
 * @csspart card - The card around everything.
 * @csspart heading - The "Returns" heading.
 * @csspart returns - The list of the order's returns.
 * @csspart return - One return: status, date, items, reason, next step.
 * @csspart badge - A return's status.
 * @csspart form - The return request form.
 * @csspart quantity - Each item's number field.
 * @csspart reason - The reason select.
 * @csspart comment - The free-text field.
 * @csspart submit - The "Request return" button.
 * @csspart status - The polite confirmation after a return was requested.
 * @csspart alert - Why the shop refused the request, or that it could not be sent.
 *
 * @cssproperty --suivi-return-request-background - The card's background. Defaults to the surface colour.
 *
 * @cssstate empty - Nothing to show (nothing delivered, no return): the element is not displayed.
 *
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang` or the provider's locale.
 */
export class SuiviReturnRequest extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    cardStyles,
    css`
      :host {
        --_card-background: var(--suivi-return-request-background, var(--_surface));
      }
      :host(:state(empty)) {
        display: none;
      }
      .subheading {
        margin: 0;
        font-weight: 700;
      }
      .returns,
      .items,
      .blocked {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .returns {
        display: grid;
        gap: 0.75rem;
      }
      .return {
        display: grid;
        gap: 0.25rem;
        padding: 0.75rem;
        border-radius: var(--_radius);
        background: var(--_surface-raised);
      }
      .return p {
        margin: 0;
      }
      .return-head {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25rem 0.75rem;
      }
      .badge {
        display: inline-block;
        padding: 0.125rem 0.5rem;
        border-radius: 999px;
        border: 1px solid currentColor;
        font-size: 0.875rem;
        font-weight: 600;
      }
      .badge.returned {
        color: var(--_success);
      }
      .badge.declined {
        color: var(--_danger);
      }
      .badge.requested,
      .badge.in_progress {
        color: var(--_accent);
      }
      .steps {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: 0.875rem;
        color: var(--_text-muted);
      }
      .steps .done::before {
        content: '✓ ';
        color: var(--_success);
      }
      .step-date {
        font-weight: 400;
        color: var(--_text-muted);
      }
      .steps [aria-current='step'] {
        color: var(--_text);
        font-weight: 600;
      }
      .muted {
        color: var(--_text-muted);
      }
      form {
        display: grid;
        gap: 1rem;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        display: grid;
        gap: 0.5rem;
      }
      legend {
        font-weight: 700;
        padding: 0;
        margin-block-end: 0.5rem;
      }
      .item-row {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 6rem;
        align-items: center;
        gap: 0.25rem 1rem;
      }
      .item-row label {
        overflow-wrap: anywhere;
      }
      .item-row .hint,
      .item-row .field-error {
        grid-column: 1 / -1;
      }
      .item-row input {
        inline-size: 6rem;
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      .field label {
        font-weight: 600;
      }
      textarea {
        min-block-size: 4.5rem;
        resize: vertical;
      }
      .blocked li {
        color: var(--_text-muted);
      }
      .confirmation:focus {
        outline: none;
      }
    `,
  ];

  /** The order, when not given by an enclosing `<suivi-order-status>` (customer view only). */
  @property({ attribute: false }) order: CustomerOrderView | undefined;

  /** The order's access, as the lookup gave it (`session` from `suivi-order-found`). */
  @property({ attribute: false }) access: OrderAccess | undefined;

  /** The API (attribute `base-url`), when neither `client` nor an enclosing provider gives one. */
  @property({ attribute: 'base-url' }) baseUrl: string | undefined;

  /** An SDK client to use instead of the provided one or one made from `base-url`. */
  @property({ attribute: false }) client: SuiviClient | undefined;

  /** Level (1–6) of the card's heading, so it fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @consume({ context: orderContext, subscribe: true })
  @state()
  private providedOrder: ShopperOrderView | undefined;

  /** What the shopper typed in each item's field, by line item id. */
  @state() private quantities: ReadonlyMap<string, string> = new Map();
  @state() private reason: ReturnReasonCode | '' = '';
  @state() private comment = '';
  @state() private submitAttempted = false;
  @state() private submitting = false;
  @state() private problem: Problem = null;
  @state() private confirmation = '';
  /** Returns this element filed that the order shown may not hold yet (until its live update arrives). */
  @state() private filed: readonly ReturnRequest[] = [];

  private readonly localeCtl = new LocaleController(this);
  private readonly api = new SdkClientController(this, createReturnClient);
  private readonly ids = `suivi-return-request-${++nextId}`;
  private requests: AbortController | undefined;
  /**
   * The Idempotency-Key of the last attempt that failed without an answer the page could read, and
   * the request it was for: sending the same request again ("Try again") reuses it, so a return the
   * server filed before its answer was lost is given back instead of filed twice.
   */
  private pendingAttempt: PendingAttempt | null = null;

  private get shownOrder(): CustomerOrderView | undefined {
    const order = this.order ?? this.providedOrder;
    return order?.view === 'customer' ? order : undefined;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.requests?.abort();
    this.requests = undefined;
  }

  /** Carries the `empty` custom state. */
  private readonly internals = this.attachInternals();

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.shadowRoot?.querySelector('[part="card"]')) this.internals.states.delete('empty');
    else this.internals.states.add('empty');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const before = (changed.get('order') ?? changed.get('providedOrder' as keyof SuiviReturnRequest)) as ShopperOrderView | undefined;
    if (before && before.orderNumber !== this.shownOrder?.orderNumber) {
      this.pendingAttempt = null;
      this.resetForm(true);
    } else if (before) this.settleLostAnswer();
  }

  /**
   * When a request's answer was lost (the connection dropped, or it timed out) the shop may have
   * filed the return anyway; the order's next update then holds it. Found there, it is taken as
   * the answer: confirmed like one, and the form cleared, instead of a failure beside a return
   * the shopper can already see. Returns whether it settled the attempt.
   */
  private settleLostAnswer(order = this.shownOrder): boolean {
    const attempt = this.pendingAttempt;
    if (!attempt || !order || this.submitting || (this.problem?.kind !== 'unconfirmed' && this.problem?.kind !== 'failed')) return false;
    const filed = order.returns.find((request) => !attempt.knownReturnIds.has(request.id) && itemsKey(request.items) === attempt.items);
    if (!filed) return false;
    const focusWasHere = this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== null;
    this.accept(order, filed);
    if (focusWasHere) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus());
    return true;
  }

  /** The shop filed `created`: it shows at once (before the order's own update), the form empties, the shopper is told. */
  private accept(order: CustomerOrderView, created: ReturnRequest) {
    this.pendingAttempt = null;
    const titles = new Map(order.lineItems.map((item) => [item.id, this.itemTitle(item)]));
    if (!this.filed.some((request) => request.id === created.id)) this.filed = [...this.filed, created];
    this.resetForm();
    this.confirmation = this.t('created', {
      items: created.items.map((line) => this.t('itemQuantity', { title: titles.get(line.lineItemId) ?? this.t('unknownItem'), quantity: line.quantity })).join(', '),
    });
    this.dispatchEvent(new ReturnRequestedEvent(created));
  }

  private get t(): Messages {
    return translator(returnMessages, this.localeCtl.locale);
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  /** The order's returns, newest first, with any just filed here that the order does not show yet. */
  private returnsOf(order: CustomerOrderView): ReturnRequest[] {
    const known = new Set(order.returns.map((request) => request.id));
    return [...order.returns, ...this.filed.filter((request) => !known.has(request.id))].sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1));
  }

  private eligibilityOf(order: CustomerOrderView): ReturnEligibility[] {
    // Returns filed here count at once, before the live update brings them.
    const returns = this.returnsOf(order);
    return returnEligibility({ ...order, returns }, { now: Date.now(), windowDays: null });
  }

  private itemTitle(item: Pick<LineItem, 'title' | 'variant'> | undefined): string {
    if (!item) return this.t('unknownItem');
    return item.variant ? `${item.title} (${item.variant})` : item.title;
  }

  private quantityOf(lineItemId: string): number {
    const raw = (this.quantities.get(lineItemId) ?? '').trim();
    return raw === '' ? 0 : Number(raw);
  }

  /** What is wrong with an item's field, or null. */
  private quantityError(entry: ReturnEligibility): string | null {
    const value = this.quantityOf(entry.lineItemId);
    const limit = this.limitOf(entry);
    if (!Number.isInteger(value) || value < 0 || value > limit) return this.t('errorQuantity', { count: limit });
    return null;
  }

  /** The most that may be asked for: the rule's answer, lowered by what the shop said for this item. */
  private limitOf(entry: ReturnEligibility): number {
    const refusal = this.problem?.kind === 'refused' && this.problem.refusal.lineItemId === entry.lineItemId ? this.problem.refusal : null;
    return refusal?.returnableQuantity !== null && refusal?.returnableQuantity !== undefined ? Math.min(entry.returnable, refusal.returnableQuantity) : entry.returnable;
  }

  private formErrors(rows: ReturnEligibility[]) {
    const chosen = rows.filter((entry) => this.quantityOf(entry.lineItemId) > 0);
    return {
      items: chosen.length === 0 ? this.t('errorNoItems') : null,
      quantities: new Map(rows.flatMap((entry) => {
        const error = this.quantityError(entry);
        return error ? [[entry.lineItemId, error] as const] : [];
      })),
      reason: this.reason === '' ? this.t('errorReason') : null,
      comment: this.reason === 'other' && !this.comment.trim() ? this.t('errorComment') : null,
    };
  }

  private setQuantity(lineItemId: string, value: string) {
    const next = new Map(this.quantities);
    next.set(lineItemId, value);
    this.quantities = next;
    // A refusal about this item is answered by changing it.
    if (this.problem?.kind === 'refused' && this.problem.refusal.lineItemId === lineItemId) this.problem = null;
  }

  private resetForm(all = false) {
    this.quantities = new Map();
    this.reason = '';
    this.comment = '';
    this.submitAttempted = false;
    this.problem = null;
    if (all) {
      this.confirmation = '';
      this.filed = [];
    }
  }

  private async submit(event: SubmitEvent, order: CustomerOrderView, rows: ReturnEligibility[]) {
    event.preventDefault();
    if (this.submitting) return;
    this.submitAttempted = true;
    this.confirmation = '';
    const errors = this.formErrors(rows);
    if (errors.items || errors.quantities.size || errors.reason || errors.comment) {
      this.problem = null;
      await this.updateComplete;
      this.focusFirstInvalid();
      return;
    }
    const client = this.api.client;
    if (!client || !this.access) return;
    const items = rows.filter((entry) => this.quantityOf(entry.lineItemId) > 0).map((entry) => ({ lineItemId: entry.lineItemId, quantity: this.quantityOf(entry.lineItemId) }));
    this.submitting = true;
    this.problem = null;
    this.requests ??= new AbortController();
    const request = { items, reason: this.reason as ReturnReasonCode, comment: this.comment.trim() || null };
    const fingerprint = JSON.stringify(request);
    if (this.pendingAttempt?.request !== fingerprint) {
      this.pendingAttempt = { request: fingerprint, key: newIdempotencyKey(), items: itemsKey(items), knownReturnIds: new Set(this.returnsOf(order).map((known) => known.id)) };
    }
    try {
      const created = await client.requestReturn(this.access, request, { signal: this.requests.signal, idempotencyKey: this.pendingAttempt.key });
      this.accept(this.shownOrder ?? order, created);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
    } catch (error) {
      if (isSuiviError(error, 'aborted')) return;
      const problem: Problem =
        isSuiviError(error, 'unprocessable') && error.refusal && 'lineItemId' in error.refusal
          ? { kind: 'refused', refusal: error.refusal }
          : isSuiviError(error, 'token_expired') || isSuiviError(error, 'unauthorized')
            ? { kind: 'session' }
            : // No answer (a dropped connection, a timeout) or one that could not be read (cut short,
              // off the contract after a 2xx): the shop may have filed it; a 5xx said it did not get that far.
              writeMayHaveHappened(error)
              ? { kind: 'unconfirmed' }
              : { kind: 'failed' };
      // Then the order read again (where the client can) says whether it was filed; the form stays
      // busy meanwhile, and the alert waits for the answer, so it never shows beside a return found.
      const reread = problem.kind === 'unconfirmed' ? await this.orderNow(client, this.access, this.requests?.signal) : undefined;
      this.problem = problem;
      this.submitting = false;
      // The order read again, or its live update while the request was still being retried, may hold the return.
      if ((reread && this.settleLostAnswer(reread)) || this.settleLostAnswer()) {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('.confirmation')?.focus();
        return;
      }
      await this.updateComplete;
      const field = this.problem.kind === 'refused' && this.problem.refusal.lineItemId ? this.renderRoot.querySelector<HTMLElement>(`#${this.fieldId(this.problem.refusal.lineItemId)}`) : null;
      (field ?? this.renderRoot.querySelector<HTMLElement>('.problem'))?.focus();
    } finally {
      this.submitting = false;
    }
  }

  /**
   * The order as the shop holds it now, after a request whose answer was lost; undefined when the
   * client cannot read orders (one made from `base-url` only files returns: the order's live
   * update settles it then) or the read fails too.
   */
  private async orderNow(client: ReturnClient | SuiviClient, access: OrderAccess, signal: AbortSignal | undefined): Promise<CustomerOrderView | undefined> {
    if (!('getOrder' in client)) return undefined;
    try {
      return await client.getOrder(access, { signal });
    } catch {
      return undefined;
    }
  }

  private focusFirstInvalid() {
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private fieldId(lineItemId: string): string {
    return `${this.ids}-q-${lineItemId.replace(/[^\w-]/g, '')}`;
  }

  override render() {
    const order = this.shownOrder;
    if (!order) return nothing;
    const eligibility = this.eligibilityOf(order);
    const returns = this.returnsOf(order);
    const delivered = eligibility.some((entry) => entry.delivered > 0);
    if (!delivered && !returns.length) return nothing;
    const t = this.t;
    const locale = this.localeCtl.locale;
    const headingId = `${this.ids}-heading`;
    const rows = eligibility.filter((entry) => entry.blocked === null);
    return html`<section part="card" class="card" aria-labelledby=${headingId}>
      <div part="heading" class="card-heading" role="heading" aria-level=${this.level} id=${headingId}>${t('heading')}</div>
      <p part="status" class="status confirmation" role="status" tabindex="-1">${this.confirmation}</p>
      ${returns.length ? this.renderReturns(order, returns, locale, t) : nothing}
      ${rows.length || this.submitting ? this.renderForm(order, eligibility, rows, locale, t) : nothing}
    </section>`;
  }

  private renderReturns(order: CustomerOrderView, returns: ReturnRequest[], locale: Locale, t: Messages) {
    const labels = RETURN_LABELS[locale];
    const items = new Map(order.lineItems.map((item) => [item.id, item]));
    const listId = `${this.ids}-returns`;
    const history = returnHistory(returns, order.timeline);
    return html`<p class="subheading" id=${listId}>${t('yourReturns')}</p>
      <ul part="returns" class="returns" aria-labelledby=${listId}>
        ${returns.map((request) => {
          const reached = RETURN_STEPS.indexOf(request.status);
          return html`<li part="return" class="return">
            <p class="return-head">
              <span part="badge" class="badge ${request.status}">${labels[request.status]}</span>
              <span class="muted">${t('requestedOn', { date: formatDate(request.requestedAt, locale) })}</span>
            </p>
            <ul class="items">
              ${request.items.map((line) => html`<li>${t('itemQuantity', { title: this.itemTitle(items.get(line.lineItemId)), quantity: line.quantity })}</li>`)}
            </ul>
            <p><span class="muted">${t('reasonLabel')}</span> ${request.reason}</p>
            ${request.status === 'declined'
              ? html`<p>${t('next_declined')} ${request.declineReason ? html`<span class="muted">${t('declinedBecause')}</span> ${request.declineReason}` : nothing}</p>`
              : html`<ol class="steps" aria-label=${labels[request.status]}>
                    ${RETURN_STEPS.map((step, index) => {
                      const at = index <= reached ? history.get(request.id)?.get(step) : undefined;
                      return html`<li class=${index < reached || request.status === 'returned' ? 'done' : ''} aria-current=${index === reached ? 'step' : nothing}>
                        ${labels[step]}${at ? html` <time class="step-date" datetime=${at}>${formatDateTime(at, locale)}</time>` : nothing}
                      </li>`;
                    })}
                  </ol>
                  <p>${t(`next_${request.status}` as 'next_requested')}</p>`}
          </li>`;
        })}
      </ul>`;
  }

  private renderForm(order: CustomerOrderView, eligibility: ReturnEligibility[], rows: ReturnEligibility[], locale: Locale, t: Messages) {
    const items = new Map(order.lineItems.map((item) => [item.id, item]));
    const errors = this.submitAttempted ? this.formErrors(rows) : null;
    const refusal = this.problem?.kind === 'refused' ? this.problem.refusal : null;
    const blocked = eligibility.filter((entry) => entry.blocked !== null);
    const formHeadingId = `${this.ids}-form-heading`;
    const itemsErrorId = `${this.ids}-items-error`;
    const reasonId = `${this.ids}-reason`;
    const commentId = `${this.ids}-comment`;
    const labels = RETURN_REASON_LABELS[locale];
    return html`<form part="form" novalidate aria-labelledby=${formHeadingId} @submit=${(event: SubmitEvent) => this.submit(event, order, rows)}>
      <div>
        <p class="subheading" id=${formHeadingId}>${t('formHeading')}</p>
        <p class="intro">${t('formIntro')}</p>
      </div>
      ${this.renderProblem(items, locale, t)}
      <fieldset aria-describedby=${errors?.items ? itemsErrorId : nothing}>
        <legend>${t('itemsLegend')}</legend>
        ${errors?.items ? html`<p class="field-error" id=${itemsErrorId}>${errors.items}</p>` : nothing}
        ${rows.map((entry) => {
          const id = this.fieldId(entry.lineItemId);
          const limit = this.limitOf(entry);
          const error = refusal?.lineItemId === entry.lineItemId ? this.refusalFieldText(refusal, locale) : (errors?.quantities.get(entry.lineItemId) ?? null);
          const invalid = error !== null || (errors?.items !== null && errors?.items !== undefined && rows[0] === entry);
          return html`<div class="item-row">
            <label for=${id}>${this.itemTitle(items.get(entry.lineItemId))}<span class="visually-hidden">${t('quantityFor')}</span></label>
            <input
              part="quantity"
              id=${id}
              type="number"
              inputmode="numeric"
              min="0"
              max=${limit}
              step="1"
              placeholder="0"
              .value=${this.quantities.get(entry.lineItemId) ?? ''}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${`${id}-hint${error ? ` ${id}-error` : ''}${invalid && !error && errors?.items ? ` ${itemsErrorId}` : ''}`}
              @input=${(event: Event) => this.setQuantity(entry.lineItemId, (event.target as HTMLInputElement).value)}
            />
            <p class="hint" id=${`${id}-hint`}>${t('upTo', { count: limit })}</p>
            ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
          </div>`;
        })}
      </fieldset>
      ${blocked.length
        ? html`<div>
            <p class="subheading" id=${`${this.ids}-blocked`}>${t('notReturnableHeading')}</p>
            <ul class="blocked" aria-labelledby=${`${this.ids}-blocked`}>
              ${blocked.map((entry) => html`<li>${this.itemTitle(items.get(entry.lineItemId))}${locale === 'fr' ? '\u00a0: ' : ': '}${t(`blocked_${entry.blocked!}` as 'blocked_not_delivered')}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="field">
        <label for=${reasonId}>${t('reason')}</label>
        <select
          part="reason"
          id=${reasonId}
          .value=${this.reason}
          aria-invalid=${errors?.reason ? 'true' : 'false'}
          aria-describedby=${errors?.reason ? `${reasonId}-error` : nothing}
          @change=${(event: Event) => (this.reason = (event.target as HTMLSelectElement).value as ReturnReasonCode | '')}
        >
          <option value="" ?selected=${this.reason === ''}>${t('chooseReason')}</option>
          ${RETURN_REASON_CODES.map((code) => html`<option value=${code} ?selected=${this.reason === code}>${labels[code]}</option>`)}
        </select>
        ${errors?.reason ? html`<p class="field-error" id=${`${reasonId}-error`}>${errors.reason}</p>` : nothing}
      </div>
      <div class="field">
        <label for=${commentId}>${this.reason === 'other' ? t('commentRequired') : t('comment')}</label>
        <textarea
          part="comment"
          id=${commentId}
          maxlength="500"
          .value=${this.comment}
          ?required=${this.reason === 'other'}
          aria-invalid=${errors?.comment ? 'true' : 'false'}
          aria-describedby=${errors?.comment ? `${commentId}-error` : nothing}
          @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${errors?.comment ? html`<p class="field-error" id=${`${commentId}-error`}>${errors.comment}</p>` : nothing}
      </div>
      <div>
        <button part="submit" class="button" type="submit" aria-disabled=${this.submitting ? 'true' : 'false'}>${t('submit')}</button>
        ${this.submitting ? html`<span class="muted" role="status"> ${t('submitting')}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderProblem(items: Map<string, LineItem>, locale: Locale, t: Messages) {
    const problem = this.problem;
    const message =
      problem?.kind === 'refused'
        ? this.refusalText(problem.refusal, items, locale)
        : problem?.kind === 'session'
          ? t('sessionOver')
          : problem?.kind === 'failed'
            ? t('failed')
            : problem?.kind === 'unconfirmed'
              ? t('unconfirmed')
              : '';
    return html`<p part="alert" class="callout danger problem ${message ? 'shown' : ''}" role="alert" tabindex="-1">${message}</p>`;
  }

  /** The same refusal, short, next to the item's field (the alert above says it in full). */
  private refusalFieldText(refusal: CustomerRefusal, locale: Locale): string {
    const t = this.t;
    switch (refusal.code) {
      case 'not_delivered':
        return t('field_not_delivered');
      case 'quantity_exceeds_returnable':
        return t('field_quantity', { count: refusal.returnableQuantity ?? 0 });
      case 'return_window_closed':
        return refusal.windowClosedAt ? t('field_window', { date: formatDate(refusal.windowClosedAt, locale) }) : t('field_not_returnable');
      default:
        return t('field_not_returnable');
    }
  }

  /** Which item the shop refused and what to change, in the shopper's words. */
  private refusalText(refusal: CustomerRefusal, items: Map<string, LineItem>, locale: Locale): string {
    const t = this.t;
    const title = this.itemTitle(refusal.lineItemId ? items.get(refusal.lineItemId) : undefined);
    switch (refusal.code) {
      case 'not_delivered':
        return t('refused_not_delivered', { title });
      case 'quantity_exceeds_returnable':
        return t('refused_quantity', { title, count: refusal.returnableQuantity ?? 0 });
      case 'return_window_closed':
        return refusal.windowClosedAt ? t('refused_window', { title, date: formatDate(refusal.windowClosedAt, locale) }) : t('refused_window_undated', { title });
      case 'not_returnable':
        return t('refused_not_returnable', { title });
      default:
        return t('refused_unknown');
    }
  }
}
