import { html } from 'lit';
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
  const { t } = host;
  const { order, hidden, widths } = host.layout;
  const say = translator(panelMessages, host.locale);
  // The last visible column cannot be hidden: its checkbox then goes back to checked.
  const show = (event: Event, column: ColumnId) => {
    const checkbox = event.target as HTMLInputElement;
    host.setLayout(withColumnShown(host.layout, column, checkbox.checked));
    checkbox.checked = !host.layout.hidden.includes(column);
  };
  const move = (event: Event, column: ColumnId, by: -1 | 1) => {
    const panel = (event.currentTarget as HTMLElement).closest('.panel')!;
    const from = host.layout.order.indexOf(column);
    // Rows are drawn by place, so the two columns trade rows: what each width field holds (typed,
    // perhaps wrong, not yet used) and its error go with their column.
    const fields = [from, from + by].map((place) => panel.querySelectorAll<HTMLInputElement>('.column-option .field')[place]!);
    const held = fields.map((input) => [input.value, input.getAttribute('aria-invalid'), input.nextElementSibling!.textContent] as const);
    host.setLayout(withColumnMoved(host.layout, column, by));
    const { order } = host.layout;
    // After the table has drawn the new order: the same column's button, or its other one at either end.
    setTimeout(() => {
      fields.forEach((input, place) => {
        const [value, invalid, error] = held[1 - place]!;
        input.value = value;
        if (invalid) input.setAttribute('aria-invalid', invalid);
        else input.removeAttribute('aria-invalid');
        (input.nextElementSibling as HTMLElement).textContent = error;
        (input.nextElementSibling as HTMLElement).hidden = !error;
      });
      const buttons = panel.querySelectorAll<HTMLButtonElement>(`[data-column="${column}"] .icon-button`);
      (buttons[by < 0 ? 0 : 1]!.disabled ? buttons[by < 0 ? 1 : 0] : buttons[by < 0 ? 0 : 1])!.focus();
      panel.querySelector('.moved')!.textContent = say('moved', { column: t(column), position: order.indexOf(column) + 1, count: order.length });
    });
  };
  const width = (event: Event, column: ColumnId, commit: boolean) => {
    const input = event.target as HTMLInputElement;
    const { minWidth: min } = COLUMN_SPECS[column];
    const value = input.valueAsNumber;
    const wrong = !(value >= min && value <= MAX_COLUMN_WIDTH);
    const error = input.nextElementSibling!;
    // While typing, an error only goes away; a new one waits for the change (Enter or leaving the field).
    if (wrong && !commit) return;
    if (wrong) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    error.textContent = wrong ? say('widthRange', { column: t(column), min, max: MAX_COLUMN_WIDTH }) : '';
    (error as HTMLElement).hidden = !wrong;
    if (wrong || !commit) return;
    host.setLayout(withColumnWidth(host.layout, column, value));
    input.value = String(host.layout.widths[column]);
  };
  return html`<div id="columns-panel" class="panel" part="columns-panel" role="group" aria-label=${say('columnPicker')} @keydown=${(event: KeyboardEvent) => host.onKeydown(event, 'columns')}>
    <fieldset>
      <legend>${say('columnPicker')}</legend>
      ${order.map((column, index) => {
        const name = t(column);
        return html`<div class="column-option" data-column=${column}>
          <label class="option"><input type="checkbox" .checked=${!hidden.includes(column)} @change=${(event: Event) => show(event, column)} />${name}</label>
          <button type="button" class="icon-button" aria-label=${say('moveEarlier', { column: name })} ?disabled=${index === 0} @click=${(event: Event) => move(event, column, -1)}>
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label=${say('moveLater', { column: name })}
            ?disabled=${index === order.length - 1}
            @click=${(event: Event) => move(event, column, 1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <input
            type="number"
            class="field"
            aria-label=${say('columnWidth', { column: name })}
            aria-describedby="width-error-${column}"
            min=${COLUMN_SPECS[column].minWidth}
            max=${MAX_COLUMN_WIDTH}
            .value=${String(widths[column])}
            @input=${(event: Event) => width(event, column, false)}
            @change=${(event: Event) => width(event, column, true)}
          />
          <span id="width-error-${column}" class="width-error" style="grid-column: 1 / -1; color: var(--_danger)" hidden></span>
        </div>`;
      })}
    </fieldset>
    <button type="button" class="button secondary small" @click=${() => host.setLayout(defaultLayout())}>${say('resetColumns')}</button>
    <p class="moved visually-hidden" role="status"></p>
  </div>`;
}
