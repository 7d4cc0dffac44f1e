import type { OrderSummary } from '@suivi/model';
import { foldText, isWordCharacter } from '@suivi/model';

/** Between fields of a row, so a word never matches across two of them. */
const FIELD_SEPARATOR = '\u0001';
/** Rows folded per chunk while building; each chunk is joined once. */
const CHUNK_ROWS = 4096;
/** Words beyond this many add nothing but work (and the per-row counter is one byte). */
export const MAX_TERMS = 8;

/**
 * The searchable text of every row (order number, customer name, e-mail, tracking numbers),
 * folded (see foldText) and joined into one string, with each row's start offset. A search is
 * then `indexOf` over that string, which the engine runs at memory speed, instead of folding a
 * million names at every keystroke; a match counts when it starts a word, as in the admin API. Built on demand, in slices when there is time to spare
 * (see buildSome), and at once when a search cannot wait.
 */
export class SearchIndex {
  private readonly rows: readonly OrderSummary[];
  /** offsets[row] is where a row's text starts; offsets[rows.length] is the end. */
  private readonly offsets: Uint32Array;
  private chunks: string[] = [];
  private builtRows = 0;
  private builtLength = 0;
  private text: string | null = null;

  constructor(rows: readonly OrderSummary[]) {
    this.rows = rows;
    this.offsets = new Uint32Array(rows.length + 1);
  }

  get ready(): boolean {
    return this.text !== null;
  }

  /** Folds more rows until `budgetMs` has passed; true once the index is complete. */
  buildSome(budgetMs: number = Infinity): boolean {
    if (this.text !== null) return true;
    const { rows, offsets } = this;
    const deadline = performance.now() + budgetMs;
    while (this.builtRows < rows.length) {
      const end = Math.min(rows.length, this.builtRows + CHUNK_ROWS);
      const lines: string[] = new Array(end - this.builtRows);
      let length = this.builtLength;
      for (let i = this.builtRows; i < end; i++) {
        const row = rows[i];
        let line = FIELD_SEPARATOR + row.orderNumber + FIELD_SEPARATOR + row.customerName + FIELD_SEPARATOR + row.customerEmail;
        for (const tracking of row.trackingNumbers) line += FIELD_SEPARATOR + tracking;
        line = foldText(line);
        offsets[i] = length;
        length += line.length;
        lines[i - this.builtRows] = line;
      }
      this.chunks.push(lines.join(''));
      this.builtRows = end;
      this.builtLength = length;
      if (performance.now() >= deadline && this.builtRows < rows.length) return false;
    }
    offsets[rows.length] = this.builtLength;
    this.text = this.chunks.join('');
    this.chunks = [];
    return true;
  }

  /**
   * Counts, in `hits`, how many of the folded `terms` each row contains (one per term, in
   * order: a row is counted for term k only if it matched the k before). Rows whose count
   * equals the returned number of terms used (at most MAX_TERMS) match. `hits` must be zero
   * before the call.
   */
  countHits(terms: readonly string[], hits: Uint8Array): number {
    this.buildSome();
    const text = this.text as string;
    const { offsets } = this;
    const rowCount = this.rows.length;
    const used = terms.slice(0, MAX_TERMS);
    for (let k = 0; k < used.length; k++) {
      const term = used[k];
      let row = 0;
      let position = text.indexOf(term, 0);
      while (position !== -1) {
        // Only a match at the start of a word counts; "artin" is not a search for "Martin".
        if (position > 0 && isWordCharacter(text[position - 1])) {
          position = text.indexOf(term, position + 1);
          continue;
        }
        while (offsets[row + 1] <= position) row++;
        if (hits[row] === k) hits[row] = k + 1;
        if (row + 1 >= rowCount) break;
        position = text.indexOf(term, offsets[row + 1]);
      }
    }
    return used.length;
  }
}
