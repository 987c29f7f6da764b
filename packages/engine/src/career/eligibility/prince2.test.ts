import type { CertificationId } from "@keel/model";
import { describe, expect, it } from "vitest";
import { eligibilityOf, testProfile } from "./test-profile.js";

const holding = (...ids: CertificationId[]) =>
  testProfile({ certifications: ids.map((id) => ({ id, earned: "2024-05-01" })) });

// Source: career-facts.md, PRINCE2 7 Practitioner row — atmicnetworks.com, hiraedu.com.
describe("PRINCE2 Practitioner prerequisites (atmicnetworks.com, hiraedu.com)", () => {
  it.each(["PRINCE2-F", "PMP", "CAPM", "IPMA"] as const)("holding %s qualifies", (id) => {
    const result = eligibilityOf("PRINCE2-P", holding(id));
    expect(result.eligible).toBe(true);
    expect(result.messages).toContain(`You hold ${id}, which qualifies.`);
  });

  it("nothing, or certificates outside the list (CSM, PSM I, ITIL), do not", () => {
    for (const profile of [holding(), holding("CSM", "PSM-I", "ITIL4-F")]) {
      const result = eligibilityOf("PRINCE2-P", profile);
      expect(result.eligible).toBe(false);
      expect(result.missing).toEqual([
        {
          what: "PRINCE2 Foundation (6th or 7th edition), PMP, CAPM or an IPMA certification",
          have: 0,
          need: 1,
          unit: "certifications",
        },
      ]);
    }
  });

  it("asks to hold a qualifying certificate, not to be current in it", () => {
    // The facts say "holds"; unlike the PMP's "active CAPM", no validity is required.
    const old = testProfile({
      certifications: [{ id: "PRINCE2-F", earned: "2023-02-01", expires: "2026-02-01" }],
    });
    expect(eligibilityOf("PRINCE2-P", old).eligible).toBe(true);
  });

  it("reports the open-book exam: 150 minutes, pass 42 of 70", () => {
    expect(eligibilityOf("PRINCE2-P", holding()).exam).toMatchObject({
      minutes: 150,
      passMark: { score: 42, outOf: 70 },
    });
  });
});

// Source: career-facts.md, PRINCE2 7 Foundation row — open-exam-prep.com, hiraedu.com, examsimul.com.
describe("PRINCE2 Foundation validity (open-exam-prep.com, hiraedu.com, examsimul.com)", () => {
  it("certificates since 2023-01-01 last 3 years; older ones do not expire", () => {
    const recent = testProfile({ certifications: [{ id: "PRINCE2-F", earned: "2023-02-01" }] });
    expect(eligibilityOf("PRINCE2-F", recent).holding).toEqual({
      earned: "2023-02-01",
      expires: "2026-02-01",
      active: false,
    });
    const old = testProfile({ certifications: [{ id: "PRINCE2-F", earned: "2022-06-01" }] });
    expect(eligibilityOf("PRINCE2-F", old).holding).toEqual({ earned: "2022-06-01", active: true });
  });
});
