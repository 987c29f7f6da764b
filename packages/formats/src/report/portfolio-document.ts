import { formatWorkingDays } from "@keel/engine";
import type { Evidence, EvidenceMeasure, EvidenceWorkScale } from "@keel/model";

/** One milestone of a project in a portfolio: its baseline date against its actual or forecast date. */
export interface PortfolioMilestone {
  readonly name: string;
  /** `YYYY-MM-DD`; null when the milestone is not in the baseline (or there is none). */
  readonly baseline: string | null;
  /** The actual finish when done, else the forecast: `YYYY-MM-DD`. */
  readonly date: string;
  readonly done: boolean;
  /** Working days after the baseline date (negative: ahead); null without a baseline date. */
  readonly varianceDays: number | null;
}

export interface PortfolioProject {
  readonly name: string;
  /** The person's role on the project, in their words or Keel's. */
  readonly role: string;
  readonly start: string;
  /** The scheduled (forecast) finish, `YYYY-MM-DD`. */
  readonly finish: string;
  /** The baseline the milestones are measured against, if any. */
  readonly baselineName: string | null;
  readonly milestones: readonly PortfolioMilestone[];
}

/** A portfolio: chosen evidence entries told as role, problem, actions, outcomes and numbers, and chosen projects. */
export interface PortfolioDocument {
  readonly title: string;
  readonly author: string;
  /** `YYYY-MM-DD`. */
  readonly generatedOn: string;
  readonly entries: readonly Evidence[];
  readonly projects: readonly PortfolioProject[];
}

/** "lead time: -35 %", "reports sent: 4". */
export function measureText(m: EvidenceMeasure): string {
  const unit = m.unit === undefined || m.unit === "" ? "" : m.unit === "%" ? " %" : ` ${m.unit}`;
  return `${m.name}: ${m.value}${unit}`;
}

/** "3 teams, 12 people, a budget of 250000, 10 weeks", or "" without a scale. */
export function scaleText(s: EvidenceWorkScale): string {
  return [
    s.teams === undefined ? "" : `${s.teams} ${s.teams === 1 ? "team" : "teams"}`,
    s.people === undefined ? "" : `${s.people} ${s.people === 1 ? "person" : "people"}`,
    s.budget === undefined ? "" : `a budget of ${s.budget}`,
    s.durationWeeks === undefined ? "" : `${s.durationWeeks} ${s.durationWeeks === 1 ? "week" : "weeks"}`,
  ]
    .filter((p) => p !== "")
    .join(", ");
}

/** "on baseline", "2 working days early", "3 working days late", "" without a baseline date. */
export function milestoneVarianceText(m: PortfolioMilestone): string {
  if (m.varianceDays === null) return "";
  if (Math.round(m.varianceDays * 10) === 0) return "on baseline";
  return `${formatWorkingDays(m.varianceDays)} ${m.varianceDays < 0 ? "early" : "late"}`;
}

/** What an entry leaves empty is left out, never filled in. */
export const entryParts = (e: Evidence): readonly (readonly [string, string])[] =>
  (
    [
      ["Problem", e.situation],
      ["Actions", e.action],
      ["Outcomes", e.result],
    ] as const
  ).filter(([, text]) => text.trim() !== "");
