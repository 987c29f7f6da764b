import type { LocalDate, Profile } from "@keel/model";
import type { HoldsRequirement } from "../data/certification-types.js";
import { holdingOf } from "./holding.js";
import type { RequirementResult } from "./types.js";

export function checkHolds(req: HoldsRequirement, profile: Profile, today: LocalDate): RequirementResult {
  const held = req.ids.filter((id) => {
    const holding = holdingOf(profile, id, today);
    return holding !== undefined && (holding.active || !req.active);
  });
  if (held.length > 0) {
    return { met: true, missing: [], messages: [`You hold ${held.join(", ")}, which qualifies.`] };
  }
  return {
    met: false,
    missing: [{ what: req.what, have: 0, need: 1, unit: "certifications" }],
    messages: [`Hold ${req.what}.`],
  };
}
