import type { Evidence, LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { COMPETENCIES } from "../data/competencies.js";
import { recommendedPath } from "../eligibility/recommended-path.js";
import { testProfile } from "../eligibility/test-profile.js";
import { nextStep } from "./next-step.js";
import { readiness } from "./readiness.js";
import { testEvidence } from "./test-evidence.js";

const TODAY = "2026-11-15" as LocalDate;
const TPC = "technical-project-coordinator";
const statusWin = () =>
  testEvidence({
    title: "Weekly status for the portal relaunch",
    competencies: ["status-reporting", "milestone-tracking"],
    metrics: [{ name: "reports sent on time", value: 12 }],
    date: "2026-10-20",
  });
const row = (r: ReturnType<typeof readiness>, id: string) => r.byCompetency.find((c) => c.id === id);

describe("readiness", () => {
  it("is 0 without evidence, labels its weights editorial, and names the heaviest gaps", () => {
    const r = readiness(testProfile(), [], TPC, TODAY);
    expect(r.score).toBe(0);
    expect(r.roleName).toBe("Technical project coordinator");
    expect(r.weights.editorial).toBe(true);
    expect(r.byCompetency.map((c) => c.id)).toEqual(COMPETENCIES.map((c) => c.id));
    expect(r.topGaps.map((g) => [g.competency, g.nextStep.kind, g.nextStep.id])).toEqual([
      ["scheduling", "exercise", "detailed-plan"],
      ["milestone-tracking", "exercise", "launch-beta-ga"],
      ["status-reporting", "exercise", "kpi-dashboard"],
    ]);
    expect(r.topGaps[2]?.why).toBe(
      "Technical project coordinator: Status reporting weighs 3 of 3. Status reports are the role's main output. No evidence yet.",
    );
  });

  it("rises for a technical project coordinator when a status-reporting and milestone-tracking win is added", () => {
    const before = readiness(testProfile(), [], TPC, TODAY);
    const after = readiness(testProfile(), [statusWin()], TPC, TODAY);
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.score).toBe(10);
    expect(row(after, "status-reporting")?.strength).toBeGreaterThan(0.49);
    expect(row(after, "status-reporting")?.gap).toBeLessThan(row(before, "status-reporting")?.gap ?? 0);
    expect(after.topGaps.map((g) => g.competency)).not.toContain("status-reporting");
  });

  it("splits what the score lacks into the gaps: score + gaps = 100, up to rounding", () => {
    const evidence: Evidence[] = [
      statusWin(),
      testEvidence({ competencies: ["scheduling", "risk-management"], date: "2025-06-01" }),
    ];
    for (const role of ["scrum-master", "technical-project-manager", TPC] as const) {
      const r = readiness(testProfile(), evidence, role, TODAY);
      const gaps = r.byCompetency.reduce((sum, c) => sum + c.gap, 0);
      expect(Math.abs(r.score + gaps - 100)).toBeLessThan(2);
      expect(r.byCompetency.filter((c) => c.weight === 0).every((c) => c.gap === 0)).toBe(true);
    }
  });

  it("points a fundamentals gap at a certification of the role's recommended path", () => {
    const profile = testProfile();
    const r = readiness(profile, [], "associate-project-manager", TODAY);
    const gap = r.topGaps.find((g) => g.competency === "pm-fundamentals");
    const path = recommendedPath({ ...profile, targetRoles: ["associate-project-manager"] }, TODAY);
    const fundamentals = COMPETENCIES.find((c) => c.id === "pm-fundamentals")?.certifications ?? [];
    const expected = path.steps.find((s) => fundamentals.includes(s.id));
    expect(gap?.nextStep.kind).toBe("certification");
    expect(gap?.nextStep.id).toBe(expected?.id);
    expect(gap?.nextStep.text).toContain(path.summary);
  });

  it("counts an active certificate toward the competency its exam tests, and then suggests practice", () => {
    const held = testProfile({ certifications: [{ id: "CAPM", earned: "2025-01-10" }] });
    const r = readiness(held, [], "associate-project-manager", TODAY);
    expect(row(r, "pm-fundamentals")).toMatchObject({ certifiedBy: "CAPM", evidence: 0, strength: 0.37 });
    expect(r.topGaps.map((g) => g.competency)).not.toContain("pm-fundamentals");
    const fundamentals = COMPETENCIES.find((c) => c.id === "pm-fundamentals");
    if (fundamentals === undefined) throw new Error("no pm-fundamentals");
    const path = () => recommendedPath(held, TODAY);
    expect(nextStep(fundamentals, path, true)).toMatchObject({ kind: "exercise", id: "detailed-plan" });
    expect(nextStep(fundamentals, path, false).kind).toBe("certification");

    const expired = testProfile({ certifications: [{ id: "CAPM", earned: "2020-01-10" }] });
    expect(
      row(readiness(expired, [], "associate-project-manager", TODAY), "pm-fundamentals")?.certifiedBy,
    ).toBe(undefined);
  });

  it("asks for evidence when no exercise Keel can run trains the competency, and offers the vision exercise for product strategy", () => {
    const sm = readiness(testProfile(), [], "scrum-master", TODAY);
    expect(sm.topGaps[0]?.nextStep).toMatchObject({ kind: "evidence", id: "leadership-without-authority" });
    const strategy = COMPETENCIES.find((c) => c.id === "product-strategy") as (typeof COMPETENCIES)[number];
    const step = nextStep(strategy, () => recommendedPath(testProfile(), TODAY), true);
    // With product visions in Keel, the vision exercise trains product strategy.
    expect(step).toMatchObject({ kind: "exercise", id: "product-vision" });
    // With sprints, a backlog and workflow settings in Keel, the tracker exercise is the next step.
    const tpc = readiness(testProfile(), [statusWin()], TPC, TODAY);
    const tools = tpc.topGaps.find((g) => g.competency === "pm-tools");
    expect(tools?.nextStep).toMatchObject({ kind: "exercise" });
  });
});
