import type { Plan } from "@keel/model";
import type { PlanSchedule } from "../result.js";

/**
 * What one working hour of each task costs: Σ units × rate over its assignments of work resources
 * with a `costPerHour`. Tasks without a rated assignment are absent. Material and cost resources
 * have no rate yet, so they add nothing.
 */
export function hourlyRates(plan: Plan): Map<string, number> {
  const rate = new Map<string, number>();
  for (const r of plan.resources ?? []) {
    if (r.type === "work" && r.costPerHour !== undefined) rate.set(r.id, r.costPerHour);
  }
  const perTask = new Map<string, number>();
  for (const a of plan.assignments ?? []) {
    const perHour = rate.get(a.resource);
    if (perHour !== undefined) perTask.set(a.task, (perTask.get(a.task) ?? 0) + a.units * perHour);
  }
  return perTask;
}

/**
 * The cost of each rated leaf task's work: its scheduled working hours × its hourly rate. Summary
 * tasks are skipped (their children carry the work, as in `resourceLoad`).
 */
export function taskCosts(plan: Plan, schedule: PlanSchedule): Map<string, number> {
  const rates = hourlyRates(plan);
  const costs = new Map<string, number>();
  for (const task of schedule.tasks) {
    const perHour = rates.get(task.id);
    if (perHour === undefined || task.kind === "summary") continue;
    costs.set(task.id, (task.durationMinutes / 60) * perHour);
  }
  return costs;
}

/** The cost of a plan's work, rounded to cents: the sum of `taskCosts`. */
export function planCost(plan: Plan, schedule: PlanSchedule): number {
  let total = 0;
  for (const cost of taskCosts(plan, schedule).values()) total += cost;
  return cents(total);
}

export const cents = (amount: number): number => Math.round(amount * 100) / 100;
