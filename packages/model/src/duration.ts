import { z } from "zod";

/** Working units count the calendar's working time; the `e` forms (`3ed`) count elapsed wall-clock time. */
export type DurationUnit = "min" | "h" | "d" | "w";

export interface Duration {
  readonly value: number;
  readonly unit: DurationUnit;
  readonly elapsed: boolean;
}

/** A three-point estimate: optimistic / most likely / pessimistic. */
export interface ThreePointEstimate {
  readonly optimistic: Duration;
  readonly mostLikely: Duration;
  readonly pessimistic: Duration;
}

/** A link lag: a duration (negative = lead) or a percentage of the predecessor's duration. */
export type Lag = Duration | { readonly percent: number };

const UNIT_ALIASES: Record<string, DurationUnit> = {
  m: "min",
  min: "min",
  mins: "min",
  minute: "min",
  minutes: "min",
  h: "h",
  hr: "h",
  hrs: "h",
  hour: "h",
  hours: "h",
  d: "d",
  day: "d",
  days: "d",
  w: "w",
  wk: "w",
  wks: "w",
  week: "w",
  weeks: "w",
};

const DURATION = /^(-?\d+(?:\.\d+)?)\s*(e?)([a-z]+)$/;

export const DURATION_HINT = "a duration such as 30min, 4h, 5d, 2w or elapsed 3ed";

/** Parses `5d`, `4h`, `30min`, `2w`, `3ed` (elapsed); returns an error message instead of throwing. */
export function parseDuration(text: string, allowNegative = false): Duration | string {
  const s = text.trim().toLowerCase();
  if (s === "0") return { value: 0, unit: "d", elapsed: false };
  const m = DURATION.exec(s);
  if (m === null) {
    return /^-?\d+(\.\d+)?$/.test(s)
      ? `"${text}" has no unit; expected ${DURATION_HINT}`
      : `"${text}" is not a duration; expected ${DURATION_HINT}`;
  }
  const value = Number(m[1]);
  let word = m[3] ?? "";
  let elapsed = m[2] === "e";
  // "e" may start a unit-less word ("em" is elapsed minutes); only treat it as the elapsed flag when the rest is a unit.
  if (elapsed && UNIT_ALIASES[word] === undefined) {
    word = `e${word}`;
    elapsed = false;
  }
  const unit = UNIT_ALIASES[word];
  if (unit === undefined) return `"${text}" has an unknown unit "${word}"; expected ${DURATION_HINT}`;
  if (value < 0 && !allowNegative) return `"${text}" is negative; a duration must be 0 or more`;
  return { value, unit, elapsed };
}

/** Parses `3d/5d/9d` (optimistic/most likely/pessimistic) or a single duration. */
export function parseEstimate(text: string): Duration | ThreePointEstimate | string {
  const parts = text.split("/");
  if (parts.length === 1) return parseDuration(text);
  if (parts.length !== 3) {
    return `"${text}" is not a three-point estimate; expected optimistic/most-likely/pessimistic such as 3d/5d/9d`;
  }
  const [o, ml, p] = parts.map((part) => parseDuration(part)) as [
    Duration | string,
    Duration | string,
    Duration | string,
  ];
  for (const d of [o, ml, p]) if (typeof d === "string") return d;
  const est = { optimistic: o as Duration, mostLikely: ml as Duration, pessimistic: p as Duration };
  return est;
}

const LAG_PERCENT = /^(-?\d+(?:\.\d+)?)\s*%$/;

/** Parses a lag: `2d`, `-1d` (a lead), `3ed`, or `50%` of the predecessor's duration. */
export function parseLag(text: string): Lag | string {
  const m = LAG_PERCENT.exec(text.trim());
  if (m !== null) return { percent: Number(m[1]) };
  const d = parseDuration(text, true);
  return typeof d === "string" ? `${d.replace(DURATION_HINT, `${DURATION_HINT}, a lead -1d, or 50%`)}` : d;
}

export function isThreePoint(d: Duration | ThreePointEstimate): d is ThreePointEstimate {
  return "mostLikely" in d;
}

export function formatDuration(d: Duration): string {
  return `${d.value}${d.elapsed ? "e" : ""}${d.unit}`;
}

export function formatLag(lag: Lag): string {
  return "percent" in lag ? `${lag.percent}%` : formatDuration(lag);
}

const UNITS = z.enum(["min", "h", "d", "w"]);

/** A task's duration or estimate: 0 or more. */
export const durationSchema = z.strictObject({
  value: z.number().finite().nonnegative("a duration must be 0 or more"),
  unit: UNITS,
  elapsed: z.boolean(),
});
export const threePointEstimateSchema = z.strictObject({
  optimistic: durationSchema,
  mostLikely: durationSchema,
  pessimistic: durationSchema,
});
/** A lag may be negative: a lead. */
export const lagSchema = z.union([
  z.strictObject({ value: z.number().finite(), unit: UNITS, elapsed: z.boolean() }),
  z.strictObject({ percent: z.number().finite() }),
]);
