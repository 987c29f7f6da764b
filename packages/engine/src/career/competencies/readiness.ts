import type { CertificationId, Evidence, LocalDate, Profile, TargetRoleId } from "@keel/model";
import {
  COMPETENCIES,
  COMPETENCY_MODEL_VERSION,
  type CompetencyId,
  ROLE_WEIGHTS,
  ROLE_WEIGHTS_AS_OF,
  ROLE_WEIGHTS_SOURCE,
} from "../data/competencies.js";
import { ROLE_FIT } from "../data/role-fit.js";
import { holdingOf } from "../eligibility/holding.js";
import { type RecommendedPath, recommendedPath } from "../eligibility/recommended-path.js";
import type { Competency, CompetencyWeight } from "./competency.js";
import { type CompetencyStrength, competencyStrength } from "./competency-strength.js";
import { type NextStep, nextStep } from "./next-step.js";
import { STRENGTH_CERTIFICATE_POINTS, strengthOf } from "./strength-formula.js";

export interface CompetencyReadiness {
  readonly id: CompetencyId;
  readonly weight: CompetencyWeight;
  readonly strength: number;
  /** Readiness points lost to this competency: score + every gap = 100, up to rounding. */
  readonly gap: number;
  readonly evidence: number;
  readonly lastUsed?: LocalDate | undefined;
  /** An active certification that counts toward the strength. */
  readonly certifiedBy?: CertificationId | undefined;
}

export interface ReadinessGap {
  readonly competency: CompetencyId;
  readonly why: string;
  readonly nextStep: NextStep;
}

export interface Readiness {
  readonly role: TargetRoleId;
  readonly roleName: string;
  /** 0–100: the weighted mean strength of the role's competencies. */
  readonly score: number;
  readonly byCompetency: readonly CompetencyReadiness[];
  /** The three largest gaps, largest first. */
  readonly topGaps: readonly ReadinessGap[];
  /** The weights are Keel's editorial judgement; say so wherever the score is shown. */
  readonly weights: { readonly editorial: true; readonly source: string; readonly asOf: string };
  readonly modelVersion: number;
}

const TOP_GAPS = 3;

/**
 * How ready the evidence (and the profile's active certifications) show a person to be for a
 * target role, and the next concrete step for the largest gaps.
 */
export function readiness(
  profile: Profile,
  evidence: readonly Evidence[],
  roleId: TargetRoleId,
  today: LocalDate,
): Readiness {
  const weights = ROLE_WEIGHTS.find((r) => r.role === roleId);
  if (weights === undefined) throw new Error(`no competency weights for ${roleId}`);
  const roleName = ROLE_FIT.find((r) => r.role === roleId)?.name ?? roleId;
  const strengths = competencyStrength(evidence, today);
  const total = COMPETENCIES.reduce((sum, c) => sum + weights.weights[c.id].weight, 0);
  const rows = COMPETENCIES.map((c, i) => {
    const s = strengths[i] as CompetencyStrength;
    const certifiedBy = c.certifications?.find((id) => holdingOf(profile, id, today)?.active === true);
    const strength =
      certifiedBy === undefined ? s.strength : strengthOf(s.points + STRENGTH_CERTIFICATE_POINTS);
    const { weight } = weights.weights[c.id];
    const row: CompetencyReadiness = {
      id: c.id,
      weight,
      strength,
      gap: Math.round(((100 * weight * (1 - strength)) / total) * 10) / 10,
      evidence: s.evidence,
      lastUsed: s.lastUsed,
      certifiedBy,
    };
    return { competency: c, row };
  });
  const score = Math.round((100 * rows.reduce((sum, { row }) => sum + row.weight * row.strength, 0)) / total);
  let path: RecommendedPath | undefined;
  const pathForRole = () => {
    path ??= recommendedPath({ ...profile, targetRoles: [roleId] }, today);
    return path;
  };
  const topGaps = rows
    .filter(({ row }) => row.gap > 0)
    .sort((a, b) => b.row.gap - a.row.gap || b.row.weight - a.row.weight)
    .slice(0, TOP_GAPS)
    .map(({ competency, row }) => ({
      competency: row.id,
      why: whyText(competency, row, roleName, weights.weights[row.id].reason),
      nextStep: nextStep(competency, pathForRole, row.certifiedBy !== undefined),
    }));
  return {
    role: roleId,
    roleName,
    score,
    byCompetency: rows.map(({ row }) => row),
    topGaps,
    weights: { editorial: true, source: ROLE_WEIGHTS_SOURCE, asOf: ROLE_WEIGHTS_AS_OF },
    modelVersion: COMPETENCY_MODEL_VERSION,
  };
}

function whyText(c: Competency, row: CompetencyReadiness, roleName: string, reason: string): string {
  const shown =
    row.evidence === 0
      ? row.certifiedBy === undefined
        ? "No evidence yet."
        : `Only your ${row.certifiedBy} so far (strength ${row.strength}).`
      : `${row.evidence} ${row.evidence === 1 ? "entry" : "entries"}, the latest on ${row.lastUsed}${
          row.certifiedBy === undefined ? "" : `, and your ${row.certifiedBy}`
        } (strength ${row.strength}).`;
  return `${roleName}: ${c.name} weighs ${row.weight} of 3. ${reason} ${shown}`;
}
