import type { OrderSummary } from '@suivi/model';
import { WordStartPairs } from './word-start-pairs.ts';

/** The columns a search reads, as bits of a mask. */
export const ORDER_NUMBER = 1;
export const CUSTOMER_NAME = 2;
export const CUSTOMER_EMAIL = 4;
export const TRACKING_NUMBERS = 8;
export const EVERY_SEARCHED_COLUMN = ORDER_NUMBER | CUSTOMER_NAME | CUSTOMER_EMAIL | TRACKING_NUMBERS;

/**
 * The word starts of each column a search reads (WordStartPairs), read from the rows a slice at
 * a time after they are set, so that a search reads only the columns each word may be in.
 */
export class SearchedColumns {
  private readonly orderNumbers = new WordStartPairs();
  private readonly customerNames = new WordStartPairs();
  private readonly customerEmails = new WordStartPairs();
  private readonly trackingNumbers = new WordStartPairs();
  /** How many rows, from the first, have been read. */
  rowsRead = 0;

  /** Reads on up to row `to` (not included). */
  readRows(rows: readonly OrderSummary[], to: number): void {
    for (let row = this.rowsRead; row < to; row++) {
      const order = rows[row];
      this.orderNumbers.add(order.orderNumber);
      this.customerNames.add(order.customerName);
      this.customerEmails.add(order.customerEmail);
      const tracking = order.trackingNumbers;
      for (let k = 0; k < tracking.length; k++) this.trackingNumbers.add(tracking[k]);
    }
    this.rowsRead = Math.max(this.rowsRead, to);
  }

  /** The columns (a mask) a folded search word may start a word of, once every row is read. */
  columnsFor(term: string): number {
    return (
      (this.orderNumbers.mayStart(term) ? ORDER_NUMBER : 0) |
      (this.customerNames.mayStart(term) ? CUSTOMER_NAME : 0) |
      (this.customerEmails.mayStart(term) ? CUSTOMER_EMAIL : 0) |
      (this.trackingNumbers.mayStart(term) ? TRACKING_NUMBERS : 0)
    );
  }
}
