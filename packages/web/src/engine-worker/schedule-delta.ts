import type { PlanSchedule, TaskResult } from "@keel/engine";

/**
 * A schedule as the difference from the one before: copying ten thousand task results between the
 * worker and the page costs far more than the few an edit moves.
 */
export interface ScheduleDelta {
  readonly project: PlanSchedule["project"];
  readonly criticalPaths: PlanSchedule["criticalPaths"];
  readonly warnings: PlanSchedule["warnings"];
  /** How many tasks the schedule has: a delta only applies to a schedule of as many. */
  readonly count: number;
  /** The tasks whose results differ, with their positions in the plan's order. */
  readonly changed: readonly { readonly at: number; readonly task: TaskResult }[];
}

/** Whether two results of one task say the same (a field left out equals one that is undefined). */
export function sameResult(a: TaskResult, b: TaskResult): boolean {
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  for (const key in x) if (!sameValue(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}

function sameValue(p: unknown, q: unknown): boolean {
  if (p === q) return true;
  // Only the three-point estimate is an object: its three texts.
  if (typeof p !== "object" || typeof q !== "object" || p === null || q === null) return false;
  return JSON.stringify(p) === JSON.stringify(q);
}

/** What changed from `before` to `after`; every task when there is no `before` or its tasks are others. */
export function diffSchedule(before: PlanSchedule | undefined, after: PlanSchedule): ScheduleDelta {
  const comparable =
    before !== undefined &&
    before.tasks.length === after.tasks.length &&
    after.tasks.every((t, i) => before.tasks[i]?.id === t.id);
  const changed: { at: number; task: TaskResult }[] = [];
  after.tasks.forEach((task, at) => {
    const old = comparable ? before.tasks[at] : undefined;
    if (old === undefined || !sameResult(old, task)) changed.push({ at, task });
  });
  return {
    project: after.project,
    criticalPaths: after.criticalPaths,
    warnings: after.warnings,
    count: after.tasks.length,
    changed,
  };
}

/**
 * The schedule with the delta applied; unchanged tasks keep their objects, so rows that show them
 * are not drawn again. Undefined when the delta is not of this schedule (other tasks, another count).
 */
export function patchSchedule(schedule: PlanSchedule, delta: ScheduleDelta): PlanSchedule | undefined {
  if (schedule.tasks.length !== delta.count) return undefined;
  const tasks = [...schedule.tasks];
  for (const { at, task } of delta.changed) {
    if (tasks[at]?.id !== task.id) return undefined;
    tasks[at] = task;
  }
  return {
    project: delta.project,
    tasks,
    criticalPaths: delta.criticalPaths,
    warnings: delta.warnings,
  };
}
