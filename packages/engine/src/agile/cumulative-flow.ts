import type { BacklogItem, LocalDate, Workflow } from "@keel/model";
import { dateOfDay, dayNumber } from "./days.js";
import { statusAt } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { CumulativeFlow } from "./types.js";

/** Longest range drawn day by day; a longer one is drawn a week at a time, to keep charts light. */
const MAX_DAILY_DAYS = 180;

/**
 * Items per workflow status at the end of each day from `from` to `to`, replayed from their
 * history. Ranges over 180 days are sampled every seventh day, counted back from `to` so the last
 * point is always `to`. An item counts from its creation (or first change when it has no creation
 * date) and, until its first change, sits in the workflow's first status; statuses the workflow
 * does not have count under the status they resolve to (see `statusResolver`) or not at all.
 * Epics are containers of work, not work, and are left out.
 */
export function cumulativeFlow(
  items: readonly BacklogItem[],
  workflow: Workflow,
  from: LocalDate,
  to: LocalDate,
): CumulativeFlow {
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (last < first) throw new Error(`the flow ends on ${to}, before it starts on ${from}`);
  const step = last - first + 1 > MAX_DAILY_DAYS ? 7 : 1;
  const days: number[] = [];
  for (let day = last; day >= first; day -= step) days.unshift(day);
  const dates = days.map(dateOfDay);

  const resolve = statusResolver(workflow);
  const column = new Map(workflow.statuses.map((s, i) => [s.id, i]));
  const counts = workflow.statuses.map(() => new Array<number>(dates.length).fill(0));
  const initial = workflow.statuses[0]?.id;
  for (const item of items) {
    if (item.type === "epic") continue;
    const born = item.created ?? item.history?.[0]?.at;
    if (born === undefined) continue;
    dates.forEach((date, k) => {
      if (date < born) return;
      const status = statusAt(item, date) ?? initial;
      const resolved = status === undefined ? undefined : resolve(status);
      const series = resolved === undefined ? undefined : counts[column.get(resolved.id) as number];
      if (series !== undefined) series[k] = (series[k] as number) + 1;
    });
  }
  return {
    dates,
    series: workflow.statuses.map((s, i) => ({
      status: s.id,
      name: s.name,
      category: s.category,
      counts: counts[i] as number[],
    })),
  };
}
