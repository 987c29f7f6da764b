import type { ProfileInput } from "@keel/model";
import { describe, expect, it } from "vitest";
import { eligibilityOf, testProfile } from "./test-profile.js";

// Source for every test here: career-facts.md, PMI-ACP row (outline Oct 2024) —
// pmtrainingschool.com, masteryexamprep. Today is 2026-11-15: the 5-year window is 2021-12..2026-11.
const AGILE_28 = {
  title: "Agile teams",
  provider: "Acme",
  kind: "agile",
  hours: 28,
  completed: "2025-01-01",
} as const;
const acp = (input: Partial<ProfileInput>) =>
  eligibilityOf("PMI-ACP", testProfile({ education: "secondary", training: [AGILE_28], ...input }));

describe("PMI-ACP: 24 months agile in 5 years + 28 h agile training (pmtrainingschool.com)", () => {
  it("24 months on agile teams and 28 hours of agile training qualify", () => {
    expect(acp({ experience: [{ kind: "agile", from: "2024-12" }] }).eligible).toBe(true);
  });

  it("23 months do not; the earliest month is the next one", () => {
    const result = acp({ experience: [{ kind: "agile", from: "2025-01" }] });
    expect(result.eligible).toBe(false);
    expect(result.missing).toEqual([
      { what: "months on agile teams in the last 5 years", have: 23, need: 24, unit: "months" },
    ]);
    expect(result.earliest).toBe("2026-12");
  });

  it("months outside the 5-year window do not count", () => {
    // 2021-06..2023-05 is 24 months, of which 2021-12..2023-05 (18) are in the window.
    const result = acp({ experience: [{ kind: "agile", from: "2021-06", to: "2023-05" }] });
    expect(result.missing[0]).toMatchObject({ have: 18, need: 24 });
  });

  it("overlapping agile intervals count once, and leading months are not agile months", () => {
    const result = acp({
      experience: [
        { kind: "agile", from: "2025-01", to: "2025-12" },
        { kind: "agile", from: "2025-06", to: "2026-05" },
        { kind: "leading", from: "2020-01" },
      ],
    });
    expect(result.missing[0]).toMatchObject({ have: 17 });
  });

  it("agile training and a CST Scrum course add up to the 28 hours; PM education does not count", () => {
    const experience = [{ kind: "agile" as const, from: "2020-01" }];
    const cst = { ...AGILE_28, kind: "scrum-course-cst", hours: 16, delivery: "in-person" } as const;
    expect(acp({ experience, training: [{ ...AGILE_28, hours: 12 }, cst] }).eligible).toBe(true);
    const withPm = acp({
      experience,
      training: [
        { ...AGILE_28, hours: 12 },
        { ...AGILE_28, kind: "pm", hours: 16 },
      ],
    });
    expect(withPm.missing).toEqual([{ what: "agile training", have: 12, need: 28, unit: "hours" }]);
  });

  it("a current PMP is only an unconfirmed substitute for the experience (masteryexamprep)", () => {
    const result = acp({ certifications: [{ id: "PMP", earned: "2025-02-01" }] });
    expect(result.eligible).toBe(false);
    expect(result.unconfirmed.map((c) => c.claim)).toEqual([
      "A current PMP satisfies the PMI-ACP experience requirement",
    ]);
    expect(result.messages.some((m) => m.startsWith("Unconfirmed: A current PMP"))).toBe(true);
    expect(acp({}).messages.some((m) => m.startsWith("Unconfirmed"))).toBe(false);
  });

  it("reports 120 items (100 scored) in 3 hours", () => {
    expect(acp({}).exam).toMatchObject({ questions: 120, scoredQuestions: 100, minutes: 180 });
  });
});
