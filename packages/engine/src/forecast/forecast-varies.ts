import type { Plan } from "@keel/model";
import { riskEvents } from "../raid/risk-events.js";

/**
 * Whether a forecast can differ from the plain schedule: some task has a three-point estimate or
 * some risk is drawn. Without either, every iteration repeats the schedule, so callers skip it.
 */
export function forecastVaries(plan: Plan): boolean {
  return plan.tasks.some((t) => t.estimate !== undefined) || riskEvents(plan).length > 0;
}
