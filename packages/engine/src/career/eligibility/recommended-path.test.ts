import type { ProfileInput } from "@keel/model";
import { describe, expect, it } from "vitest";
import { pathSteps } from "./path-steps.js";
import { recommendedPath } from "./recommended-path.js";
import { TODAY, testProfile } from "./test-profile.js";

// Role fit is editorial (data/role-fit.ts); the rules the path leans on cite career-facts.md.
const PM_25 = {
  title: "PM basics",
  provider: "Acme",
  kind: "pm",
  hours: 25,
  completed: "2026-01-01",
} as const;
const path = (input: Partial<ProfileInput>) => recommendedPath(testProfile(input), TODAY);

describe("recommended path", () => {
  it("CAPM now, then PMP once the months are there: an active CAPM covers the 35 h (pmtycoon.app/en/pmp-requirements-2026)", () => {
    const result = path({
      targetRoles: ["associate-project-manager", "technical-project-manager"],
      experience: [{ kind: "leading", from: "2025-06" }],
      training: [PM_25],
    });
    expect(result.summary).toBe("CAPM now → PMP in 2028-05 → PMI-ACP in 2028-11");
    const pmp = result.steps[1];
    expect(pmp?.covered).toEqual(["Covered by CAPM: project management education"]);
    // The step still shows where the person stands today.
    expect(pmp?.eligibility.missing.map((g) => g.unit)).toEqual(["months", "hours"]);
  });

  it("weighs certifications by the target roles, with reasons", () => {
    const result = path({ targetRoles: ["project-analyst"] });
    expect(result.ranked[0]).toEqual({
      id: "CAPM",
      score: 3,
      reasons: ["Project analyst: Business analysis is 27 % of the CAPM exam."],
    });
    expect(result.ranked.map((r) => r.id)).not.toContain("PMP");
    expect(result.notes).toEqual([]);
  });

  it("takes one of two alternatives: CSM or PSM I (csmscrumguide.com; scrum.org PSM I page)", () => {
    const result = path({ targetRoles: ["scrum-master"] });
    expect(result.summary).toBe("CSM after training → PMI-ACP in 2028-11");
    expect(result.ranked.find((r) => r.id === "PSM-I")?.skipped).toBe(
      "Both certify Scrum Master knowledge; one is enough to start.",
    );
  });

  it("leaves out certifications already held, but not expired ones", () => {
    const held = path({
      targetRoles: ["scrum-master"],
      certifications: [{ id: "CSM", earned: "2026-01-10" }],
    });
    expect(held.ranked.find((r) => r.id === "CSM")?.skipped).toBe("Already held.");
    // Holding one of two alternatives covers the other too.
    expect(held.ranked.find((r) => r.id === "PSM-I")?.skipped).toBe(
      "Both certify Scrum Master knowledge; one is enough to start.",
    );
    expect(held.summary).toBe("PMI-ACP in 2028-11");
    const psm = path({
      targetRoles: ["scrum-master"],
      certifications: [{ id: "PSM-I", earned: "2026-01-10" }],
    });
    expect(psm.ranked.find((r) => r.id === "CSM")?.skipped).toBe(
      "Both certify Scrum Master knowledge; one is enough to start.",
    );
    const lapsed = path({
      targetRoles: ["scrum-master"],
      certifications: [{ id: "CSM", earned: "2023-01-10" }],
    });
    expect(lapsed.steps[0]?.id).toBe("CSM");
  });

  it("skips CAPM once the PMP itself is within reach (pmtycoon.app/en/pmp-requirements-2026)", () => {
    const result = path({
      targetRoles: ["associate-project-manager"],
      experience: [{ kind: "leading", from: "2022-01" }],
      training: [{ ...PM_25, hours: 35 }],
    });
    expect(result.ranked.find((r) => r.id === "CAPM")?.skipped).toBe(
      "PMP is already within reach, so CAPM adds no step toward it.",
    );
    expect(result.steps.map((s) => s.id)).not.toContain("CAPM");
  });

  it("puts PRINCE2 Practitioner no sooner than the PMP that qualifies for it (atmicnetworks.com, hiraedu.com)", () => {
    const result = path({
      targetRoles: ["technical-project-manager"],
      experience: [{ kind: "leading", from: "2024-12" }],
    });
    expect(result.summary).toBe("PMP in 2027-11 → PRINCE2-P in 2027-11 → PMI-ACP in 2028-11");
  });

  it("waits on a qualifying certificate when no earlier step provides one", () => {
    const [step] = pathSteps([{ id: "PRINCE2-P", score: 2, reasons: [] }], testProfile(), TODAY);
    expect(step?.when).toBe("after-certification");
  });

  it("without target roles weighs every role the same and says so", () => {
    const result = path({});
    expect(result.ranked[0]?.id).toBe("CAPM");
    expect(result.notes).toHaveLength(1);
  });

  it("says when nothing fits", () => {
    const result = path({
      targetRoles: ["scrum-master"],
      certifications: (["CSM", "PSM-I", "PMI-ACP"] as const).map((id) => ({ id, earned: "2026-02-01" })),
    });
    expect(result.steps).toEqual([]);
    expect(result.summary).toBe("No certification to add for these target roles.");
  });
});
