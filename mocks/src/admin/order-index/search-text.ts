import { type OrderSummary, foldText, searchTerms } from '@suivi/model';

export { foldText };

/** The words of a text: runs of letters and digits, folded. "jean-pierre.o'neil@ex.fr" → jean, pierre, o, neil, ex, fr. */
export function wordsOf(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * What the list's search looks through for one order, as one string of words each preceded by a
 * space, so "does a word start with w" is `haystack.includes(' ' + w)`: order number, customer
 * name, e-mail and tracking numbers. A linear scan over 100 000 of these takes a few
 * milliseconds, less than keeping an inverted index in step with every change.
 */
export function searchHaystackOf(summary: OrderSummary): string {
  const words = [
    ...wordsOf(summary.orderNumber),
    ...wordsOf(summary.customerName),
    ...wordsOf(summary.customerEmail),
    ...summary.trackingNumbers.flatMap(wordsOf),
  ];
  return ` ${words.join(' ')}`;
}

/** The words of a search box's text, each to be found at the start of some word of the order. */
export function searchWordsOf(query: string | undefined): string[] {
  return query ? searchTerms(query) : [];
}

export function matchesSearch(haystack: string, words: readonly string[]): boolean {
  for (const word of words) if (!haystack.includes(` ${word}`)) return false;
  return true;
}
