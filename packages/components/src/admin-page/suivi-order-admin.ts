import { ContextProvider } from '@lit/context';
import { CSV_BYTE_ORDER_MARK, csvHeaderRecord, csvOrderRecord, type AdminRefusalCode } from '@suivi/model';
import type { SuiviAdminClient } from '@suivi/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { adminClientContext } from '../context/admin-client-context.ts';
import { AdminClientController } from '../context/admin-client-controller.ts';
import { LocaleController } from '../i18n/locale-controller.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { REFUSAL_LABELS } from '../i18n/refusal-messages.ts';
import type { SuiviOrderDetail } from '../order-detail/suivi-order-detail.ts';
import type { BulkActionEvent } from '../order-table/bulk-action-event.ts';
import type { OrderOpenEvent } from '../order-table/order-open-event.ts';
import { SELECT_ALL_LIMIT, ServerRowSource } from '../order-table/server-row-source.ts';
import { SuiviOrderTable } from '../order-table/suivi-order-table.ts';
import { calloutStyles } from '../styles/callout.ts';
import { buttonStyles, tokens } from '../styles/tokens.ts';
import { BulkRun } from './bulk-run.ts';
import { defineOrderDetail } from './order-detail-loader.ts';
import { adminMessages } from './messages.ts';

type Messages = Translate<(typeof adminMessages)['en']>;

/** How many orders a bulk report names before "and N more". */
const NAMED_IN_REPORT = 5;

/** `orders-selected-2026-11-21.csv`: the local day, like the API's `orders-2026-11-21.csv`. */
function selectionFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `orders-selected-${day}.csv`;
}

/** What the last export did. */
interface BulkReport {
  summary: string;
  tone: 'ok' | 'danger';
}

/**
 * @summary The merchant's order back office: every order in a server-mode table, a detail panel with safe actions, all kept live.
 *
 * Makes one admin client (from `base-url` and `admin-key`, or the `adminClient` given) and shares
 * it with everything inside. The table pages, filters, sorts and searches through the API
 * (ServerRowSource); the overview strip counts come from the API's facets. Opening an order
 * (Enter on its row, or a click on its number) shows `<suivi-order-detail>` in a modal side panel:
 * focus moves into it, Escape or Close shuts it and focus goes back to the row. The admin event
 * stream keeps it all current: new orders appear on top of a newest-first list and changed rows
 * are replaced where they are (scroll position, selection and focus kept), and the open panel
 * reloads its order (warning if staff were typing). Bulk actions from the table's bar are sent
 * with each order's version, in batches of at most the API's cap one after the other (BulkRun),
 * with their progress shown and announced, and reported order by order: done, refused (why, in
 * words) or not sent because a batch failed, with "Try again" for those only, naming the orders
 * done. "Select all matching" fetches every matching id, up to `select-limit`. "Export as CSV"
 * downloads the selected orders, in the API export's columns, readable by Excel (UTF-8 BOM).
 *
 * @csspart status - Loading and error messages of the list, with "Try again".
 * @csspart bulk-report - What the last bulk action did, order by order.
 * @csspart table - The `<suivi-order-table>`.
 * @csspart panel - The side panel around the detail.
 * @csspart detail - The `<suivi-order-detail>`.
 *
 * @cssproperty --suivi-order-admin-panel-width - Width of the side panel. Defaults to min(40rem, 100vw).
 *
 * @attr base-url - Where the API lives.
 * @attr admin-key - The shop's admin key (back-office pages only: it opens every order).
 * @attr undo-seconds - Passed to the detail panel: how long a shipment waits behind its Undo toast.
 * @attr select-limit - The most orders "select all matching" takes for one bulk run. Defaults to 5,000.
 * @attr theme - `light` or `dark` to override the page's colour scheme.
 * @attr lang - Language of the element; otherwise the nearest `lang`.
 */
