import type { TaskResult } from "@keel/engine";
import type { Constraint, Duration, Plan } from "@keel/model";

/** One edit to try on the plan: a task's new constraint or duration (or both). */
export interface DraftChange {
  readonly task: string;
  readonly constraint?: Constraint;
  readonly duration?: Duration;
}

/** What the page asks the schedule worker. */
export type WorkerRequest =
  /** The plan as the server holds it; kept until the next one. */
  | { readonly kind: "plan"; readonly plan: Plan }
  /** Schedule the plan with these changes; the answer carries the same id. */
  | { readonly kind: "draft"; readonly id: number; readonly changes: readonly DraftChange[] };

/** The worker's answer to a draft: every task's dates, or why the plan could not be scheduled. */
export type WorkerAnswer =
  | { readonly id: number; readonly tasks: readonly TaskResult[] }
  | { readonly id: number; readonly error: string };

/** The plan with the changes applied; a change to an unknown task is left out. */
export function withChanges(plan: Plan, changes: readonly DraftChange[]): Plan {
  if (changes.length === 0) return plan;
  const byTask = new Map(changes.map((c) => [c.task, c]));
  return {
    ...plan,
    tasks: plan.tasks.map((t) => {
      const c = byTask.get(t.id);
      if (c === undefined) return t;
      return {
        ...t,
        ...(c.constraint === undefined ? {} : { constraint: c.constraint }),
        ...(c.duration === undefined ? {} : { duration: c.duration, work: undefined }),
      };
    }),
  };
}
