import { minorUnitDigits } from './money.ts';
import type { OrderSummary } from './order-summary.ts';

/**
 * The columns of the CSV export (GET /v1/admin/orders/export.csv), in order. Values are codes
 * and plain numbers, not translated labels, so a spreadsheet can filter on them in any language.
 */
export const ADMIN_CSV_COLUMNS: readonly { header: string; value: (order: OrderSummary) => string }[] = [
  { header: 'Order number', value: (order) => order.orderNumber },
  { header: 'Placed at', value: (order) => order.placedAt },
  { header: 'Customer', value: (order) => order.customerName },
  { header: 'E-mail', value: (order) => order.customerEmail },
  { header: 'Total', value: (order) => decimalAmount(order.total.amount, order.total.currency) },
  { header: 'Currency', value: (order) => order.total.currency },
  { header: 'Payment status', value: (order) => order.paymentStatus },
  { header: 'Payment method', value: (order) => order.paymentMethod },
  { header: 'Fulfillment status', value: (order) => order.fulfillmentStatus },
  { header: 'Delivery status', value: (order) => order.deliveryStatus },
  { header: 'Carriers', value: (order) => order.carriers.join('; ') },
  { header: 'Tracking numbers', value: (order) => order.trackingNumbers.join('; ') },
  { header: 'Tags', value: (order) => order.tags.join('; ') },
  { header: 'State', value: (order) => order.state },
  { header: 'Order id', value: (order) => order.id },
];

/** Minor units as a plain decimal with a point, e.g. 1234 EUR → "12.34", 1234 JPY → "1234". */
export function decimalAmount(amount: number, currency: string): string {
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * One CSV cell, safe to open in a spreadsheet. A cell starting with = + - @ (or a tab or carriage
 * return) would be read as a formula, and customer names and notes come from strangers, so it
 * gets a leading apostrophe (OWASP's advice against CSV injection). Then RFC 4180 quoting: a cell
 * with a comma, a quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV record with its CRLF line break (RFC 4180). */
export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Starts the export, so Excel reads it as UTF-8 (accented names); other tools skip it. */
export const CSV_BYTE_ORDER_MARK = '\ufeff';

export function csvHeaderRecord(): string {
  return csvRecord(ADMIN_CSV_COLUMNS.map((column) => column.header));
}

export function csvOrderRecord(order: OrderSummary): string {
  return csvRecord(ADMIN_CSV_COLUMNS.map((column) => column.value(order)));
}
