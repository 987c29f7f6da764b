/** The q-th percentile (0 < q ≤ 100) of ascending `sorted` values, by the nearest-rank method. */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentile of no values");
  const rank = Math.min(n, Math.max(1, Math.ceil((q / 100) * n)));
  return sorted[rank - 1] as number;
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
