import type { Exercise } from "./exercise.js";
import type { ProjectFacts } from "./project-facts.js";

export interface CheckResult {
  readonly text: string;
  readonly have: number;
  readonly need: number;
  readonly compare: "at-least" | "at-most";
  readonly met: boolean;
}

export interface ExerciseProgress {
  readonly id: Exercise["id"];
  /** Every check met. An unavailable exercise can still be done, on facts entered some other way. */
  readonly done: boolean;
  readonly checks: readonly CheckResult[];
}

/** How far a project's facts go toward an exercise's completion rule, check by check. */
export function exerciseProgress(exercise: Exercise, facts: ProjectFacts): ExerciseProgress {
  const checks = exercise.done.map((c): CheckResult => {
    const have = c.fact(facts);
    const met = c.compare === "at-least" ? have >= c.need : have <= c.need;
    return { text: c.text, have, need: c.need, compare: c.compare, met };
  });
  return { id: exercise.id, done: checks.every((c) => c.met), checks };
}
