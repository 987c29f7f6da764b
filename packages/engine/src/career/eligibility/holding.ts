import type { CertificationId, LocalDate, Profile } from "@keel/model";
import { CERTIFICATIONS } from "../data/certifications.js";
import type { Holding } from "./types.js";

/**
 * The profile's latest certificate of `id`, if any. Without an `expires` date it is assumed to
 * last the body's usual validity, so an old certificate is not taken as active by default.
 */
export function holdingOf(profile: Profile, id: CertificationId, today: LocalDate): Holding | undefined {
  const latest = profile.certifications
    .filter((c) => c.id === id)
    .reduce<(typeof profile.certifications)[number] | undefined>(
      (best, c) => (best === undefined || c.earned > best.earned ? c : best),
      undefined,
    );
  if (latest === undefined) return undefined;
  const expires = latest.expires ?? usualExpiry(id, latest.earned);
  return { earned: latest.earned, expires, active: expires === undefined || expires >= today };
}

function usualExpiry(id: CertificationId, earned: LocalDate): LocalDate | undefined {
  const renewal = CERTIFICATIONS.find((c) => c.id === id)?.renewal;
  if (renewal?.validYears === undefined) return undefined;
  if (renewal.validSince !== undefined && earned < renewal.validSince) return undefined;
  return addYears(earned, renewal.validYears);
}

/** Same day `years` later; 29 February becomes 28 February in a common year. */
function addYears(date: LocalDate, years: number): LocalDate {
  const year = Number(date.slice(0, 4)) + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDay = date.slice(4) === "-02-29" && !leap ? "-02-28" : date.slice(4);
  return `${year}${monthDay}` as LocalDate;
}
