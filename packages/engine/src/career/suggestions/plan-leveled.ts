import type { EvidenceMeasure, LocalDate } from "@keel/model";
import { dayOf } from "../../status/dates.js";
import { listNames, plural } from "../../status/wording.js";
import type { EvidenceSuggestion, LevelingApplied, ProjectActivity } from "./project-activity.js";
import { amount, assignedResources, isOnOrBefore, suggestion } from "./suggestion-parts.js";

/**
 * A leveling the person applied, when it is a win by its own numbers: the finish got earlier with
 * no more over-allocation than before, or the over-allocation went down with the finish where it
 * was. A leveling that cleared over-allocation by pushing the finish out made the plan honest, not
 * shorter, so it is not proposed as one; nor is one that left the plan as over-allocated as it
 * found it. Numbers are those recorded when it was applied. One suggestion per leveling.
 */
export function planLeveled(activity: ProjectActivity, today: LocalDate): EvidenceSuggestion[] {
  return (activity.levelings ?? [])
    .filter((l) => l.by === activity.userId && isOnOrBefore(l.at, today) && isWin(l))
    .map((l) => leveled(activity, l));
}

const overAllocated = (l: LevelingApplied, side: "before" | "after") => l[side].overAllocatedResources.length;

function isWin(l: LevelingApplied): boolean {
  const fewer = l.after.overAllocatedDays < l.before.overAllocatedDays;
  const noMore =
    l.after.overAllocatedDays <= l.before.overAllocatedDays &&
    overAllocated(l, "after") <= overAllocated(l, "before");
  return l.tasksMoved.length > 0 && ((l.finishDays < 0 && noMore) || (l.finishDays === 0 && fewer));
}

function leveled(activity: ProjectActivity, l: LevelingApplied): EvidenceSuggestion {
  const names = new Map((activity.plan.resources ?? []).map((r) => [r.id, r.name]));
  const tasks = new Map(activity.plan.tasks.map((t) => [t.id, t.name]));
  const people = l.before.overAllocatedResources.map((id) => names.get(id) ?? id);
  const freed = overAllocated(l, "before") - overAllocated(l, "after");
  const daysFreed = l.before.overAllocatedDays - l.after.overAllocatedDays;
  const earlier = -l.finishDays;
  const project = activity.projectName;
  const finishWords = earlier > 0 ? `finish ${plural(earlier, "working day")} earlier` : "the finish kept";
  const title =
    earlier > 0
      ? `Leveled ${project}'s plan: ${finishWords}${freed > 0 ? `, ${plural(freed, "resource")} no longer over-allocated` : ""}`
      : `Leveled ${project}'s plan: ${plural(daysFreed, "over-allocated day")} removed without moving the finish`;
  const metrics: EvidenceMeasure[] = [
    ...(earlier > 0
      ? [{ name: "working days the finish moved earlier", value: earlier, unit: "working days" }]
      : []),
    { name: "tasks moved by leveling", value: l.tasksMoved.length },
    ...(freed > 0 ? [{ name: "resources no longer over-allocated", value: freed }] : []),
    ...(daysFreed > 0 ? [{ name: "over-allocated days removed", value: daysFreed, unit: "days" }] : []),
  ];
  return suggestion(activity, "plan-leveled", l.id, "capacity", {
    title,
    situation: `${project}'s plan asked more of ${people.length > 0 ? listNames(people) : "its people"} than they had: ${plural(overAllocated(l, "before"), "resource")} over-allocated on ${plural(l.before.overAllocatedDays, "day")} (${amount(l.before.excessHours)} hours too many), finishing ${l.before.finish.slice(0, 10)}.`,
    action: `[Why you leveled, and what you agreed with the people whose work moved.] Leveled the plan, moving ${plural(l.tasksMoved.length, "task")} (${listNames(l.tasksMoved.map((id) => tasks.get(id) ?? id))}).`,
    result: `Finish ${l.after.finish.slice(0, 10)} (${earlier > 0 ? `${plural(earlier, "working day")} earlier` : "unchanged"}), with ${plural(overAllocated(l, "after"), "resource")} over-allocated on ${plural(l.after.overAllocatedDays, "day")} (before: ${overAllocated(l, "before")} on ${l.before.overAllocatedDays}).`,
    metrics,
    scale: { people: assignedResources(activity.plan) },
    competencies: ["resource-planning", "scheduling"],
    date: dayOf(l.at),
  });
}
