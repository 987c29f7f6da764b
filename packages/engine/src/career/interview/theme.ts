import type { CompetencyId } from "../data/competencies.js";
import type { ThemeId } from "../data/interview-themes.js";
import type { Term } from "../data/words/word-list.js";

/** A behavioural interview theme a story bank should cover, and what it tests. */
export interface InterviewTheme {
  readonly id: ThemeId;
  readonly name: string;
  /** Practice questions in Keel's wording; the theme itself is sourced. */
  readonly questions: readonly string[];
  readonly competencies: readonly CompetencyId[];
  /** Words a story about the theme tends to use; with a shared competency, they tie a story to it. */
  readonly cues: readonly Term[];
  readonly source: string;
  readonly asOf: string;
}
