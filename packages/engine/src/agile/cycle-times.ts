import type { BacklogItem, Workflow } from "@keel/model";
import { percentile } from "../forecast/statistics.js";
import { dayNumber } from "./days.js";
import { finishedOn, startedOn } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { CycleTimePoint, CycleTimes } from "./types.js";

/**
 * Cycle time of every finished item (not epics): calendar days from its first move into a "doing"
 * status (or its creation, when it never passed through one) to the day it was done for the last
 * time, at least 1. Percentiles by the nearest-rank method, as the forecasts use.
 */
export function cycleTimes(items: readonly BacklogItem[], workflow: Workflow): CycleTimes {
  const resolve = statusResolver(workflow);
  const points: CycleTimePoint[] = [];
  for (const item of items) {
    if (item.type === "epic") continue;
    const finished = finishedOn(item, resolve);
    if (finished === undefined) continue;
    const started = startedOn(item, resolve) ?? finished;
    points.push({ item: item.id, finished, days: Math.max(1, dayNumber(finished) - dayNumber(started)) });
  }
  points.sort((a, b) =>
    a.finished < b.finished ? -1 : a.finished > b.finished ? 1 : a.item < b.item ? -1 : 1,
  );
  const sorted = points.map((p) => p.days).sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? undefined : percentile(sorted, q));
  return { points, p50: at(50), p85: at(85), p95: at(95) };
}
