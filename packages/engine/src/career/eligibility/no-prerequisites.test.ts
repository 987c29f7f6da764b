import { describe, expect, it } from "vitest";
import { eligibilityOf, testProfile } from "./test-profile.js";

// Certifications anyone may sit; sources per test from career-facts.md.
const empty = testProfile({ education: "secondary" });

describe("certifications without prerequisites", () => {
  it.each([
    ["PRINCE2-F", "open-exam-prep.com, hiraedu.com, examsimul.com"],
    ["PSM-I", "scrum.org PSM I page"],
    ["PROJECT-PLUS", "masterytechexams, nex-arc-learning.com"],
    ["GOOGLE-PM", "googlepmcertguide.com"],
    ["ITIL4-F", "saservices.com.ph, globalexamatlas.com"],
  ])("%s is open to an empty profile (%s)", (id, sources) => {
    const result = eligibilityOf(id, empty);
    expect(result.eligible).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.sources.join(", ")).toBe(sources);
  });

  it("Project+ recommends 6–12 months of experience, from a third party (masterytechexams, nex-arc-learning.com)", () => {
    expect(eligibilityOf("PROJECT-PLUS", empty).messages).toContain(
      "6–12 months of project experience recommended (a third-party recommendation, not the certifying body's rule); you have 0 months of project work, 6 short of the suggested minimum.",
    );
    const profile = testProfile({
      experience: [
        { kind: "team", from: "2025-01", to: "2025-06" },
        { kind: "leading", from: "2025-04", to: "2025-09" },
      ],
    });
    expect(eligibilityOf("PROJECT-PLUS", profile).messages).toContain(
      "6–12 months of project experience recommended (a third-party recommendation, not the certifying body's rule); you have 9 months of project work.",
    );
  });

  it("PSM I: 80 questions in 60 minutes, pass at 85 %, lifetime (scrum.org PSM I page)", () => {
    const result = eligibilityOf("PSM-I", empty);
    expect(result.exam).toMatchObject({ questions: 80, minutes: 60, passMark: { percent: 85 } });
    expect(result.renewal.validYears).toBeUndefined();
  });

  it("ITIL 4 Foundation: pass 26 of 40 (65 %), valid 3 years (saservices.com.ph, globalexamatlas.com)", () => {
    const result = eligibilityOf("ITIL4-F", empty);
    expect(result.exam?.passMark).toEqual({ percent: 65, score: 26, outOf: 40 });
    expect(result.renewal.validYears).toBe(3);
  });

  it("Google PM: coursework and capstone, no proctored exam, never expires (googlepmcertguide.com)", () => {
    const held = testProfile({ certifications: [{ id: "GOOGLE-PM", earned: "2019-03-01" }] });
    const result = eligibilityOf("GOOGLE-PM", held);
    expect(result.exam?.format).toContain("no proctored exam");
    expect(result.holding).toEqual({ earned: "2019-03-01", active: true });
    expect(result.messages[0]).toBe("You hold this certification (earned 2019-03-01, valid no expiry).");
  });
});
