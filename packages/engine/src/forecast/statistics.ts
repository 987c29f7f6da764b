/** Where the q-th percentile (0 < q ≤ 100) of n ascending values is, by the nearest-rank method. */
export function percentileIndex(n: number, q: number): number {
  if (n === 0) throw new RangeError("percentile of no values");
  return Math.min(n, Math.max(1, Math.ceil((q / 100) * n))) - 1;
}

/** The q-th percentile (0 < q ≤ 100) of ascending `sorted` values, by the nearest-rank method. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  return sorted[percentileIndex(sorted.length, q)] as number;
}

/** Buckets `selectSorted` spreads values over. */
const BUCKETS = 4096;

/**
 * The values at the ascending indexes `at` of `values` (no NaN) once sorted, without sorting them
 * all: the values are counted into buckets of equal width (an order-preserving map), and only the
 * buckets that hold a wanted index are gathered and sorted. A few of 10,000 values in a small
 * fraction of a sort's time.
 */
export function selectSorted(values: Float64Array, at: ArrayLike<number>): Float64Array {
  const out = new Float64Array(at.length);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // All equal (or a range too narrow or too wide to divide): one bucket, sorted, which also puts
  // −0 before 0 as a sort of them all would.
  const width = (BUCKETS - 1) / (max - min);
  const scale = max > min && Number.isFinite(width) ? width : 0;
  // `|| 0`: an infinite span times 0 is NaN.
  const bucket = (v: number) => Math.min(BUCKETS - 1, Math.floor((v - min) * scale) || 0);
  // first[b]: how many values lie in the buckets before b.
  const first = new Int32Array(BUCKETS + 1);
  for (const v of values) {
    const b = bucket(v) + 1;
    first[b] = (first[b] as number) + 1;
  }
  for (let b = 0; b < BUCKETS; b++) first[b + 1] = (first[b + 1] as number) + (first[b] as number);
  const bucketOf = (i: number) => {
    let lo = 0;
    let hi = BUCKETS - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((first[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // The wanted buckets' values, each bucket at its own offset in `gathered`.
  const offset = new Int32Array(BUCKETS).fill(-1);
  let size = 0;
  for (let j = 0; j < at.length; j++) {
    const b = bucketOf(at[j] as number);
    if ((offset[b] as number) === -1) {
      offset[b] = size;
      size += (first[b + 1] as number) - (first[b] as number);
    }
  }
  const gathered = new Float64Array(size);
  const fill = offset.slice();
  for (const v of values) {
    const b = bucket(v);
    const k = fill[b] as number;
    if (k !== -1) {
      gathered[k] = v;
      fill[b] = k + 1;
    }
  }
  for (let b = 0; b < BUCKETS; b++) {
    const o = offset[b] as number;
    if (o !== -1) gathered.subarray(o, o + (first[b + 1] as number) - (first[b] as number)).sort();
  }
  for (let j = 0; j < at.length; j++) {
    const i = at[j] as number;
    const b = bucketOf(i);
    out[j] = gathered[(offset[b] as number) + i - (first[b] as number)] as number;
  }
  return out;
}

/** Ranks 1…n of `values`, ties sharing their average rank (as Spearman's correlation needs). */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const v = values[order[i] as number];
    while (j < n && values[order[j] as number] === v) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k] as number] = rank;
    i = j;
  }
  return ranks;
}

/** Running sums for a Pearson correlation between x and y, fed one pair at a time. */
export class Correlation {
  n = 0;
  sx = 0;
  sy = 0;
  sxx = 0;
  syy = 0;
  sxy = 0;

  add(x: number, y: number): void {
    this.n++;
    this.sx += x;
    this.sy += y;
    this.sxx += x * x;
    this.syy += y * y;
    this.sxy += x * y;
  }

  /** Adds another set of sums (from another chunk of iterations). */
  merge(o: Correlation): void {
    this.n += o.n;
    this.sx += o.sx;
    this.sy += o.sy;
    this.sxx += o.sxx;
    this.syy += o.syy;
    this.sxy += o.sxy;
  }

  /** Pearson's r; 0 when either side does not vary. */
  value(): number {
    const { n, sx, sy } = this;
    const vx = n * this.sxx - sx * sx;
    const vy = n * this.syy - sy * sy;
    if (!(vx > 1e-12 * n * n) || !(vy > 1e-12 * n * n)) return 0;
    return Math.max(-1, Math.min(1, (n * this.sxy - sx * sy) / Math.sqrt(vx * vy)));
  }
}

/** Spearman's rank correlation of two equally long series. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError("spearman of series of different lengths");
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  const c = new Correlation();
  for (let i = 0; i < rx.length; i++) c.add(rx[i] as number, ry[i] as number);
  return c.value();
}

export interface Bin {
  /** Lower and upper bound: the bin counts values in (from, to], the first one [from, to]. */
  readonly from: number;
  readonly to: number;
  readonly count: number;
  /** Share of all values ≤ `to`: the S-curve. */
  readonly cumulative: number;
}

const STEPS = [1, 2, 2.5, 5];

/** A "nice" bin width (1, 2, 2.5 or 5 × 10^k) giving at most `maxBins` bins over [min, max]. */
export function binWidth(min: number, max: number, maxBins: number): number {
  const span = max - min;
  if (!(span > 0)) return 1;
  const raw = span / maxBins;
  const scale = 10 ** Math.floor(Math.log10(raw));
  for (const s of STEPS) if (s * scale >= raw) return s * scale;
  return 10 * scale;
}

/** Histogram and cumulative distribution of ascending `sorted` values, in bins of a nice width. */
export function histogram(sorted: ArrayLike<number>, maxBins = 30): Bin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const width = binWidth(min, max, maxBins);
  // Bins end on multiples of the width; the first bin ends at or above the minimum.
  let to = Math.ceil(min / width) * width;
  const bins: Bin[] = [];
  let i = 0;
  for (;;) {
    let count = 0;
    while (i < n && (sorted[i] as number) <= to + 1e-9) {
      count++;
      i++;
    }
    bins.push({ from: to - width, to, count, cumulative: i / n });
    if (i >= n) break;
    to += width;
  }
  return bins;
}
