import type { BacklogItem, LocalDate, Workflow } from "@keel/model";
import { weekdayOf } from "../time.js";
import { dateOfDay, dayNumber } from "./days.js";
import { finishedOn } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { ThroughputWeek } from "./types.js";

/**
 * Items finished (see `finishedOn`; epics left out) per week, weeks starting on Monday, from the
 * week of `from` to the week of `to` (by default the first and last finish), weeks with none
 * included. Only finishes from `from` to `to` count, so the first and last week may be partial.
 */
export function throughputByWeek(
  items: readonly BacklogItem[],
  workflow: Workflow,
  from?: LocalDate,
  to?: LocalDate,
): ThroughputWeek[] {
  const resolve = statusResolver(workflow);
  const finishes: number[] = [];
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    if (item.type === "epic") continue;
    const finished = finishedOn(item, resolve);
    if (finished === undefined) continue;
    const day = dayNumber(finished);
    finishes.push(day);
    earliest = Math.min(earliest, day);
    latest = Math.max(latest, day);
  }
  const lo = from === undefined ? earliest : dayNumber(from);
  const hi = to === undefined ? latest : dayNumber(to);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return [];
  const firstMonday = lo - weekdayOf(lo);
  const counts = new Array<number>(Math.floor((hi - firstMonday) / 7) + 1).fill(0);
  for (const day of finishes) {
    if (day < lo || day > hi) continue;
    const week = Math.floor((day - firstMonday) / 7);
    counts[week] = (counts[week] as number) + 1;
  }
  return counts.map((count, i) => ({ week: dateOfDay(firstMonday + 7 * i), count }));
}
