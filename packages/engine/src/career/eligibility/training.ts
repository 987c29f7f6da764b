import type { LocalDate, Profile } from "@keel/model";
import type { TrainingRequirement } from "../data/certification-types.js";
import type { RequirementResult } from "./types.js";

/** Sums the contact hours of the counted kinds finished by `today` (courses must end before the exam). */
export function checkTraining(
  req: TrainingRequirement,
  profile: Profile,
  today: LocalDate,
): RequirementResult {
  const have = profile.training
    .filter((t) => req.counts.includes(t.kind) && t.completed <= today)
    .reduce((sum, t) => sum + t.hours, 0);
  if (have >= req.hours) {
    return {
      met: true,
      missing: [],
      messages: [`${hours(have)} of ${req.what} (${hours(req.hours)} needed).`],
    };
  }
  const more = req.hours - have;
  return {
    met: false,
    missing: [{ what: req.what, have, need: req.hours, unit: "hours" }],
    messages: [
      have === 0
        ? `Complete ${hours(req.hours)} of ${req.what}.`
        : `Complete ${hours(more)} more of ${req.what} (have ${hours(have)} of ${hours(req.hours)}).`,
    ],
  };
}

function hours(n: number): string {
  return `${Math.round(n * 10) / 10} h`;
}
