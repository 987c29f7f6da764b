import type { LocalDate } from "@keel/model";
import { describe, expect, it } from "vitest";
import { competencyStrength } from "./competency-strength.js";
import { strengthOf } from "./strength-formula.js";
import { testEvidence } from "./test-evidence.js";

const TODAY = "2026-11-15" as LocalDate;
const measured = [{ name: "report lead time", value: 2, unit: "days" }];
const of = (id: string, evidence: Parameters<typeof competencyStrength>[0]) => {
  const found = competencyStrength(evidence, TODAY).find((s) => s.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

describe("competencyStrength", () => {
  it("lists every competency of the model, at zero without evidence", () => {
    const all = competencyStrength([], TODAY);
    expect(all).toHaveLength(18);
    expect(all.every((s) => s.strength === 0 && s.evidence === 0 && s.lastUsed === undefined)).toBe(true);
  });

  it("makes a competency half strong with one metrics-backed entry from today", () => {
    const s = of("status-reporting", [
      testEvidence({ competencies: ["status-reporting"], metrics: measured, date: TODAY }),
    ]);
    expect(s).toEqual({ id: "status-reporting", evidence: 1, strength: 0.5, points: 1.5, lastUsed: TODAY });
  });

  it("counts an entry without metrics as two thirds of a measured one", () => {
    const s = of("status-reporting", [testEvidence({ competencies: ["status-reporting"], date: TODAY })]);
    expect(s.points).toBe(1);
    expect(s.strength).toBe(strengthOf(1));
    expect(s.strength).toBeCloseTo(0.37, 2);
  });

  it("halves an entry's weight every two years", () => {
    const s = of("risk-management", [
      testEvidence({ competencies: ["risk-management"], metrics: measured, date: "2024-11-15" }),
    ]);
    expect(s.points).toBe(0.75);
    expect(s.strength).toBeCloseTo(1 - 0.5 ** 0.5, 3);
  });

  it("grows with each entry but never reaches 1", () => {
    const entries = Array.from({ length: 6 }, () =>
      testEvidence({ competencies: ["scheduling"], metrics: measured, date: TODAY }),
    );
    const strengths = [1, 2, 3, 6].map((n) => of("scheduling", entries.slice(0, n)).strength);
    expect(strengths).toEqual([0.5, 0.75, 0.875, 0.984]);
  });

  it("keeps the latest date, ignores entries after today and ids the model does not know", () => {
    const s = of("scheduling", [
      testEvidence({ competencies: ["scheduling"], date: "2025-01-10" }),
      testEvidence({ competencies: ["scheduling"], date: "2026-03-02" }),
      testEvidence({ competencies: ["scheduling"], date: "2026-12-01" }),
      testEvidence({ competencies: ["juggling"], date: "2026-03-02" }),
    ]);
    expect(s.evidence).toBe(2);
    expect(s.lastUsed).toBe("2026-03-02");
    expect(
      competencyStrength([testEvidence({ competencies: ["juggling"] })], TODAY).map((x) => x.id),
    ).not.toContain("juggling");
  });
});
