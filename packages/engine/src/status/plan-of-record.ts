import type { Baseline, Plan, Task } from "@keel/model";
import { captureBaseline } from "../baseline/capture.js";
import { schedulePlan } from "../cpm/scheduler.js";

export const PLAN_OF_RECORD = "Plan without progress";

/** The task as planned: the progress fields taken off. */
function unprogressed(task: Task): Task {
  const { percentComplete, actualStart, actualFinish, actualCost, remainingDuration, ...planned } = task;
  return planned;
}

/**
 * A baseline for plans that have none saved (a plan file): the plan scheduled without its progress
 * and status date, i.e. the dates it gives when nobody has reported anything, with work and cost as
 * a saved baseline keeps them. Against it progress and slips still show; but durations edited since
 * the work began, and approved changes, move it too, so a saved baseline is the better reference.
 * `savedAt` is the project start: the plan of record is the plan as it stood at the start.
 */
export function planOfRecord(plan: Plan): Baseline {
  const { statusDate, moveIncompleteWork, ...project } = plan.project;
  const planned: Plan = { ...plan, project, tasks: plan.tasks.map(unprogressed) };
  return captureBaseline(
    planned,
    schedulePlan(planned),
    PLAN_OF_RECORD,
    `${plan.project.start.slice(0, 10)}T00:00:00Z`,
  );
}
