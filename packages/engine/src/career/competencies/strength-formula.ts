import type { Evidence, LocalDate } from "@keel/model";

// How much evidence makes a competency strong (editorial, asOf 2026-11). Each entry earns points:
//   points = 0.5 ^ (age in days / STRENGTH_HALF_LIFE_DAYS) × (STRENGTH_METRICS_FACTOR if it has a metric, else 1)
// and a competency's strength is 1 − 0.5 ^ (total points / STRENGTH_HALF_POINTS), between 0 and 1.
// So one metrics-backed entry from today makes a competency half strong, each further one halves
// what is left, a plain entry counts two thirds of a measured one, and an entry two years old half
// of a new one. Entries dated after today earn nothing (checkEvidence refuses them).

export const STRENGTH_HALF_LIFE_DAYS = 730;
export const STRENGTH_METRICS_FACTOR = 1.5;
export const STRENGTH_HALF_POINTS = 1.5;

const DAY_MS = 86_400_000;

function dayNumber(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

/** What one entry adds to each competency it lists, on `today`. */
export function entryPoints(e: Evidence, today: LocalDate): number {
  const age = dayNumber(today) - dayNumber(e.date);
  if (age < 0) return 0;
  return 0.5 ** (age / STRENGTH_HALF_LIFE_DAYS) * (e.metrics.length > 0 ? STRENGTH_METRICS_FACTOR : 1);
}

/** Strength from points, rounded to three decimals so figures read the same everywhere. */
export function strengthOf(points: number): number {
  return Math.round((1 - 0.5 ** (points / STRENGTH_HALF_POINTS)) * 1000) / 1000;
}

/** An active certification whose exam tests a competency counts as one plain entry from today. */
export const STRENGTH_CERTIFICATE_POINTS = 1;
