import { CERTIFICATION_IDS, EDUCATION_LEVELS, isLocalDate, isYearMonth, TARGET_ROLES } from "@keel/model";
import { describe, expect, it } from "vitest";
import type { Requirement } from "./certification-types.js";
import { CERTIFICATIONS, CERTIFICATIONS_AS_OF } from "./certifications.js";
import { ALTERNATIVES, LADDERS, ROLE_FIT, ROLE_FIT_AS_OF } from "./role-fit.js";

// The data must stay internally consistent when facts are updated (career-facts.md: encode
// them as versioned data with source and asOf on every rule).
const flat = (reqs: readonly Requirement[]): Requirement[] =>
  reqs.flatMap((r) => (r.kind === "any-of" ? flat(r.options) : [r]));
const known = new Set<string>(CERTIFICATIONS.map((c) => c.id));

describe("certification data", () => {
  it("has one entry per id, each dated and sourced", () => {
    expect(new Set(CERTIFICATIONS.map((c) => c.id)).size).toBe(CERTIFICATIONS.length);
    for (const c of CERTIFICATIONS) {
      expect(CERTIFICATION_IDS).toContain(c.id);
      expect(isYearMonth(c.asOf) && c.asOf <= CERTIFICATIONS_AS_OF).toBe(true);
      expect(c.sources.length).toBeGreaterThan(0);
    }
  });

  it("has well-formed dates and exam versions that do not overlap", () => {
    for (const c of CERTIFICATIONS) {
      const dates = [...c.exams.flatMap((e) => [e.from, e.until]), c.renewal.validSince];
      for (const d of dates) if (d !== undefined) expect(isLocalDate(d), `${c.id}: ${d}`).toBe(true);
      c.exams.slice(1).forEach((e, i) => {
        expect((e.from ?? "") > (c.exams[i]?.until ?? "9999"), c.id).toBe(true);
      });
    }
  });

  it("has exam domains adding up to 100 %", () => {
    for (const c of CERTIFICATIONS) {
      for (const e of c.exams) {
        if (e.domains)
          expect(
            e.domains.reduce((s, d) => s + d.percent, 0),
            c.id,
          ).toBe(100);
      }
    }
  });

  it("gives every education level a tier, and never asks for more months than the window holds", () => {
    for (const req of CERTIFICATIONS.flatMap((c) => flat(c.requirements))) {
      if (req.kind !== "experience") continue;
      const tiers =
        typeof req.months === "number" ? [{ levels: EDUCATION_LEVELS, months: req.months }] : req.months;
      for (const level of EDUCATION_LEVELS) {
        expect(tiers.filter((t) => t.levels.includes(level))).toHaveLength(1);
      }
      for (const t of tiers) expect(t.months).toBeLessThanOrEqual(req.windowYears * 12);
    }
  });

  it("flags the unconfirmed claims from career-facts.md", () => {
    const claims = CERTIFICATIONS.flatMap((c) => c.unconfirmed.map((u) => `${c.id}: ${u.ifHolds}`));
    expect(claims).toEqual(["PMP: GOOGLE-PM", "CAPM: GOOGLE-PM", "PMI-ACP: PMP", "GOOGLE-PM: GOOGLE-PM"]);
  });
});

describe("role fit data", () => {
  it("covers every target role once, with known certifications", () => {
    expect(ROLE_FIT.map((r) => r.role).sort()).toEqual([...TARGET_ROLES].sort());
    expect(isYearMonth(ROLE_FIT_AS_OF)).toBe(true);
    const ids = [
      ...ROLE_FIT.flatMap((r) => r.certifications.map((c) => c.id)),
      ...LADDERS.flatMap((l) => [l.from, l.to]),
      ...ALTERNATIVES.flatMap((a) => a.ids),
    ];
    for (const id of ids) expect(known.has(id), id).toBe(true);
  });
});
