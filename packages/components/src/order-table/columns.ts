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
}

export const COLUMN_SPECS: Record<ColumnId, ColumnSpec> = {
  orderNumber: { defaultWidth: 136, minWidth: 80, align: 'start' },
  placedAt: { defaultWidth: 136, minWidth: 96, align: 'start' },
  customer: { defaultWidth: 240, minWidth: 120, align: 'start' },
  total: { defaultWidth: 128, minWidth: 88, align: 'end' },
  paymentStatus: { defaultWidth: 212, minWidth: 110, align: 'start' },
  fulfillmentStatus: { defaultWidth: 216, minWidth: 110, align: 'start' },
  deliveryStatus: { defaultWidth: 228, minWidth: 110, align: 'start' },
  carrier: { defaultWidth: 240, minWidth: 120, align: 'start' },
  tags: { defaultWidth: 200, minWidth: 96, align: 'start' },
};

export const MAX_COLUMN_WIDTH = 640;

/** Width of the leading checkbox column. */
export const SELECT_COLUMN_WIDTH = 48;

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (COLUMN_IDS as readonly string[]).includes(value);
}
