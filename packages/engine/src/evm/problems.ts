/** Why earned value could not be computed, or what it left out. */
export type EvmProblemCode =
  | "empty-baseline"
  | "no-baselined-task"
  | "no-status-date"
  | "bad-date"
  | "unbaselined-task"
  | "no-baseline-cost"
  | "not-in-plan";

export interface EvmProblem {
  readonly code: EvmProblemCode;
  readonly message: string;
  readonly taskId?: string | undefined;
}

/** Thrown when earned value cannot be computed at all; carries every problem found. */
export class EvmError extends Error {
  readonly problems: readonly EvmProblem[];
  constructor(problems: readonly EvmProblem[]) {
    super(problems.map((p) => p.message).join("\n"));
    this.name = "EvmError";
    this.problems = problems;
  }
}
