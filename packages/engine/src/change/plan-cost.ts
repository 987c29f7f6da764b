import type { Plan } from "@keel/model";
import type { PlanSchedule } from "../result.js";

/**
 * The cost of a plan's work, rounded to cents. Each assignment of a work resource with a
 * `costPerHour` costs the task's scheduled working hours × the assignment's units × the rate.
 * Summary tasks are skipped (their children carry the work, as in `resourceLoad`); material and
 * cost resources have no rate yet, so they add nothing.
 */
export function planCost(plan: Plan, schedule: PlanSchedule): number {
  const rate = new Map<string, number>();
  for (const r of plan.resources ?? []) {
    if (r.type === "work" && r.costPerHour !== undefined) rate.set(r.id, r.costPerHour);
  }
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  let total = 0;
  for (const a of plan.assignments ?? []) {
    const perHour = rate.get(a.resource);
    const task = scheduled.get(a.task);
    if (perHour === undefined || task === undefined || task.kind === "summary") continue;
    total += (task.durationMinutes / 60) * a.units * perHour;
  }
  return cents(total);
}

export const cents = (amount: number): number => Math.round(amount * 100) / 100;
