import type { Baseline, Plan } from "@keel/model";
import { schedulePlan } from "../cpm/scheduler.js";
import { captureBaseline } from "./capture.js";

/**
 * A baseline for a plan that has none saved (a plan file): the plan as if no work had been
 * reported — no status date, no percent complete, no actuals — scheduled and captured. Its dates are
 * what the plan promised, so earned value and variance measure progress against them.
 */
export function asPlannedBaseline(plan: Plan, savedAt: string): Baseline {
  const { statusDate: _status, ...project } = plan.project;
  const planned: Plan = {
    ...plan,
    project,
    tasks: plan.tasks.map(
      ({
        percentComplete: _pc,
        actualStart: _as,
        actualFinish: _af,
        actualCost: _ac,
        remainingDuration: _rd,
        ...t
      }) => t,
    ),
  };
  return captureBaseline(planned, schedulePlan(planned), "As planned", savedAt);
}
