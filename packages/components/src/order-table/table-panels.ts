import { type ChildPart, html, nothing, type ReactiveElement } from 'lit';
import { Directive, type DirectiveParameters, directive } from 'lit/directive.js';
import type { Locale } from '../i18n/locale.ts';
import { type Translate, translator } from '../i18n/messages.ts';
import { panelMessages } from './panel-messages.ts';
import { type ColumnLayout, defaultLayout, withColumnMoved, withColumnShown, withColumnWidth } from './column-layout.ts';
import { COLUMN_SPECS, type ColumnId, MAX_COLUMN_WIDTH } from './columns.ts';
import { FULFILLMENT_STATUS_VALUES, OVERVIEW_STATUSES, PAYMENT_METHOD_VALUES, PAYMENT_STATUS_VALUES } from './facet-values.ts';
import type { TableMessages } from './messages.ts';
import { type ArchivedFilter, type ListFacet, type TableFilters, toggleFilterValue } from './table-query.ts';

/*
 * The filters panel and the column picker, shown under the toolbar when the merchant opens
 * them. They change the table only through PanelHost, so they know nothing of its state.
 */

export type Panel = 'filters' | 'columns';

/** What a panel reads from and writes to the table. */
export interface PanelHost {
  readonly t: Translate<TableMessages>;
  /** The table's language, for the panels' own messages. */
  readonly locale: Locale;
  readonly filters: TableFilters;
  readonly layout: ColumnLayout;
  /** The table's `storage-key`: what this browser keeps for it (columns, own views) is kept under it. */
  readonly storageKey: string;
  setFilters(filters: TableFilters): void;
  setLayout(layout: ColumnLayout): void;
  /** The carriers or tags present in the orders. */
  facetValues(facet: 'carrier' | 'tag'): readonly string[];
  /** A facet value in words ("Payment pending"). */
  valueLabel(facet: ListFacet, value: string): string;
  /** Escape in a panel: close it and give focus back to its button. */
  onKeydown(event: KeyboardEvent, panel: Panel): void;
}

/** Checkboxes per facet (OR within one, AND across), the date range and archived orders. */
export function renderFiltersPanel(host: PanelHost) {
  const { t, filters } = host;
  const say = translator(panelMessages, host.locale);
  const list = (facet: ListFacet, values: readonly string[]) => html`<fieldset>
    <legend>${t(`facet_${facet}`)}</legend>
    ${values.map(
      (value) =>
        html`<label class="option"
          ><input
            type="checkbox"
            .checked=${(filters[facet] as readonly string[]).includes(value)}
            @change=${(event: Event) => host.setFilters(toggleFilterValue(host.filters, facet, value, (event.target as HTMLInputElement).checked))}
          />${host.valueLabel(facet, value)}</label
        >`,
    )}
  </fieldset>`;
  const day = (key: 'placedFrom' | 'placedTo') => html`<label class="option"
    >${say(key)}
    <input
      type="date"
      class="field"
      .value=${filters[key] ?? ''}
      @change=${(event: Event) => host.setFilters({ ...host.filters, [key]: (event.target as HTMLInputElement).value || null })}
  /></label>`;
  const archived = (value: ArchivedFilter) => html`<label class="option"
    ><input type="radio" name="archived" .checked=${filters.archived === value} @change=${() => host.setFilters({ ...host.filters, archived: value })} />${say(`archived_${value}`)}</label
  >`;
  return html`<div id="filters-panel" class="panel" part="filters-panel" role="group" aria-label=${t('filters')} @keydown=${(event: KeyboardEvent) => host.onKeydown(event, 'filters')}>
    ${list('paymentStatus', PAYMENT_STATUS_VALUES)} ${list('fulfillmentStatus', FULFILLMENT_STATUS_VALUES)} ${list('deliveryStatus', OVERVIEW_STATUSES)}
    ${list('paymentMethod', PAYMENT_METHOD_VALUES)} ${list('carrier', host.facetValues('carrier'))} ${list('tag', host.facetValues('tag'))}
    <fieldset><legend>${say('placed')}</legend>${day('placedFrom')} ${day('placedTo')}</fieldset>
    <fieldset><legend>${say('archived')}</legend>${archived('include')} ${archived('exclude')} ${archived('only')}</fieldset>
  </div>`;
}

/**
 * Show or hide, move and size each column (a width field per column: resizing without dragging).
 * After a move, focus stays on that column's button (rows are drawn by place, so it is now in the
 * next row) and Enter again moves the same column; the new place is announced. A width out of
 * range is kept as typed, said to be wrong beside the field, and not used until it is corrected.
 */
export function renderColumnPicker(host: PanelHost) {
  return columnPicker(host);
}

/**
 * The column picker, with what it alone knows kept by column while it is open: a width refused
 * (out of range) as typed, and as it is being corrected. Rows are drawn by
 * place from it, so a typed width and its error go with their column when columns move, Reset
 * columns clears them, and the error is said in the table's language as it is now (a language
 * change redraws it). A directive keeps this state with the panel's place in the table's
 * template, so it goes when the panel closes. (Lit's async directives and live() would bring
 * Lit's private helpers into the table's first script, over its size budget: the picker asks the
 * table to draw again instead, and sets a field itself where Lit would not.)
 */
