import type { OrderDeliveryStatus, OrderSummary } from '@suivi/model';
import { formatDate, formatMoney } from '../i18n/format.ts';
import type { Locale } from '../i18n/locale.ts';
import type { Translate } from '../i18n/messages.ts';
import { DELIVERY_LABELS, FULFILLMENT_LABELS, ORDER_STATE_LABELS, PAYMENT_LABELS } from '../i18n/status-messages.ts';
import { type Tone, deliveryTone, fulfillmentTone, paymentTone } from '../shared/status-tone.ts';
import { COLUMN_SPECS, type ColumnId } from './columns.ts';
import type { TableMessages } from './messages.ts';
import { isoToMilliseconds } from './iso-time.ts';
import type { RowPainter } from './virtual-rows.ts';

/** What the painter needs from the table at paint time. */
export interface PaintContext {
  readonly locale: Locale;
  readonly t: Translate<TableMessages>;
  readonly columns: readonly ColumnId[];
  isSelected(orderId: string): boolean;
  /** The column (0 = checkbox) holding the grid's single tab stop in this row, or -1. */
  tabStopColumn(orderId: string): number;
}

export function orderDeliveryTone(status: OrderDeliveryStatus): Tone {
  return status === 'no_tracking' ? 'neutral' : deliveryTone(status);
}

export function deliveryLabel(status: OrderDeliveryStatus, locale: Locale, t: Translate<TableMessages>): string {
  return status === 'no_tracking' ? t('noTracking') : DELIVERY_LABELS[locale][status];
}

/**
 * Formatting a date or an amount builds an Intl formatter each time, and a formatter is heavy
 * enough that building a few per scrolled row makes the garbage collector pause scrolling. Rows
 * repaint as they scroll, so each formatted text is remembered (per locale) for the few
 * thousand values a session scrolls past, then forgotten. Dates are remembered per calendar
 * day in the reader's time zone, which is all the date column shows.
 */
const formatted = new Map<string, string>();

function remembered(key: string, format: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 4096) formatted.clear();
    formatted.set(key, (text = format()));
  }
  return text;
}

/**
 * Fills the virtual scroller's row elements with orders, as text only (customer names,
 * e-mails, tags and tracking numbers come from people and carriers: `textContent`, never
 * markup). Cells are built once per row element and columns layout; painting a row only
 * writes text, classes and a few attributes.
 */
export class OrderRowPainter implements RowPainter {
  context: PaintContext;

  constructor(context: PaintContext) {
    this.context = context;
  }

  build(rowElement: HTMLElement): void {
    const select = cell(1);
    select.classList.add('select-cell');
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    checkbox.tabIndex = -1;
    checkbox.className = 'row-checkbox';
    select.append(checkbox);
    rowElement.append(select);
    this.context.columns.forEach((column, index) => {
      const dataCell = cell(index + 2);
      dataCell.tabIndex = -1;
      dataCell.dataset.column = column;
      if (COLUMN_SPECS[column].align === 'end') dataCell.classList.add('end');
      switch (column) {
        case 'orderNumber':
          dataCell.append(span('open-order'), span('secondary'));
          break;
        case 'customer':
        case 'carrier':
          dataCell.append(span('primary'), span('secondary'));
          break;
        case 'paymentStatus':
        case 'fulfillmentStatus':
        case 'deliveryStatus':
          dataCell.append(span('badge'));
          break;
      }
      rowElement.append(dataCell);
    });
  }

