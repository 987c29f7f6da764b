import type { CertificationId, TargetRoleId } from "@keel/model";
import { CERTIFICATIONS } from "../data/certifications.js";
import { ROLE_FIT } from "../data/role-fit.js";

/** A certification the person could take, scored by how well it fits their target roles. */
export interface RankedCertification {
  readonly id: CertificationId;
  readonly score: number;
  /** "Technical project manager: Proves months spent leading projects; …" */
  readonly reasons: readonly string[];
  /** Why it is not a step of the path, when it is not. */
  readonly skipped?: string | undefined;
}

/**
 * Scores each certification by the summed fit weights of the target roles, best first; ties keep
 * the data's order. Certifications that fit none of the roles are left out.
 */
export function rankCertifications(roles: readonly TargetRoleId[]): RankedCertification[] {
  const fits = ROLE_FIT.filter((r) => roles.includes(r.role));
  return CERTIFICATIONS.map((facts) => {
    const matches = fits.flatMap((r) =>
      r.certifications.filter((c) => c.id === facts.id).map((c) => ({ role: r.name, ...c })),
    );
    return {
      id: facts.id,
      score: matches.reduce((sum, m) => sum + m.weight, 0),
      reasons: matches.map((m) => `${m.role}: ${m.reason}`),
    };
  })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score);
}
