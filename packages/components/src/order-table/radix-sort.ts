/**
 * Sorting row indexes by numeric keys in linear time. A comparison sort of a million rows calls
 * its comparator about twenty million times (seconds in a browser); an LSD radix sort reads
 * each key a few times. Every sort here is stable, so sorting by a secondary key and then by a
 * primary one orders by both.
 */

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const DIGIT_MASK = BUCKETS - 1;
const TWO_POW_32 = 4294967296;

/** Row indexes 0 … n-1. */
export function identityOrder(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/**
 * Row indexes stably sorted by `keys[row]` ascending (keys indexed by row), starting from
 * `order` (every row in row order when null). Returns a new array; `order` is left as it was.
 * Passes whose digit is the same for every key are skipped, so small key ranges cost one or
 * two passes.
 */
export function sortByUint32Keys(keys: Uint32Array, order: Uint32Array | null): Uint32Array {
  const n = order ? order.length : keys.length;
  let indexes: Uint32Array = order ? order.slice() : identityOrder(n);
  if (n < 2) return indexes;
  let sortKeys: Uint32Array;
  let max = 0;
  if (order) {
    sortKeys = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const key = keys[order[i]];
      sortKeys[i] = key;
      if (key > max) max = key;
    }
  } else {
    sortKeys = keys.slice();
    for (let i = 0; i < n; i++) if (sortKeys[i] > max) max = sortKeys[i];
  }
  let nextIndexes: Uint32Array = new Uint32Array(n);
  let nextKeys: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  for (let shift = 0; shift < 32 && max >>> shift !== 0; shift += DIGIT_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(sortKeys[i] >>> shift) & DIGIT_MASK]++;
    if (counts[(sortKeys[0] >>> shift) & DIGIT_MASK] === n) continue;
    let sum = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const count = counts[bucket];
      counts[bucket] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const key = sortKeys[i];
      const to = counts[(key >>> shift) & DIGIT_MASK]++;
      nextKeys[to] = key;
      nextIndexes[to] = indexes[i];
    }
    [sortKeys, nextKeys] = [nextKeys, sortKeys];
    [indexes, nextIndexes] = [nextIndexes, indexes];
  }
  return indexes;
}

/**
 * Every row index stably sorted by `values[row]`, for integers whose spread (largest minus
 * smallest) stays below 2^53, as money in minor units, milliseconds and order numbers do. NaN
 * (a value that could not be read) sorts last.
 * Values are shifted to start at zero, then sorted on their low 32 bits and, only when the
 * range needs it, on their high bits.
 */
export function sortBySafeIntegers(values: Float64Array): Uint32Array {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (!(min <= max)) return identityOrder(n);
  const unreadable = max - min + 1;
  const low = new Uint32Array(n);
  const high = unreadable >= TWO_POW_32 ? new Uint32Array(n) : null;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const offset = value === value ? Math.floor(value - min) : unreadable;
    low[i] = offset >>> 0;
    if (high) high[i] = Math.floor(offset / TWO_POW_32);
  }
  const byLow = sortByUint32Keys(low, null);
  return high ? sortByUint32Keys(high, byLow) : byLow;
}

/** Bits needed to write every integer from 0 to `max`. */
export function bitsFor(max: number): number {
  let bits = 0;
  while (bits < 53 && 2 ** bits <= max) bits++;
  return bits;
}
