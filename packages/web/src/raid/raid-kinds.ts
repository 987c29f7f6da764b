import type { ExposureBand, ExposurePoint, HeatMap, RaidKind, StaleItem } from "@keel/engine";
import {
  ASSUMPTION_STATUSES,
  type Assumption,
  DEPENDENCY_STATUSES,
  type Dependency,
  ISSUE_STATUSES,
  type Issue,
  RISK_STATUSES,
  type Risk,
  type RiskScales,
} from "@keel/model";

export type { RaidKind };

export type RiskRecord = Risk & { readonly version: number };
export type AssumptionRecord = Assumption & { readonly version: number };
export type IssueRecord = Issue & { readonly version: number };
export type DependencyRecord = Dependency & { readonly version: number };

export interface RecordOf {
  readonly risk: RiskRecord;
  readonly assumption: AssumptionRecord;
  readonly issue: IssueRecord;
  readonly dependency: DependencyRecord;
}

export type RaidRecord = RecordOf[RaidKind];

/** `GET …/raid`: the register's picture on one day. */
export interface RaidSummary {
  readonly scales: RiskScales;
  readonly heatMap: { readonly before: HeatMap; readonly after: HeatMap };
  readonly exposures: readonly {
    readonly id: string;
    readonly exposure: number;
    readonly band: ExposureBand;
    readonly residual: number;
    readonly residualBand: ExposureBand;
  }[];
  readonly stale: readonly StaleItem[];
  readonly trend: readonly ExposurePoint[];
}

export interface KindInfo {
  readonly kind: RaidKind;
  /** The API's path segment. */
  readonly plural: "risks" | "assumptions" | "issues" | "dependencies";
  /** The tab's label. */
  readonly title: string;
  readonly noun: string;
  /** Quick add names new items `R1`, `R2`…. */
  readonly prefix: string;
  readonly statuses: readonly string[];
  /** The status a new item gets. */
  readonly firstStatus: string;
}

export const RAID_KINDS: readonly RaidKind[] = ["risk", "assumption", "issue", "dependency"];

export const KINDS: Readonly<Record<RaidKind, KindInfo>> = {
  risk: {
    kind: "risk",
    plural: "risks",
    title: "Risks",
    noun: "risk",
    prefix: "R",
    statuses: RISK_STATUSES,
    firstStatus: "open",
  },
  assumption: {
    kind: "assumption",
    plural: "assumptions",
    title: "Assumptions",
    noun: "assumption",
    prefix: "A",
    statuses: ASSUMPTION_STATUSES,
    firstStatus: "unvalidated",
  },
  issue: {
    kind: "issue",
    plural: "issues",
    title: "Issues",
    noun: "issue",
    prefix: "I",
    statuses: ISSUE_STATUSES,
    firstStatus: "open",
  },
  dependency: {
    kind: "dependency",
    plural: "dependencies",
    title: "Dependencies",
    noun: "dependency",
    prefix: "D",
    statuses: DEPENDENCY_STATUSES,
    firstStatus: "waiting",
  },
};

/** "risk" → "a risk", "issue" → "an issue". */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** "unvalidated" → "Unvalidated": enum values as the UI shows them. */
export function titleCase(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
