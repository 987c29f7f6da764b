import type { Problem } from "./problem.js";

export type TaskKind = "task" | "summary" | "milestone";

/** One task's scheduled dates; date-times are local ISO `YYYY-MM-DDTHH:MM:SS` in the project's zone. */
export interface TaskResult {
  readonly id: string;
  readonly name: string;
  readonly kind: TaskKind;
  readonly parent: string | null;
  /** Scheduled start and finish (early dates, or late dates for ALAP tasks). */
  readonly start: string;
  readonly finish: string;
  readonly earlyStart: string;
  readonly earlyFinish: string;
  readonly lateStart: string;
  readonly lateFinish: string;
  /** Working minutes of the task's own calendar. */
  readonly durationMinutes: number;
  readonly totalFloatMinutes: number;
  readonly freeFloatMinutes: number;
  readonly critical: boolean;
  /** On the chain of driving links that ends at the project finish (leaf tasks only). */
  readonly longestPath?: boolean | undefined;
  readonly estimate?:
    | { readonly optimistic: string; readonly mostLikely: string; readonly pessimistic: string }
    | undefined;
  readonly deadline?: string | undefined;
  readonly deadlineMissed?: boolean | undefined;
}

export interface ProjectResult {
  readonly name: string;
  readonly start: string;
  readonly finish: string;
  /** Working time from start to finish on the project calendar, in working days of `hoursPerDay`. */
  readonly durationWorkingDays: number;
  readonly durationMinutes: number;
  /** Working minutes in one working day (`d`), as used for durationWorkingDays. */
  readonly minutesPerDay: number;
}

export interface PlanSchedule {
  readonly project: ProjectResult;
  /** In plan (outline) order. */
  readonly tasks: readonly TaskResult[];
  /** Each critical path as task ids from the first task to the last, longest first. */
  readonly criticalPaths: readonly (readonly string[])[];
  /** Non-fatal findings: missed deadlines, constraint conflicts. */
  readonly warnings: readonly Problem[];
}
