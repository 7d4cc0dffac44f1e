import {
  ADMIN_ACTIONS,
  toAdminOrderDetail,
  unshippedQuantities,
  validateTag,
  type Address,
  type AdminAction,
  type AdminOrderDetail,
  type AdminRefusalCode,
  type Carrier,
  type Order,
  type OrderSummary,
} from '@suivi/model';
import { ConflictError, UnprocessableError, isSuiviError, newIdempotencyKey, type SuiviAdminClient } from '@suivi/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { AdminClientController } from '../context/admin-client-controller.ts';
import { formatDateTime, formatMoney } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { DELIVERY_LABELS, FULFILLMENT_LABELS, ORDER_STATE_LABELS, PAYMENT_LABELS, PAYMENT_METHOD_LABELS, RETURN_LABELS } from '../i18n/status-messages.ts';
import { writeMayHaveHappened } from '../shared/write-may-have-happened.ts';
import { calloutStyles } from '../styles/callout.ts';
import { fieldStyles } from '../styles/field.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { DelayedSend } from './delayed-send.ts';
import { TIMELINE_LABELS, actionName, detailMessages, type DetailMessages } from './messages.ts';
import { REFUSAL_LABELS } from '../i18n/refusal-messages.ts';
import { orderChanges, type OrderChange } from './order-changes.ts';
import { trackingNumberError } from './tracking-number-entry.ts';
import { detailStyles } from './styles.ts';

type Messages = Translate<DetailMessages>;

/** Actions that ask for details first (an inline form); fulfil has its own dialog. */
const FORM_ACTIONS = ['hold_fulfillment', 'cancel', 'refund', 'add_tracking'] as const;
type FormAction = (typeof FORM_ACTIONS)[number];
const isFormAction = (action: AdminAction): action is FormAction => (FORM_ACTIONS as readonly string[]).includes(action);

/** One write as sent: kept so "Try again" after a network failure re-sends the same key (the shop acts once). */
interface Attempt {
  /** The order as staff saw it when they asked for the change: a conflict lists what moved since. */
  basedOn: Order;
  /** The dialog's entries behind a shipment, given back with a conflict. */
  fulfilDraft?: FulfilDraft;
  label: string;
  run: (client: SuiviAdminClient, key: string) => Promise<AdminOrderDetail>;
  done: string;
  key: string;
}

/**
 * What staff entered in the "Mark as shipped" dialog, kept until the shipment is sent: Undo or a
 * conflict (the shipment waited behind its Undo toast while another back office changed the
 * order) reopen the dialog with it rather than make them type the tracking number again.
 */
interface FulfilDraft {
  carrier: string;
  trackingNumber: string;
  notify: boolean;
  quantities: Record<string, number>;
}

type Problem =
  | { kind: 'conflict'; action: string; changes: OrderChange[]; changedAt: string; fulfilDraft: FulfilDraft | null }
  | { kind: 'refused'; code: AdminRefusalCode | null; reason: string }
  /** `unconfirmed`: no readable answer came back, so the change may already be made (its retry, with the same key, is not made twice). */
  | { kind: 'failed'; attempt: Attempt; unconfirmed: boolean; unavailable: boolean }
  | null;

const DEFAULT_UNDO_SECONDS = 5;
/** How long what the merchant's own change did stays shown under the actions. */
const OUTCOME_SECONDS = 10;

/**
 * @summary One order in full for staff, with the actions its state allows — and marking it shipped made safe.
 *
 * Shows everything about the order (statuses, payment method and last failure, customer contact,
 * shipping method and addresses, the customer's note, items, fees, taxes, discount and totals,
 * shipments with tracking), its whole timeline including staff-only entries, staff notes (add one)
 * and tags (add, remove). Each action of the state machine is a button: the allowed ones act, the
 * refused ones stay focusable but do nothing and say why (aria-describedby). Every write carries
 * the version shown and an idempotency key; when someone else changed the order first, the panel
 * says so and what changed, shows the order as it is now, and applies nothing. Marking shipped
 * e-mails the customer, so it opens a dialog (items and quantities, carrier, tracking number,
 * "Notify the customer") that says who will be told (and when their e-mail will carry no tracking
 * number), and the request then waits `undo-seconds` behind an Undo toast; Undo sends nothing. If
 * the order changes under the open dialog (another tab shipped it), the dialog itself says what
 * changed and offers only what still makes sense. Each change of the merchant's own is shown under
 * the actions while it is sent and once it is done ("Refunded €12.50."), and focus stays in the
 * panel when what held it goes away. Needs an admin client (`adminClient`, `base-url` +
 * `admin-key`, or an enclosing `<suivi-order-admin>`).
 *
 * @csspart panel - Everything.
 * @csspart heading - The order number heading (focused after the panel opens).
 * @csspart actions - The action buttons.
 * @csspart alert - A conflict, a refusal or a failure.
 * @csspart fulfil-dialog - The "Mark as shipped" dialog.
 * @csspart toast - The undo toast while a shipment waits to be sent, under the actions.
 * @csspart outcome - What the merchant's own last change did, or "Sending: …" while it travels (focused when a form closes).
 *
 * @cssproperty --suivi-order-detail-background - Behind the panel. Defaults to the surface colour.
 *
 * @attr order-id - The order to show.
 * @attr base-url - Where the API lives, with `admin-key`, when no client is given.
 * @attr admin-key - The shop's admin key.
 * @attr undo-seconds - How long a shipment waits behind its Undo toast. Default 5.
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang`.
 */
export class SuiviOrderDetail extends LitElement {
  static override styles = [tokens, buttonStyles, calloutStyles, fieldStyles, detailStyles];

  static override properties = {
    orderId: { attribute: 'order-id' },
    adminClient: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    adminKey: { attribute: 'admin-key' },
    undoSeconds: { attribute: 'undo-seconds', type: Number },
    detail: { state: true },
    loadState: { state: true },
    editing: { state: true },
    busy: { state: true },
    problem: { state: true },
    announcement: { state: true },
    invalid: { state: true },
    carriers: { state: true },
    fulfilOpen: { state: true },
    notify: { state: true },
    secondsLeft: { state: true },
    liveWarning: { state: true },
    outcome: { state: true },
    trackingEmpty: { state: true },
  };

