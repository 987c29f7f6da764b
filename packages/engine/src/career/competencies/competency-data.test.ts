import { CERTIFICATION_IDS, isYearMonth, TARGET_ROLES } from "@keel/model";
import { describe, expect, it } from "vitest";
import {
  COMPETENCIES,
  COMPETENCIES_AS_OF,
  COMPETENCY_IDS,
  PMBOK_DOMAIN_IDS,
  PMBOK_PRINCIPLE_IDS,
  PMBOK8_DOMAINS,
  PMBOK8_PRINCIPLES,
  ROLE_WEIGHTS,
  ROLE_WEIGHTS_AS_OF,
  ROLE_WEIGHTS_SOURCE,
  TALENT_AREA_IDS,
  TALENT_TRIANGLE,
} from "../data/competencies.js";
import { EXERCISES } from "../data/exercises.js";

// The model must stay consistent when facts or weights are edited (career-facts.md: versioned
// data with source and asOf on every rule).
describe("competency data", () => {
  it("lists each competency once, in id order, dated and sourced", () => {
    expect(COMPETENCIES.map((c) => c.id)).toEqual([...COMPETENCY_IDS]);
    for (const c of COMPETENCIES) {
      expect(c.source, c.id).toMatch(/career-facts\.md/);
      expect(isYearMonth(c.asOf) && c.asOf <= COMPETENCIES_AS_OF, c.id).toBe(true);
      expect(c.name.length * c.description.length, c.id).toBeGreaterThan(0);
      for (const id of c.certifications ?? []) expect(CERTIFICATION_IDS, c.id).toContain(id);
    }
  });

  it("groups competencies by the three sides of the Talent Triangle, each used", () => {
    expect(TALENT_TRIANGLE.map((a) => a.id)).toEqual([...TALENT_AREA_IDS]);
    expect(new Set(COMPETENCIES.map((c) => c.group))).toEqual(new Set(TALENT_AREA_IDS));
  });

  it("covers every PMBOK 8 performance domain; every principle but sustainability has a competency", () => {
    expect(PMBOK8_DOMAINS.map((d) => d.id)).toEqual([...PMBOK_DOMAIN_IDS]);
    expect(PMBOK8_PRINCIPLES.map((p) => p.id)).toEqual([...PMBOK_PRINCIPLE_IDS]);
    expect(new Set(COMPETENCIES.flatMap((c) => c.pmbokDomain ?? []))).toEqual(new Set(PMBOK_DOMAIN_IDS));
    const principles = new Set(COMPETENCIES.flatMap((c) => c.pmbokPrinciples ?? []));
    expect(PMBOK_PRINCIPLE_IDS.filter((p) => !principles.has(p))).toEqual(["integrate-sustainability"]);
  });

  it("holds the seeds' core skills and the 10-skill path", () => {
    const core = [
      "scope-management",
      "scheduling",
      "dependency-management",
      "stakeholder-communication",
      "risk-management",
      "budget-basics",
      "resource-planning",
      "status-reporting",
      "expectation-setting",
      "change-control",
      "milestone-tracking",
    ];
    const path = [
      "pm-fundamentals",
      "agile-scrum",
      "scheduling",
      "stakeholder-communication",
      "leadership-without-authority",
      "pm-tools",
      "technical-literacy",
      "risk-management",
      "metrics-decisions",
      "product-strategy",
    ];
    const bySource = (words: string) => COMPETENCIES.filter((c) => c.source.includes(words)).map((c) => c.id);
    expect(bySource("core skills").sort()).toEqual(core.sort());
    expect(bySource("10-skill path").sort()).toEqual(path.sort());
  });

  it("practises each competency with an exercise that lists it", () => {
    for (const c of COMPETENCIES) {
      if (c.practice === undefined) continue;
      expect(EXERCISES.find((e) => e.id === c.practice)?.competencies, c.id).toContain(c.id);
    }
  });
});

describe("role weights", () => {
  it("weigh every competency for every target role, each with a reason, labelled editorial", () => {
    expect(ROLE_WEIGHTS.map((r) => r.role).sort()).toEqual([...TARGET_ROLES].sort());
    expect(isYearMonth(ROLE_WEIGHTS_AS_OF)).toBe(true);
    expect(ROLE_WEIGHTS_SOURCE).toMatch(/editorial/);
    for (const r of ROLE_WEIGHTS) {
      expect(r.editorial).toBe(true);
      expect(Object.keys(r.weights).sort(), r.role).toEqual([...COMPETENCY_IDS].sort());
      for (const [id, w] of Object.entries(r.weights)) {
        expect([0, 1, 2, 3], `${r.role} ${id}`).toContain(w.weight);
        expect(w.reason, `${r.role} ${id}`).toMatch(/^[A-Z].*\.$/);
      }
      expect(
        Object.values(r.weights).some((w) => w.weight === 3),
        r.role,
      ).toBe(true);
    }
  });
});
