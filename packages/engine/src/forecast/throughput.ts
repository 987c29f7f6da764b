import { Rng } from "./rng.js";
import { percentile } from "./statistics.js";
import { BlockWalk } from "./throughput-blocks.js";

/**
 * Throughput forecasting: Monte Carlo over how many items finished per day (or week) in a window
 * of recent history. Days are whole day numbers (days since 1970-01-01, a Thursday); the caller
 * turns dates into day numbers and offsets back into dates.
 */

/**
 * How a run draws its throughput: `block` replays contiguous blocks of days from the window (see
 * `BlockWalk`), `daily` draws each day independently, `weekly` each whole week independently.
 */
export type ThroughputSampling = "daily" | "weekly" | "block";

export interface ThroughputOptions {
  /** The first forecast day: history is the window of days just before it. Default: last finish + 1. */
  readonly asOf?: number;
  /** Calendar days of history to sample from; 84 by default. Weekly and block sampling use whole weeks. */
  readonly window?: number;
  /**
   * The first day of the history (say, the day the first item was created): the window starts no
   * earlier, as the days before it are no history rather than days on which nothing was done.
   */
  readonly historyStart?: number;
  /** Daily by default. */
  readonly sampling?: ThroughputSampling;
  /** Block sampling: days per block; 28 by default (at most the window). */
  readonly blockDays?: number;
  /** Daily and block sampling: Saturdays and Sundays neither feed the samples nor finish items. */
  readonly excludeWeekends?: boolean;
  /** Monte Carlo runs; 10,000 by default. */
  readonly iterations?: number;
  /** Seed of the random streams (a 32-bit integer); 1 by default. */
  readonly seed?: number;
}

export const THROUGHPUT_PERCENTILES = [50, 85, 95] as const;
export type ThroughputPercentiles = { readonly p50: number; readonly p85: number; readonly p95: number };

export interface ThroughputSamples {
  readonly asOf: number;
  /** First and last day of the window (inclusive). */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly sampling: ThroughputSampling;
  /** Block sampling only: days per block. */
  readonly blockDays?: number;
  readonly excludeWeekends: boolean;
  /**
   * Items finished per sampled day (or week) in the window, oldest first. Block sampling keeps
   * every day of the window, weekends at zero when they are excluded.
   */
  readonly samples: readonly number[];
  /** Items finished in the window. */
  readonly total: number;
}

export interface WhenForecast extends ThroughputSamples {
  readonly remaining: number;
  readonly iterations: number;
  readonly seed: number;
  /**
   * Day offsets from `asOf` on which the last item is done, in that share of runs or more:
   * 0 means during the day `asOf` itself. P85 is the day by which 85 % of runs are done.
   */
  readonly finish: ThroughputPercentiles;
}

export interface HowManyForecast extends ThroughputSamples {
  /** Calendar days forecast: `asOf` … `asOf + days - 1`. */
  readonly days: number;
  readonly iterations: number;
  readonly seed: number;
  /** Items done, conservatively: at least the P85 count is reached in 85 % of runs or more. */
  readonly items: ThroughputPercentiles;
}

export class ThroughputError extends Error {
  override readonly name = "ThroughputError";
}

/** The window when none is given: 12 weeks. */
export const DEFAULT_THROUGHPUT_WINDOW = 84;
const DEFAULT_BLOCK_DAYS = 28;

/**
 * The settings `keel throughput`, `keel backtest` and the throughput API use, chosen by backtesting
 * on real data (docs/forecasting.md): blocks of four weeks from a 36-week window reached their P85
 * count at 86–90 % of cuts at 2, 4 and 8 weeks, where independent days from 12 weeks (the engine's
 * defaults) reached it at only 65–78 %.
 */
export const RECOMMENDED_THROUGHPUT = {
  sampling: "block",
  window: 252,
  blockDays: DEFAULT_BLOCK_DAYS,
} as const satisfies ThroughputOptions;

const DEFAULT_ITERATIONS = 10_000;
/** A run that needs longer than this many days is abandoned (a 100-year forecast is no forecast). */
const MAX_DAYS = 36_525;

/** Whether day number `day` is a Saturday or Sunday (day 0, 1970-01-01, was a Thursday). */
export function isWeekend(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

function wholeNumber(value: number, name: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new ThroughputError(`${name} must be a whole number of at least ${min}, not ${value}`);
  }
  return value;
}

export type SamplingSettings = Pick<ThroughputSamples, "sampling" | "blockDays" | "excludeWeekends">;

