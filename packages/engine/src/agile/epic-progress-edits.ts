import type { AgileSettings, BacklogItem, LocalDate, Plan, Task, Workflow } from "@keel/model";
import { isMilestoneTask } from "../network/progress-checks.js";
import { epicMembers } from "./epic-members.js";
import { itemEstimate } from "./item-estimate.js";
import { finishedOn, isDone } from "./item-history.js";
import { type StatusResolver, statusResolver } from "./status-resolver.js";
import type { EpicProgressEdit } from "./types.js";

export interface EpicProgressOptions {
  /** The day for actual dates the items' history cannot give. */
  readonly today: LocalDate;
}

/** The first day any of the items moved into a doing or done status. */
function workStart(items: readonly BacklogItem[], resolve: StatusResolver): LocalDate | undefined {
  let first: LocalDate | undefined;
  for (const item of items) {
    const moved = item.history?.find((c) => resolve(c.status)?.category !== "todo")?.at;
    if (moved !== undefined && (first === undefined || moved < first)) first = moved;
  }
  return first;
}

/** The last day one of the (done) items was finished. */
function workFinish(items: readonly BacklogItem[], resolve: StatusResolver): LocalDate | undefined {
  let last: LocalDate | undefined;
  for (const item of items) {
    const day = finishedOn(item, resolve);
    if (day !== undefined && (last === undefined || day > last)) last = day;
  }
  return last;
}

/** A task's percent complete now: 100 once it has finished (a milestone once reached). */
function currentPercent(task: Task, milestone: boolean): number {
  if (milestone) return task.actualFinish !== undefined || task.actualStart !== undefined ? 100 : 0;
  return task.actualFinish !== undefined ? 100 : (task.percentComplete ?? 0);
}

/**
 * The percent complete each plan task's linked epics give it, where it differs from the task's: the
 * estimate done under those epics out of their total (items done out of all when none is
 * estimated), rounded to a whole percent (100 only once every item is done). A milestone is offered 100 % only once every item under
 * its epics is done, and never less. Summary tasks roll up from their tasks and are left alone, as
 * are epics without items. So that the plan accepts the percent, a task that needs an actual start
 * is given the first day work under the epics began, and one finished the day the last item was
 * done, neither after the project's status date; a finish is cleared when work reopens, a
 * remaining duration whenever the percent changes. In plan order.
 */
export function epicProgressEdits(
  items: readonly BacklogItem[],
  workflow: Workflow,
  settings: AgileSettings,
  plan: Plan,
  options: EpicProgressOptions,
): EpicProgressEdit[] {
  const resolve = statusResolver(workflow);
  const members = epicMembers(items);
  const epics = items
    .filter((i) => i.type === "epic" && (members.get(i.id)?.length ?? 0) > 0)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const linked = new Map<string, BacklogItem[]>();
  for (const epic of epics) {
    for (const task of new Set(epic.tasks ?? [])) linked.set(task, [...(linked.get(task) ?? []), epic]);
  }
  const summaries = new Set(plan.tasks.map((t) => t.parent));
  const status = plan.project.statusDate;
  // Actuals after the status date are refused: the status date itself stands in for a later day.
  const dated = (day: LocalDate): string =>
    status !== undefined && day >= status.slice(0, 10) ? status : day;

  const edits: EpicProgressEdit[] = [];
  for (const task of plan.tasks) {
    const by = linked.get(task.id);
    if (by === undefined || summaries.has(task.id)) continue;
    const under = by.flatMap((epic) => members.get(epic.id) ?? []);
    const done = under.filter((i) => isDone(i, resolve));
    const milestone = isMilestoneTask(task);
    const current = currentPercent(task, milestone);
    let proposed: number;
    if (milestone) {
      if (done.length < under.length) continue;
      proposed = 100;
    } else {
      const total = under.reduce((sum, i) => sum + itemEstimate(i, settings), 0);
      const doneTotal = done.reduce((sum, i) => sum + itemEstimate(i, settings), 0);
      const share = total > 0 ? doneTotal / total : done.length / under.length;
      // Rounding never finishes a task whose epics still have work to do.
      proposed = done.length < under.length ? Math.min(99, Math.round(100 * share)) : 100;
    }
    if (proposed === current) continue;

    const finished = dated(workFinish(done, resolve) ?? options.today);
    const set: { -readonly [K in keyof EpicProgressEdit["set"]]: EpicProgressEdit["set"][K] } = {
      percentComplete: proposed,
    };
    if (milestone) {
      set.actualFinish = finished;
    } else {
      if (proposed > 0 && task.actualStart === undefined) {
        set.actualStart = dated(workStart(under, resolve) ?? options.today);
      }
      const start = task.actualStart ?? set.actualStart;
      if (proposed === 100 && task.actualFinish === undefined) {
        set.actualFinish =
          start !== undefined && finished.slice(0, 10) < start.slice(0, 10) ? start : finished;
      }
      if (proposed < 100 && task.actualFinish !== undefined) set.actualFinish = null;
      if (task.remainingDuration !== undefined) set.remainingDuration = null;
    }
    edits.push({
      task: task.id,
      name: task.name,
      milestone,
      epics: by.map((e) => ({ id: e.id, name: e.name })),
      current,
      proposed,
      set,
    });
  }
  return edits;
}
