import type { Baseline, LocalDate, Plan } from "@keel/model";
import { schedulePlan } from "../cpm/scheduler.js";
import type { ForecastResult } from "../forecast/types.js";
import type { PlanSchedule } from "../result.js";
import { dayOf } from "./dates.js";
import { nextActions } from "./next-actions.js";
import { type AreaStatus, assessRag } from "./rag.js";
import {
  DEFAULT_THRESHOLDS,
  type Rag,
  type RagReason,
  type StatusArea,
  type StatusThresholds,
} from "./rag-rules.js";
import { type StatusFacts, statusFacts } from "./status-facts.js";
import { executiveSummary } from "./summary.js";
import { costChange, formatDay, formatWorkingDays, listNames } from "./wording.js";

export interface StatusInput {
  readonly plan: Plan;
  /** The plan's schedule; computed when absent. */
  readonly schedule?: PlanSchedule | undefined;
  /** What slips and progress are measured against; without one, variance and the scope area are not rated. */
  readonly baseline?: Baseline | undefined;
  /** `YYYY-MM-DD` (the end of that day) or a date-time; the plan's status date when absent. */
  readonly asOf?: string | undefined;
  /** Calendar days in a reporting period: the period ends on the as-of date, the next update is this far after it. 7 by default. */
  readonly periodDays?: number | undefined;
  /** A schedule forecast of the plan, for P50/P80 and the chance of meeting deadlines. */
  readonly forecast?: ForecastResult | undefined;
  readonly thresholds?: Partial<StatusThresholds> | undefined;
}

export interface MilestoneLine {
  readonly id: string;
  readonly name: string;
  readonly baseline: LocalDate | null;
  /** Its finish: the forecast, or the day it was reached. */
  readonly forecast: LocalDate;
  readonly deadline: LocalDate | null;
  readonly state: "done" | "late" | "slipping" | "on track";
  /** Working days after the baseline date (late is positive); null without a baseline. */
  readonly varianceDays: number | null;
}

export interface DoneLine {
  readonly id: string;
  readonly name: string;
  readonly finished: LocalDate;
  readonly owners: readonly string[];
  readonly milestone: boolean;
}

export interface ProgressLine {
  readonly id: string;
  readonly name: string;
  readonly percentComplete: number;
  /** What the baseline has done by now; null without a baseline. */
  readonly plannedPercent: number | null;
  readonly finish: LocalDate;
  readonly baselineFinish: LocalDate | null;
  readonly owners: readonly string[];
}

export interface BlockedLine {
  readonly kind: "issue" | "dependency" | "task";
  readonly id: string;
  readonly what: string;
  /** Who must unblock it; null when nobody is named. */
  readonly owner: string | null;
  readonly since: LocalDate | null;
  readonly why: string;
}

export interface ChangeLine {
  readonly id: string;
  readonly name: string;
  readonly decidedOn: LocalDate;
  readonly by: string;
  readonly reason: string;
  /** Working days the decision moved the finish (later is positive). */
  readonly finishDays: number;
  readonly finishAfter: LocalDate;
  readonly costDelta: number;
}

export interface RiskLine {
  readonly id: string;
  readonly name: string;
  readonly owner: string | null;
  readonly exposure: number;
  readonly maxExposure: number;
  readonly band: "low" | "medium" | "high";
  readonly probability: string;
  readonly impact: string;
  /** The response in a line: strategy and the next open action. */
  readonly response: string;
  readonly review: LocalDate | null;
  readonly reviewOverdue: boolean;
}

export interface AskLine {
  /** An issue escalated to leadership, or a change request waiting for a decision. */
  readonly kind: "escalation" | "decision";
  readonly id: string;
  /** The issue, or the change request to decide on. */
  readonly what: string;
  /** Who is asked: the sponsor, the steering group; null when the decision-maker is not recorded. */
  readonly from: string | null;
  readonly by: LocalDate | null;
  readonly why: string;
}

