import type { AgileSettings, BacklogItem, LocalDate, Sprint, Workflow } from "@keel/model";
import { dateOfDay, dayNumber } from "./days.js";
import { itemEstimate } from "./item-estimate.js";
import { statusAt } from "./item-history.js";
import { statusResolver } from "./status-resolver.js";
import type { Burndown, BurndownDay } from "./types.js";

export interface BurndownOptions {
  /** Last day drawn, for a sprint under way; the sprint's finish by default. */
  readonly today?: LocalDate;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** An item the burndown follows: the estimate it counts with and the day it joined the sprint. */
interface Tracked {
  readonly item: BacklogItem;
  readonly estimate: number;
  readonly from: LocalDate;
}

/**
 * Burndown and burn-up of a sprint, one point per calendar day at the end of the day. The sprint
 * holds the items committed at its start (at their committed estimate; those since taken out of it,
 * other than by carrying over at the close, count as removed) and the items planned in it since
 * (at their estimate, from the day they were created, or the start when earlier or unknown). An
 * item is done on a day when its history shows a done status at the end of that day; an item
 * without history is taken to have always been in its current status. The ideal line falls from
 * the committed total to zero by the end of the last working day, flat on days off.
 */
export function sprintBurndown(
  sprint: Sprint,
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
  isWorkingDay: (day: LocalDate) => boolean,
  options: BurndownOptions = {},
): Burndown {
  const resolve = statusResolver(workflow);
  const byId = new Map(items.map((i) => [i.id, i]));
  const carried = new Set(sprint.carriedOver ?? []);
  const inSprint = (item: BacklogItem) => item.sprint === sprint.id || carried.has(item.id);
  const tracked: Tracked[] = [];
  const committedIds = new Set<string>();
  let committed = 0;
  let added = 0;
  let removed = 0;

  for (const record of sprint.committed ?? []) {
    committedIds.add(record.item);
    committed += record.estimate;
    const item = byId.get(record.item);
    if (item !== undefined && inSprint(item)) {
      tracked.push({ item, estimate: record.estimate, from: sprint.start });
    } else removed += record.estimate;
  }
  for (const item of items) {
    if (!inSprint(item) || committedIds.has(item.id)) continue;
    const estimate = itemEstimate(item, settings);
    const from = item.created !== undefined && item.created > sprint.start ? item.created : sprint.start;
    // A sprint that has not recorded its commitment yet commits to what it held at its start.
    if (sprint.committed === undefined && from === sprint.start) committed += estimate;
    else added += estimate;
    tracked.push({ item, estimate, from });
  }

  const first = dayNumber(sprint.start);
  const finish = dayNumber(sprint.finish);
  const last = options.today === undefined ? finish : Math.min(finish, dayNumber(options.today));
  let totalWorkingDays = 0;
  for (let day = first; day <= finish; day++) if (isWorkingDay(dateOfDay(day))) totalWorkingDays++;

  const days: BurndownDay[] = [];
  let workedDays = 0;
  for (let day = first; day <= last; day++) {
    const date = dateOfDay(day);
    if (isWorkingDay(date)) workedDays++;
    let scope = 0;
    let done = 0;
    for (const t of tracked) {
      if (t.from > date) continue;
      scope += t.estimate;
      const status = statusAt(t.item, date);
      if (status !== undefined && resolve(status)?.category === "done") done += t.estimate;
    }
    const left = totalWorkingDays === 0 ? 1 : 1 - workedDays / totalWorkingDays;
    days.push({
      date,
      remaining: round(scope - done),
      scope: round(scope),
      done: round(done),
      ideal: round(committed * left),
    });
  }
  return { days, committed: round(committed), added: round(added), removed: round(removed) };
}