export class SuiviOrderAdmin extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    calloutStyles,
    css`
      :host {
        display: grid;
        /* One column that may shrink below the table's width: the table scrolls, the page does not widen. */
        grid-template-columns: minmax(0, 1fr);
        gap: 0.75rem;
      }
      [part='status'] p:empty {
        display: none;
      }
      [part='status'] p {
        margin: 0;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .button.small {
        min-height: 2.25rem;
        padding: 0.25rem 0.875rem;
      }
      .callout ul {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.25rem;
      }
      .callout.ok {
        border-inline-start-color: var(--_success);
        background: var(--_success-surface);
      }
      dialog {
        margin: 0 0 0 auto;
        height: 100dvh;
        max-height: 100dvh;
        width: var(--suivi-order-admin-panel-width, min(40rem, 100vw));
        max-width: 100vw;
        padding: 0;
        border: 0;
        border-inline-start: 1px solid var(--_border);
        color: var(--_text);
        background: var(--_surface);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      .panel-bar {
        position: sticky;
        top: 0;
        z-index: 1;
        display: flex;
        justify-content: flex-end;
        padding: 0.5rem;
        background: var(--_surface);
        border-bottom: 1px solid var(--_border);
      }
    `,
  ];

  static override properties = {
    adminClient: { attribute: false },
    baseUrl: { attribute: 'base-url' },
    adminKey: { attribute: 'admin-key' },
    undoSeconds: { attribute: 'undo-seconds', type: Number },
    selectLimit: { attribute: 'select-limit', type: Number },
    openOrderId: { state: true },
    bulkReport: { state: true },
    bulkRun: { state: true },
    bulkSending: { state: true },
    liveDown: { state: true },
    detailFailed: { state: true },
  };

  /** The admin client; otherwise made from `base-url` and `admin-key`. */
  adminClient: SuiviAdminClient | undefined;
  /** Where the API lives. */
  baseUrl: string | undefined;
  /** The shop's admin key. */
  adminKey: string | undefined;
  /** Seconds a shipment waits behind its Undo toast (the detail panel's `undo-seconds`). */
  undoSeconds = 5;
  /** The most orders "select all matching" takes for one bulk run (the table then offers "Select the first N"). */
  selectLimit = SELECT_ALL_LIMIT;

  private openOrderId: string | undefined;
  private bulkReport: BulkReport | null = null;
  /** The last bulk action on orders, batch by batch; `bulkSending` while batches are on their way. */
  private bulkRun: BulkRun | null = null;
  private bulkSending = false;
  private liveDown = false;
  /** The detail panel's code could not be fetched: the panel says so and offers to try again. */
  private detailFailed = false;

  private readonly localeCtl = new LocaleController(this);
  private readonly clientCtl = new AdminClientController(this);
  private readonly provider = new ContextProvider(this, { context: adminClientContext });
  private source: ServerRowSource | null = null;
  private sourceClient: SuiviAdminClient | undefined;
  private stopLive: (() => void) | null = null;
  private readonly onSourceChange = () => this.requestUpdate();

  private get t(): Messages {
    return translator(adminMessages, this.localeCtl.locale);
  }

  private get table(): SuiviOrderTable | null {
    return this.renderRoot.querySelector('suivi-order-table');
  }

  private get detail(): SuiviOrderDetail | null {
    return this.renderRoot.querySelector('suivi-order-detail');
  }

  /** The rows' source: its loaded rows, the current query; for tests and pages that add their own tools. */
  get rowSource(): ServerRowSource | null {
    return this.source;
  }

  override connectedCallback(): void {
    // The table it lays out is registered here, not when this module is imported, so importing
    // the class from @suivi/components registers no tag.
    if (!customElements.get('suivi-order-table')) customElements.define('suivi-order-table', SuiviOrderTable);
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopLive?.();
    this.stopLive = null;
    this.sourceClient = undefined;
  }

  protected override updated(): void {
    if (this.source) this.source.selectLimit = this.selectLimit;
    const client = this.clientCtl.client;
    if (client === this.sourceClient || !client || !this.table) return;
    this.sourceClient = client;
    this.provider.setValue(client);
    this.stopLive?.();
    this.source?.removeEventListener('change', this.onSourceChange);
    const source = (this.source = new ServerRowSource(client));
    source.selectLimit = this.selectLimit;
    source.addEventListener('change', this.onSourceChange);
    // The stream opens before the list loads, so nothing that happens meanwhile is missed. Each time
    // it opens after the list was read (late, after a slow or failed first connection, or again
    // after a break) it may have nothing to resume from: a connection that broke before its first
    // line never learnt the server's position, so it starts from now, and what changed while it was
    // down reached neither. The list is then read again (the same read as after a resync); a feed
    // that did resume replays the same changes, which upsert takes as no change.
    this.stopLive = client.watchOrders({
      onEvent: ({ kind, order }) => {
        source.upsert(kind, order);
        this.detail?.orderChanged(order);
      },
      onResync: () => source.retry(),
      onStatus: (status) => {
        this.liveDown = status === 'reconnecting';
        if (status === 'open' && !source.loading && !source.failed) source.retry();
      },
    });
    this.table.useSource(source);
    // The list is on its way: fetch the detail panel's code alongside, so opening an order finds it.
    defineOrderDetail().catch(() => undefined);
  }

  private onOpen(event: OrderOpenEvent): void {
    this.openOrderId = event.orderId;
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!dialog.open) dialog.showModal();
    void this.showDetail();
  }

  /** Waits for the panel's code (fetched with the list, so usually there already), then for the order, and focuses it. */
  private readonly showDetail = async (): Promise<void> => {
    try {
      await defineOrderDetail();
      this.detailFailed = false;
    } catch {
      this.detailFailed = true;
      return;
    }
    await this.updateComplete;
    const detail = this.detail;
    if (!detail) return;
    await detail.updateComplete;
    // Focus goes to the order's heading once it is drawn (the close button holds it meanwhile).
    for (let i = 0; i < 50 && !detail.order; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    if (this.renderRoot.querySelector('dialog')?.open) detail.focus();
  };

  private closePanel(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private async onBulk(event: BulkActionEvent): Promise<void> {
    const client = this.clientCtl.client;
    const source = this.source;
    if (!client || !source || this.bulkSending) return;
    const action = event.action;
    this.bulkReport = null;
    this.bulkRun = null;
    if (action !== 'export') {
      const refs = event.orderIds.flatMap((id) => {
        const row = source.loadedRow(id);
        return row ? [{ id, version: row.version }] : [];
      });
      this.bulkRun = new BulkRun(client, action, refs);
      return this.sendBulk();
    }
    this.exportSelection(source, event.orderIds);
  }

  /**
   * "Export as CSV" sits in the selection bar beside the count and Archive, so it exports the
   * selected orders, as everything else there acts on them (the API's export takes a filter, not
   * a list of orders; "Select all matching" then Export gives a whole filter). Every selected
   * order's row is known to the source (listed, or read by "select all"), so the file is made
   * here with the API's own columns and cell rules (@suivi/model's admin-csv), plus the byte
   * order mark the API's stream starts with, so a spreadsheet reads "Léa" as UTF-8.
   */
  private exportSelection(source: ServerRowSource, orderIds: readonly string[]): void {
    const t = this.t;
    const rows = orderIds.flatMap((id) => source.loadedRow(id) ?? []);
    try {
      const text = CSV_BYTE_ORDER_MARK + csvHeaderRecord() + rows.map(csvOrderRecord).join('');
      const fileName = selectionFileName(new Date());
      const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })), download: fileName });
      link.click();
      URL.revokeObjectURL(link.href);
      this.bulkReport = { summary: t('exportedSelection', { n: rows.length, file: fileName }), tone: 'ok' };
    } catch {
      this.bulkReport = { summary: t('exportFailed'), tone: 'danger' };
    }
  }

  /** Sends what the current bulk run has not sent yet (all of it, or after a failure only the orders not sent). */
  private async sendBulk(): Promise<void> {
    const run = this.bulkRun;
    if (!run || this.bulkSending) return;
    this.bulkSending = true;
    await run.send(() => this.requestUpdate());
    this.bulkSending = false;
    // Rows change through the live feed; a list without it catches up here.
    if (run.results.some((result) => !result.ok && result.code === 'conflict')) this.source?.retry();
  }

  /** "Select all matching" while it reads the ids: how far, with Cancel; when a page failed, why, with Try again. */
  private renderSelecting(source: ServerRowSource, t: Messages) {
    const { loaded, total, failed } = source.selecting!;
    const cancel = html`<button type="button" class="button secondary small" @click=${() => source.cancelSelect()}>${t('cancel')}</button>`;
    return failed
      ? html`<div class="callout danger shown row" role="alert">
          <span>${t('selectFailed')}</span>
          <button type="button" class="button secondary small" @click=${() => source.retrySelect()}>${t('tryAgain')}</button> ${cancel}
        </div>`
      : html`<div class="row select-progress">
          <span role="status">${t('selecting', { loaded: this.formatCount(loaded), total: this.formatCount(total) })}</span>
          <progress max=${total} .value=${loaded} aria-hidden="true"></progress> ${cancel}
        </div>`;
  }

  private formatCount(n: number): string {
    return new Intl.NumberFormat(this.localeCtl.locale).format(n);
  }

  /** Order numbers for a report: all of a few, or the first few "and N more". */
  private someNumbers(numbers: readonly string[]): string {
    const list = new Intl.ListFormat(this.localeCtl.locale, { type: 'conjunction' });
    if (numbers.length <= NAMED_IN_REPORT) return list.format(numbers);
    return list.format([...numbers.slice(0, NAMED_IN_REPORT), this.t('andMore', { n: numbers.length - NAMED_IN_REPORT })]);
  }

  /** An order's number for the report (its id if the list never showed it). */
  private numberOf(orderId: string): string {
    return this.source?.loadedRow(orderId)?.orderNumber ?? orderId;
  }

  /** The bulk run in words: while sending, how far it is; then each order's result, refusals in words, and what was not sent with Try again. */
  private renderBulkRun(run: BulkRun, t: Messages) {
    const action = t(`bulk_${run.action}`);
    const unsent = run.unsent;
    if (this.bulkSending) {
      return html`<div class="callout shown">
        <p>${t('bulkSending', { action, done: this.formatCount(run.results.length), total: this.formatCount(run.total) })}</p>
        <progress max=${run.total} .value=${run.results.length} aria-hidden="true"></progress>
      </div>`;
    }
    const locale = this.localeCtl.locale;
    const refused = run.results.filter((result) => !result.ok);
    const ok = run.results.length - refused.length;
    const reasons = refused.map((result) =>
      t('bulkFailedItem', {
        number: this.numberOf(result.id),
        reason:
          result.code === 'conflict'
            ? t('bulkConflict')
            : result.code === 'not_found'
              ? t('bulkNotFound')
              : (REFUSAL_LABELS[locale][result.code as AdminRefusalCode] ?? result.reason),
      }),
    );
    const done = run.results.filter((result) => result.ok).map((result) => this.numberOf(result.id));
    return html`<div class="callout ${unsent.length ? 'danger' : refused.length ? 'warning' : 'ok'} shown">
      <p>${t('bulkDone', { action, ok, refused: refused.length, unsent: unsent.length })}</p>
      ${done.length ? html`<p>${t(`doneList_${run.action}`, { numbers: this.someNumbers(done) })}</p>` : nothing}
      ${reasons.length ? html`<ul>${reasons.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      ${unsent.length
        ? html`<p class="row">
            <span>${t('bulkUnsent', { n: unsent.length, numbers: unsent.map((ref) => this.numberOf(ref.id)).join(', ') })}</span>
            <button type="button" class="button secondary small" @click=${this.sendBulk}>${t('tryAgain')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    const source = this.source;
    return html`
      <div part="status">
        ${source?.failed
          ? html`<div class="callout danger shown row" role="alert">
              <span>${t('loadFailed')}</span>
              <button type="button" class="button secondary small" @click=${() => source.retry()}>${t('tryAgain')}</button>
            </div>`
          : nothing}
        <p role="status">${source?.loading && !source.failed ? t('loading') : ''}</p>
        ${source?.selecting ? this.renderSelecting(source, t) : nothing}
        <p class="callout warning ${this.liveDown ? 'shown' : ''}" role="status">${this.liveDown ? t('liveOff') : nothing}</p>
      </div>
      <div part="bulk-report" role="status">
        ${this.bulkRun
          ? this.renderBulkRun(this.bulkRun, t)
          : this.bulkReport
            ? html`<div class="callout ${this.bulkReport.tone} shown"><p>${this.bulkReport.summary}</p></div>`
            : nothing}
      </div>
      <suivi-order-table part="table" storage-key="admin" @suivi-order-open=${this.onOpen} @suivi-bulk-action=${this.onBulk}></suivi-order-table>
      <dialog part="panel" aria-label=${t('detailLabel')} @close=${() => (this.openOrderId = undefined)}>
        <div class="panel-bar">
          <button type="button" class="button secondary small" @click=${this.closePanel}>${t('close')}</button>
        </div>
        ${this.detailFailed
          ? html`<div class="callout danger shown" role="alert">
              <p>${t('detailFailed')}</p>
              <button type="button" class="button secondary small" @click=${this.showDetail}>${t('tryAgain')}</button>
            </div>`
          : nothing}
        ${this.openOrderId
          ? html`<suivi-order-detail part="detail" order-id=${this.openOrderId} undo-seconds=${this.undoSeconds}></suivi-order-detail>`
          : nothing}
      </dialog>
    `;
  }
}