/** How the runs of `options` draw their throughput, defaults filled in. */
export function samplingOf(options: ThroughputOptions): SamplingSettings {
  const sampling = options.sampling ?? "daily";
  const excludeWeekends = sampling !== "weekly" && (options.excludeWeekends ?? false);
  if (sampling !== "block") return { sampling, excludeWeekends };
  return {
    sampling,
    blockDays: wholeNumber(options.blockDays ?? DEFAULT_BLOCK_DAYS, "the block length", 1),
    excludeWeekends,
  };
}

/** The per-day (or per-week) throughput samples of the window before `asOf`. */
export function throughputSamples(
  finished: readonly number[],
  options: ThroughputOptions = {},
): ThroughputSamples {
  if (finished.length === 0) throw new ThroughputError("no completed items: the history is empty");
  let last = Number.NEGATIVE_INFINITY;
  for (const d of finished) {
    if (!Number.isInteger(d)) throw new ThroughputError(`finish days must be whole day numbers, not ${d}`);
    if (d > last) last = d;
  }
  const asOf = options.asOf ?? last + 1;
  const { sampling, blockDays, excludeWeekends } = samplingOf(options);
  let window = wholeNumber(options.window ?? DEFAULT_THROUGHPUT_WINDOW, "the window", 1);
  if (sampling !== "daily") {
    window = Math.floor(window / 7) * 7;
    if (window === 0) throw new ThroughputError(`${sampling} sampling needs a window of at least 7 days`);
  }
  if (options.historyStart !== undefined) {
    if (options.historyStart >= asOf)
      throw new ThroughputError("the history starts on or after the forecast start");
    const known = asOf - options.historyStart;
    // Weeks and blocks need whole weeks: a history shorter than one week is sampled as one.
    window = Math.min(window, sampling === "daily" ? known : Math.max(7, Math.floor(known / 7) * 7));
  }
  const windowStart = asOf - window;
  const perDay = new Array<number>(window).fill(0);
  for (const d of finished) {
    const i = d - windowStart;
    if (i >= 0 && d < asOf) perDay[i] = (perDay[i] as number) + 1;
  }
  const samples: number[] = [];
  if (sampling === "weekly") {
    for (let w = 0; w < window; w += 7) {
      let sum = 0;
      for (let i = w; i < w + 7; i++) sum += perDay[i] as number;
      samples.push(sum);
    }
  } else if (sampling === "block") {
    // A block keeps the window's days in order; weekday alignment puts excluded weekends on weekends.
    for (let i = 0; i < window; i++)
      samples.push(excludeWeekends && isWeekend(windowStart + i) ? 0 : (perDay[i] as number));
  } else {
    for (let i = 0; i < window; i++) {
      if (!(excludeWeekends && isWeekend(windowStart + i))) samples.push(perDay[i] as number);
    }
  }
  const total = samples.reduce((a, b) => a + b, 0);
  if (samples.length === 0) throw new ThroughputError("the window holds no working days to sample");
  if (total === 0) {
    throw new ThroughputError(
      `no items finished in the ${window}-day window before the forecast start: nothing to sample (widen the window or move the start)`,
    );
  }
  const block = blockDays === undefined ? {} : { blockDays: Math.min(blockDays, window) };
  return { asOf, windowStart, windowEnd: asOf - 1, sampling, ...block, excludeWeekends, samples, total };
}

function draw(rng: Rng, samples: readonly number[]): number {
  return samples[Math.floor(rng.next() * samples.length)] as number;
}

/** The block walk of a block-sampled window, shared by all runs of one forecast. */
function blockWalk(s: ThroughputSamples): BlockWalk | undefined {
  return s.sampling === "block"
    ? new BlockWalk(s.samples.length, s.blockDays ?? DEFAULT_BLOCK_DAYS)
    : undefined;
}

/** Items done in `days` calendar days from `asOf`, in one run. Weekly: a partial last week counts pro rata, rounded down. */
function runCount(rng: Rng, s: ThroughputSamples, days: number, walk: BlockWalk | undefined): number {
  let done = 0;
  if (walk) {
    walk.restart();
    for (let i = 0; i < days; i++) done += s.samples[walk.next(rng)] as number;
    return done;
  }
  if (s.sampling === "weekly") {
    const weeks = Math.floor(days / 7);
    for (let w = 0; w < weeks; w++) done += draw(rng, s.samples);
    const rest = days - weeks * 7;
    if (rest > 0) done += Math.floor((draw(rng, s.samples) * rest) / 7);
    return done;
  }
  for (let i = 0; i < days; i++) {
    if (!(s.excludeWeekends && isWeekend(s.asOf + i))) done += draw(rng, s.samples);
  }
  return done;
}

