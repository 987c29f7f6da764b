import { isYearMonth } from "@keel/model";
import { describe, expect, it } from "vitest";
import { COMPETENCY_IDS } from "../data/competencies.js";
import {
  INTERVIEW_THEMES,
  INTERVIEW_THEMES_AS_OF,
  SEED_THEMES,
  STORY_NORMS,
  THEME_IDS,
} from "../data/interview-themes.js";

const competencies = new Set<string>(COMPETENCY_IDS);

describe("interview theme data", () => {
  it("lists each theme once, dated and sourced, testing known competencies", () => {
    expect(INTERVIEW_THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
    for (const t of INTERVIEW_THEMES) {
      expect(t.source, t.id).toMatch(/career-facts\.md/);
      expect(isYearMonth(t.asOf) && t.asOf <= INTERVIEW_THEMES_AS_OF, t.id).toBe(true);
      expect(t.competencies.length, t.id).toBeGreaterThan(0);
      for (const c of t.competencies) expect(competencies.has(c), `${t.id}: ${c}`).toBe(true);
      expect(t.questions.length, t.id).toBeGreaterThan(0);
      for (const q of t.questions) expect(q, t.id).toMatch(/^[A-Z].*[.?]$/);
      expect(t.cues.length, t.id).toBeGreaterThan(0);
    }
    expect(isYearMonth(STORY_NORMS.asOf)).toBe(true);
  });

  it("holds the five seed themes and the twelve story-bank themes", () => {
    expect(SEED_THEMES).toHaveLength(5);
    for (const s of SEED_THEMES) {
      expect(INTERVIEW_THEMES.find((t) => t.id === s.theme)?.source, s.wording).toMatch(/seeds/);
    }
    expect(INTERVIEW_THEMES.filter((t) => t.source.includes("story bank"))).toHaveLength(12);
  });
});
