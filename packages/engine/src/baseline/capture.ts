import type { Baseline, Plan } from "@keel/model";
import { cents, taskCosts } from "../change/plan-cost.js";
import type { PlanSchedule } from "../result.js";

/**
 * The schedule saved as a baseline: per task its dates and duration, and for leaf tasks the work of
 * its work-resource assignments and its cost, which earned value later measures against.
 */
export function captureBaseline(plan: Plan, schedule: PlanSchedule, name: string, savedAt: string): Baseline {
  const costs = taskCosts(plan, schedule);
  const workUnits = new Map<string, number>();
  const workResources = new Set((plan.resources ?? []).filter((r) => r.type === "work").map((r) => r.id));
  for (const a of plan.assignments ?? []) {
    if (workResources.has(a.resource)) workUnits.set(a.task, (workUnits.get(a.task) ?? 0) + a.units);
  }
  return {
    name,
    savedAt,
    tasks: schedule.tasks.map((t) => {
      const units = t.kind === "summary" ? undefined : workUnits.get(t.id);
      const cost = costs.get(t.id);
      return {
        id: t.id,
        start: t.start,
        finish: t.finish,
        durationMinutes: t.durationMinutes,
        ...(units === undefined ? {} : { workMinutes: Math.round(t.durationMinutes * units) }),
        ...(cost === undefined ? {} : { cost: cents(cost) }),
      };
    }),
  };
}
