/**
 * The order table's data columns, in their default order. The selection checkbox column is not
 * one of them: it is always first and cannot be hidden, moved or sorted.
 */
export const COLUMN_IDS = [
  'orderNumber',
  'placedAt',
  'customer',
  'total',
  'paymentStatus',
  'fulfillmentStatus',
  'deliveryStatus',
  'carrier',
  'tags',
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Every data column sorts. */
export type SortableColumnId = ColumnId;

export interface ColumnSpec {
  /** Width in CSS pixels before the merchant resizes it. */
  readonly defaultWidth: number;
  /** Narrowest it can be made, so its header stays readable. */
  readonly minWidth: number;
  /** Amounts line up on their decimal side. */
  readonly align: 'start' | 'end';
  /** At its default width, takes a share of the room the columns leave on a wide screen (free text that is often longer than its width). */
  readonly grows?: true;
}

/**
 * Default widths fitted to the longest text each column shows in English or French, measured
 * in the table's own styles in Chromium with DejaVu Sans (wider than the system fonts of macOS
 * and Windows): the widest badge with its glyph (“Partiellement remboursée”, “Partiellement
 * expédiée”, “Tentative de livraison”), the widest date (“28 sept. 2026”), a four-figure total
 * in a foreign currency (“9 999,99 £GB”) and the widest header (“Commande ↕”), padding
 * included. So the order, date, customer, total and the three statuses, 1,182 px with the
 * checkbox column, fit side by side in a 1,280 px wide page in both languages, with room for
 * a scroll bar; carrier and tags come after them. The customer's name and e-mail, the carriers
 * and the tags may be cut short (the detail panel shows them whole); the columns that grow give
 * them the room a wider screen has.
 */
export const COLUMN_SPECS: Record<ColumnId, ColumnSpec> = {
  orderNumber: { defaultWidth: 122, minWidth: 80, align: 'start' },
  placedAt: { defaultWidth: 116, minWidth: 96, align: 'start' },
  customer: { defaultWidth: 140, minWidth: 120, align: 'start', grows: true },
  total: { defaultWidth: 112, minWidth: 88, align: 'end' },
  paymentStatus: { defaultWidth: 236, minWidth: 110, align: 'start' },
  fulfillmentStatus: { defaultWidth: 216, minWidth: 110, align: 'start' },
  deliveryStatus: { defaultWidth: 200, minWidth: 110, align: 'start' },
  carrier: { defaultWidth: 200, minWidth: 120, align: 'start', grows: true },
  tags: { defaultWidth: 120, minWidth: 96, align: 'start', grows: true },
};

export const MAX_COLUMN_WIDTH = 640;

/** Width of the leading checkbox column: the box and room around it, no more (every pixel is a status's). */
export const SELECT_COLUMN_WIDTH = 40;

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}
