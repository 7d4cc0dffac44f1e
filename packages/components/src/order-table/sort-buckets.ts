/**
 * A sorted column without a stored order. A full order of a million rows takes at least
 * log2(1,000,000!) bits (2.2 MB); the table keeps one byte a row instead: which of up to 256
 * buckets of consecutive keys the row falls in. A bucket's rows are sorted when the table reads
 * them (a few thousand rows, a millisecond or two), so scrolling sorts one bucket at a time.
 */

/** Buckets fit a byte. */
export const MAX_BUCKETS = 256;
/** Keys sampled per bucket to place the boundaries (a bucket's size varies by about 1/√ of it). */
const SAMPLES_PER_BUCKET = 64;

export interface SortBuckets {
  /** Each row's bucket; buckets follow the key order (every key in bucket b is below every key in b + 1). */
  readonly ids: Uint8Array;
  readonly count: number;
  /** Rows per bucket. */
  readonly sizes: Uint32Array;
  /** 1 when every row of the bucket has the same key, so row order is its order and nothing needs sorting. */
  readonly single: Uint8Array;
}

/**
 * Bucket boundaries from a sorted sample: a bucket takes about `target` sampled keys; a key
 * sampled at least `target` times (a status most orders have, an empty tag list) gets a bucket
 * of its own, from it to the next integer (every key is an integer or infinite). Null when that
 * makes more buckets than a byte holds. The first boundary is -∞, so keys below the sample's go
 * in the first bucket.
 */
function boundaries(sample: Float64Array, target: number): Float64Array | null {
  const bounds = [-Infinity];
  const start = (key: number) => {
    if (key > bounds[bounds.length - 1]) bounds.push(key);
    filled = 0;
  };
  let filled = 0;
  for (let i = 0; i < sample.length; ) {
    const key = sample[i];
    let end = i + 1;
    while (end < sample.length && sample[end] === key) end++;
    const run = end - i;
    if (filled >= target || run >= target) start(key);
    filled += run;
    if (run >= target) start(key + 1);
    i = end;
  }
  return bounds.length <= MAX_BUCKETS ? Float64Array.from(bounds) : null;
}

/** The last index of `sorted` (ascending, up to `high`) whose value is at most `value`; 0 when none is. */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number, high: number): number {
  let low = 0;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (sorted[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The bucket of every row, from every row's key (integers, or infinite; see ColumnKeys). */
export function sortBuckets(keys: Float64Array): SortBuckets {
  const n = keys.length;
  const sampleSize = Math.min(n, MAX_BUCKETS * SAMPLES_PER_BUCKET);
  // Rows picked at random: no pattern in the rows lines up with the picks. Where the boundaries
  // fall changes how many rows a bucket holds, never the order the table shows.
  const sample = n > sampleSize ? Float64Array.from({ length: sampleSize }, () => keys[(Math.random() * n) | 0]) : keys.slice();
  sample.sort();
  let bounds: Float64Array | null = null;
  for (let target = Math.max(1, sampleSize / MAX_BUCKETS); !bounds; target *= 2) bounds = boundaries(sample, target);
  const count = bounds.length;
  const ids = new Uint8Array(n);
  const sizes = new Uint32Array(count);
  const first = new Float64Array(count).fill(NaN);
  const single = new Uint8Array(count).fill(1);
  for (let row = 0; row < n; row++) {
    const key = keys[row];
    const low = lastAtOrBelow(bounds, key, count - 1);
    ids[row] = low;
    if (sizes[low]++ === 0) first[low] = key;
    else if (key !== first[low]) single[low] = 0;
  }
  return { ids, count, sizes, single };
}