  /** The order to show, by id. */
  orderId: string | undefined;
  /** The admin client; otherwise made from `base-url` and `admin-key`, or taken from `<suivi-order-admin>`. */
  adminClient: SuiviAdminClient | undefined;
  /** Where the API lives, used with `admin-key` when no client is given. */
  baseUrl: string | undefined;
  /** The shop's admin key. */
  adminKey: string | undefined;
  /** Seconds a shipment waits behind its Undo toast before it is sent. */
  undoSeconds = DEFAULT_UNDO_SECONDS;

  private detail: AdminOrderDetail | null = null;
  private loadState: 'loading' | 'failed' | 'ready' = 'loading';
  private editing: FormAction | null = null;
  private busy = false;
  private problem: Problem = null;
  private announcement = '';
  /** Field ids whose value was refused, with the message shown beside them. */
  private invalid: Record<string, string> = {};
  private carriers: Carrier[] | 'loading' | 'failed' = 'loading';
  private fulfilOpen = false;
  private notify = true;
  private secondsLeft = 0;
  private liveWarning = false;
  /**
   * What the merchant's last change did, shown under the actions (not only announced): "Sending: …"
   * while it travels (`sending`), then what it did or that it was undone. Never a remote change.
   */
  private outcome: { text: string; sending: boolean } | null = null;
  /** The ship dialog's tracking field is empty: the confirmation then says the e-mail has no tracking number. */
  private trackingEmpty = true;

  private readonly localeCtl = new LocaleController(this);
  private readonly clientCtl = new AdminClientController(this);
  private loading: AbortController | null = null;
  private shipping: DelayedSend | null = null;
  private loadedFor: string | undefined;
  private fulfilDraft: FulfilDraft | null = null;
  /** The order as the ship dialog first showed it: when it moves under the open dialog, the dialog says what changed. */
  private fulfilBasedOn: Order | null = null;
  /** The newest version a live event reported while this panel's own write was in flight (0: none). */
  private remoteVersionDuringWrite = 0;
  private outcomeTimer: ReturnType<typeof setTimeout> | undefined;

  private get t(): Messages {
    return translator(detailMessages, this.localeCtl.locale);
  }

  /** The order shown, or null while loading. */
  get order(): Order | null {
    return this.detail?.order ?? null;
  }

  /** Whether a shipment is waiting behind its Undo toast. */
  get shipmentPending(): boolean {
    return this.shipping?.pending ?? false;
  }

