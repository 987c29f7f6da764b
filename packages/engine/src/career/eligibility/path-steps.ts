import type { LocalDate, Profile, YearMonth } from "@keel/model";
import type { CertificationFacts } from "../data/certification-types.js";
import { CERTIFICATIONS } from "../data/certifications.js";
import { certificationEligibility } from "./eligibility.js";
import type { RankedCertification } from "./rank-certifications.js";
import type { CertificationEligibility, Gap } from "./types.js";

/**
 * When a step can be taken: `now`; `after-training` when only hours or a course are missing;
 * `after-certification` when it needs a certificate no earlier step provides; else the month.
 */
export type StepWhen = "now" | "after-training" | "after-certification" | YearMonth;

export interface PathStep {
  readonly id: CertificationFacts["id"];
  readonly name: string;
  readonly when: StepWhen;
  readonly score: number;
  readonly reasons: readonly string[];
  /** Gaps an earlier step closes: "Covered by CAPM: project management education". */
  readonly covered: readonly string[];
  /** Where the person stands today; `when` and `covered` assume the earlier steps are earned. */
  readonly eligibility: CertificationEligibility;
}

/**
 * Orders the chosen certifications by when each can be taken, assuming the earlier ones are
 * earned: a step that relies on an earlier one (an active CAPM for the PMP's 35 h) comes no
 * sooner than that step. Ties keep rank order.
 */
export function pathSteps(
  chosen: readonly RankedCertification[],
  profile: Profile,
  today: LocalDate,
): PathStep[] {
  const steps: PathStep[] = [];
  let remaining = [...chosen];
  while (remaining.length > 0) {
    const candidates = remaining.map((ranked) => stepFor(ranked, steps, profile, today));
    const next = candidates.reduce((best, c) => (soonness(c.when) < soonness(best.when) ? c : best));
    steps.push(next);
    remaining = remaining.filter((r) => r.id !== next.id);
  }
  return steps;
}

function stepFor(
  ranked: RankedCertification,
  earlier: readonly PathStep[],
  profile: Profile,
  today: LocalDate,
): PathStep {
  const facts = CERTIFICATIONS.find((c) => c.id === ranked.id);
  if (facts === undefined) throw new Error(`no certification data for ${ranked.id}`);
  const assuming = (steps: readonly PathStep[]) =>
    certificationEligibility(
      facts,
      {
        ...profile,
        certifications: [...profile.certifications, ...steps.map((s) => ({ id: s.id, earned: today }))],
      },
      today,
    );
  const eligibility = assuming([]);
  const afterEarlier = assuming(earlier);
  let when = whenOf(afterEarlier);
  const covered: string[] = [];
  // Credit each closed gap to the soonest earlier step that closes it by itself.
  for (const gap of eligibility.missing.filter((g) => !hasGap(afterEarlier.missing, g))) {
    const by = earlier.find((s) => !hasGap(assuming([s]).missing, gap));
    if (by === undefined) continue;
    covered.push(`Covered by ${by.id}: ${gap.what}`);
    if (soonness(by.when) > soonness(when)) when = by.when;
  }
  return {
    id: facts.id,
    name: facts.name,
    when,
    score: ranked.score,
    reasons: ranked.reasons,
    covered,
    eligibility,
  };
}

function hasGap(missing: readonly Gap[], gap: Gap): boolean {
  return missing.some((m) => m.what === gap.what);
}

function whenOf(e: CertificationEligibility): StepWhen {
  if (e.eligible) return "now";
  if (e.missing.some((g) => g.unit === "certifications")) return "after-certification";
  return e.earliest ?? "after-training";
}

/** Sort key: now, after training, by month (YYYY-MM sorts as text), then waiting on a certificate. */
function soonness(when: StepWhen): string {
  if (when === "now") return "0";
  if (when === "after-training") return "1";
  if (when === "after-certification") return "3";
  return `2${when}`;
}
