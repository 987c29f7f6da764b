import { groupDigits, groupedNumber } from "./number-text.js";

/** A number the user recorded for a win, as they recorded it. */
export interface EvidenceMetric {
  readonly name: string;
  readonly value: number | string;
  readonly unit?: string | undefined;
}

/** How big the work was, in the user's own figures; `budget` and `duration` keep their wording ("$1.2M", "6 months"). */
export interface EvidenceScale {
  readonly teams?: number | undefined;
  readonly people?: number | undefined;
  readonly budget?: string | undefined;
  readonly duration?: string | undefined;
}

/**
 * The fields of one piece of career evidence (a win) that a rewrite may draw on. A small local
 * shape until the model defines Evidence; callers map their record onto it.
 */
export interface EvidenceInput {
  readonly situation?: string | undefined;
  readonly action?: string | undefined;
  readonly result?: string | undefined;
  readonly metrics?: readonly EvidenceMetric[] | undefined;
  readonly scale?: EvidenceScale | undefined;
  readonly competencies?: readonly string[] | undefined;
}

/**
 * "deploy time (35%)", "cost avoided (250,000 EUR)": the user's name for the measure and its value as
 * recorded, a number grouped like every other number of a bullet.
 */
export function metricText(m: EvidenceMetric): string {
  const unit = m.unit === undefined || m.unit === "" ? "" : m.unit === "%" ? "%" : ` ${m.unit}`;
  const value =
    typeof m.value === "number"
      ? groupedNumber(m.value)
      : /^-?\d+(?:\.\d+)?$/.test(m.value)
        ? groupDigits(m.value)
        : m.value;
  return `${m.name} (${value}${unit})`;
}

/** "as measured by deploy time (35%) and defects (12)": career-facts.md's "accomplished X as measured by Y". */
export function measuredBy(metrics: readonly EvidenceMetric[]): string {
  return `as measured by ${metrics.map(metricText).join(" and ")}`;
}
