import {
  DEFAULT_THROUGHPUT_WINDOW,
  samplingOf,
  simulateCounts,
  THROUGHPUT_PERCENTILES,
  ThroughputError,
  type ThroughputOptions,
  type ThroughputPercentiles,
  type ThroughputSamples,
  type ThroughputSampling,
  throughputSamples,
} from "./throughput.js";

export interface BacktestOptions extends Omit<ThroughputOptions, "asOf"> {
  /** Forecast horizons in weeks; [2, 4, 8] by default. */
  readonly horizonsWeeks?: readonly number[];
  /** Days between successive cut dates; 7 by default. */
  readonly step?: number;
  /**
   * First and last cut day; by default from the history start (or the first finish) + the window to
   * the last finish − the longest horizon.
   */
  readonly from?: number;
  readonly to?: number;
}

export interface BacktestHorizon {
  readonly weeks: number;
  /** Cut dates forecast (those whose window held some throughput). */
  readonly cuts: number;
  /** Share of cuts at which the actual count reached the forecast P50/P85/P95 count. */
  readonly hitRate: ThroughputPercentiles;
}

export interface BacktestResult {
  /** The settings forecast with: the window's days and how runs drew from it. */
  readonly window: number;
  readonly sampling: ThroughputSampling;
  readonly blockDays?: number;
  readonly excludeWeekends: boolean;
  readonly from: number;
  readonly to: number;
  readonly step: number;
  /** Cut dates skipped because no item finished in the window before them. */
  readonly skipped: number;
  readonly horizons: readonly BacktestHorizon[];
}

/**
 * Calibration backtest: cut the history at successive days, forecast the items finished in the
 * next 2/4/8 weeks from the window before the cut only, and count how often what actually
 * finished reached each forecast percentile. A calibrated forecast's P85 count is reached at about
 * 85 % of cuts; a much lower rate means the forecast is over-optimistic.
 */
export function backtestThroughput(
  finished: readonly number[],
  options: BacktestOptions = {},
): BacktestResult {
  if (finished.length === 0) throw new ThroughputError("no completed items: the history is empty");
  const horizons = options.horizonsWeeks ?? [2, 4, 8];
  if (horizons.length === 0 || horizons.some((w) => !Number.isInteger(w) || w < 1)) {
    throw new ThroughputError("horizons must be whole numbers of weeks, at least 1");
  }
  const step = options.step ?? 7;
  if (!Number.isInteger(step) || step < 1)
    throw new ThroughputError(`the step must be a whole number of days, not ${step}`);
  const window = options.window ?? DEFAULT_THROUGHPUT_WINDOW;
  const iterations = options.iterations ?? 2000;
  const seed = options.seed ?? 1;
  const sorted = [...finished].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  const longest = Math.max(...horizons) * 7;
  const from = options.from ?? (options.historyStart ?? first) + window;
  const to = options.to ?? last + 1 - longest;
  if (to < from) {
    throw new ThroughputError(
      `the history is too short to backtest: it needs the window (${window} days) plus the longest horizon (${longest} days)`,
    );
  }
  // Prefix counts: finishedBefore(d) = items finished on days < d.
  const finishedBefore = (d: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const hits = horizons.map(() => ({ cuts: 0, p50: 0, p85: 0, p95: 0 }));
  let skipped = 0;
  let cutIndex = 0;
  for (let cut = from; cut <= to; cut += step, cutIndex++) {
    let samples: ThroughputSamples;
    try {
      samples = throughputSamples(sorted, { ...options, window, asOf: cut });
    } catch (error) {
      if (error instanceof ThroughputError) {
        skipped++;
        continue;
      }
      throw error;
    }
    horizons.forEach((weeks, h) => {
      const days = weeks * 7;
      const forecast = simulateCounts(samples, days, iterations, (seed + cutIndex * 7919 + h) >>> 0);
      const actual = finishedBefore(cut + days) - finishedBefore(cut);
      const tally = hits[h] as { cuts: number; p50: number; p85: number; p95: number };
      tally.cuts++;
      for (const q of THROUGHPUT_PERCENTILES) if (actual >= forecast[`p${q}`]) tally[`p${q}`]++;
    });
  }
  return {
    window,
    ...samplingOf(options),
    from,
    to,
    step,
    skipped,
    horizons: horizons.map((weeks, h) => {
      const t = hits[h] as { cuts: number; p50: number; p85: number; p95: number };
      const rate = (n: number) => (t.cuts === 0 ? 0 : n / t.cuts);
      return { weeks, cuts: t.cuts, hitRate: { p50: rate(t.p50), p85: rate(t.p85), p95: rate(t.p95) } };
    }),
  };
}
