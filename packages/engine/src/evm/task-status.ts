import type { BaselineTask, Task } from "@keel/model";
import type { EvmBasis } from "./budget.js";

/** What one leaf task knows about its progress and its cost, as the earned value inputs need it. */
export interface LeafInputs {
  readonly task: Task;
  readonly basis: EvmBasis;
  /** Its budget; 0 when the baseline lacks it. */
  readonly budget: number;
  readonly base: BaselineTask | undefined;
  /** Its duration in working minutes, as the network compiles it. */
  readonly plannedMinutes: number;
  /** `remainingDuration` in working minutes, when given. */
  readonly remainingMinutes: number | undefined;
  /** Σ units × rate of its rated work resources (see `hourlyRates`), when it has any. */
  readonly hourlyRate: number | undefined;
  /** Σ units of its work resources, 1 when it has none. */
  readonly workUnits: number;
}

/** A leaf task's earned value, actual cost and estimate to complete. */
export interface LeafValues {
  readonly EV: number;
  readonly AC: number;
  readonly remaining: number;
}

/** Percent complete as a fraction; a task with an actual finish and no percentage is done. */
function doneFraction(task: Task): number {
  return (task.percentComplete ?? (task.actualFinish !== undefined ? 100 : 0)) / 100;
}

/**
 * EV = budget × percent complete. As the scheduler reads progress, the work done is the duration ×
 * percent complete and the remaining work is `remainingDuration`, else the rest of the duration;
 * the estimate to complete prices that remaining time.
 *
 * AC, when `actualCost` is absent, follows the model's rule (as MS Project does): the work done at
 * the task's hourly rate. A task without rates is taken to have cost what it earned (CPI 1). On the
 * hours basis AC is the hours of the work done, and `actualCost` (money) is not used.
 */
export function leafValues(x: LeafInputs): LeafValues {
  const done = doneFraction(x.task);
  const EV = x.budget * done;
  const remainingMinutes = x.remainingMinutes ?? x.plannedMinutes * (1 - done);
  if (x.basis === "hours") {
    // Hours count as the budget did: work (duration × units) when the baseline kept work, else duration.
    const perMinute = (x.base === undefined || x.base.workMinutes !== undefined ? x.workUnits : 1) / 60;
    return { EV, AC: x.plannedMinutes * done * perMinute, remaining: remainingMinutes * perMinute };
  }
  if (x.hourlyRate !== undefined) {
    const perMinute = x.hourlyRate / 60;
    return {
      EV,
      AC: x.task.actualCost ?? x.plannedMinutes * done * perMinute,
      remaining: remainingMinutes * perMinute,
    };
  }
  // Without rates, the baseline's cost per working minute prices the remaining time.
  const span = x.base?.durationMinutes ?? 0;
  return {
    EV,
    AC: x.task.actualCost ?? EV,
    remaining: span > 0 ? (remainingMinutes * x.budget) / span : x.budget * (1 - done),
  };
}
