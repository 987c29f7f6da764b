import type { LocalDate, Plan } from "@keel/model";
import type { Rag } from "./rag-rules.js";
import type { StatusReport } from "./status-report.js";

/** A report as the history keeps it: the dashboard's trends are drawn from these, one per period. */
export interface ReportedStatus {
  readonly asOf: LocalDate;
  readonly state: "draft" | "sent";
  readonly report: StatusReport;
}

export interface TrendPoint {
  readonly asOf: LocalDate;
  readonly rag: Rag;
  readonly SPI: number | null;
  readonly CPI: number | null;
  readonly criticalFloatDays: number | null;
  readonly percentComplete: number | null;
  readonly plannedPercentComplete: number | null;
  readonly finish: string;
  readonly finishVarianceDays: number | null;
  readonly openRisks: number;
  readonly highRisks: number;
  readonly openIssues: number;
}

/** A milestone's forecast date as each report saw it: the milestone trend chart. */
export interface MilestoneTrend {
  readonly id: string;
  readonly name: string;
  readonly baseline: LocalDate | null;
  readonly points: readonly { readonly asOf: LocalDate; readonly forecast: LocalDate }[];
}

export interface DashboardTrends {
  readonly points: readonly TrendPoint[];
  readonly milestones: readonly MilestoneTrend[];
}

/**
 * Delivery trends from the report history, oldest first: per as-of date the sent report, or the
 * latest draft when none was sent.
 */
export function dashboardTrends(history: readonly ReportedStatus[]): DashboardTrends {
  const byDate = new Map<string, ReportedStatus>();
  for (const r of history) {
    const kept = byDate.get(r.asOf);
    if (kept === undefined || (kept.state === "draft" && r.state === "sent")) byDate.set(r.asOf, r);
  }
  const reports = [...byDate.values()].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
  const milestones = new Map<
    string,
    {
      id: string;
      name: string;
      baseline: LocalDate | null;
      points: { asOf: LocalDate; forecast: LocalDate }[];
    }
  >();
  const points = reports.map(({ asOf, report }) => {
    for (const m of report.milestones) {
      const trend = milestones.get(m.id) ?? { id: m.id, name: m.name, baseline: m.baseline, points: [] };
      trend.name = m.name;
      trend.points.push({ asOf, forecast: m.forecast });
      milestones.set(m.id, trend);
    }
    const x = report.metrics;
    return {
      asOf,
      rag: report.overall.rag,
      SPI: x.SPI,
      CPI: x.CPI,
      criticalFloatDays: x.criticalFloatDays,
      percentComplete: x.percentComplete,
      plannedPercentComplete: x.plannedPercentComplete,
      finish: x.finish,
      finishVarianceDays: x.finishVarianceDays,
      openRisks: x.openRisks,
      highRisks: x.highRisks,
      openIssues: x.openIssues,
    };
  });
  return { points, milestones: [...milestones.values()] };
}

/** Age bands of open issues, from the day they were raised. */
export const ISSUE_AGE_BANDS = [
  { label: "under a week", maxDays: 6 },
  { label: "1–4 weeks", maxDays: 29 },
  { label: "1–3 months", maxDays: 89 },
  { label: "over 3 months", maxDays: Number.POSITIVE_INFINITY },
] as const;

export interface IssueAgeBand {
  readonly label: string;
  readonly count: number;
  readonly issues: readonly string[];
}

/** Open issues by how long they have been open on `today`; those without a raised date are counted apart. */
export function issuesByAge(plan: Plan, today: LocalDate): { bands: IssueAgeBand[]; undated: number } {
  const bands = ISSUE_AGE_BANDS.map((b) => ({ label: b.label, count: 0, issues: [] as string[] }));
  let undated = 0;
  const dayOf = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  for (const issue of plan.issues ?? []) {
    if (issue.status !== "open") continue;
    if (issue.raised === undefined) {
      undated++;
      continue;
    }
    const age = Math.max(0, Math.round((dayOf(today) - dayOf(issue.raised)) / 86_400_000));
    const k = ISSUE_AGE_BANDS.findIndex((b) => age <= b.maxDays);
    const band = bands[k] as { count: number; issues: string[] };
    band.count++;
    band.issues.push(issue.id);
  }
  return { bands, undated };
}
