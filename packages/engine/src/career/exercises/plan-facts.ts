import type { LocalDate, Plan } from "@keel/model";
import { staleItems } from "../../raid/stale.js";
import type { PlanSchedule } from "../../result.js";
import type { ProjectFacts } from "./project-facts.js";

/** The facts a plan and its schedule give; the server adds the rest from the store and the other engines. */
export type PlanFacts = Pick<
  ProjectFacts,
  | "tasks"
  | "milestones"
  | "milestonesWithDeadline"
  | "threePointTasks"
  | "criticalPathTasks"
  | "spanWeeks"
  | "assignedResources"
  | "risksOwnedWithResponse"
  | "risksWithReviewDate"
  | "dependencies"
  | "staleRaidItems"
>;

const DAY_MS = 86_400_000;

export function planFacts(plan: Plan, schedule: PlanSchedule, today: LocalDate): PlanFacts {
  const leaves = schedule.tasks.filter((t) => t.kind === "task");
  const milestones = schedule.tasks.filter((t) => t.kind === "milestone");
  const openRisks = (plan.risks ?? []).filter((r) => r.status === "open");
  return {
    tasks: leaves.length,
    milestones: milestones.length,
    milestonesWithDeadline: milestones.filter((t) => t.deadline !== undefined).length,
    threePointTasks: leaves.filter((t) => t.estimate !== undefined).length,
    criticalPathTasks: Math.max(0, ...schedule.criticalPaths.map((p) => p.length)),
    spanWeeks: spanWeeks(schedule.project.start, schedule.project.finish),
    assignedResources: new Set((plan.assignments ?? []).map((a) => a.resource)).size,
    risksOwnedWithResponse: openRisks.filter(
      (r) => r.owner !== undefined && (r.strategy !== undefined || (r.actions ?? []).length > 0),
    ).length,
    risksWithReviewDate: openRisks.filter((r) => r.review !== undefined).length,
    dependencies: (plan.dependencies ?? []).filter((d) => d.status !== "cancelled").length,
    staleRaidItems: staleItems(plan, today).length,
  };
}

/** Calendar weeks from the start day to the finish day, both counted, to one decimal. */
function spanWeeks(start: string, finish: string): number {
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  const days = Math.max(0, (day(finish) - day(start)) / DAY_MS + 1);
  return Math.round((days / 7) * 10) / 10;
}
