const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const LATIN_LETTER = /[\u00c0-\u024f]/g;
const BEYOND_LATIN = /[^\u0000-\u024f]/;

/**
 * Latin letters with accents (U+00C0–U+024F) and the ligatures Unicode does not decompose,
 * mapped to plain letters once. A table rather than `normalize('NFD')` at every call: the
 * engine keeps a normalised string in two bytes a character even after the accents are gone,
 * which doubles the search index of a million orders.
 */
const PLAIN_LATIN: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ŀ: 'l', ı: 'i', ŧ: 't' };
for (let code = 0xc0; code <= 0x24f; code++) {
  const letter = String.fromCharCode(code);
  const plain = letter.normalize('NFD').replace(COMBINING_MARKS, '');
  // A decomposed letter can itself be a ligature ("ǣ" → "æ"), which must fold on to "ae".
  if (plain !== letter && !(letter in PLAIN_LATIN)) PLAIN_LATIN[letter] = plain.replace(LATIN_LETTER, (base) => PLAIN_LATIN[base] ?? base);
}

function plainLatin(text: string): string {
  return text.replace(LATIN_LETTER, (letter) => PLAIN_LATIN[letter] ?? letter);
}

/**
 * Text as search compares it: lower case, accents and ligatures gone, so "lefevre" finds
 * "Lefèvre" and "COEUR" finds "Cœur". Plain ASCII (most e-mails, order and tracking numbers)
 * takes the fast path of a single `toLowerCase`.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const latin = plainLatin(lower);
  // Beyond Latin, decomposition can still leave a Latin letter to fold ("ǽ" written as "æ" + accent).
  return BEYOND_LATIN.test(latin) ? plainLatin(latin.normalize('NFD').replace(COMBINING_MARKS, '')) : latin;
}

/**
 * A search box's text as the folded words (runs of letters and digits) it contains, each of
 * which must start a word of the order: "#1042" looks for "1042", "marie.dupont" for "marie"
 * and "dupont". The admin list API reads its `q` the same way, so both modes find the same orders.
 */
export function searchTerms(text: string): string[] {
  return [...new Set(foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [])];
}

const ASCII_WORD_CHARACTER = /[a-z0-9]/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether a folded character is part of a word (a letter or a digit), so a match after it is not a word start. */
export function isWordCharacter(character: string): boolean {
  return character.charCodeAt(0) < 128 ? ASCII_WORD_CHARACTER.test(character) : WORD_CHARACTER.test(character);
}
