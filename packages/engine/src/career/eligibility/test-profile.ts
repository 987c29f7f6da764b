import { type LocalDate, type Profile, type ProfileInput, profileSchema } from "@keel/model";
import { eligibility } from "./eligibility.js";
import type { CertificationEligibility } from "./types.js";

/** The as-of date of the eligibility tests: the month the facts were collected. */
export const TODAY = "2026-11-15" as LocalDate;

/** A profile built through the model's schema, so tests use the same shape the API accepts. */
export function testProfile(input: Partial<ProfileInput> = {}): Profile {
  return profileSchema.parse({
    currentRole: "Backend engineer",
    background: "",
    education: "bachelor",
    ...input,
  });
}

export function eligibilityOf(
  id: string,
  profile: Profile,
  today: LocalDate = TODAY,
): CertificationEligibility {
  const found = eligibility(profile, today).find((e) => e.id === id);
  if (found === undefined) throw new Error(`no certification ${id}`);
  return found;
}
