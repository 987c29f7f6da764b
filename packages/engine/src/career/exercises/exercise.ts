import type { CompetencyId } from "../data/competencies.js";
import type { ExampleFile, ExerciseId } from "../data/exercises.js";
import type { Placeholder } from "../resume/placeholder.js";
import type { ProjectFacts } from "./project-facts.js";

/** The views of the web app an exercise can open. */
export const EXERCISE_VIEWS = [
  "plan",
  "capacity",
  "backlog",
  "agile-setup",
  "raid",
  "dashboard",
  "changes",
  "forecast",
  "status",
] as const;
export type ExerciseView = (typeof EXERCISE_VIEWS)[number];

/** One condition of an exercise's completion rule: `fact(facts)` compared with `need`. */
export interface DoneCheck {
  readonly text: string;
  readonly fact: (facts: ProjectFacts) => number;
  readonly compare: "at-least" | "at-most";
  readonly need: number;
}

/**
 * The evidence entry an exercise yields, with `[…]` placeholders where the person's own numbers
 * and words go: Keel never fills in a result the person has not measured.
 */
export interface EvidenceTemplate {
  readonly title: string;
  readonly situation: string;
  readonly action: string;
  readonly result: string;
  /** `value` is a placeholder token. */
  readonly metrics: readonly { readonly name: string; readonly value: string; readonly unit?: string }[];
  /** Each a placeholder token. */
  readonly scale: { readonly teams?: string; readonly people?: string; readonly durationWeeks?: string };
  readonly competencies: readonly CompetencyId[];
  readonly placeholders: readonly Placeholder[];
}

/** A practice exercise of the 10-skill path, done in Keel on a project of the person's own or an example. */
export interface Exercise {
  readonly id: ExerciseId;
  readonly title: string;
  readonly competencies: readonly CompetencyId[];
  readonly steps: readonly string[];
  /** Where to start: a view and an example plan from examples/, or a new project. */
  readonly opens: { readonly view: ExerciseView; readonly template: ExampleFile | "new" };
  /** False while Keel lacks the feature; `because` says which. */
  readonly available: boolean;
  readonly because?: string | undefined;
  /** The completion rule in one sentence; `done` is the same rule as checks. */
  readonly doneWhen: string;
  readonly done: readonly DoneCheck[];
  readonly proposedEvidence: EvidenceTemplate;
  readonly source: string;
  readonly asOf: string;
}
