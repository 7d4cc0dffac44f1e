import { isWordCharacter } from '@suivi/model';
import { foldTables, LATIN_END } from './search-pattern.ts';

/** A character whose folded form is a single character: the pair's second comes from the next one. */
const FROM_NEXT = 255;

interface PairTables {
  /** Each folded letter or digit a character below LATIN_END can fold to, numbered from 1 (0: none). */
  readonly letters: Map<string, number>;
  /** Per raw character below LATIN_END: the number of its folded form's first character, 0 when that is no letter or digit (or the form is empty). */
  readonly first: Uint8Array;
  /** … and of its second, FROM_NEXT when the form is one character (œ → "oe" has its own, 0 when not a letter or digit). */
  readonly second: Uint8Array;
  /** 1 for a raw character whose folded form ends in a letter or digit: a word does not start after it. */
  readonly wordEnd: Uint8Array;
}

let tables: PairTables | null = null;

/** Made from the search's fold tables once, the first time a column is read. */
function pairTables(): PairTables {
  if (tables) return tables;
  const { single, several, wordEnds } = foldTables();
  const letters = new Map<string, number>();
  const number = (character: string | undefined) => {
    if (character === undefined || !isWordCharacter(character)) return 0;
    let known = letters.get(character);
    if (known === undefined) letters.set(character, (known = letters.size + 1));
    return known;
  };
  const first = new Uint8Array(LATIN_END);
  const second = new Uint8Array(LATIN_END);
  for (const [folded, codes] of single) for (const code of codes) [first[code], second[code]] = [number(folded), FROM_NEXT];
  for (const [folded, codes] of several) for (const code of codes) [first[code], second[code]] = [number(folded[0]), number(folded[1])];
  const wordEnd = new Uint8Array(LATIN_END);
  for (const code of wordEnds) wordEnd[code] = 1;
  if (letters.size >= FROM_NEXT) throw new Error('Too many folded letters for one byte each.');
  return (tables = { letters, first, second, wordEnd });
}

/**
 * Which first two characters (folded) start a word somewhere in one column of the orders: its
 * order numbers, say, or its tracking numbers. A search word whose first two characters start
 * no word of a column cannot match there, so the search does not read that column at all:
 * "tremblay" skips order and tracking numbers ("#1042", "1Z…", "XY…FR"), "1042" skips names
 * and e-mails. Skipping the tracking numbers alone saves a third of a search over a million
 * orders (an array and a string a row fewer to read). A few kilobytes a column, whatever the
 * row count; read once per data set, a slice at a time (`add` each value).
 *
 * Conservative by construction: a column holding any character beyond U+024F (which the search
 * folds with the whole text, not a character at a time) may hold any word.
 */
export class WordStartPairs {
  private anyWord = false;
  private readonly tables = pairTables();
  private readonly size = this.tables.letters.size + 1;
  private readonly firsts = new Uint8Array(this.size);
  /** One bit per (first, second) pair, first × size + second. */
  private readonly pairs = new Uint32Array(((this.size * this.size) >>> 5) + 1);

  /** Reads one value of the column. */
  add(text: string): void {
    if (this.anyWord) return;
    const { first, wordEnd } = this.tables;
    const length = text.length;
    let startsWord = true;
    for (let at = 0; at < length; at++) {
      const code = text.charCodeAt(at);
      if (code >= LATIN_END) {
        this.anyWord = true;
        return;
      }
      if (startsWord && first[code] !== 0) this.addStart(text, at, code);
      startsWord = wordEnd[code] === 0;
    }
  }

  /** Notes the word starting at `at` with the character `code`. */
  private addStart(text: string, at: number, code: number): void {
    const { first, second } = this.tables;
    let next = second[code];
    if (next === FROM_NEXT) {
      const following = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
      // A character beyond LATIN_END is caught by add() on the next turn.
      next = following < LATIN_END ? first[following] : 0;
    }
    this.firsts[first[code]] = 1;
    const pair = first[code] * this.size + next;
    this.pairs[pair >>> 5] |= 1 << (pair & 31);
  }

  /** Whether a folded search word may start a word of the column (false: it starts none). */
  mayStart(term: string): boolean {
    if (this.anyWord) return true;
    const { letters } = this.tables;
    const first = letters.get(term[0]);
    if (first === undefined || this.firsts[first] === 0) return false;
    if (term.length === 1) return true;
    const second = letters.get(term[1]);
    if (second === undefined) return false;
    const pair = first * this.size + second;
    return ((this.pairs[pair >>> 5] >>> (pair & 31)) & 1) === 1;
  }
}
