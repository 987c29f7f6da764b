import type { BacklogItemType, ProductVision } from "@keel/model";
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
  "vision",
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
  /**
   * The placeholder tokens a project's data answers exactly (a count Keel keeps), filled in when
   * the exercise is done there; the others stay for the person to fill.
   */
  readonly fromData?: Readonly<Record<string, (facts: ProjectFacts) => number>> | undefined;
}

/** A backlog item a practice project starts with; `ref` names it for the items that sit under it. */
export interface StarterItem {
  readonly ref: string;
  readonly name: string;
  readonly type: BacklogItemType;
  readonly points?: number | undefined;
  readonly description?: string | undefined;
  readonly acceptance?: readonly string[] | undefined;
  /** The `ref` of the epic this item belongs to. */
  readonly epic?: string | undefined;
}

/** A KPI a practice project starts with: defined with its target, with no readings yet. */
export interface StarterKpi {
  readonly id: string;
  readonly name: string;
  readonly unit?: string | undefined;
  readonly target: number;
  readonly better: "higher" | "lower";
}

/**
 * What "Start this exercise" makes: a practice project from a plan file in examples/exercises/
 * (named after the exercise), then, where the exercise needs them, a team template, a backlog and
 * KPIs. Everything else is left for the person to do, since doing it is the exercise.
 */
export interface ExerciseStarter {
  /** The plan file, relative to examples/. */
  readonly file: string;
  /** A team template of `TEAM_TEMPLATES` applied to the project, as the agile setup applies it. */
  readonly teamTemplate?: string | undefined;
  /** In backlog order; an epic comes before the items under it. */
  readonly backlog?: readonly StarterItem[] | undefined;
  readonly kpis?: readonly StarterKpi[] | undefined;
  /** The product vision the practice project starts with. */
  readonly vision?: ProductVision | undefined;
}

/** A practice exercise of the 10-skill path, done in Keel on a project of the person's own or an example. */
export interface Exercise {
  readonly id: ExerciseId;
  readonly title: string;
  readonly competencies: readonly CompetencyId[];
  readonly steps: readonly string[];
  /** Where to start: a view and an example plan from examples/, or a new project. */
  readonly opens: { readonly view: ExerciseView; readonly template: ExampleFile | "new" };
  /** How a practice project for the exercise is made; absent while Keel cannot run it. */
  readonly starter?: ExerciseStarter | undefined;
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