  /** Whether staff are in the middle of something (a form, the fulfil dialog, typed text) a refresh must not throw away. */
  get isEditing(): boolean {
    if (this.editing || this.fulfilOpen) return true;
    return [...this.renderRoot.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.keep-on-refresh')].some((field) => field.value.trim() !== '');
  }

  /** Moves focus to the heading, as the panel opens. */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('h2');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  /**
   * Tells the panel an order changed elsewhere (the admin page passes live events on). Its own
   * order is reloaded; if staff were typing or in a form, what they typed is kept and a warning
   * says the order moved under them.
   */
  orderChanged(summary: Pick<OrderSummary, 'id' | 'version'>): void {
    const order = this.order;
    if (!order || summary.id !== order.id || summary.version <= order.version) return;
    if (this.busy) {
      // Most likely this panel's own write, whose event outran its answer: the answer decides
      // (write() reloads afterwards only if a newer version than its own was reported).
      this.remoteVersionDuringWrite = Math.max(this.remoteVersionDuringWrite, summary.version);
      return;
    }
    // A shipment waiting behind its Undo toast was confirmed on the order as it was: say it moved.
    this.liveWarning = this.isEditing || this.shipmentPending;
    void this.load({ quiet: true }).then(async () => {
      if (!this.liveWarning) this.announce(this.t('liveRefreshed'));
      // The ship dialog redraws with what changed; if the field that had focus is gone (an item
      // shipped elsewhere), focus goes to that message rather than to the page.
      await this.updateComplete;
      if (this.fulfilOpen && this.focusLost()) this.renderRoot.querySelector<HTMLElement>('dialog [role="alert"]')?.focus();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loading?.abort();
    clearTimeout(this.outcomeTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const client = this.clientCtl.client;
    if (client && this.orderId && this.loadedFor !== `${this.orderId}`) {
      this.loadedFor = this.orderId;
      void this.load({ quiet: false });
    }
    if (changed.has('orderId')) {
      this.fulfilDraft = null;
      this.outcome = null;
      this.editing = null;
      this.problem = null;
      this.invalid = {};
      this.liveWarning = false;
    }
  }

  private async load({ quiet }: { quiet: boolean }): Promise<void> {
    const client = this.clientCtl.client;
    const orderId = this.orderId;
    if (!client || !orderId) return;
    this.loading?.abort();
    const controller = (this.loading = new AbortController());
    if (!quiet) {
      this.loadState = 'loading';
      this.detail = null;
    }
    try {
      const detail = await client.getOrder(orderId, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.detail = detail;
      this.loadState = 'ready';
    } catch (error) {
      if (controller.signal.aborted || isSuiviError(error, 'aborted')) return;
      if (!quiet || !this.detail) this.loadState = 'failed';
    }
  }

  private announce(text: string): void {
    // Cleared first so the same words said twice are announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /**
   * Whether focus fell out of the panel because what held it went away (a form or the toast
   * closed): it is then on the page itself or on the dialog around the panel. Focus someone
   * moved elsewhere on purpose is left there.
   */
  private focusLost(): boolean {
    if ((this.renderRoot as ShadowRoot).activeElement) return false;
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !active || active === document.body || active === document.documentElement || active instanceof HTMLDialogElement || active === this;
  }

  /**
   * Shows what the merchant's own change did (or that it is on its way), under the actions. When
   * what held focus went away, focus moves to the message, which is then read; otherwise it is
   * announced and focus stays where it is. Done messages fade after a while unless focused.
   */
  private async showOutcome(text: string, { sending = false } = {}): Promise<void> {
    clearTimeout(this.outcomeTimer);
    this.outcome = { text, sending };
    await this.updateComplete;
    const message = this.renderRoot.querySelector<HTMLElement>('[part="outcome"]');
    if (message && this.focusLost()) {
      // Read as it takes focus; the live region must not go on saying something older ("Sending in 5 s. Undo?").
      this.announcement = '';
      message.focus();
    } else this.announce(text);
    if (!sending) {
      this.outcomeTimer = setTimeout(() => {
        if (this.outcome?.text === text && (this.renderRoot as ShadowRoot).activeElement !== message) this.outcome = null;
      }, OUTCOME_SECONDS * 1000);
    }
  }

  // —— Writes ——

  /**
   * Sends one write with the version shown. A conflict shows what changed and the order as it is
   * now; a refusal says why in words; a failure offers "Try again" with the same key.
   */
  private async write(attempt: Attempt): Promise<boolean> {
    const client = this.clientCtl.client;
    const before = attempt.basedOn;
    if (!client || !this.order) return false;
    this.busy = true;
    this.problem = null;
    this.remoteVersionDuringWrite = 0;
    // Visible and announced while it travels (a 503 with Retry-After can hold it for many seconds).
    void this.showOutcome(this.t('sending', { action: attempt.label }), { sending: true });
    try {
      this.detail = await attempt.run(client, attempt.key);
      this.editing = null;
      this.liveWarning = false;
      this.busy = false;
      await this.showOutcome(attempt.done);
      // Someone else changed the order after this write: show it as it is, said as theirs.
      if (this.remoteVersionDuringWrite > this.detail.order.version) this.orderChanged({ id: this.detail.order.id, version: this.remoteVersionDuringWrite });
      return true;
    } catch (error) {
      this.outcome = null;
      if (error instanceof ConflictError) {
        const current = error.current;
        if (current) this.detail = toAdminOrderDetail(current);
        else await this.load({ quiet: true });
        const now = this.order;
        // The conflict says all the live warning would, and more.
        this.liveWarning = false;
        this.problem = {
          kind: 'conflict',
          action: attempt.label,
          changes: now ? orderChanges(before, now) : [{ kind: 'other' }],
          changedAt: now?.updatedAt ?? before.updatedAt,
          fulfilDraft: attempt.fulfilDraft ?? null,
        };
      } else if (error instanceof UnprocessableError) {
        const code = error.refusal && error.refusal.code in REFUSAL_LABELS.en ? (error.refusal.code as AdminRefusalCode) : null;
        this.problem = { kind: 'refused', code, reason: error.refusal?.reason ?? error.message };
        void this.load({ quiet: true });
      } else {
        this.problem = { kind: 'failed', attempt, unconfirmed: writeMayHaveHappened(error), unavailable: isSuiviError(error, 'unavailable') && error.status === 503 };
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part="alert"]')?.focus();
      return false;
    } finally {
      this.busy = false;
    }
  }

  private actAttempt<A extends AdminAction>(action: A, params: Parameters<SuiviAdminClient['act']>[2] & object): Attempt {
    const order = this.order!;
    const t = this.t;
    const version = order.version;
    return {
      basedOn: order,
      label: actionName(t, action),
      done: t(`done_${action}` as `done_${AdminAction}`),
      key: newIdempotencyKey(),
      run: (client, key) => client.act(order.id, action, params as never, { version, idempotencyKey: key }),
    };
  }

  private onAction(action: AdminAction, allowed: boolean): void {
    if (!allowed || this.busy) return;
    this.problem = null;
    this.invalid = {};
    if (action === 'fulfill') {
      void this.openFulfil();
      return;
    }
    if (isFormAction(action)) {
      this.editing = action;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.edit-form input, .edit-form textarea, .edit-form select')?.focus());
      return;
    }
    void this.write(this.actAttempt(action, {}));
  }

  private field<T extends HTMLElement = HTMLInputElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${id}`);
  }

  /** Marks fields refused and focuses the first; true when there were none. */
  private check(errors: Record<string, string>): boolean {
    this.invalid = errors;
    const first = Object.keys(errors)[0];
    if (first) void this.updateComplete.then(() => this.field(first)?.focus());
    return !first;
  }

  private onEditSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const action = this.editing;
    const order = this.order;
    if (!action || !order) return;
    const t = this.t;
    const reason = this.field<HTMLTextAreaElement>('edit-reason')?.value.trim() ?? '';
    const notifyCustomer = this.field('edit-notify')?.checked ?? false;
    if (action === 'hold_fulfillment' || action === 'cancel') {
      if (!this.check(reason ? {} : { 'edit-reason': t('fieldRequired') })) return;
      void this.write(this.actAttempt(action, action === 'cancel' ? { reason, notifyCustomer } : { reason }));
    } else if (action === 'refund') {
      const full = this.field('edit-full')?.checked ?? true;
      const balance = order.payment.amountPaid.amount - order.payment.amountRefunded.amount;
      const refund = (params: { full: true } | { amount: number }, amount: number) => {
        const attempt = this.actAttempt('refund', { ...params, notifyCustomer });
        attempt.done = t('refundedAmount', { amount: formatMoney({ amount, currency: order.currency }, this.localeCtl.locale) });
        void this.write(attempt);
      };
      if (full) {
        refund({ full: true }, balance);
        return;
      }
      const text = (this.field('edit-amount')?.value ?? '').replace(',', '.');
      const minor = Math.round(Number(text) * 100);
      const max = formatMoney({ amount: balance, currency: order.currency }, this.localeCtl.locale);
      if (!this.check(text && Number.isFinite(minor) && minor >= 1 && minor <= balance ? {} : { 'edit-amount': t('amountInvalid', { max }) })) return;
      refund({ amount: minor }, minor);
    } else {
      const shipmentId = this.field<HTMLSelectElement>('edit-shipment')?.value ?? '';
      const typed = this.field('edit-tracking')?.value ?? '';
      const trackingNumber = typed.trim();
      const error = trackingNumberError(typed, true, t);
      if (!this.check(error ? { 'edit-tracking': error } : {})) return;
      void this.write(this.actAttempt('add_tracking', { shipmentId, trackingNumber, notifyCustomer }));
    }
  }

  private closeEdit(): void {
    const action = this.editing;
    this.editing = null;
    this.invalid = {};
    if (action) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus());
  }

  private async onAddNote(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.field<HTMLTextAreaElement>('note-text')!;
    const text = field.value.trim();
    if (!this.check(text ? {} : { 'note-text': this.t('fieldRequired') })) return;
    const order = this.order!;
    const version = order.version;
    const done = await this.write({
      basedOn: order,
      label: this.t('addNote'),
      done: this.t('noteAdded'),
      key: newIdempotencyKey(),
      run: (client, key) => client.addNote(order.id, { text }, { version, idempotencyKey: key }),
    });
    if (done) field.value = '';
  }

  private async onAddTag(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.field('tag-text')!;
    const tag = field.value.trim();
    const checked = validateTag(tag);
    const error = !tag ? this.t('fieldRequired') : checked.success ? null : (checked.error.issues[0]?.message ?? '');
    if (!this.check(error !== null ? { 'tag-text': error } : {})) return;
    const done = await this.editTags({ add: [tag] }, this.t('tagAdded', { tag }));
    if (done) field.value = '';
  }

  private async removeTag(tag: string): Promise<void> {
    // Its button goes with the tag: focus then goes to the message saying it was removed.
    await this.editTags({ remove: [tag] }, this.t('tagRemoved', { tag }));
  }

  private editTags(edit: { add?: string[]; remove?: string[] }, done: string): Promise<boolean> {
    const order = this.order!;
    const version = order.version;
    return this.write({
      basedOn: order,
      label: this.t(edit.add ? 'addTag' : 'removeTag', { tag: (edit.add ?? edit.remove)![0]! }),
      done,
      key: newIdempotencyKey(),
      run: (client, key) => client.editTags(order.id, edit, { version, idempotencyKey: key }),
    });
  }

  // —— Fulfil, confirmed and undoable ——

  private async openFulfil(): Promise<void> {
    this.fulfilOpen = true;
    this.fulfilBasedOn = this.order;
    this.notify = this.fulfilDraft?.notify ?? true;
    this.trackingEmpty = !this.fulfilDraft?.trackingNumber;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog')!;
    dialog.showModal();
    if (Array.isArray(this.carriers)) return;
    const client = this.clientCtl.client;
    this.carriers = 'loading';
    try {
      this.carriers = (await client?.listCarriers()) ?? 'failed';
    } catch {
      this.carriers = 'failed';
    }
  }

  private closeFulfil(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  }

  private onFulfilClosed(): void {
    this.fulfilOpen = false;
    this.fulfilBasedOn = null;
    this.invalid = {};
  }

  /**
   * The ship dialog's entries as typed, and what is wrong with each: a quantity above what is
   * left, or not a whole number; a tracking number of spaces only (it would ship with none) or
   * not shaped like one; no carrier; nothing to ship at all.
   */
  private readFulfil(order: Order) {
    const t = this.t;
    const left = unshippedQuantities(order);
    const items: { lineItemId: string; quantity: number }[] = [];
    const errors: Record<string, string> = {};
    const quantities: Record<string, number> = {};
    let everything = true;
    for (const [lineItemId, max] of left) {
      const text = this.field(`ship-${lineItemId}`)?.value.trim() ?? String(max);
      const quantity = text === '' ? Number.NaN : Number(text);
      quantities[lineItemId] = quantity;
      if (Number.isInteger(quantity) && quantity > max) errors[`ship-${lineItemId}`] = t('tooMany', { left: max });
      else if (!Number.isInteger(quantity) || quantity < 0) errors[`ship-${lineItemId}`] = t('quantityInvalid', { left: max });
      if (quantity !== max) everything = false;
      if (quantity > 0) items.push({ lineItemId, quantity });
    }
    const carrier = this.field<HTMLSelectElement>('ship-carrier')?.value ?? '';
    const typed = this.field('ship-tracking')?.value ?? '';
    const trackingNumber = typed.trim();
    if (!carrier) errors['ship-carrier'] = t('fieldRequired');
    const trackingError = trackingNumberError(typed, false, t);
    if (trackingError) errors['ship-tracking'] = trackingError;
    const first = [...left.keys()][0];
    if (items.length === 0 && first && !Object.keys(errors).some((id) => id.startsWith('ship-') && id !== 'ship-carrier' && id !== 'ship-tracking')) errors[`ship-${first}`] = t('nothingToShip');
    return { items, errors, quantities, everything, carrier, trackingNumber };
  }

  /** As staff fix an entry, its error goes (or says what is still wrong); entries not yet refused are not judged while typed. */
  private onFulfilInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.id === 'ship-tracking') this.trackingEmpty = target.value.trim() === '';
    const order = this.order;
    if (!order || Object.keys(this.invalid).length === 0) return;
    const { errors } = this.readFulfil(order);
    this.invalid = Object.fromEntries(Object.keys(this.invalid).flatMap((id) => (errors[id] ? [[id, errors[id]]] : [])));
  }

  private onFulfilSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const order = this.order;
    if (!order || !this.detail?.allowedActions.includes('fulfill')) return;
    const t = this.t;
    const { items, errors, quantities, everything, carrier, trackingNumber } = this.readFulfil(order);
    if (!this.check(errors)) return;
    const notifyCustomer = this.notify;
    this.fulfilDraft = { carrier, trackingNumber, notify: notifyCustomer, quantities };
    const attempt = this.actAttempt('fulfill', {
      ...(everything ? {} : { items }),
      carrier,
      ...(trackingNumber ? { trackingNumber } : {}),
      notifyCustomer,
    });
    if (notifyCustomer) attempt.done = t('shippedNotified', { name: order.customer.name });
    attempt.fulfilDraft = this.fulfilDraft;
    this.closeFulfil();
    this.startShipping(attempt);
  }

  /**
   * From a ship dialog whose order was shipped elsewhere meanwhile: the tracking number typed
   * goes on that shipment (add_tracking) instead, when it has none yet.
   */
  private onAddTrackingFromDialog(shipmentId: string): void {
    const t = this.t;
    const typed = this.field('ship-tracking')?.value ?? '';
    const trackingNumber = typed.trim();
    const error = trackingNumberError(typed, true, t);
    if (!this.check(error ? { 'ship-tracking': error } : {})) return;
    const attempt = this.actAttempt('add_tracking', { shipmentId, trackingNumber, notifyCustomer: this.notify });
    this.closeFulfil();
    void this.write(attempt);
  }

  /** Holds the shipment behind the Undo toast; the request only leaves when the countdown ends. */
  private startShipping(attempt: Attempt): void {
    this.shipping = new DelayedSend(
      Math.max(0, this.undoSeconds) * 1000,
      () => {
        this.secondsLeft = 0;
        void this.write(attempt).then((sent) => {
          if (sent) this.fulfilDraft = null;
        });
      },
      (seconds) => (this.secondsLeft = seconds),
    );
    this.shipping.start();
    this.announce(`${this.t('undoToast')}. ${this.t('undoCountdown', { seconds: this.secondsLeft })}. ${this.t('undo')}?`);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.toast button')?.focus());
  }

  private async undoShipping(): Promise<void> {
    if (!this.shipping?.undo()) return;
    this.secondsLeft = 0;
    // Focus goes back to the button that started it (ready to ship again), and the undo is both
    // shown under the actions for a while and announced.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="fulfill"]')?.focus();
    await this.showOutcome(this.t('undoneOutcome', { action: actionName(this.t, 'fulfill') }));
  }

  // —— Rendering ——

  override render() {
    const t = this.t;
    const locale = this.localeCtl.locale;
    const detail = this.detail;
    return html`
      <div class="panel" part="panel" aria-busy=${this.busy ? 'true' : 'false'}>
        ${detail ? this.renderOrder(detail, t, locale) : this.renderLoading(t)}
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>
    `;
  }

  private renderLoading(t: Messages) {
    if (this.loadState === 'failed') {
      return html`<div class="callout danger shown" role="alert">
        <p>${t('loadFailed')}</p>
        <button type="button" class="button secondary small" @click=${() => this.load({ quiet: false })}>${t('tryAgain')}</button>
      </div>`;
    }
    return html`<p class="muted" role="status">${t('loading')}</p>`;
  }

  private renderOrder({ order, allowedActions, refusedActions }: AdminOrderDetail, t: Messages, locale: Locale) {
    const money = (amount: number) => formatMoney({ amount, currency: order.currency }, locale);
    return html`
      <h2 part="heading" tabindex="-1">${t('heading', { number: order.orderNumber })}</h2>
      <p class="muted">${t('placedOn', { date: formatDateTime(order.placedAt, locale) })}</p>
      ${this.liveWarning ? html`<p class="callout warning shown" role="alert">${t('liveChanged')}</p>` : nothing}
      ${this.renderProblem(t, locale)}
      <section aria-labelledby="status-h">
        <h3 id="status-h">${t('statusHeading')}</h3>
        <dl>
          <dt>${t('paymentLabel')}</dt>
          <dd>${PAYMENT_LABELS[locale][order.payment.status]}</dd>
          <dt>${t('fulfillmentLabel')}</dt>
          <dd>${FULFILLMENT_LABELS[locale][order.fulfillmentStatus]}${order.fulfillmentHold?.reason ? html` — ${order.fulfillmentHold.reason}` : nothing}</dd>
          <dt>${t('stateLabel')}</dt>
          <dd>${ORDER_STATE_LABELS[locale][order.state]}</dd>
          <dt>${t('methodLabel')}</dt>
          <dd>${PAYMENT_METHOD_LABELS[locale][order.payment.method]}${order.payment.methodDetail ? html` · ${order.payment.methodDetail}` : nothing}</dd>
          ${order.payment.failureReason ? html`<dt>${t('failureLabel')}</dt><dd>${order.payment.failureReason}</dd>` : nothing}
          <dt>${t('paid')}</dt>
          <dd>${formatMoney(order.payment.amountPaid, locale)}</dd>
          ${order.payment.amountRefunded.amount ? html`<dt>${t('refunded')}</dt><dd>${formatMoney(order.payment.amountRefunded, locale)}</dd>` : nothing}
        </dl>
      </section>
      ${this.renderActions(allowedActions, refusedActions, t, locale)}
      <section aria-labelledby="customer-h">
        <h3 id="customer-h">${t('customerHeading')}</h3>
        <dl>
          <dt>${t('customerHeading')}</dt>
          <dd>${order.customer.name}</dd>
          <dt>${t('emailLabel')}</dt>
          <dd>${order.customer.email}</dd>
          <dt>${t('phoneLabel')}</dt>
          <dd>${order.customer.phone ?? t('none')}</dd>
          ${order.customerNote ? html`<dt>${t('customerNoteLabel')}</dt><dd>${order.customerNote}</dd>` : nothing}
        </dl>
      </section>
      <section aria-labelledby="shipping-h">
        <h3 id="shipping-h">${t('shippingHeading')}</h3>
        <dl>
          <dt>${t('shippingMethodLabel')}</dt>
          <dd>${order.shippingMethod ? `${order.shippingMethod.name} (${formatMoney(order.shippingMethod.price, locale)})` : t('none')}</dd>
          <dt>${t('shippingAddressLabel')}</dt>
          <dd class="address">${addressText(order.shippingAddress) || t('none')}</dd>
          <dt>${t('billingAddressLabel')}</dt>
          <dd class="address">${addressText(order.billingAddress) || t('none')}</dd>
        </dl>
      </section>
      <section aria-labelledby="items-h">
        <h3 id="items-h">${t('itemsHeading')}</h3>
        <table>
          <thead>
            <tr><th scope="col">${t('itemColumn')}</th><th scope="col" class="num">${t('quantityColumn')}</th><th scope="col" class="num">${t('priceColumn')}</th></tr>
          </thead>
          <tbody>
            ${order.lineItems.map(
              (item) => html`<tr>
                <td>${item.title}${item.variant ? html` <span class="muted">(${item.variant})</span>` : nothing}${item.sku ? html`<br /><span class="muted">${item.sku}</span>` : nothing}</td>
                <td class="num">${item.quantity}</td>
                <td class="num">${money(item.unitPrice.amount * item.quantity)}</td>
              </tr>`,
            )}
          </tbody>
          <tfoot>
            ${(
              [
                ['subtotal', order.totals.subtotal.amount],
                ['shippingFee', order.totals.shipping.amount],
                ['handlingFee', order.totals.handling.amount],
                ['tax', order.totals.tax.amount],
                ['discount', -order.totals.discount.amount],
              ] as const
            )
              // A fee, tax or discount of nothing is not a line of the bill ("Discount -€0.00").
              .filter(([key, amount]) => amount !== 0 || key === 'subtotal' || key === 'shippingFee')
              .map(([key, amount]) => html`<tr><th scope="row" colspan="2">${t(key)}</th><td class="num">${money(amount)}</td></tr>`)}
            <tr class="total"><th scope="row" colspan="2">${t('total')}</th><td class="num">${money(order.totals.total.amount)}</td></tr>
          </tfoot>
        </table>
      </section>
      <section aria-labelledby="shipments-h">
        <h3 id="shipments-h">${t('shipmentsHeading')}</h3>
        ${order.shipments.length === 0
          ? html`<p class="muted">${t('noShipments')}</p>`
          : html`<ul class="plain">
              ${order.shipments.map(
                (shipment) => html`<li>
                  <p>${t('shipment', { carrier: shipment.carrier.name, date: formatDateTime(shipment.shippedAt, locale) })}</p>
                  <p>${t('trackingLabel')}: ${shipment.trackingNumber ?? t('noTracking')}</p>
                  <p class="muted">${shipment.status ? DELIVERY_LABELS[locale][shipment.status] : t('untrackedCarrier')}</p>
                </li>`,
              )}
            </ul>`}
      </section>
      ${this.renderTags(order, t)} ${this.renderNotes(order, t, locale)}
      <section aria-labelledby="timeline-h">
        <h3 id="timeline-h">${t('timelineHeading')}</h3>
        <ol class="plain">
          ${[...order.timeline].reverse().map((entry) => {
            const status = entry.status ? (DELIVERY_LABELS[locale] as Record<string, string>)[entry.status] ?? (RETURN_LABELS[locale] as Record<string, string>)[entry.status] ?? entry.status : null;
            return html`<li>
              <p>${TIMELINE_LABELS[locale][entry.kind]}${status ? html`: ${status}` : nothing} ${entry.internal ? html`<span class="badge">${t('staffOnly')}</span>` : nothing}</p>
              <p class="muted">${formatDateTime(entry.at, locale)}</p>
            </li>`;
          })}
        </ol>
      </section>
      ${this.renderFulfilDialog(order, t, locale)}
    `;
  }

  private renderProblem(t: Messages, locale: Locale) {
    const problem = this.problem;
    if (!problem) return nothing;
    if (problem.kind === 'conflict') {
      return html`<div class="callout warning shown" role="alert" part="alert" tabindex="-1">
        <p><strong>${t('conflictTitle')}</strong></p>
        <p>${t('conflictBody', { action: problem.action })}</p>
        <p>${t('conflictWhen', { date: formatDateTime(problem.changedAt, locale) })}</p>
        <p>${t('conflictChanges')}</p>
        <ul>
          ${problem.changes.map((change) => html`<li>${this.changeText(change, t, locale)}</li>`)}
        </ul>
        ${problem.fulfilDraft
          ? html`<p>${t('conflictKept', { tracking: problem.fulfilDraft.trackingNumber })}</p>
              ${this.detail?.allowedActions.includes('fulfill')
                ? html`<button type="button" class="button small" @click=${() => this.onAction('fulfill', true)}>${t('shipAgain')}</button>`
                : nothing}`
          : nothing}
      </div>`;
    }
    if (problem.kind === 'refused') {
      return html`<div class="callout danger shown" role="alert" part="alert" tabindex="-1">
        <p><strong>${t('refusedTitle')}</strong></p>
        <p>${problem.code ? REFUSAL_LABELS[locale][problem.code] : problem.reason}</p>
      </div>`;
    }
    const { attempt } = problem;
    return html`<div class="callout danger shown" role="alert" part="alert" tabindex="-1">
      <p><strong>${t('notDone', { action: attempt.label })}</strong></p>
      <p>${problem.unconfirmed ? t('unconfirmed') : problem.unavailable ? t('serviceUnavailable') : t('failed')}</p>
      <button type="button" class="button secondary small" @click=${() => this.write(attempt)}>${t('tryAgain')}</button>
    </div>`;
  }

  private changeText(change: OrderChange, t: Messages, locale: Locale): string {
    switch (change.kind) {
      case 'payment':
        return t('changedField', { field: t('paymentLabel'), from: PAYMENT_LABELS[locale][change.from as never], to: PAYMENT_LABELS[locale][change.to as never] });
      case 'fulfillment':
        return t('changedField', { field: t('fulfillmentLabel'), from: FULFILLMENT_LABELS[locale][change.from as never], to: FULFILLMENT_LABELS[locale][change.to as never] });
      case 'state':
        return t('changedField', { field: t('stateLabel'), from: ORDER_STATE_LABELS[locale][change.from as never], to: ORDER_STATE_LABELS[locale][change.to as never] });
      case 'tags':
        return t('changedTags', { tags: [...change.added.map((tag) => `+${tag}`), ...change.removed.map((tag) => `−${tag}`)].join(', ') });
      case 'notes':
        return t('changedNotes', { count: change.count });
      case 'shipments':
        return t('changedShipments', { count: change.count });
      default:
        return t('changedOther');
    }
  }

  private renderActions(allowed: readonly AdminAction[], refused: AdminOrderDetail['refusedActions'], t: Messages, locale: Locale) {
    return html`<section aria-labelledby="actions-h">
      <h3 id="actions-h">${t('actionsHeading')}</h3>
      <div class="actions" part="actions">
        ${ADMIN_ACTIONS.map((action) => {
          const isAllowed = allowed.includes(action);
          const refusal = refused.find((candidate) => candidate.action === action);
          const why = refusal ? (REFUSAL_LABELS[locale][refusal.code] ?? refusal.reason) : '';
          return html`<div class="action">
            <button
              type="button"
              class="button ${action === 'fulfill' ? '' : 'secondary'} small"
              data-action=${action}
              aria-disabled=${isAllowed && !this.busy ? 'false' : 'true'}
              aria-describedby=${isAllowed ? nothing : `why-${action}`}
              aria-expanded=${isFormAction(action) && isAllowed ? String(this.editing === action) : nothing}
              @click=${() => this.onAction(action, isAllowed)}
            >
              ${t(`action_${action}`)}
            </button>
            ${isAllowed ? nothing : html`<span class="why" id="why-${action}">${why}</span>`}
          </div>`;
        })}
      </div>
      ${this.shipping?.pending ? this.renderToast(t) : this.renderOutcome()}
      ${this.editing ? this.renderEditForm(this.editing, t, locale) : nothing}
    </section>`;
  }

  private renderError(id: string) {
    const message = this.invalid[id];
    return message ? html`<span class="error" id="${id}-error">${message}</span>` : nothing;
  }

  private invalidAttrs(id: string) {
    return this.invalid[id] ? { invalid: 'true', describedby: `${id}-error` } : { invalid: nothing, describedby: nothing };
  }

  private renderEditForm(action: FormAction, t: Messages, locale: Locale) {
    const order = this.order!;
    const reason = this.invalidAttrs('edit-reason');
    const amount = this.invalidAttrs('edit-amount');
    const tracking = this.invalidAttrs('edit-tracking');
    const balance = order.payment.amountPaid.amount - order.payment.amountRefunded.amount;
    return html`<form class="edit-form" novalidate aria-label=${actionName(t, action)} @submit=${this.onEditSubmit} @input=${this.onEditInput} @keydown=${this.onEditKeydown}>
      ${action === 'hold_fulfillment' || action === 'cancel'
        ? html`<div class="field">
            <label for="edit-reason">${t('reasonLabel')}</label>
            <textarea id="edit-reason" class="keep-on-refresh" rows="2" aria-invalid=${reason.invalid} aria-describedby=${reason.describedby}></textarea>
            ${this.renderError('edit-reason')}
          </div>`
        : nothing}
      ${action === 'refund'
        ? html`<label class="check"><input type="checkbox" id="edit-full" checked @change=${() => this.requestUpdate()} />${t('refundFull', { amount: formatMoney({ amount: balance, currency: order.currency }, locale) })}</label>
            ${this.field('edit-full')?.checked === false
              ? html`<div class="field">
                  <label for="edit-amount">${t('refundAmountLabel', { currency: order.currency })}</label>
                  <input id="edit-amount" class="keep-on-refresh" inputmode="decimal" autocomplete="off" aria-invalid=${amount.invalid} aria-describedby=${amount.describedby} />
                  ${this.renderError('edit-amount')}
                </div>`
              : nothing}`
        : nothing}
      ${action === 'add_tracking'
        ? html`<div class="field">
              <label for="edit-shipment">${t('shipmentLabel')}</label>
              <select id="edit-shipment">
                ${order.shipments
                  .filter((shipment) => !shipment.trackingNumber)
                  .map((shipment) => html`<option value=${shipment.id}>${t('shipment', { carrier: shipment.carrier.name, date: formatDateTime(shipment.shippedAt, locale) })}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="edit-tracking">${t('trackingLabel')}</label>
              <input id="edit-tracking" class="keep-on-refresh" autocomplete="off" spellcheck="false" aria-invalid=${tracking.invalid} aria-describedby=${tracking.describedby} />
              ${this.renderError('edit-tracking')}
            </div>`
        : nothing}
      ${action === 'hold_fulfillment' ? nothing : html`<label class="check"><input type="checkbox" id="edit-notify" checked />${t('notifyLabel')}</label>`}
      <div class="row">
        <button type="submit" class="button small" aria-disabled=${String(this.busy)}>${this.busy ? t('working') : t('confirm')}</button>
        <button type="button" class="button secondary small" @click=${this.closeEdit}>${t('back')}</button>
      </div>
    </form>`;
  }

  /** As in the ship dialog, a refused tracking number's error goes (or says what is still wrong) as staff fix it. */
  private onEditInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.id !== 'edit-tracking' || !this.invalid['edit-tracking']) return;
    const { 'edit-tracking': _, ...others } = this.invalid;
    const error = trackingNumberError(target.value, true, this.t);
    this.invalid = error ? { ...others, 'edit-tracking': error } : others;
  }

  private onEditKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    event.preventDefault();
    this.closeEdit();
  }

  private renderTags(order: Order, t: Messages) {
    const tag = this.invalidAttrs('tag-text');
    return html`<section aria-labelledby="tags-h">
      <h3 id="tags-h">${t('tagsHeading')}</h3>
      ${order.tags.length === 0
        ? html`<p class="muted">${t('noTags')}</p>`
        : html`<ul class="tags plain" aria-labelledby="tags-h">
            ${order.tags.map(
              (name) => html`<li class="tag">
                <span>${name}</span>
                <button type="button" class="icon-button" aria-label=${t('removeTag', { tag: name })} @click=${() => this.removeTag(name)}><span aria-hidden="true">✕</span></button>
              </li>`,
            )}
          </ul>`}
      <form class="row" novalidate @submit=${this.onAddTag}>
        <div class="field">
          <label for="tag-text">${t('addTagLabel')}</label>
          <input id="tag-text" class="keep-on-refresh" autocomplete="off" aria-invalid=${tag.invalid} aria-describedby=${tag.describedby} />
        </div>
        <button type="submit" class="button secondary small">${t('addTag')}</button>
        ${this.renderError('tag-text')}
      </form>
    </section>`;
  }

  private renderNotes(order: Order, t: Messages, locale: Locale) {
    const note = this.invalidAttrs('note-text');
    return html`<section aria-labelledby="notes-h">
      <h3 id="notes-h">${t('notesHeading')}</h3>
      ${order.staffNotes.length === 0
        ? html`<p class="muted">${t('noNotes')}</p>`
        : html`<ul class="plain">
            ${order.staffNotes.map((entry) => html`<li><p>${entry.text}</p><p class="muted">${t('noteBy', { author: entry.author, date: formatDateTime(entry.at, locale) })}</p></li>`)}
          </ul>`}
      <form novalidate @submit=${this.onAddNote}>
        <div class="field">
          <label for="note-text">${t('addNoteLabel')}</label>
          <textarea id="note-text" class="keep-on-refresh" rows="2" aria-invalid=${note.invalid} aria-describedby=${note.describedby}></textarea>
          ${this.renderError('note-text')}
        </div>
        <div class="row"><button type="submit" class="button secondary small">${t('addNote')}</button></div>
      </form>
    </section>`;
  }

  private renderFulfilDialog(order: Order, t: Messages, locale: Locale) {
    const left = unshippedQuantities(order);
    const carriers = this.carriers;
    const tracking = this.invalidAttrs('ship-tracking');
    const draft = this.fulfilDraft;
    const canShip = this.detail?.allowedActions.includes('fulfill') ?? false;
    const basedOn = this.fulfilBasedOn;
    const moved = basedOn !== null && basedOn.version !== order.version;
    // Shipped elsewhere without a tracking number: what was typed can go on that shipment instead.
    const untracked = moved && !canShip && this.detail?.allowedActions.includes('add_tracking') ? order.shipments.filter((shipment) => !shipment.trackingNumber && !basedOn.shipments.some((old) => old.id === shipment.id)) : [];
    const who = this.notify
      ? `${t('willEmail', { name: order.customer.name, email: order.customer.email })}${order.notifications.sms && order.customer.phone ? t('willText', { phone: order.customer.phone }) : ''}.${canShip && this.trackingEmpty ? t('noTrackingInEmail') : ''}`
      : t('wontNotify', { name: order.customer.name });
    return html`<dialog part="fulfil-dialog" aria-labelledby="fulfil-h" @close=${this.onFulfilClosed}>
      ${this.fulfilOpen
        ? html`<form novalidate @submit=${this.onFulfilSubmit} @input=${this.onFulfilInput}>
            <h3 id="fulfil-h">${t('fulfilTitle', { number: order.orderNumber })}</h3>
            ${moved ? this.renderFulfilChanged(basedOn, order, canShip, t, locale) : nothing}
            ${canShip
              ? html`<fieldset>
                    <legend>${t('fulfilItems')}</legend>
                    ${left.size === 0 ? html`<p class="muted">${t('nothingLeft')}</p>` : nothing}
                    ${[...left].map(([lineItemId, max]) => {
                      const item = order.lineItems.find((candidate) => candidate.id === lineItemId);
                      const title = item ? (item.variant ? `${item.title} (${item.variant})` : item.title) : lineItemId;
                      const id = `ship-${lineItemId}`;
                      const attrs = this.invalidAttrs(id);
                      const kept = draft?.quantities[lineItemId];
                      return html`<div class="field">
                        <label for=${id}>${t('fulfilQuantity', { title, left: max })}</label>
                        <input id=${id} type="number" min="0" max=${max} step="1" value=${Number.isInteger(kept) ? Math.min(max, kept!) : max} aria-invalid=${attrs.invalid} aria-describedby=${attrs.describedby} />
                        ${this.renderError(id)}
                      </div>`;
                    })}
                  </fieldset>
                  <div class="field">
                    <label for="ship-carrier">${t('carrierLabel')}</label>
                    ${Array.isArray(carriers)
                      ? html`<select id="ship-carrier">
                          ${carriers.map((carrier) => html`<option value=${carrier.code} ?selected=${carrier.code === draft?.carrier}>${carrier.name}</option>`)}
                        </select>`
                      : html`<p class=${carriers === 'failed' ? 'error' : 'muted'} role="status">${carriers === 'failed' ? t('carriersFailed') : t('carriersLoading')}</p>`}
                    ${this.renderError('ship-carrier')}
                  </div>`
              : nothing}
            <div class="field">
              <label for="ship-tracking">${t('trackingNumberLabel')}</label>
              <input id="ship-tracking" autocomplete="off" spellcheck="false" .value=${draft?.trackingNumber ?? ''} aria-invalid=${tracking.invalid} aria-describedby=${tracking.describedby} />
              ${this.renderError('ship-tracking')}
            </div>
            ${canShip || untracked.length > 0
              ? html`<label class="check"><input type="checkbox" id="ship-notify" .checked=${this.notify} @change=${(event: Event) => (this.notify = (event.target as HTMLInputElement).checked)} />${t('notifyLabel')}</label>
                  <p class="who" id="ship-who">${who}</p>`
              : nothing}
            <div class="row">
              ${canShip
                ? html`<button type="submit" class="button small" aria-describedby="ship-who" ?disabled=${!Array.isArray(carriers)}>${t('markShipped')}</button>`
                : untracked.map(
                    (shipment) =>
                      html`<button type="button" class="button small" aria-describedby="ship-who" @click=${() => this.onAddTrackingFromDialog(shipment.id)}>${t('addTrackingTo', { carrier: shipment.carrier.name })}</button>`,
                  )}
              <button type="button" class="button secondary small" @click=${this.closeFulfil}>${canShip ? t('cancelDialog') : t('closeDialog')}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  /** Inside the ship dialog, when the order moved under it: what changed, and what is left to do. */
  private renderFulfilChanged(basedOn: Order, order: Order, canShip: boolean, t: Messages, locale: Locale) {
    const refusal = this.detail?.refusedActions.find((candidate) => candidate.action === 'fulfill');
    const verdict = canShip
      ? t('dialogCheckLeft')
      : order.fulfillmentStatus === 'fulfilled'
        ? t('dialogAllShipped')
        : t('dialogCannotShip', { reason: refusal ? (REFUSAL_LABELS[locale][refusal.code] ?? refusal.reason) : FULFILLMENT_LABELS[locale][order.fulfillmentStatus] });
    return html`<div class="callout warning shown" role="alert" tabindex="-1">
      <p><strong>${t('dialogChanged')}</strong></p>
      <ul>
        ${orderChanges(basedOn, order).map((change) => html`<li>${this.changeText(change, t, locale)}</li>`)}
      </ul>
      <p>${verdict}</p>
      <p>${t('dialogKept')}</p>
    </div>`;
  }

  /**
   * What the merchant's own change did, in the flow under the actions (it covers nothing), with a
   * spinner while it is on its way. Focusable, so focus has somewhere to go when a form closes.
   */
  private renderOutcome() {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    return html`<p class="outcome ${outcome.sending ? 'sending' : 'done'}" part="outcome" tabindex="-1">
      ${outcome.sending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span>${outcome.text}</span>
    </p>`;
  }

  private renderToast(t: Messages) {
    return html`<div class="toast" part="toast" role="group" aria-label=${t('undoToast')}>
      <span>${t('undoToast')}</span>
      <span class="countdown">${t('undoCountdown', { seconds: this.secondsLeft })}</span>
      <button type="button" class="button small" @click=${this.undoShipping}>${t('undo')}</button>
    </div>`;
  }
}

/** An address as lines of text, for a pre-line block. */
function addressText(address: Address | null): string {
  if (!address) return '';
  return [address.name, address.company, address.line1, address.line2, [address.postalCode, address.city].join(' '), address.region, address.country, address.phone]
    .filter((line) => line)
    .join('\n');
}
