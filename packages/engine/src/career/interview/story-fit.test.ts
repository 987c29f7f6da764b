import { describe, expect, it } from "vitest";
import { testEvidence } from "../competencies/test-evidence.js";
import { INTERVIEW_THEMES } from "../data/interview-themes.js";
import { storyFit } from "./story-fit.js";

const theme = INTERVIEW_THEMES.find((t) => t.id === "risk-spotted-early");
if (theme === undefined) throw new Error("no risk theme");
const complete = {
  situation: "The replication vendor's licence date was not confirmed",
  action: "I raised it in the RAID log and mitigated it with a second vendor quote",
  result: "The cutover kept its date",
  metrics: [{ name: "days of slip avoided", value: 10 }],
};

describe("storyFit", () => {
  it("covers a theme when tagged with a competency it tests, telling it, and complete", () => {
    expect(storyFit(theme, testEvidence({ ...complete, competencies: ["risk-management"] }))).toEqual({
      status: "covered",
      why: 'It is tagged risk-management and mentions "RAID", "mitigated".',
    });
  });

  it("is weak with only one signal, or when a part or a number is missing", () => {
    expect(storyFit(theme, testEvidence({ ...complete, competencies: [] })).status).toBe("weak");
    const tagOnly = storyFit(
      theme,
      testEvidence({
        title: "Vendor plan",
        result: "Kept the date",
        competencies: ["dependency-management"],
      }),
    );
    expect(tagOnly).toEqual({
      status: "weak",
      why: "It is tagged dependency-management, but its words do not tell this theme.",
    });
    const noNumber = storyFit(
      theme,
      testEvidence({ ...complete, metrics: [], competencies: ["risk-management"] }),
    );
    expect(noNumber.status).toBe("weak");
    expect(noNumber.why).toMatch(/lacks a metric\.$/);
  });

  it("is missing when neither tagged nor told, and does not find words inside words", () => {
    const e = testEvidence({ title: "Brisk onboarding", competencies: ["pm-tools"] });
    expect(storyFit(theme, e).status).toBe("missing");
  });
});
