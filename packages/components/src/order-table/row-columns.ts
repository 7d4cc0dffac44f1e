import type { OrderSummary } from '@suivi/model';
import { CODED_FACET_VALUES, type CodedFacet } from './facet-values.ts';

/** Code of a value not in a facet's list (a newer API than this table): never matches a filter. */
export const UNKNOWN_CODE = 255;

/** A multi-valued column (carriers, tags) as a dictionary and, when it fits, one bit set per row. */
export interface Membership {
  /** Every distinct value, in first-seen order. */
  readonly values: readonly string[];
  /** Bit k of masks[row] is set when the row has values[k]; null past 32 distinct values. */
  readonly masks: Uint32Array | null;
}

const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm), without a Date object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since the epoch of an ISO 8601 time. The API writes UTC times
 * ("2026-11-20T09:00:00Z", with or without milliseconds), read here digit by digit because a
 * million `Date.parse` calls take longer than the whole sort; any other form goes to Date.parse.
 */
export function isoToMilliseconds(iso: string): number {
  const length = iso.length;
  if ((length === 20 || length === 24) && iso.charCodeAt(length - 1) === 90 /* Z */ && iso.charCodeAt(10) === 84 /* T */) {
    const days = daysFromCivil(digitsAt(iso, 0, 4), digitsAt(iso, 5, 2), digitsAt(iso, 8, 2));
    const ms =
      days * MS_PER_DAY +
      digitsAt(iso, 11, 2) * 3_600_000 +
      digitsAt(iso, 14, 2) * 60_000 +
      digitsAt(iso, 17, 2) * 1000 +
      (length === 24 ? digitsAt(iso, 20, 3) : 0);
    if (ms === ms) return ms;
  }
  return Date.parse(iso);
}

/**
 * Typed-array copies of the columns the table filters and sorts on, made the first time each is
 * needed and kept while the rows stay the same. A million rows cost one byte a row per status
 * and eight per date, instead of reading strings off a million objects at every keystroke.
 */
export class RowColumns {
  readonly rows: readonly OrderSummary[];
  /** Codes per facet, filled from row 0 up to `built` (possibly a slice at a time, see prepareCodes). */
  private readonly coded = new Map<CodedFacet, { codes: Uint8Array; built: number }>();
  private readonly memberships = new Map<'carrier' | 'tag', Membership>();
  private placedAt: Float64Array | null = null;

  constructor(rows: readonly OrderSummary[]) {
    this.rows = rows;
  }

  /** Each row's `placedAt` in milliseconds. */
  timestamps(): Float64Array {
    if (this.placedAt) return this.placedAt;
    const { rows } = this;
    const times = new Float64Array(rows.length);
    for (let i = 0; i < rows.length; i++) times[i] = isoToMilliseconds(rows[i].placedAt);
    return (this.placedAt = times);
  }

  /** Each row's status as its index in the facet's list of values (UNKNOWN_CODE when not in it). */
  codes(facet: CodedFacet): Uint8Array {
    this.prepareCodes(facet, Infinity);
    return this.coded.get(facet)!.codes;
  }

  /**
   * Fills a facet's codes for `budgetMs` at most; true once every row has its code. Reading a
   * status off a million objects takes tens of milliseconds, so work that can wait (the
   * overview counts) does it in slices between frames.
   */
  prepareCodes(facet: CodedFacet, budgetMs: number): boolean {
    const { rows } = this;
    let entry = this.coded.get(facet);
    if (!entry) this.coded.set(facet, (entry = { codes: new Uint8Array(rows.length), built: 0 }));
    if (entry.built === rows.length) return true;
    const lookup = new Map<string, number>(CODED_FACET_VALUES[facet].map((value, index) => [value, index]));
    const deadline = performance.now() + budgetMs;
    const { codes } = entry;
    let row = entry.built;
    while (row < rows.length) {
      const end = Math.min(rows.length, row + 16_384);
      for (; row < end; row++) codes[row] = lookup.get(rows[row][facet]) ?? UNKNOWN_CODE;
      if (performance.now() >= deadline) break;
    }
    entry.built = row;
    return row === rows.length;
  }

  /** The carriers or tags of every row, as a dictionary plus per-row bit sets. */
  membership(facet: 'carrier' | 'tag'): Membership {
    const cached = this.memberships.get(facet);
    if (cached) return cached;
    const { rows } = this;
    const ids = new Map<string, number>();
    const values: string[] = [];
    let masks: Uint32Array | null = new Uint32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const list = facet === 'carrier' ? rows[i].carriers : rows[i].tags;
      let mask = 0;
      for (let k = 0; k < list.length; k++) {
        let id = ids.get(list[k]);
        if (id === undefined) {
          id = values.length;
          ids.set(list[k], id);
          values.push(list[k]);
        }
        if (id < 32) mask |= 1 << id;
      }
      if (masks) masks[i] = mask >>> 0;
    }
    if (values.length > 32) masks = null;
    const membership = { values, masks };
    this.memberships.set(facet, membership);
    return membership;
  }
}
