import type { TaskResult } from "@keel/engine";
import type { Calendar, Constraint, Duration, Plan } from "@keel/model";
import type { PlanEdit } from "./plan-edit.js";
import type { ScheduleDelta } from "./schedule-delta.js";

/** One edit to try on the plan: a task's new constraint or duration (or both). */
export interface DraftChange {
  readonly task: string;
  readonly constraint?: Constraint;
  readonly duration?: Duration;
}

/** What the page asks the schedule worker; each answer carries the request's id. */
export type WorkerRequest =
  /** Fetch the plan from `url` (the page's session goes along) and schedule it; kept until the next load. */
  | { readonly kind: "load"; readonly id: number; readonly url: string }
  /** Apply the edits to the plan kept and reschedule it. */
  | { readonly kind: "edit"; readonly id: number; readonly edits: readonly PlanEdit[] }
  /** Schedule the plan kept with these changes, without keeping them. */
  | { readonly kind: "draft"; readonly id: number; readonly changes: readonly DraftChange[] };

/** What a drag needs of the plan on the page: its calendars and the project's. */
export interface PlanCalendars {
  readonly calendars: readonly Calendar[];
  readonly calendar: string;
}

/** The worker's answers. A schedule comes back as what changed since the one answered before. */
export type WorkerAnswer =
  | ({ readonly id: number; readonly kind: "loaded" } & PlanCalendars)
  /** An edit's answer: a quick one (dates read from the scheduler) may be followed by a `settled` one. */
  | { readonly id: number; readonly kind: "edited"; readonly delta: ScheduleDelta }
  /** Unasked (id 0): the full result after quick answers, with what they left out. */
  | { readonly id: number; readonly kind: "settled"; readonly delta: ScheduleDelta }
  /** A draft: the tasks whose results differ from the schedule last answered. */
  | { readonly id: number; readonly kind: "draft"; readonly tasks: readonly TaskResult[] }
  /** Why the request could not be done: the plan could not be loaded, or not scheduled (a cycle…). */
  | { readonly id: number; readonly kind: "error"; readonly error: string };

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
