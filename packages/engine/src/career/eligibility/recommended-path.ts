import type { CertificationId, LocalDate, Profile } from "@keel/model";
import { CERTIFICATIONS } from "../data/certifications.js";
import { ALTERNATIVES, LADDERS, ROLE_FIT } from "../data/role-fit.js";
import { certificationEligibility } from "./eligibility.js";
import { type PathStep, pathSteps, type StepWhen } from "./path-steps.js";
import { type RankedCertification, rankCertifications } from "./rank-certifications.js";
import type { CertificationEligibility } from "./types.js";

export interface RecommendedPath {
  /** "CAPM now → PMP in 2028-05" */
  readonly summary: string;
  readonly steps: readonly PathStep[];
  /** Every certification that fits a target role, with why it is or is not a step. */
  readonly ranked: readonly RankedCertification[];
  readonly notes: readonly string[];
}

/**
 * Picks up to `maxSteps` certifications that fit the target roles best — none already held, one
 * per group of alternatives, no stepping stone whose goal is already in reach — and orders them
 * by when they can be taken. Without target roles every role weighs the same.
 */
export function recommendedPath(profile: Profile, today: LocalDate, maxSteps = 3): RecommendedPath {
  const roles = profile.targetRoles.length > 0 ? profile.targetRoles : ROLE_FIT.map((r) => r.role);
  const now = new Map(CERTIFICATIONS.map((f) => [f.id, certificationEligibility(f, profile, today)]));
  const chosen: RankedCertification[] = [];
  const ranked = rankCertifications(roles).map((r): RankedCertification => {
    const skipped = skipReason(r.id, now, chosen, maxSteps);
    if (skipped === undefined) chosen.push(r);
    return skipped === undefined ? r : { ...r, skipped };
  });
  const steps = pathSteps(chosen, profile, today);
  return {
    summary:
      steps.length === 0
        ? "No certification to add for these target roles."
        : steps.map((s) => `${s.id} ${whenText(s.when)}`).join(" → "),
    steps,
    ranked,
    notes:
      profile.targetRoles.length > 0
        ? []
        : ["No target roles chosen: every role weighs the same. Choose target roles for a sharper path."],
  };
}

function skipReason(
  id: CertificationId,
  now: ReadonlyMap<CertificationId, CertificationEligibility>,
  chosen: readonly RankedCertification[],
  maxSteps: number,
): string | undefined {
  if (now.get(id)?.holding?.active) return "Already held.";
  const ladder = LADDERS.find(
    (l) => l.from === id && (now.get(l.to)?.eligible === true || now.get(l.to)?.holding?.active === true),
  );
  if (ladder !== undefined) return `${ladder.to} is already within reach, so ${id} adds no step toward it.`;
  // One of a group is enough, whether it is already on the path or already held.
  const group = ALTERNATIVES.find(
    (g) =>
      g.ids.includes(id) &&
      g.ids.some(
        (other) => other !== id && (chosen.some((c) => c.id === other) || now.get(other)?.holding?.active),
      ),
  );
  if (group !== undefined) return group.reason;
  if (chosen.length >= maxSteps) return `The path keeps to ${maxSteps} steps.`;
  return undefined;
}

function whenText(when: StepWhen): string {
  if (when === "now") return "now";
  if (when === "after-training") return "after training";
  if (when === "after-certification") return "after a qualifying certification";
  return `in ${when}`;
}
