import { DEFAULT_RISK_SCALES, parseDuration } from "@keel/model";
import type { Path } from "./yaml-document.js";

/*
 * A risk's probability and impact are levels on the plan's scales, whose length only the whole
 * file knows: the schema checks for whole numbers from 1, and the messages here give the range.
 */

export type Scale = "probability" | "impact";
export type ScaleLevels = Readonly<Record<Scale, number>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How many levels each scale of the raw file has: `project.riskScales`, or the default. */
export function scaleLevels(root: unknown): ScaleLevels {
  const project = isRecord(root) ? root.project : undefined;
  const scales = isRecord(project) ? project.riskScales : undefined;
  const count = (scale: Scale) => {
    const levels = isRecord(scales) ? scales[scale] : undefined;
    return Array.isArray(levels) && levels.length > 0 ? levels.length : DEFAULT_RISK_SCALES[scale].length;
  };
  return { probability: count("probability"), impact: count("impact") };
}

/** The scale of a value at `risks[i].probability`, `risks[i].residual.impact`…; undefined elsewhere. */
function scaleAt(path: Path): Scale | undefined {
  const last = path.at(-1);
  if (path[0] !== "risks" || (last !== "probability" && last !== "impact")) return undefined;
  const score = path.length === 3 || (path.length === 4 && path[2] === "residual");
  return score ? last : undefined;
}

function looksLikeChance(value: unknown): boolean {
  if (typeof value === "number") return value > 0 && value < 1;
  return typeof value === "string" && /^\s*\d+(\.\d+)?\s*%\s*$/.test(value);
}

/**
 * What is wrong with `value` as a level on a scale of `n` levels; undefined when it is one. Risks
 * used to take a chance (0.3, 30%) as probability and a duration (5d) as impact: `oldForms` points
 * those to the keys that take them now.
 */
function levelProblem(value: unknown, scale: Scale, n: number, oldForms: boolean): string | undefined {
  if (typeof value === "number" && Number.isInteger(value)) {
    if (value >= 1 && value <= n) return undefined;
    return `${scale} ${value} is outside the ${scale} scale; expected a level from 1 to ${n}`;
  }
  const written = String(value).trim();
  if (oldForms && scale === "probability" && looksLikeChance(value)) {
    return `probability is a level on the probability scale (1 to ${n}); write a chance as \`chance: ${written}\``;
  }
  if (
    oldForms &&
    scale === "impact" &&
    typeof value === "string" &&
    typeof parseDuration(value) !== "string"
  ) {
    return `impact is a level on the impact scale (1 to ${n}); write the schedule impact as \`delay: ${written}\``;
  }
  const shown =
    typeof value === "string" ? ` ${JSON.stringify(value)}` : typeof value === "number" ? ` ${value}` : "";
  return `${scale}${shown} is not a level; expected a whole number from 1 to ${n}`;
}

/**
 * The error for `value` at `path` when that is a risk's (or its residual's) probability or impact
 * and not a level on the scale: "risk `vendor`: probability 7 is outside the probability scale…".
 * Undefined for a good level or another path.
 */
export function levelError(
  subject: string,
  path: Path,
  value: unknown,
  levels: ScaleLevels,
): string | undefined {
  const scale = scaleAt(path);
  if (scale === undefined) return undefined;
  // Residual scores are new, so they have no old form to point away from.
  const residual = path.length === 4;
  const problem = levelProblem(value, scale, levels[scale], !residual);
  return problem === undefined ? undefined : `${subject}: ${residual ? "residual " : ""}${problem}`;
}
