import type { AreaRag, StatusArea } from "./rag-rules.js";
import type { MilestoneLine, StatusReport } from "./status-report.js";
import { formatDay, formatMoney, formatRatio, formatWorkingDays } from "./wording.js";

/**
 * The words every rendering of a status report shares — Markdown, HTML, text and the web editor — so
 * what the editor shows is what leadership reads.
 */

export const AREA_TITLES: Readonly<Record<StatusArea, string>> = {
  schedule: "Schedule",
  cost: "Cost",
  scope: "Scope",
  risks: "Risks and issues",
};

/** A RAG level in words: never colour alone. */
export function ragLabel(rag: AreaRag): string {
  return rag === "GREY" ? "NOT RATED" : rag;
}

export const MILESTONE_STATES: Readonly<Record<MilestoneLine["state"], string>> = {
  done: "Done",
  late: "Late",
  slipping: "Slipping",
  "on track": "On track",
};

/** The pill a milestone's state gets. */
export const MILESTONE_RAG: Readonly<Record<MilestoneLine["state"], AreaRag>> = {
  done: "GREEN",
  "on track": "GREEN",
  slipping: "AMBER",
  late: "RED",
};

/** A date in the report's words; the year only when it is not the report's. */
export const reportDay = (r: StatusReport, iso: string): string => formatDay(iso, r.asOf.slice(0, 4));

export const ownerText = (owner: string | null): string => owner ?? "owner needed";

export const ownersText = (owners: readonly string[]): string =>
  owners.length === 0 ? "owner needed" : owners.join(", ");

export function title(r: StatusReport): string {
  return `${r.project}: status report`;
}

/** "As of Wed 20 Jan 2027 · period Thu 14 Jan – Wed 20 Jan · next update Wed 27 Jan" */
export function dateLine(r: StatusReport): string {
  return `As of ${formatDay(r.asOf)} ${r.asOf.slice(0, 4)} · period ${reportDay(r, r.period.from)} – ${reportDay(r, r.period.to)} · next update ${reportDay(r, r.nextUpdate)}`;
}

export function varianceText(days: number | null): string {
  if (days === null) return "no baseline";
  if (days === 0) return "on baseline";
  return `${days > 0 ? "+" : "-"}${formatWorkingDays(days)}`;
}

export interface KeyFigure {
  readonly label: string;
  readonly value: string;
  /** What it means, in plain words. */
  readonly note: string;
}

/** The headline numbers with what they mean; measures that are not available are left out. */
export function keyFigures(r: StatusReport): KeyFigure[] {
  const m = r.metrics;
  const out: KeyFigure[] = [];
  if (m.percentComplete !== null) {
    out.push({
      label: "Work done",
      value: `${Math.round(m.percentComplete)} %`,
      note:
        m.plannedPercentComplete === null
          ? "of all the work, weighted by duration"
          : `${Math.round(m.plannedPercentComplete)} % was planned by now`,
    });
  }
  out.push({
    label: "Forecast finish",
    value: reportDay(r, m.finish),
    note:
      m.baselineFinish === null
        ? "no baseline to compare with"
        : `${varianceText(m.finishVarianceDays)} against the baseline (${reportDay(r, m.baselineFinish)})`,
  });
  if (r.forecast !== undefined) {
    const same = r.forecast.p50 === r.forecast.p80;
    out.push({
      label: same ? "Likely finish (P50 and P80)" : "Likely finish (P50 / P80)",
      value: same
        ? reportDay(r, r.forecast.p50)
        : `${reportDay(r, r.forecast.p50)} / ${reportDay(r, r.forecast.p80)}`,
      note: `${same ? "8 in 10 simulated outcomes finish by then" : "half of the simulated outcomes finish by the first date, 8 in 10 by the second"}; ${Math.round(r.forecast.plannedFinishChance * 100)} % by the forecast finish`,
    });
  }
  if (m.SPI !== null) {
    const gap = Math.round((1 - m.SPI) * 100);
    out.push({
      label: "Schedule performance (SPI)",
      value: formatRatio(m.SPI),
      note:
        gap === 0
          ? "work done as planned by now"
          : `${Math.abs(gap)} % ${gap > 0 ? "less" : "more"} work done than planned by now`,
    });
  }
  if (m.CPI !== null && m.evmBasis === "cost") {
    const over = Math.round((1 / m.CPI - 1) * 100);
    out.push({
      label: "Cost performance (CPI)",
      value: formatRatio(m.CPI),
      note:
        over === 0
          ? "the work done cost what was budgeted"
          : `the work done cost ${Math.abs(over)} % ${over > 0 ? "more" : "less"} than budgeted`,
    });
  }
  if (m.evmBasis === "cost" && m.BAC !== null) {
    out.push({
      label: "Budget / forecast cost",
      value: `${formatMoney(m.BAC)} / ${m.EAC === null ? "n/a" : formatMoney(m.EAC)}`,
      note: "the budget, and the forecast at the cost performance so far (EAC)",
    });
  }
  if (m.criticalFloatDays !== null) {
    out.push({
      label: "Float before the nearest deadline",
      value: formatWorkingDays(m.criticalFloatDays),
      note:
        m.criticalFloatDays < 0
          ? "a deadline will be missed at the current forecast"
          : "how long the critical path can slip before a deadline is missed",
    });
  }
  return out;
}

export function changeImpactText(finishDays: number, costDelta: number): string {
  const finish = finishDays === 0 ? "finish unchanged" : `finish ${varianceText(finishDays)}`;
  const cost =
    Math.round(costDelta) === 0
      ? "no change in cost"
      : `cost ${costDelta > 0 ? "+" : "-"}${formatMoney(Math.abs(costDelta))}`;
  return `${finish}, ${cost}`;
}

export function riskScoreText(risk: StatusReport["topRisks"][number]): string {
  return `${risk.probability.toLowerCase()}, ${risk.impact.toLowerCase()} impact (${risk.exposure} of ${risk.maxExposure})`;
}

export function reviewText(r: StatusReport, risk: StatusReport["topRisks"][number]): string {
  if (risk.review === null) return "no review date";
  return risk.reviewOverdue ? `overdue since ${reportDay(r, risk.review)}` : reportDay(r, risk.review);
}

export function footer(r: StatusReport): string {
  return `Generated by Keel from the plan as of ${reportDay(r, r.asOf)}. ${
    r.baseline === null
      ? "No baseline: slips and earned value are not measured."
      : `Compared with the baseline "${r.baseline}".`
  } Each RED or AMBER rating names the rule that set it.`;
}

/** Ends a phrase with a full stop unless it has one. */
export const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Who is asked for what, as one sentence or two. */
export function askText(r: StatusReport, a: StatusReport["asks"][number]): string {
  return a.kind === "escalation"
    ? `${a.from ?? "Sponsor"}: help with "${a.what}"${a.by === null ? "" : ` by ${reportDay(r, a.by)}`}. ${sentence(a.why)}`
    : `Decision needed on the change request "${a.what}". ${sentence(a.why)}`;
}
