import { html } from 'lit';
import type { Translate } from '../i18n/messages.ts';
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
    >${t(key)}
    <input
      type="date"
      class="field"
      .value=${filters[key] ?? ''}
      @change=${(event: Event) => host.setFilters({ ...host.filters, [key]: (event.target as HTMLInputElement).value || null })}
  /></label>`;
  const archived = (value: ArchivedFilter) => html`<label class="option"
    ><input type="radio" name="archived" .checked=${filters.archived === value} @change=${() => host.setFilters({ ...host.filters, archived: value })} />${t(
      `archived_${value}`,
    )}</label
  >`;
  return html`<div id="filters-panel" class="panel" part="filters-panel" role="group" aria-label=${t('filters')} @keydown=${(event: KeyboardEvent) => host.onKeydown(event, 'filters')}>
    ${list('paymentStatus', PAYMENT_STATUS_VALUES)} ${list('fulfillmentStatus', FULFILLMENT_STATUS_VALUES)} ${list('deliveryStatus', OVERVIEW_STATUSES)}
    ${list('paymentMethod', PAYMENT_METHOD_VALUES)} ${list('carrier', host.facetValues('carrier'))} ${list('tag', host.facetValues('tag'))}
    <fieldset><legend>${t('placed')}</legend>${day('placedFrom')} ${day('placedTo')}</fieldset>
    <fieldset><legend>${t('archived')}</legend>${archived('include')} ${archived('exclude')} ${archived('only')}</fieldset>
  </div>`;
}

/** Show or hide, move and size each column (a width field per column: resizing without dragging). */
export function renderColumnPicker(host: PanelHost) {
  const { t } = host;
  const { order, hidden, widths } = host.layout;
  // The last visible column cannot be hidden: its checkbox then goes back to checked.
  const show = (event: Event, column: ColumnId) => {
    const checkbox = event.target as HTMLInputElement;
    host.setLayout(withColumnShown(host.layout, column, checkbox.checked));
    checkbox.checked = !host.layout.hidden.includes(column);
  };
  // A width typed out of range is clamped, and the field shows the width actually used.
  const size = (event: Event, column: ColumnId) => {
    const input = event.target as HTMLInputElement;
    host.setLayout(withColumnWidth(host.layout, column, Number(input.value) || host.layout.widths[column]));
    input.value = String(host.layout.widths[column]);
  };
  return html`<div id="columns-panel" class="panel" part="columns-panel" role="group" aria-label=${t('columnPicker')} @keydown=${(event: KeyboardEvent) => host.onKeydown(event, 'columns')}>
    <fieldset>
      <legend>${t('columnPicker')}</legend>
      ${order.map((column, index) => {
        const name = t(column);
        return html`<div class="column-option">
          <label class="option"><input type="checkbox" .checked=${!hidden.includes(column)} @change=${(event: Event) => show(event, column)} />${name}</label>
          <button type="button" class="icon-button" aria-label=${t('moveEarlier', { column: name })} ?disabled=${index === 0} @click=${() => host.setLayout(withColumnMoved(host.layout, column, -1))}>
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label=${t('moveLater', { column: name })}
            ?disabled=${index === order.length - 1}
            @click=${() => host.setLayout(withColumnMoved(host.layout, column, 1))}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <input
            type="number"
            class="field"
            aria-label=${t('columnWidth', { column: name })}
            min=${COLUMN_SPECS[column].minWidth}
            max=${MAX_COLUMN_WIDTH}
            step="8"
            .value=${String(widths[column])}
            @change=${(event: Event) => size(event, column)}
          />
        </div>`;
      })}
    </fieldset>
    <button type="button" class="button secondary small" @click=${() => host.setLayout(defaultLayout())}>${t('resetColumns')}</button>
  </div>`;
}