  paint(rowElement: HTMLElement, row: OrderSummary | undefined, position: number): void {
    const { locale, t, columns } = this.context;
    rowElement.setAttribute('aria-rowindex', String(position + 2));
    rowElement.dataset.position = String(position);
    const cells = rowElement.children as HTMLCollectionOf<HTMLElement>;
    const checkbox = cells[0].firstElementChild as HTMLInputElement;
    if (!row) {
      // Server mode: a row whose page is on its way, drawn empty (its checkbox hidden by the styles).
      rowElement.removeAttribute('data-order-id');
      rowElement.setAttribute('aria-selected', 'false');
      // Fresh empty cells: clearing the text of the old ones would drop the spans painting relies on.
      rowElement.replaceChildren();
      this.build(rowElement);
      return;
    }
    rowElement.dataset.orderId = row.id;
    const selected = this.context.isSelected(row.id);
    rowElement.setAttribute('aria-selected', String(selected));
    checkbox.checked = selected;
    checkbox.setAttribute('aria-label', t('selectRow', { orderNumber: row.orderNumber }));
    const tabStop = this.context.tabStopColumn(row.id);
    checkbox.tabIndex = tabStop === 0 ? 0 : -1;
    for (let c = 0; c < columns.length; c++) {
      const dataCell = cells[c + 1];
      dataCell.tabIndex = tabStop === c + 1 ? 0 : -1;
      switch (columns[c]) {
        case 'orderNumber':
          setText(dataCell.firstElementChild as HTMLElement, row.orderNumber);
          // Archived and cancelled orders say so under their number.
          setText(dataCell.children[1] as HTMLElement, row.state === 'open' ? '' : ORDER_STATE_LABELS[locale][row.state]);
          break;
        case 'placedAt': {
          const day = new Date(isoToMilliseconds(row.placedAt));
          const dayKey = day.getFullYear() * 512 + day.getMonth() * 32 + day.getDate();
          setText(dataCell, remembered(`d${locale}${dayKey}`, () => formatDate(row.placedAt, locale)));
          break;
        }
        case 'customer':
          setText(dataCell.children[0] as HTMLElement, row.customerName);
          setText(dataCell.children[1] as HTMLElement, row.customerEmail);
          break;
        case 'total':
          setText(dataCell, remembered(`m${locale}${row.total.currency}${row.total.amount}`, () => formatMoney(row.total, locale)));
          break;
        case 'paymentStatus':
          setBadge(dataCell, PAYMENT_LABELS[locale][row.paymentStatus] ?? row.paymentStatus, paymentTone(row.paymentStatus));
          break;
        case 'fulfillmentStatus':
          setBadge(dataCell, FULFILLMENT_LABELS[locale][row.fulfillmentStatus] ?? row.fulfillmentStatus, fulfillmentTone(row.fulfillmentStatus));
          break;
        case 'deliveryStatus':
          setBadge(dataCell, deliveryLabel(row.deliveryStatus, locale, t) ?? row.deliveryStatus, orderDeliveryTone(row.deliveryStatus));
          break;
        case 'carrier': {
          const shipped = row.carriers.length > 0;
          setText(dataCell.children[0] as HTMLElement, shipped ? row.carriers.join(', ') : t('noCarrier'));
          dataCell.classList.toggle('muted', !shipped);
          const [first, ...more] = row.trackingNumbers;
          setText(dataCell.children[1] as HTMLElement, first === undefined ? '' : more.length > 0 ? `${first} +${more.length}` : first);
          break;
        }
        case 'tags':
          paintTags(dataCell, row.tags);
          break;
      }
    }
  }
}

function cell(columnIndex: number): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'gridcell');
  element.setAttribute('aria-colindex', String(columnIndex));
  element.className = 'cell';
  return element;
}

function span(className: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  return element;
}

/** Writes text only when it changed, so repainting an unchanged row does not touch the DOM. */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function setBadge(dataCell: HTMLElement, label: string, tone: Tone): void {
  const badge = dataCell.firstElementChild as HTMLElement;
  setText(badge, label);
  if (badge.dataset.tone !== tone) badge.dataset.tone = tone;
}

function paintTags(dataCell: HTMLElement, tags: readonly string[]): void {
  const chips = dataCell.children;
  let same = chips.length === tags.length;
  for (let i = 0; same && i < tags.length; i++) same = chips[i].textContent === tags[i];
  if (same) return;
  dataCell.replaceChildren(
    ...tags.map((tag) => {
      const chip = span('tag');
      chip.textContent = tag;
      return chip;
    }),
  );
}
