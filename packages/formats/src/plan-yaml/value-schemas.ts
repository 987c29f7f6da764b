import {
  CONSTRAINT_TYPES,
  type Constraint,
  type ConstraintType,
  DURATION_HINT,
  type Duration,
  formatDuration,
  isLocalDate,
  isLocalDateTime,
  isThreePoint,
  localDateOrTimeSchema,
  parseDuration,
  parseEstimate,
  parseLag,
  type ThreePointEstimate,
} from "@keel/model";
import { z } from "zod";
import { didYouMean } from "../suggest.js";
import { doc } from "./schema-docs.js";

/**
 * Values written in the plan file's own notation (5d, 3d/5d/9d, 50%, "SNET 2027-02-01"), parsed
 * into the model's.
 */

/** The duration of milestones and summary tasks, and the lag of a plain `after: [id]` link. */
export const ZERO: Duration = { value: 0, unit: "d", elapsed: false };

/** Working-unit durations are comparable only when no calendar setting is needed to convert them. */
function minutesIfComparable(d: Duration, other: Duration): number | undefined {
  if (d.elapsed !== other.elapsed) return undefined;
  const fixed = { min: 1, h: 60, d: 24 * 60, w: 7 * 24 * 60 };
  if (d.elapsed || d.unit === other.unit) return d.value * fixed[d.unit];
  const clock = (u: Duration["unit"]) => u === "min" || u === "h";
  return clock(d.unit) && clock(other.unit) ? d.value * fixed[d.unit] : undefined;
}

export function estimateOrderError(e: ThreePointEstimate): string | undefined {
  const pairs = [
    [e.optimistic, e.mostLikely, "optimistic", "most likely"],
    [e.mostLikely, e.pessimistic, "most likely", "pessimistic"],
  ] as const;
  for (const [low, high, lowName, highName] of pairs) {
    const a = minutesIfComparable(low, high);
    const b = minutesIfComparable(high, low);
    if (a !== undefined && b !== undefined && a > b) {
      return `${lowName} ${formatDuration(low)} is more than ${highName} ${formatDuration(high)}; write optimistic/most likely/pessimistic, such as 3d/5d/9d`;
    }
  }
  return undefined;
}

// YAML reads `0` and `5` as numbers; accept them here so the duration parser can say what is wrong.
export const durationText = z.union([z.string(), z.number()], {
  error: `expected ${DURATION_HINT}, or a three-point estimate such as 3d/5d/9d`,
});

export const estimateSchema = doc(
  durationText.transform((value, ctx): Duration | ThreePointEstimate => {
    const parsed = parseEstimate(String(value));
    const problem =
      typeof parsed === "string" ? parsed : isThreePoint(parsed) ? estimateOrderError(parsed) : undefined;
    if (problem !== undefined) {
      ctx.issues.push({ code: "custom", message: problem, input: value });
      return z.NEVER;
    }
    return parsed as Duration | ThreePointEstimate;
  }),
  "Working time such as 30min, 4h, 5d, 2w; elapsed (calendar) time with e: 3ed; or a three-point estimate optimistic/most likely/pessimistic such as 3d/5d/9d (the most likely is scheduled).",
);

export const lagSchema = doc(
  z
    .union([z.string(), z.number()], { error: "expected a lag such as 2d, a lead -1d, elapsed 3ed, or 50%" })
    .transform((value, ctx) => {
      const parsed = parseLag(String(value));
      if (typeof parsed === "string") {
        ctx.issues.push({ code: "custom", message: parsed, input: value });
        return z.NEVER;
      }
      return parsed;
    }),
  "Delay after the predecessor allows: 2d; negative for a lead: -1d; elapsed time: 3ed; or a percentage of the predecessor's duration: 50%. Default 0.",
);

const DATED_CONSTRAINTS = CONSTRAINT_TYPES.filter((t) => t !== "ASAP" && t !== "ALAP");

/** Builds a constraint, or says what is wrong with the type/date combination. */
function makeConstraint(type: string, date: string | undefined): Constraint | string {
  if (type === "ASAP" || type === "ALAP") {
    return date === undefined ? { type } : `${type} takes no date; write just ${type}`;
  }
  if (!(CONSTRAINT_TYPES as readonly string[]).includes(type)) {
    return `unknown constraint type "${type}"; expected one of ${CONSTRAINT_TYPES.join(", ")}${didYouMean(type, CONSTRAINT_TYPES)}`;
  }
  if (date === undefined) return `${type} needs a date, such as "${type} 2027-02-01"`;
  if (!isLocalDate(date) && !isLocalDateTime(date)) {
    return `${type} needs a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM between 1900 and 2200, got "${date}"`;
  }
  return { type: type as Exclude<ConstraintType, "ASAP" | "ALAP">, date };
}