export interface NextLine {
  readonly action: string;
  readonly owner: string | null;
  readonly date: LocalDate;
  /** Its date is already before the as-of date. */
  readonly overdue: boolean;
}

/** The figures a dashboard draws trends from; null where they cannot be measured. */
export interface StatusMetrics {
  readonly percentComplete: number | null;
  /** What PV, EV, AC, BAC, EAC and VAC are in: money, or hours when the baseline has no costs. */
  readonly evmBasis: "cost" | "hours" | null;
  readonly plannedPercentComplete: number | null;
  readonly SPI: number | null;
  readonly CPI: number | null;
  readonly PV: number | null;
  readonly EV: number | null;
  readonly AC: number | null;
  readonly BAC: number | null;
  readonly EAC: number | null;
  readonly VAC: number | null;
  readonly finish: string;
  readonly baselineFinish: string | null;
  readonly finishVarianceDays: number | null;
  /** The least working days left between a forecast finish and its deadline; null without deadlines. */
  readonly criticalFloatDays: number | null;
  readonly tasks: number;
  readonly tasksDone: number;
  readonly tasksInProgress: number;
  readonly tasksOverdue: number;
  readonly openRisks: number;
  readonly highRisks: number;
  readonly openIssues: number;
}

/** A status report as data: generated for a period, then edited and rendered (formats/report). */
export interface StatusReport {
  readonly project: string;
  readonly asOf: LocalDate;
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  /** The baseline compared against, or null. */
  readonly baseline: string | null;
  readonly overall: { readonly rag: Rag; readonly reasons: readonly RagReason[] };
  readonly areas: Readonly<Record<StatusArea, AreaStatus>>;
  /** Two to four sentences for leadership. */
  readonly summary: string;
  readonly milestones: readonly MilestoneLine[];
  readonly done: readonly DoneLine[];
  readonly inProgress: readonly ProgressLine[];
  readonly blocked: readonly BlockedLine[];
  readonly changed: readonly ChangeLine[];
  readonly topRisks: readonly RiskLine[];
  readonly asks: readonly AskLine[];
  readonly next: readonly NextLine[];
  readonly nextUpdate: LocalDate;
  readonly forecast?:
    | { readonly p50: LocalDate; readonly p80: LocalDate; readonly plannedFinishChance: number }
    | undefined;
  readonly metrics: StatusMetrics;
}

const TOP_RISKS = 5;
const DEFAULT_PERIOD_DAYS = 7;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Generates the status report of a plan as of a date: RAG by rule, the summary, and the sections,
 * all from the plan, its schedule, a baseline, earned value and a forecast.
 */
