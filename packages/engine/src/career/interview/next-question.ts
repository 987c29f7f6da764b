import type { Evidence } from "@keel/model";
import { Rng } from "../../forecast/rng.js";
import { INTERVIEW_THEMES, type ThemeId } from "../data/interview-themes.js";
import { coverage } from "./coverage.js";
import type { CoverageStatus } from "./story-fit.js";
import type { InterviewTheme } from "./theme.js";

export interface PracticeQuestion {
  readonly theme: ThemeId;
  readonly name: string;
  readonly question: string;
  /** How well the evidence already covers the theme. */
  readonly status: CoverageStatus;
  readonly why: string;
}

const WHY: Record<CoverageStatus, string> = {
  missing: "No story in your evidence answers this theme yet.",
  weak: "Your stories touch this theme, but none answers it fully.",
  covered: "Every theme has a story; practise telling them aloud.",
};

/**
 * A question from a theme no story answers; when every theme has at least a weak story, from a
 * weakly covered one; when all are covered, from any. The same evidence and seed give the same question.
 */
export function nextPracticeQuestion(evidence: readonly Evidence[], seed: number): PracticeQuestion {
  const byTheme = new Map(coverage(evidence).themes.map((t) => [t.theme, t.status]));
  const status = (id: ThemeId): CoverageStatus => byTheme.get(id) ?? "missing";
  const pool =
    (["missing", "weak", "covered"] as const)
      .map((s) => INTERVIEW_THEMES.filter((t) => status(t.id) === s))
      .find((themes) => themes.length > 0) ?? INTERVIEW_THEMES;
  // rng.next() is below 1, so both indexes are in range.
  const rng = new Rng(seed);
  const theme = pool[Math.floor(rng.next() * pool.length)] as InterviewTheme;
  const question = theme.questions[Math.floor(rng.next() * theme.questions.length)] as string;
  return {
    theme: theme.id,
    name: theme.name,
    question,
    status: status(theme.id),
    why: WHY[status(theme.id)],
  };
}
