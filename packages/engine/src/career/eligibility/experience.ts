import { type LocalDate, monthIndex, type Profile, yearMonthAt, yearMonthOf } from "@keel/model";
import type { ExperienceRequirement } from "../data/certification-types.js";
import { earliestMonth } from "./earliest.js";
import { experienceRanges, monthsInWindow } from "./months.js";
import type { RequirementResult } from "./types.js";

/**
 * PMI's count: merge the intervals of one kind, clip them to the rolling window ending with the
 * as-of month (both ends included; an ongoing interval counts up to it), count distinct months.
 */
export function checkExperience(
  req: ExperienceRequirement,
  profile: Profile,
  today: LocalDate,
): RequirementResult {
  const { need, tier } = monthsNeeded(req, profile);
  const now = monthIndex(yearMonthOf(today));
  const window = req.windowYears * 12;
  const ranges = experienceRanges(
    profile.experience.filter((e) => e.kind === req.experience),
    now,
  );
  const have = monthsInWindow(ranges, now, window);
  const within = `in the last ${req.windowYears} years`;
  const needed = tier === undefined ? `${need} needed` : `${need} needed with ${tier}`;
  if (have >= need) {
    return { met: true, missing: [], messages: [`${have} months ${req.doing} ${within} (${needed}).`] };
  }
  const more = need - have;
  const end = earliestMonth(ranges, now, window, need);
  const earliest = end === undefined ? undefined : yearMonthAt(end);
  const ongoing = profile.experience.some((e) => e.kind === req.experience && e.to === undefined);
  const going = ongoing ? "if you keep going every month" : "if you start next month and keep going";
  // Taking longer than the gap means older months leave the window while new ones come in.
  const drop =
    end !== undefined && end - now > more
      ? ` — older months drop out of the ${req.windowYears}-year window`
      : "";
  const when = earliest === undefined ? "" : `; earliest ${earliest} ${going}${drop}`;
  return {
    met: false,
    missing: [{ what: `months ${req.doing} ${within}`, have, need, unit: "months" }],
    earliest,
    messages: [
      `${more} more month${more === 1 ? "" : "s"} ${req.doing} (have ${have} ${within}, ${needed})${when}.`,
    ],
  };
}

function monthsNeeded(req: ExperienceRequirement, profile: Profile): { need: number; tier?: string } {
  if (typeof req.months === "number") return { need: req.months };
  const tier = req.months.find((t) => t.levels.includes(profile.education));
  // The data test checks that every education level has a tier.
  if (tier === undefined) throw new Error(`no experience tier for education "${profile.education}"`);
  return { need: tier.months, tier: tier.label };
}