/** Day offset (from `asOf`) on which the `remaining`-th item is done, in one run. Weekly: the week's last day. */
function runFinish(rng: Rng, s: ThroughputSamples, remaining: number, walk: BlockWalk | undefined): number {
  let done = 0;
  if (walk) {
    walk.restart();
    for (let i = 0; i < MAX_DAYS; i++) {
      done += s.samples[walk.next(rng)] as number;
      if (done >= remaining) return i;
    }
  } else if (s.sampling === "weekly") {
    for (let w = 0; w * 7 < MAX_DAYS; w++) {
      done += draw(rng, s.samples);
      if (done >= remaining) return w * 7 + 6;
    }
  } else {
    for (let i = 0; i < MAX_DAYS; i++) {
      if (s.excludeWeekends && isWeekend(s.asOf + i)) continue;
      done += draw(rng, s.samples);
      if (done >= remaining) return i;
    }
  }
  throw new ThroughputError(`${remaining} items would take more than 100 years at this throughput`);
}

function settings(options: ThroughputOptions): { iterations: number; seed: number } {
  const iterations = wholeNumber(options.iterations ?? DEFAULT_ITERATIONS, "iterations", 1);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
    throw new ThroughputError(`the seed must be a whole number from 0 to 4294967295, not ${seed}`);
  }
  return { iterations, seed };
}

/** "When will `remaining` items be done?" P50/P85/P95 day offsets from the forecast start. */
export function forecastWhen(
  finished: readonly number[],
  remaining: number,
  options: ThroughputOptions = {},
): WhenForecast {
  wholeNumber(remaining, "remaining items", 1);
  const s = throughputSamples(finished, options);
  const { iterations, seed } = settings(options);
  const rng = new Rng(seed, 0);
  const walk = blockWalk(s);
  const runs = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    rng.reseed(seed, i);
    runs[i] = runFinish(rng, s, remaining, walk);
  }
  runs.sort();
  return {
    ...s,
    remaining,
    iterations,
    seed,
    finish: { p50: percentile(runs, 50), p85: percentile(runs, 85), p95: percentile(runs, 95) },
  };
}

/**
 * The share of the runs of `forecast` that are done by day offset `days` (0: during the start
 * day). Each run is replayed from its own stream, so the chance agrees with the percentiles: at
 * least 0.85 by `finish.p85`.
 */
export function chanceDoneBy(forecast: WhenForecast, days: number): number {
  if (days < 0) return 0;
  const { remaining, iterations, seed } = forecast;
  const rng = new Rng(seed, 0);
  const walk = blockWalk(forecast);
  let done = 0;
  for (let i = 0; i < iterations; i++) {
    rng.reseed(seed, i);
    if (runFinish(rng, forecast, remaining, walk) <= days) done++;
  }
  return done / iterations;
}

/**
 * Conservative percentiles of item counts: the Pq count is reached (or passed) in at least q % of
 * runs, so it is the (100 − q)-th percentile of the ascending counts.
 */
export function conservativeCounts(sortedCounts: ArrayLike<number>): ThroughputPercentiles {
  return {
    p50: percentile(sortedCounts, 50),
    p85: percentile(sortedCounts, 15),
    p95: percentile(sortedCounts, 5),
  };
}

/** "How many items by the end of day `asOf + days - 1`?" P50/P85/P95 counts, conservatively. */
export function forecastHowMany(
  finished: readonly number[],
  days: number,
  options: ThroughputOptions = {},
): HowManyForecast {
  wholeNumber(days, "the number of days", 1);
  const s = throughputSamples(finished, options);
  const { iterations, seed } = settings(options);
  return { ...s, days, iterations, seed, items: simulateCounts(s, days, iterations, seed) };
}

/** The conservative count percentiles of `iterations` runs over `days` days (shared with the backtest). */
export function simulateCounts(
  s: ThroughputSamples,
  days: number,
  iterations: number,
  seed: number,
): ThroughputPercentiles {
  const rng = new Rng(seed, 0);
  const walk = blockWalk(s);
  const runs = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    rng.reseed(seed, i);
    runs[i] = runCount(rng, s, days, walk);
  }
  runs.sort();
  return conservativeCounts(runs);
}
