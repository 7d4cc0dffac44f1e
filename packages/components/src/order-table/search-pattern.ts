import { foldText, isWordCharacter } from '@suivi/model';

/**
 * Characters below U+0250 (ASCII, Latin-1 and Latin Extended A and B) fold one at a time, the
 * same alone as in any text made only of them, so a pattern can match them unfolded. A field
 * holding any other character (Greek, a combining accent, an emoji) is folded first.
 */
const LATIN_END = 0x250;
/** A field the pattern cannot read unfolded. */
const NEEDS_FOLDING = /[^\u0000-\u024f]/;
/**
 * Past this length a term's pattern is not built (a word of thirty "ss" could be written in
 * millions of ways with "ß"): every field is folded for that term instead, slower but the same.
 */
const MAX_PATTERN_LENGTH = 20_000;

interface FoldTables {
  /** Raw characters folding to each single folded character ("e" ← e, E, é, È, ě…). */
  readonly single: Map<string, number[]>;
  /** Raw characters folding to several ("oe" ← œ, Œ; "ss" ← ß). */
  readonly several: Map<string, number[]>;
  /** Raw characters whose folded form ends in a letter or digit: a match right after one does not start a word. */
  readonly wordEnds: number[];
}

let tables: FoldTables | null = null;

/** Folds each character below LATIN_END once (a few hundred calls), the first time a search needs it. */
export function foldTables(): FoldTables {
  if (tables) return tables;
  const single = new Map<string, number[]>();
  const several = new Map<string, number[]>();
  const wordEnds: number[] = [];
  for (let code = 0; code < LATIN_END; code++) {
    const folded = foldText(String.fromCharCode(code));
    if (folded.length === 0) continue;
    const group = folded.length === 1 ? single : several;
    const codes = group.get(folded);
    if (codes) codes.push(code);
    else group.set(folded, [code]);
    if (isWordCharacter(folded[folded.length - 1])) wordEnds.push(code);
  }
  return (tables = { single, several, wordEnds });
}

/** A regular-expression character class of these codes, as \uXXXX escapes. */
function characterClass(codes: readonly number[]): string {
  return `[${codes.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`;
}

/**
 * The ways unfolded text can spell `term` from `start` on: each folded character by any raw
 * character folding to it, and a run like "oe" also by one character folding to it all ("œ"),
 * or to more than the rest of the term ("co" starts "Cœur"). Null when no raw text can.
 */
function spellings(term: string, tables: FoldTables): string | null {
  const memo = new Map<number, string | null>();
  let budget = MAX_PATTERN_LENGTH;
  const from = (start: number): string | null => {
    if (start === term.length) return '';
    const known = memo.get(start);
    if (known !== undefined) return known;
    const options: string[] = [];
    const codes = tables.single.get(term[start]);
    if (codes) {
      const rest = from(start + 1);
      if (rest !== null) options.push(characterClass(codes) + rest);
    }
    for (const [folded, ligatures] of tables.several) {
      if (term.startsWith(folded, start)) {
        const rest = from(start + folded.length);
        if (rest !== null) options.push(characterClass(ligatures) + rest);
      } else if (folded.startsWith(term.slice(start))) {
        options.push(characterClass(ligatures));
      }
    }
    const pattern = options.length === 0 ? null : options.length === 1 ? options[0] : `(?:${options.join('|')})`;
    budget -= pattern?.length ?? 0;
    if (budget < 0) throw new RangeError('pattern too long');
    memo.set(start, pattern);
    return pattern;
  };
  return from(0);
}

/** Whether folded text has `term` at the start of a word (not after a letter or digit). */
export function startsAWord(folded: string, term: string): boolean {
  let at = folded.indexOf(term);
  while (at !== -1) {
    if (at === 0 || !isWordCharacter(folded[at - 1])) return true;
    at = folded.indexOf(term, at + 1);
  }
  return false;
}

/**
 * Finds one folded search word at the start of a word of a field, without folding the field:
 * "lefevre" is a regular expression that also reads "Lefèvre" and "LEFÈVRE", so searching a
 * million orders allocates nothing per order and keeps no folded copy of them (which took
 * 65 bytes an order). The expression also stops at any character it cannot read unfolded, and
 * only those rare fields are folded with foldText, so both ways give the same answer as
 * `startsAWord(foldText(field), term)`.
 */
export class FoldedWordMatcher {
  readonly term: string;
  /** Null: no unfolded text can match, only fields that need folding. */
  private readonly pattern: RegExp | null;
  /** The term's pattern was too long to build: fold every field. */
  private readonly foldEveryField: boolean;

  constructor(term: string) {
    this.term = term;
    const tables = foldTables();
    let spelled: string | null = null;
    let tooLong = false;
    try {
      spelled = spellings(term, tables);
    } catch {
      tooLong = true;
    }
    this.foldEveryField = tooLong;
    // The word starts the field or follows a character that cannot end a word. Said as `(?:^|[^…])`
    // rather than a lookbehind, which the engine would try at every position of every field before
    // the word's first letter: a fifth less time over a million orders.
    this.pattern = spelled === null ? null : new RegExp(`(?:^|[^${characterClass(tables.wordEnds).slice(1)})${spelled}|${NEEDS_FOLDING.source}`);
  }

  matches(field: string): boolean {
    if (this.foldEveryField) return startsAWord(foldText(field), this.term);
    if (this.pattern ? !this.pattern.test(field) : !NEEDS_FOLDING.test(field)) return false;
    return !NEEDS_FOLDING.test(field) || startsAWord(foldText(field), this.term);
  }
}
