import { type LocalDate, monthIndex, type Profile, type YearMonth, yearMonthOf } from "@keel/model";
import type { CertificationFacts, UnconfirmedClaim } from "../data/certification-types.js";
import { CERTIFICATIONS } from "../data/certifications.js";
import { examsAt } from "./exam.js";
import { holdingOf } from "./holding.js";
import { experienceRanges, monthsWithin } from "./months.js";
import { checkRequirement } from "./requirement.js";
import type { CertificationEligibility, Holding } from "./types.js";

/** Where the profile stands for every certification in the data, in the data's order. */
export function eligibility(profile: Profile, today: LocalDate): CertificationEligibility[] {
  return CERTIFICATIONS.map((facts) => certificationEligibility(facts, profile, today));
}

/** Eligible when every requirement is met; `earliest` is the latest of the experience requirements' earliest months. */
export function certificationEligibility(
  facts: CertificationFacts,
  profile: Profile,
  today: LocalDate,
): CertificationEligibility {
  const results = facts.requirements.map((req) => checkRequirement(req, profile, today));
  const eligible = results.every((r) => r.met);
  const earliest = eligible
    ? undefined
    : results
        .map((r) => r.earliest)
        .filter((m): m is YearMonth => m !== undefined)
        .sort()
        .at(-1);
  const holding = holdingOf(profile, facts.id, today);
  const messages = [
    ...(holding === undefined ? [] : [holdingText(holding)]),
    eligible ? "Eligible now." : "Not eligible yet.",
    ...(facts.requirements.length === 0 ? [facts.summary] : []),
    ...results.flatMap((r) => r.messages),
    ...recommendationText(facts, profile, today),
    ...facts.unconfirmed.flatMap((claim) => unconfirmedText(claim, eligible, profile, today)),
  ];
  return {
    id: facts.id,
    name: facts.name,
    body: facts.body,
    asOf: facts.asOf,
    eligible,
    missing: results.flatMap((r) => r.missing),
    earliest,
    messages,
    holding,
    ...examsAt(facts.exams, today),
    renewal: facts.renewal,
    unconfirmed: facts.unconfirmed,
    sources: facts.sources,
  };
}

function holdingText(holding: Holding): string {
  const until = holding.expires === undefined ? "no expiry" : `until ${holding.expires}`;
  return holding.active
    ? `You hold this certification (earned ${holding.earned}, valid ${until}).`
    : `Your certificate expired on ${holding.expires}.`;
}

/** Advice for exams without prerequisites, with the person's months of project work (any kind, all time). */
function recommendationText(facts: CertificationFacts, profile: Profile, today: LocalDate): string[] {
  const rec = facts.recommendation;
  if (rec === undefined) return [];
  const source = rec.thirdParty ? " (a third-party recommendation, not the certifying body's rule)" : "";
  if (rec.projectMonths === undefined) return [`${rec.text}${source}.`];
  const now = monthIndex(yearMonthOf(today));
  const have = monthsWithin(experienceRanges(profile.experience, now), Number.NEGATIVE_INFINITY, now);
  const short =
    have < rec.projectMonths ? `, ${rec.projectMonths - have} short of the suggested minimum` : "";
  return [`${rec.text}${source}; you have ${have} months of project work${short}.`];
}

/** Unconfirmed claims never change `eligible`; they are pointed out when they could. */
function unconfirmedText(
  claim: UnconfirmedClaim,
  eligible: boolean,
  profile: Profile,
  today: LocalDate,
): string[] {
  if (eligible || claim.ifHolds === undefined || !holdingOf(profile, claim.ifHolds, today)?.active) return [];
  return [
    `Unconfirmed: ${claim.claim}. You hold ${claim.ifHolds}; check with the certifying body before relying on it.`,
  ];
}
