/** How a three-point estimate becomes a distribution of durations. */
export type DistributionKind = "triangular" | "pert";

/**
 * A duration distribution sampled by its quantile function: the duration drawn for a uniform
 * number u is the u-quantile, so u is also the duration's rank within its own distribution
 * (which the sensitivity uses).
 */
export interface Distribution {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  quantile(u: number): number;
  readonly mean: number;
  readonly variance: number;
}

/** The triangular quantile, from `Triangular`'s precomputed terms (the sampler calls it on flat arrays). */
export function triangularQuantile(
  u: number,
  min: number,
  max: number,
  split: number,
  left: number,
  right: number,
) {
  return u < split ? min + Math.sqrt(u * left) : max - Math.sqrt((1 - u) * right);
}

/** Triangular distribution on [a, b] with mode m; its quantile function is closed-form. */
export class Triangular implements Distribution {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  readonly split: number;
  readonly left: number;
  readonly right: number;

  constructor(a: number, m: number, b: number) {
    this.min = a;
    this.mode = m;
    this.max = b;
    const width = b - a;
    this.split = width === 0 ? 0 : (m - a) / width;
    this.left = width * (m - a);
    this.right = width * (b - m);
  }

  quantile(u: number): number {
    return triangularQuantile(u, this.min, this.max, this.split, this.left, this.right);
  }

  get mean(): number {
    return (this.min + this.mode + this.max) / 3;
  }

  get variance(): number {
    const { min: a, mode: m, max: b } = this;
    return (a * a + m * m + b * b - a * m - a * b - m * b) / 18;
  }
}

/** Points of the tabulated PERT-Beta quantile function (linear between them). */
const TABLE = 4096;
/** Entries of one shape's table. */
export const BETA_TABLE_LENGTH = TABLE + 1;

/**
 * The PERT-Beta quantile on [min, min + width] from a shape's table starting at `table[at]` (the
 * sampler keeps every shape's table in one array).
 */
export function betaQuantile(u: number, table: Float64Array, at: number, min: number, width: number): number {
  const x = u * TABLE;
  const k = Math.min(TABLE - 1, Math.floor(x));
  const lo = table[at + k] as number;
  const q = lo + ((table[at + k + 1] as number) - lo) * (x - k);
  return min + q * width;
}
/** Integration steps per table cell when building the table. */
const STEPS = 8;

/**
 * The standard Beta quantile table for shape (alpha, beta), built once per shape by integrating the
 * density numerically. PERT shapes lie in [1, 5], so the density is bounded and smooth.
 */
function betaQuantileTable(alpha: number, beta: number): Float64Array {
  const cells = TABLE * STEPS;
  const cdf = new Float64Array(cells + 1);
  const pdf = (x: number) => x ** (alpha - 1) * (1 - x) ** (beta - 1);
  let prev = pdf(0);
  for (let k = 1; k <= cells; k++) {
    const x1 = k / cells;
    const mid = pdf((k - 0.5) / cells);
    const next = pdf(x1);
    // Simpson's rule on each step.
    cdf[k] = (cdf[k - 1] as number) + (prev + 4 * mid + next) / (6 * cells);
    prev = next;
  }
  const total = cdf[cells] as number;
  const table = new Float64Array(TABLE + 1);
  let k = 0;
  for (let q = 0; q <= TABLE; q++) {
    const target = (q / TABLE) * total;
    while (k < cells && (cdf[k + 1] as number) < target) k++;
    const lo = cdf[k] as number;
    const hi = cdf[Math.min(k + 1, cells)] as number;
    const frac = hi > lo ? (target - lo) / (hi - lo) : 0;
    table[q] = Math.min(1, (k + Math.min(1, Math.max(0, frac))) / cells);
  }
  table[0] = 0;
  table[TABLE] = 1;
  return table;
}

/**
 * PERT-Beta on [a, b] with mode m: Beta(1 + 4(m−a)/(b−a), 1 + 4(b−m)/(b−a)) scaled to [a, b], so
 * the mean is (a + 4m + b) / 6. Quantiles come from a table shared by every estimate of one shape.
 */
export class PertBeta implements Distribution {
  readonly min: number;
  readonly mode: number;
  readonly max: number;
  private readonly alpha: number;
  private readonly beta: number;
  /** Shared by every estimate of the same shape. */
  readonly table: Float64Array;

  constructor(a: number, m: number, b: number, tables: Map<string, Float64Array>) {
    this.min = a;
    this.mode = m;
    this.max = b;
    const width = b - a;
    this.alpha = width === 0 ? 1 : 1 + (4 * (m - a)) / width;
    this.beta = width === 0 ? 1 : 1 + (4 * (b - m)) / width;
    const key = `${this.alpha}:${this.beta}`;
    let table = tables.get(key);
    if (table === undefined) {
      table = betaQuantileTable(this.alpha, this.beta);
      tables.set(key, table);
    }
    this.table = table;
  }

  quantile(u: number): number {
    return betaQuantile(u, this.table, 0, this.min, this.max - this.min);
  }

  get mean(): number {
    return (this.min + 4 * this.mode + this.max) / 6;
  }

  get variance(): number {
    const { alpha, beta } = this;
    const s = alpha + beta;
    const w = this.max - this.min;
    return (w * w * alpha * beta) / (s * s * (s + 1));
  }
}