export function statusReport(input: StatusInput): StatusReport {
  const asOf = input.asOf ?? input.plan.project.statusDate;
  if (asOf === undefined)
    throw new RangeError("a status report needs an as-of date or the plan's status date");
  const periodDays = input.periodDays ?? DEFAULT_PERIOD_DAYS;
  if (!Number.isInteger(periodDays) || periodDays < 1) {
    throw new RangeError(`a reporting period is a whole number of days from 1, not ${periodDays}`);
  }
  const facts = statusFacts({
    plan: input.plan,
    schedule: input.schedule ?? schedulePlan(input.plan),
    baseline: input.baseline,
    asOf,
    periodDays,
    forecast: input.forecast,
  });
  const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const rag = assessRag(facts, thresholds);
  const asks = askLines(facts);
  return {
    project: facts.project,
    asOf: facts.asOf,
    period: { from: facts.period.from, to: facts.period.to },
    baseline: facts.baseline,
    overall: rag.overall,
    areas: rag.areas,
    summary: executiveSummary(facts, rag, asks),
    milestones: milestoneLines(facts, thresholds),
    done: facts.tasks
      .filter(
        (t) => t.finishedOn !== undefined && t.finishedOn >= facts.period.from && t.finishedOn <= facts.asOf,
      )
      .sort((a, b) =>
        (a.finishedOn as string) < (b.finishedOn as string) ? -1 : a.finishedOn === b.finishedOn ? 0 : 1,
      )
      .map((t) => ({
        id: t.id,
        name: t.name,
        finished: t.finishedOn as LocalDate,
        owners: t.owners,
        milestone: t.milestone,
      })),
    inProgress: facts.tasks
      .filter((t) => t.started && !t.complete && !t.milestone)
      .map((t) => ({
        id: t.id,
        name: t.name,
        percentComplete: t.percentComplete,
        plannedPercent: t.plannedPercent === undefined ? null : Math.round(t.plannedPercent),
        finish: dayOf(t.finish),
        baselineFinish: t.baselineFinish === undefined ? null : dayOf(t.baselineFinish),
        owners: t.owners,
      })),
    blocked: blockedLines(facts),
    changed: facts.approvedChanges.map((c) => ({
      id: c.id,
      name: c.name,
      decidedOn: c.decidedOn,
      by: c.by,
      reason: c.reason,
      finishDays: c.finishDays,
      finishAfter: dayOf(c.finishAfter),
      costDelta: c.costDelta,
    })),
    topRisks: facts.risks.slice(0, TOP_RISKS).map((r) => ({
      id: r.id,
      name: r.name,
      owner: r.owner ?? null,
      exposure: r.exposure,
      maxExposure: r.maxExposure,
      band: r.band,
      probability: r.probabilityLabel,
      impact: r.impactLabel,
      response:
        [
          r.strategy === undefined ? undefined : capital(r.strategy),
          r.nextAction === undefined
            ? undefined
            : `${r.nextAction.action}${r.nextAction.due === undefined ? "" : ` by ${formatDay(r.nextAction.due, facts.asOf.slice(0, 4))}`}`,
        ]
          .filter((s) => s !== undefined)
          .join(": ") || "No response planned yet",
      review: r.review ?? null,
      reviewOverdue: r.reviewOverdue,
    })),
    asks,
    next: nextActions(facts),
    nextUpdate: facts.nextUpdate,
    ...(facts.forecast !== null && {
      forecast: {
        p50: dayOf(facts.forecast.finish.p50),
        p80: dayOf(facts.forecast.finish.p80),
        plannedFinishChance: facts.forecast.plannedFinishProbability,
      },
    }),
    metrics: metrics(facts),
  };
}

function milestoneLines(f: StatusFacts, t: StatusThresholds): MilestoneLine[] {
  return f.tasks
    .filter((t) => t.milestone)
    .map((m) => ({
      id: m.id,
      name: m.name,
      baseline: m.baselineFinish === undefined ? null : dayOf(m.baselineFinish),
      forecast: m.finishedOn ?? dayOf(m.finish),
      deadline: m.deadline ?? null,
      state: m.complete
        ? "done"
        : m.overdue || f.deadlines.some((d) => d.id === m.id && d.slackDays < 0)
          ? "late"
          : (m.finishDays ?? 0) >= t.slipAmberDays
            ? "slipping"
            : "on track",
      varianceDays: m.finishDays ?? null,
    }));
}

