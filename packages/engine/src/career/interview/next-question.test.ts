import { describe, expect, it } from "vitest";
import { testEvidence } from "../competencies/test-evidence.js";
import { INTERVIEW_THEMES } from "../data/interview-themes.js";
import { coverage } from "./coverage.js";
import { nextPracticeQuestion } from "./next-question.js";

const story = testEvidence({
  title: "Recovered the launch",
  situation: "The launch was two weeks behind schedule",
  action: "I re-planned around the critical path and escalated the vendor delay to the sponsor",
  result: "It shipped on the original date",
  metrics: [{ name: "days", value: 4 }],
  competencies: ["scheduling", "status-reporting", "dependency-management"],
});
const seeds = Array.from({ length: 200 }, (_, i) => i);

describe("nextPracticeQuestion", () => {
  it("gives the same question for the same evidence and seed", () => {
    expect(nextPracticeQuestion([story], 7)).toEqual(nextPracticeQuestion([story], 7));
  });

  it("draws only from themes no story answers, and reaches each of them", () => {
    const status = new Map(coverage([story]).themes.map((t) => [t.theme, t.status]));
    const missing = INTERVIEW_THEMES.filter((t) => status.get(t.id) === "missing").map((t) => t.id);
    const drawn = new Set(seeds.map((s) => nextPracticeQuestion([story], s)));
    expect([...drawn].every((q) => q.status === "missing")).toBe(true);
    expect(new Set([...drawn].map((q) => q.theme))).toEqual(new Set(missing));
    for (const q of drawn) {
      expect(INTERVIEW_THEMES.find((t) => t.id === q.theme)?.questions).toContain(q.question);
    }
  });

  it("moves on to weakly covered themes once every theme has a story", () => {
    // Tagged with every competency and with no words: weak for every theme.
    const everything = testEvidence({
      competencies: [...new Set(INTERVIEW_THEMES.flatMap((t) => t.competencies))],
    });
    const q = nextPracticeQuestion([everything], 3);
    expect(q.status).toBe("weak");
    expect(q.why).toBe("Your stories touch this theme, but none answers it fully.");
  });
});