class ColumnPicker extends Directive {
  private host!: PanelHost;
  /** The element whose template holds the picker, drawn again when only the picker's state changes. */
  private table: ReactiveElement | undefined;
  /** Width text typed and not used, by column: kept while its error shows, and while it is corrected. */
  private readonly typed = new Map<ColumnId, string>();
  /** Columns whose typed width was refused: the field is marked and the error shown beside it. */
  private readonly refused = new Set<ColumnId>();

  override update(part: ChildPart, [host]: DirectiveParameters<this>) {
    this.table = part.options?.host as ReactiveElement | undefined;
    return this.render(host);
  }

  render(host: PanelHost) {
    this.host = host;
    return this.template();
  }

  private redraw(): void {
    this.table?.requestUpdate();
  }

  // The last visible column cannot be hidden: its checkbox then goes back to checked.
  private show(event: Event, column: ColumnId): void {
    const checkbox = event.target as HTMLInputElement;
    this.host.setLayout(withColumnShown(this.host.layout, column, checkbox.checked));
    checkbox.checked = !this.host.layout.hidden.includes(column);
  }

  private move(event: Event, column: ColumnId, by: -1 | 1): void {
    const { host } = this;
    const panel = (event.currentTarget as HTMLElement).closest('.panel')!;
    host.setLayout(withColumnMoved(host.layout, column, by));
    const { order } = host.layout;
    // After the table has drawn the new order: the same column's button, or its other one at either end.
    setTimeout(() => {
      const buttons = panel.querySelectorAll<HTMLButtonElement>(`[data-column="${column}"] .icon-button`);
      (buttons[by < 0 ? 0 : 1]!.disabled ? buttons[by < 0 ? 1 : 0] : buttons[by < 0 ? 0 : 1])!.focus();
      panel.querySelector('.moved')!.textContent = translator(panelMessages, host.locale)('moved', { column: host.t(column), position: order.indexOf(column) + 1, count: order.length });
    });
  }

  private width(event: Event, column: ColumnId, commit: boolean): void {
    const { host, typed, refused } = this;
    const input = event.target as HTMLInputElement;
    const value = input.valueAsNumber;
    const wrong = !(value >= COLUMN_SPECS[column].minWidth && value <= MAX_COLUMN_WIDTH);
    const wasRefused = refused.has(column);
    // While typing, an error only goes away; a new one waits for the change (Enter or leaving the field).
    if (!wrong) refused.delete(column);
    else if (commit) refused.add(column);
    if (wrong && commit) typed.set(column, input.value);
    // Kept as it is corrected, so a redraw meanwhile (the error going, new orders) does not bring the wrong width back.
    else if (typed.has(column)) typed.set(column, input.value);
    if (!wrong && commit) {
      typed.delete(column);
      host.setLayout(withColumnWidth(host.layout, column, value));
      // The width used (whole pixels) even where the drawn value does not change ("300.4" on a 300 column).
      input.value = String(host.layout.widths[column]);
    }
    if (refused.has(column) !== wasRefused) this.redraw();
  }

  private reset(): void {
    this.typed.clear();
    this.refused.clear();
    this.host.setLayout(defaultLayout());
    this.redraw();
  }

  private template() {
    const { host, typed, refused } = this;
    const { t } = host;
    const { order, hidden, widths } = host.layout;
    const say = translator(panelMessages, host.locale);
    return html`<div id="columns-panel" class="panel" part="columns-panel" role="group" aria-label=${say('columnPicker')} @keydown=${(event: KeyboardEvent) => host.onKeydown(event, 'columns')}>
      <fieldset>
        <legend>${say('columnPicker')}</legend>
        ${order.map((column, index) => {
          const name = t(column);
          const min = COLUMN_SPECS[column].minWidth;
          const wrong = refused.has(column);
          return html`<div class="column-option" data-column=${column}>
            <label class="option"><input type="checkbox" .checked=${!hidden.includes(column)} @change=${(event: Event) => this.show(event, column)} />${name}</label>
            <button type="button" class="icon-button" aria-label=${say('moveEarlier', { column: name })} ?disabled=${index === 0} @click=${(event: Event) => this.move(event, column, -1)}>
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label=${say('moveLater', { column: name })}
              ?disabled=${index === order.length - 1}
              @click=${(event: Event) => this.move(event, column, 1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <input
              type="number"
              class="field"
              aria-label=${say('columnWidth', { column: name })}
              aria-describedby="width-error-${column}"
              aria-invalid=${wrong ? 'true' : nothing}
              min=${min}
              max=${MAX_COLUMN_WIDTH}
              .value=${typed.get(column) ?? String(widths[column])}
              @input=${(event: Event) => this.width(event, column, false)}
              @change=${(event: Event) => this.width(event, column, true)}
            />
            <span id="width-error-${column}" class="width-error" style="grid-column: 1 / -1; color: var(--_danger)" ?hidden=${!wrong}
              >${wrong ? say('widthRange', { column: name, min, max: MAX_COLUMN_WIDTH }) : nothing}</span
            >
          </div>`;
        })}
      </fieldset>
      <button type="button" class="button secondary small" @click=${() => this.reset()}>${say('resetColumns')}</button>
      <p class="moved visually-hidden" role="status"></p>
    </div>`;
  }
}

const columnPicker = directive(ColumnPicker);
