import type { Evidence } from "@keel/model";
import {
  INTERVIEW_THEMES,
  INTERVIEW_THEMES_VERSION,
  STORY_NORMS,
  type ThemeId,
} from "../data/interview-themes.js";
import { type CoverageStatus, storyFit } from "./story-fit.js";

export interface CoverageCell {
  readonly evidenceId: string;
  readonly status: CoverageStatus;
  readonly why: string;
}

export interface ThemeCoverage {
  readonly theme: ThemeId;
  readonly name: string;
  /** The best status over the stories. */
  readonly status: CoverageStatus;
  /** One cell per story, in the order of `Coverage.stories`. */
  readonly cells: readonly CoverageCell[];
}

export interface Coverage {
  readonly themes: readonly ThemeCoverage[];
  /** Evidence ids: the matrix's columns. */
  readonly stories: readonly string[];
  readonly counts: Readonly<Record<CoverageStatus, number>>;
  /** Story-bank norms the evidence does not meet yet. */
  readonly advice: readonly string[];
  readonly themesVersion: number;
}

const RANK: Record<CoverageStatus, number> = { missing: 0, weak: 1, covered: 2 };

/** The story bank as a matrix: each interview theme against each evidence entry. */
export function coverage(evidence: readonly Evidence[]): Coverage {
  const themes = INTERVIEW_THEMES.map((theme): ThemeCoverage => {
    const cells = evidence.map((e) => ({ evidenceId: e.id, ...storyFit(theme, e) }));
    const status = cells.reduce<CoverageStatus>(
      (best, c) => (RANK[c.status] > RANK[best] ? c.status : best),
      "missing",
    );
    return { theme: theme.id, name: theme.name, status, cells };
  });
  const counts = { covered: 0, weak: 0, missing: 0 };
  for (const t of themes) counts[t.status]++;
  const { min, max } = STORY_NORMS.stories;
  return {
    themes,
    stories: evidence.map((e) => e.id),
    counts,
    advice:
      evidence.length < min
        ? [
            `Keep ${min} to ${max} stories, each tagged with the themes it answers; you have ${evidence.length}.`,
          ]
        : [],
    themesVersion: INTERVIEW_THEMES_VERSION,
  };
}
