import type { AgileSettings, BacklogItem, LocalDate, Workflow } from "@keel/model";
import { epicMembers } from "./epic-members.js";
import { epicRollup } from "./epic-rollup.js";
import { isDone } from "./item-history.js";
import { releaseForecast } from "./release-forecast.js";
import { statusResolver } from "./status-resolver.js";
import type { EpicForecast, EpicVerdict } from "./types.js";

export interface EpicForecastOptions {
  /** The first forecast day; throughput is drawn from the days before it. */
  readonly today: LocalDate;
  readonly seed?: number;
  /** Monte Carlo runs per epic; 10,000 by default. */
  readonly runs?: number;
  /** Calendar days of history to sample, 84 by default. */
  readonly window?: number;
}

/**
 * For each epic (in rank order) that names tasks of the plan: its roll-up, when its unfinished
 * items will be done at the team's throughput (`releaseForecast` on just those items), the latest
 * scheduled finish of its tasks, and the verdict: on track when P85 is on or before that day, at
 * risk when only P50 is, late when P50 is after it; done when every item under it is; no forecast
 * when it has no items or nothing finished in the window. `finishes` maps a task id to its
 * scheduled finish (a date or a local date-time; its day counts); tasks it lacks are left out.
 * Deterministic for a seed.
 */
export function epicForecasts(
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
  finishes: ReadonlyMap<string, string>,
  options: EpicForecastOptions,
): EpicForecast[] {
  const resolve = statusResolver(workflow);
  const members = epicMembers(items);
  const forecasts: EpicForecast[] = [];
  for (const rollup of epicRollup(items, workflow, settings)) {
    let finish: LocalDate | undefined;
    let finishTask = "";
    for (const task of rollup.tasks) {
      const day = finishes.get(task)?.slice(0, 10) as LocalDate | undefined;
      if (day !== undefined && (finish === undefined || day > finish)) {
        finish = day;
        finishTask = task;
      }
    }
    if (finish === undefined) continue;
    const open = (members.get(rollup.epic) ?? []).filter((i) => !isDone(i, resolve));
    const base = { ...rollup, remaining: open.length, finish, finishTask };
    if (rollup.items > 0 && open.length === 0) {
      forecasts.push({ ...base, verdict: "done" });
      continue;
    }
    const forecast =
      rollup.items === 0
        ? undefined
        : releaseForecast(items, workflow, {
            today: options.today,
            scope: open.map((i) => i.id),
            ...(options.seed === undefined ? {} : { seed: options.seed }),
            ...(options.runs === undefined ? {} : { runs: options.runs }),
            ...(options.window === undefined ? {} : { window: options.window }),
          });
    if (forecast === undefined) {
      forecasts.push({ ...base, verdict: "no forecast" });
      continue;
    }
    const verdict: EpicVerdict =
      forecast.p85 <= finish ? "on track" : forecast.p50 <= finish ? "at risk" : "late";
    forecasts.push({
      ...base,
      p50: forecast.p50,
      p85: forecast.p85,
      historyDays: forecast.historyDays,
      verdict,
    });
  }
  return forecasts;
}