function constraintOrIssue(
  result: Constraint | string,
  value: unknown,
  ctx: { issues: z.core.$ZodRawIssue[] },
): Constraint {
  if (typeof result === "string") {
    ctx.issues.push({ code: "custom", message: result, input: value });
    return z.NEVER;
  }
  return result;
}

export const constraintSchema = doc(
  z.union(
    [
      z.string().transform((text, ctx) => {
        const [type = "", ...rest] = text.trim().split(/\s+/);
        return constraintOrIssue(
          makeConstraint(type, rest.length > 0 ? rest.join(" ") : undefined),
          text,
          ctx,
        );
      }),
      z
        .strictObject({
          type: doc(z.enum(CONSTRAINT_TYPES), "ASAP and ALAP take no date; the others need one."),
          date: doc(
            localDateOrTimeSchema,
            "YYYY-MM-DD or YYYY-MM-DDTHH:MM in the project's time zone.",
          ).optional(),
        })
        .transform((c, ctx) => constraintOrIssue(makeConstraint(c.type, c.date), c, ctx)),
    ],
    { error: 'expected a constraint such as "SNET 2027-02-01", "ALAP", or { type: SNET, date: 2027-02-01 }' },
  ),
  `When the task may start or finish: ASAP (default), ALAP, or ${DATED_CONSTRAINTS.join(", ")} with a date, as "SNET 2027-02-01" or { type: SNET, date: 2027-02-01 }.`,
);

export const workSchema = doc(
  durationText.transform((value, ctx): Duration => {
    const parsed = parseDuration(String(value));
    if (typeof parsed === "string" || parsed.elapsed || parsed.value <= 0) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message:
          typeof parsed === "string"
            ? parsed
            : "expected effort in working time greater than 0, such as 20d or 160h",
      });
      return z.NEVER;
    }
    return parsed;
  }),
  "Effort, such as 20d or 160h: the task is effort-driven, its duration is the work divided by the units assigned (two people at 100 % halve it). Instead of `duration`.",
);

export const unitsSchema = doc(
  z
    .union([z.number(), z.string()], { error: "expected units such as 1, 0.5 or 50%" })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const units = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (!Number.isFinite(units) || units <= 0 || units > 1000 || text === "" || text === "%") {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `expected units greater than 0 such as 1, 0.5 or 50%, got "${text}"`,
        });
        return z.NEVER;
      }
      return units;
    }),
  "Share of full time: 1 or 100% is full time, 0.5 or 50% half time, 3 a team of three.",
);

export const chanceSchema = doc(
  z
    .union([z.number(), z.string()], { error: "expected a chance such as 0.3 or 30%" })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const p = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
      if (text === "" || text === "%" || !Number.isFinite(p) || p < 0 || p > 1) {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `expected a chance from 0 to 1 (or 0% to 100%), got "${text}"`,
        });
        return z.NEVER;
      }
      return p;
    }),
  "A chance from 0 to 1: 0.3 or 30%.",
);

/** A duration of 0 or more with no three-point form: a risk's delay, an edited task's duration. */
export const plainDurationSchema = doc(
  z
    .union([z.string(), z.number()], { error: `expected ${DURATION_HINT}` })
    .transform((value, ctx): Duration => {
      const parsed = parseDuration(String(value));
      if (typeof parsed === "string") {
        ctx.issues.push({ code: "custom", input: value, message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  "Working time such as 30min, 4h, 5d, 2w; elapsed (calendar) time with e: 3ed.",
);

export const percentCompleteSchema = doc(
  z
    .union([z.number(), z.string()], { error: "expected a percent complete such as 40 or 40%" })
    .transform((value, ctx) => {
      const text = String(value).trim();
      const p = Number(text.endsWith("%") ? text.slice(0, -1) : text);
      if (text === "" || text === "%" || !Number.isFinite(p) || p < 0 || p > 100) {
        ctx.issues.push({
          code: "custom",
          input: value,
          message: `expected a percent complete from 0 to 100 such as 40 or 40%, got "${text}"`,
        });
        return z.NEVER;
      }
      return p;
    }),
  "Progress as of the status date, 0 to 100: 40 or 40%.",
);

export const remainingSchema = doc(
  durationText.transform((value, ctx): Duration => {
    const parsed = parseDuration(String(value));
    if (typeof parsed === "string" || parsed.value < 0) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message:
          typeof parsed === "string" ? parsed : "expected remaining working time of 0 or more, such as 3d",
      });
      return z.NEVER;
    }
    return parsed;
  }),
  "Working time still needed after the status date, such as 3d; default: duration × (1 − percent complete).",
);
