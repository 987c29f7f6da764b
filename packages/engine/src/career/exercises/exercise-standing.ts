import type { Exercise } from "./exercise.js";
import { type ExerciseProgress, exerciseProgress } from "./exercise-progress.js";
import type { ProjectFacts } from "./project-facts.js";

/** One of the user's projects as the exercises read it. */
export interface ExerciseProject {
  readonly projectId: string;
  readonly projectName: string;
  readonly facts: ProjectFacts;
  /** The exercise a practice project was started from; absent for the user's own projects. */
  readonly practiceExercise?: string | undefined;
}

export interface ProjectProgress extends ExerciseProgress {
  readonly projectId: string;
  readonly projectName: string;
  /** The project is a practice project started for this exercise. */
  readonly practice: boolean;
}

/** Where an exercise stands: its progress on each project that counts for it, and the closest. */
export interface ExerciseStanding {
  readonly progress: readonly ProjectProgress[];
  /** The project closest to done; null when no project counts for the exercise. */
  readonly best: ProjectProgress | null;
}

/**
 * Whether a project's data counts for an exercise. A practice project counts only for the
 * exercise it was started from: its starter can meet another exercise's checks by itself (the
 * sprint's stories with their acceptance criteria are a requirements document), and that is not
 * the person's work. The person's own projects count for every exercise.
 */
export const countsForExercise = (exerciseId: string, practiceExercise: string | undefined): boolean =>
  practiceExercise === undefined || practiceExercise === exerciseId;

/**
 * An exercise's progress on each project that counts for it, in the order given, and the one
 * closest to done: done first, then the most checks met, then, on a tie, the practice project
 * made for the exercise, as the one to go back to.
 */
export function exerciseStanding(exercise: Exercise, projects: readonly ExerciseProject[]): ExerciseStanding {
  const progress = projects
    .filter((p) => countsForExercise(exercise.id, p.practiceExercise))
    .map(
      (p): ProjectProgress => ({
        projectId: p.projectId,
        projectName: p.projectName,
        practice: p.practiceExercise === exercise.id,
        ...exerciseProgress(exercise, p.facts),
      }),
    );
  const met = (x: ProjectProgress) => x.checks.filter((c) => c.met).length;
  const best =
    [...progress].sort(
      (a, b) => Number(b.done) - Number(a.done) || met(b) - met(a) || Number(b.practice) - Number(a.practice),
    )[0] ?? null;
  return { progress, best };
}