function blockedLines(f: StatusFacts): BlockedLine[] {
  const y = f.asOf.slice(0, 4);
  const out: BlockedLine[] = [];
  for (const i of f.issues) {
    out.push({
      kind: "issue",
      id: i.id,
      what: i.name,
      owner: i.owner ?? null,
      since: i.raised ?? null,
      why: [
        `${capital(i.severity)} severity${i.escalation === "sponsor" || i.escalation === "steering" ? `, escalated to the ${i.escalation === "sponsor" ? "sponsor" : "steering group"}` : ""}`,
        i.description,
        i.tasks.length > 0 ? `Holds up ${listNames(i.tasks)}` : undefined,
        i.due === undefined ? undefined : `${i.overdue ? "Was due" : "Due"} ${formatDay(i.due, y)}`,
      ]
        .filter((s): s is string => s !== undefined && s !== "")
        .map((s) => s.replace(/[.\s]+$/, ""))
        .join(". "),
    });
  }
  for (const d of f.lateDependencies) {
    out.push({
      kind: "dependency",
      id: d.id,
      what: `${d.name} (${d.provider})`,
      owner: d.owner ?? d.provider,
      // Only a need that has passed is a "since"; a late promise is known, not dated.
      since: d.needed <= f.asOf ? d.needed : null,
      why: [
        d.expected !== undefined && d.expected > d.needed
          ? `Promised ${formatDay(d.expected, y)}, needed ${formatDay(d.needed, y)}`
          : `Needed ${formatDay(d.needed, y)}, not arrived`,
        d.tasks.length > 0 ? `Holds up ${listNames(d.tasks)}` : undefined,
      ]
        .filter((s) => s !== undefined)
        .join(". "),
    });
  }
  for (const t of f.tasks) {
    if (t.milestone || !t.overdue) continue;
    out.push({
      kind: "task",
      id: t.id,
      what: t.name,
      owner: t.owners.length === 0 ? null : listNames(t.owners),
      since: dayOf(t.due),
      why: `${Math.round(t.percentComplete)} % done. Planned to finish ${formatDay(t.due, y)}, now expected ${formatDay(t.finish, y)}`,
    });
  }
  return out;
}

function askLines(f: StatusFacts): AskLine[] {
  const y = f.asOf.slice(0, 4);
  const asks: AskLine[] = [];
  for (const i of f.issues) {
    if (i.escalation !== "sponsor" && i.escalation !== "steering") continue;
    asks.push({
      kind: "escalation",
      id: i.id,
      what: i.name,
      from: i.escalation === "sponsor" ? "Sponsor" : "Steering group",
      by: i.due ?? null,
      why: i.description ?? `${capital(i.severity)} severity issue`,
    });
  }
  for (const c of f.pendingChanges) {
    const impact = c.impact;
    asks.push({
      kind: "decision",
      id: c.id,
      what: c.name,
      from: null,
      by: null,
      why: `Requested by ${c.requester}: ${c.reason}.${
        impact === undefined
          ? " Its edits no longer fit the plan; it needs re-basing first."
          : ` Approving it would ${
              impact.finishDays === 0
                ? "keep the finish date"
                : `move the finish ${formatWorkingDays(impact.finishDays)} ${impact.finishDays > 0 ? "later" : "earlier"}, to ${formatDay(impact.finishAfter, y)}`
            }; ${costChange(impact.costDelta)}.`
      }`,
    });
  }
  return asks;
}

function metrics(f: StatusFacts): StatusMetrics {
  const leaf = f.tasks.filter((t) => !t.milestone);
  const evm = f.evm;
  return {
    percentComplete: f.percentComplete,
    plannedPercentComplete: f.plannedPercentComplete,
    evmBasis: evm?.basis ?? null,
    SPI: evm?.SPI ?? null,
    CPI: evm?.CPI ?? null,
    PV: evm?.PV ?? null,
    EV: evm?.EV ?? null,
    AC: evm?.AC ?? null,
    BAC: evm?.BAC ?? null,
    EAC: evm?.EAC ?? null,
    VAC: evm?.VAC ?? null,
    finish: f.finish,
    baselineFinish: f.baselineFinish,
    finishVarianceDays: f.finishVarianceDays,
    criticalFloatDays: f.criticalFloatDays,
    tasks: leaf.length,
    tasksDone: leaf.filter((t) => t.complete).length,
    tasksInProgress: leaf.filter((t) => t.started && !t.complete).length,
    tasksOverdue: leaf.filter((t) => t.overdue).length,
    openRisks: f.risks.length,
    highRisks: f.risks.filter((r) => r.band === "high").length,
    openIssues: f.issues.length,
  };
}
