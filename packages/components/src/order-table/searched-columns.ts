import type { OrderSummary } from '@suivi/model';
import { WordStartPairs } from './word-start-pairs.ts';


/** Which columns a search reads for a word. */
export interface ColumnsRead {
  readonly orderNumber: boolean;
  readonly customerName: boolean;
  readonly customerEmail: boolean;
  readonly trackingNumbers: boolean;
}

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

  /** The columns a folded search word may start a word of, once every row is read. */
  columnsFor(term: string): ColumnsRead {
    return {
      orderNumber: this.orderNumbers.mayStart(term),
      customerName: this.customerNames.mayStart(term),
      customerEmail: this.customerEmails.mayStart(term),
      trackingNumbers: this.trackingNumbers.mayStart(term),
    };
  }
}
