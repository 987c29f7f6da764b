import { describe, expect, it } from "vitest";
import { testEvidence } from "../competencies/test-evidence.js";
import { INTERVIEW_THEMES } from "../data/interview-themes.js";
import { coverage } from "./coverage.js";

const measured = [{ name: "days", value: 4 }];
const offTrack = testEvidence({
  id: "recovery",
  title: "Recovered the launch",
  situation: "The launch was two weeks behind schedule",
  action: "I re-planned around the critical path",
  result: "It shipped on the original date",
  metrics: measured,
  competencies: ["scheduling", "milestone-tracking"],
});
const escalation = testEvidence({
  id: "escalation",
  title: "Escalated the test environment",
  action: "I escalated the missing environment to the sponsor",
  competencies: ["status-reporting"],
});

describe("coverage", () => {
  it("is a matrix of every theme against every story", () => {
    const c = coverage([offTrack, escalation]);
    expect(c.stories).toEqual(["recovery", "escalation"]);
    expect(c.themes.map((t) => t.theme)).toEqual(INTERVIEW_THEMES.map((t) => t.id));
    for (const t of c.themes) expect(t.cells.map((x) => x.evidenceId)).toEqual(c.stories);
    expect(c.counts.covered + c.counts.weak + c.counts.missing).toBe(INTERVIEW_THEMES.length);
  });

  it("rates a theme by its best story", () => {
    const c = coverage([offTrack, escalation]);
    const status = (id: string) => c.themes.find((t) => t.theme === id);
    expect(status("project-off-track")?.status).toBe("covered");
    expect(status("project-off-track")?.cells.map((x) => x.status)).toEqual(["covered", "missing"]);
    // Tagged and told, but no situation, result or number yet.
    expect(status("bad-news-escalation")?.status).toBe("weak");
    expect(status("adoption-change")?.status).toBe("missing");
  });

  it("says when the bank holds fewer stories than the norm", () => {
    expect(coverage([offTrack]).advice).toEqual([
      "Keep 8 to 12 stories, each tagged with the themes it answers; you have 1.",
    ]);
    const eight = Array.from({ length: 8 }, () => testEvidence());
    expect(coverage(eight).advice).toEqual([]);
  });

  it("has every theme missing without evidence", () => {
    expect(coverage([]).counts).toEqual({ covered: 0, weak: 0, missing: INTERVIEW_THEMES.length });
  });
});
