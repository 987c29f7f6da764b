import type { BacklogItem, LocalDate, Workflow } from "@keel/model";
import {
  chanceDoneBy,
  forecastWhen,
  RECOMMENDED_THROUGHPUT,
  ThroughputError,
} from "../forecast/throughput.js";
import { dateOfDay, dayNumber } from "./days.js";
import { finishedOn, isDone } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { ReleaseForecast } from "./types.js";

export interface ReleaseForecastOptions {
  /** The first forecast day; history is the days before it. */
  readonly today: LocalDate;
  /** Ids of the items the release needs; every item but the epics by default. */
  readonly scope?: readonly string[];
  /** A date to give the chance of finishing by. */
  readonly target?: LocalDate;
  /** Monte Carlo runs; 10,000 by default. */
  readonly runs?: number;
  readonly seed?: number;
  /** Calendar days of history to sample, 252 by default; fewer when the items' history is shorter. */
  readonly window?: number;
}

const DEFAULT_RUNS = 10_000;
/** Block sampling draws whole weeks: a shorter history is sampled a day at a time. */
const MIN_BLOCK_WINDOW = 7;

/**
 * When the unfinished items of a release will be done, by Monte Carlo over the team's throughput
 * (items finished per calendar day, from the items' history, epics left out) in the window before
 * `today`, replayed in blocks of four weeks as `keel throughput` does (calibrated in
 * docs/forecasting.md). Undefined when no item finished in that window: there is nothing to
 * sample. Deterministic for a seed. Throws on a scope id that is not an item.
 */
export function releaseForecast(
  items: readonly BacklogItem[],
  workflow: Workflow,
  options: ReleaseForecastOptions,
): ReleaseForecast | undefined {
  const resolve = statusResolver(workflow);
  const today = dayNumber(options.today);
  const work = items.filter((i) => i.type !== "epic");
  const finished: number[] = [];
  let firstSeen = today;
  for (const item of work) {
    const day = finishedOn(item, resolve);
    if (day !== undefined) finished.push(dayNumber(day));
    const seen = item.created ?? item.history?.[0]?.at;
    if (seen !== undefined) firstSeen = Math.min(firstSeen, dayNumber(seen));
  }
  // A team with three weeks of history is not sampled over twelve, nine of them empty.
  const days = Math.min(options.window ?? RECOMMENDED_THROUGHPUT.window, today - firstSeen);
  const blocks = days >= MIN_BLOCK_WINDOW;
  const window = blocks ? Math.floor(days / 7) * 7 : days;
  if (finished.length === 0 || window < 1) return undefined;

  const byId = new Map(items.map((i) => [i.id, i]));
  const scope =
    options.scope?.map((id) => {
      const item = byId.get(id);
      if (item === undefined) throw new Error(`no item "${id}" in the release scope`);
      return item;
    }) ?? work;
  const remaining = scope.filter((i) => !isDone(i, resolve)).length;
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? 1;
  if (remaining === 0) {
    return {
      remaining,
      historyDays: window,
      p50: options.today,
      p85: options.today,
      p95: options.today,
      ...(options.target === undefined ? {} : { chanceByTarget: options.target >= options.today ? 1 : 0 }),
    };
  }
  try {
    const when = forecastWhen(finished, remaining, {
      asOf: today,
      window,
      iterations: runs,
      seed,
      ...(blocks
        ? { sampling: RECOMMENDED_THROUGHPUT.sampling, blockDays: RECOMMENDED_THROUGHPUT.blockDays }
        : {}),
    });
    return {
      remaining,
      historyDays: window,
      p50: dateOfDay(today + when.finish.p50),
      p85: dateOfDay(today + when.finish.p85),
      p95: dateOfDay(today + when.finish.p95),
      ...(options.target === undefined
        ? {}
        : { chanceByTarget: chanceDoneBy(when, dayNumber(options.target) - today) }),
    };
  } catch (error) {
    // Nothing finished in the window, or a pace that would take a century: no forecast to give.
    if (error instanceof ThroughputError) return undefined;
    throw error;
  }
}
