/** Where a problem sits in the plan, so a format layer can point at a file line. */
export interface ProblemSubject {
  readonly taskId?: string | undefined;
  /** Index into `plan.links`. */
  readonly linkIndex?: number | undefined;
  readonly calendarId?: string | undefined;
  readonly resourceId?: string | undefined;
}

export type ProblemCode =
  | "cycle"
  | "unknown-task"
  | "unknown-calendar"
  | "unknown-resource"
  | "duplicate-resource"
  | "resource-demand"
  | "empty-calendar"
  | "duplicate-id"
  | "summary-link"
  | "summary-constraint"
  | "bad-estimate"
  | "bad-progress"
  | "out-of-range"
  | "missed-deadline"
  | "constraint-conflict";

export interface Problem extends ProblemSubject {
  readonly code: ProblemCode;
  readonly severity: "error" | "warning";
  readonly message: string;
}

/** Thrown when a plan cannot be scheduled at all; carries every problem found, not just the first. */
export class PlanError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "PlanError";
    this.problems = problems;
  }
}
