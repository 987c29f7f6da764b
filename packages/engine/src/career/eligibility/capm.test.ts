import { describe, expect, it } from "vitest";
import { eligibilityOf, TODAY, testProfile } from "./test-profile.js";

// Source for every test here: career-facts.md, CAPM row — pmi.org CAPM page, careeremployer.com.
const pm = (hours: number, completed = "2026-09-01") =>
  ({ title: "PM basics", provider: "Acme", kind: "pm", hours, completed }) as const;
const capm = (training: ReturnType<typeof pm>[]) =>
  eligibilityOf("CAPM", testProfile({ education: "secondary", training }));

describe("CAPM: secondary degree + 23 h of PM education, no experience (pmi.org CAPM page)", () => {
  it("23 hours of project management education qualify without any experience", () => {
    const result = capm([pm(23)]);
    expect(result.eligible).toBe(true);
    expect(result.earliest).toBeUndefined();
  });

  it("22.5 hours do not, and the message says what to complete", () => {
    const result = capm([pm(22.5)]);
    expect(result.eligible).toBe(false);
    expect(result.missing).toEqual([
      { what: "project management education", have: 22.5, need: 23, unit: "hours" },
    ]);
    expect(result.messages).toContain(
      "Complete 0.5 h more of project management education (have 22.5 h of 23 h).",
    );
  });

  it("counts only courses finished by the as-of date: education must be finished before the exam", () => {
    expect(capm([pm(10), pm(13, "2026-11-16")]).missing[0]).toMatchObject({ have: 10 });
    expect(capm([pm(10), pm(13, TODAY)]).eligible).toBe(true);
  });

  it("with no education yet, asks for the full 23 hours", () => {
    expect(capm([]).messages).toContain("Complete 23 h of project management education.");
  });

  it("reports the 2023 outline: 150 questions in 180 minutes (careeremployer.com)", () => {
    const result = capm([]);
    expect(result.exam).toMatchObject({ questions: 150, minutes: 180 });
    expect(result.exam?.domains?.map((d) => d.percent)).toEqual([36, 17, 20, 27]);
  });
});
