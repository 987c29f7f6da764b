import type { StatusFacts, TaskFact } from "./status-facts.js";
import {
  costChange,
  formatDay,
  formatPercent,
  formatRatio,
  formatWorkingDays,
  listNames,
  plural,
} from "./wording.js";

export type Rag = "RED" | "AMBER" | "GREEN";
/** GREY: not rated, for lack of data (no costs, no baseline). */
export type AreaRag = Rag | "GREY";
export type StatusArea = "schedule" | "cost" | "scope" | "risks";
export const STATUS_AREAS: readonly StatusArea[] = ["schedule", "cost", "scope", "risks"];

/** Where a rule turns an area RED or AMBER. Ratios are SPI and CPI; days are working days. */
export interface StatusThresholds {
  readonly spiRed: number;
  readonly spiAmber: number;
  readonly cpiRed: number;
  readonly cpiAmber: number;
  /** A finish or milestone this many working days after its baseline date. */
  readonly slipRedDays: number;
  readonly slipAmberDays: number;
  /** Fewer working days than this left between a forecast finish and its deadline. */
  readonly floatAmberDays: number;
  /** A forecast chance of meeting a deadline below this share. */
  readonly deadlineChanceAmber: number;
}

export const DEFAULT_THRESHOLDS: StatusThresholds = {
  spiRed: 0.8,
  spiAmber: 0.9,
  cpiRed: 0.8,
  cpiAmber: 0.9,
  slipRedDays: 10,
  slipAmberDays: 3,
  floatAmberDays: 3,
  deadlineChanceAmber: 0.5,
};

/** One rule of the RAG assessment: when it fires, its area is at least `rag`, for the reason `test` states. */
export interface RagRule {
  readonly id: string;
  readonly area: StatusArea;
  readonly rag: Exclude<Rag, "GREEN">;
  /** The condition in words, with its threshold (for help texts and docs). */
  readonly when: (t: StatusThresholds) => string;
  /** The reason, with the numbers, when the rule fires; undefined when it does not. */
  readonly test: (facts: StatusFacts, t: StatusThresholds) => string | undefined;
}

export interface RagReason {
  readonly rule: string;
  readonly area: StatusArea;
  readonly rag: Exclude<Rag, "GREEN">;
  readonly text: string;
}

const SHOWN = 3;

/** "Schedule performance (SPI) is 0.84, below 0.9: 16 % less work done than planned by now." */
function spiText(spi: number, threshold: number): string {
  return `Schedule performance (SPI) is ${formatRatio(spi)}, below ${threshold}: ${Math.round((1 - spi) * 100)} % less work done than planned by now.`;
}

/** "Cost performance (CPI) is 0.85, below 0.9: the work done cost 18 % more than its budget." */
function cpiText(cpi: number, threshold: number): string {
  return `Cost performance (CPI) is ${formatRatio(cpi)}, below ${threshold}: the work done cost ${Math.round((1 / cpi - 1) * 100)} % more than its budget.`;
}

function finishSlipText(f: StatusFacts): string {
  const y = f.asOf.slice(0, 4);
  return `The forecast finish, ${formatDay(f.finish, y)}, is ${formatWorkingDays(f.finishVarianceDays as number)} later than the baseline (${formatDay(f.baselineFinish as string, y)}).`;
}

const lateMilestones = (f: StatusFacts) => f.tasks.filter((t) => t.milestone && t.overdue);

const slippingMilestones = (f: StatusFacts, t: StatusThresholds) =>
  f.tasks.filter((m) => m.milestone && !m.complete && !m.overdue && (m.finishDays ?? 0) >= t.slipAmberDays);

function milestoneLateText(m: TaskFact, year: string): string {
  return `${m.name} was due ${formatDay(m.due, year)} and is not reached; now expected ${formatDay(m.finish, year)}`;
}

function taskOverdueText(task: TaskFact, year: string): string {
  return `${task.name} (due ${formatDay(task.due, year)}, ${Math.round(task.percentComplete)} % done)`;
}

/** Every rule, in the order reasons are listed: RED before AMBER within an area. */
export const RAG_RULES: readonly RagRule[] = [
  {
    id: "deadline-missed",
    area: "schedule",
    rag: "RED",
    when: () => "unfinished work is forecast to finish after its deadline",
    test: (f) => {
      const missed = f.deadlines.filter((d) => d.slackDays < 0);
      if (missed.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${listNames(
        missed.map(
          (d) =>
            `${d.name} is forecast ${formatDay(d.finish, y)}, ${formatWorkingDays(d.slackDays)} after its deadline ${formatDay(d.deadline, y)}`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "milestone-late",
    area: "schedule",
    rag: "RED",
    when: () =>
      "a milestone's baseline date (its scheduled date without a baseline) has passed and it is not reached",
    test: (f) => {
      const late = lateMilestones(f);
      if (late.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${late.length === 1 ? "Milestone" : "Milestones"} late: ${listNames(
        late.map((m) => milestoneLateText(m, y)),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "finish-slip-red",
    area: "schedule",
    rag: "RED",
    when: (t) => `the forecast finish is ${t.slipRedDays} or more working days after the baseline's`,
    test: (f, t) => ((f.finishVarianceDays ?? 0) >= t.slipRedDays ? finishSlipText(f) : undefined),
  },
  {
    id: "spi-red",
    area: "schedule",
    rag: "RED",
    when: (t) => `schedule performance (SPI) is below ${t.spiRed}`,
    test: (f, t) => {
      const spi = f.evm?.SPI ?? null;
      return spi !== null && spi < t.spiRed ? spiText(spi, t.spiRed) : undefined;
    },
  },
  {
    id: "finish-slip-amber",
    area: "schedule",
    rag: "AMBER",
    when: (t) =>
      `the forecast finish is ${t.slipAmberDays} to under ${t.slipRedDays} working days after the baseline's`,
    test: (f, t) => {
      const days = f.finishVarianceDays ?? 0;
      return days >= t.slipAmberDays && days < t.slipRedDays ? finishSlipText(f) : undefined;
    },
  },
  {
    id: "milestone-slipping",
    area: "schedule",
    rag: "AMBER",
    when: (t) =>
      `a milestone not yet due is forecast ${t.slipAmberDays} or more working days after its baseline date`,
    test: (f, t) => {
      const slipping = slippingMilestones(f, t);
      if (slipping.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${slipping.length === 1 ? "Milestone" : "Milestones"} slipping: ${listNames(
        slipping.map(
          (m) =>
            `${m.name} is now expected ${formatDay(m.finish, y)}, ${formatWorkingDays(m.finishDays as number)} after its baseline ${formatDay(m.baselineFinish as string, y)}`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "float-consumed",
    area: "schedule",
    rag: "AMBER",
    when: (t) =>
      `less than ${t.floatAmberDays} working days are left between a forecast finish and its deadline`,
    test: (f, t) => {
      const tight = f.deadlines.filter((d) => d.slackDays >= 0 && d.slackDays < t.floatAmberDays);
      if (tight.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      const d = tight.reduce((a, b) => (b.slackDays < a.slackDays ? b : a));
      return `The critical path has almost no float left: ${d.name} is forecast ${formatDay(d.finish, y)}, ${d.slackDays === 0 ? "on" : `${formatWorkingDays(d.slackDays)} before`} its deadline ${formatDay(d.deadline, y)}.`;
    },
  },
  {
    id: "spi-amber",
    area: "schedule",
    rag: "AMBER",
    when: (t) => `schedule performance (SPI) is from ${t.spiRed} to below ${t.spiAmber}`,
    test: (f, t) => {
      const spi = f.evm?.SPI ?? null;
      return spi !== null && spi >= t.spiRed && spi < t.spiAmber ? spiText(spi, t.spiAmber) : undefined;
    },
  },
  {
    id: "tasks-overdue",
    area: "schedule",
    rag: "AMBER",
    when: () => "a task is past its planned finish (the baseline's, else the schedule's) and not complete",
    test: (f) => {
      const overdue = f.tasks.filter((t) => !t.milestone && t.overdue);
      if (overdue.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${plural(overdue.length, "task is", "tasks are")} past the planned finish and not complete: ${listNames(
        overdue.map((t) => taskOverdueText(t, y)),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "dependency-late",
    area: "schedule",
    rag: "AMBER",
    when: () => "an external dependency is still awaited after the date it was needed, or promised after it",
    test: (f) => {
      if (f.lateDependencies.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${listNames(
        f.lateDependencies.map((d) =>
          d.expected !== undefined && d.expected > d.needed
            ? `${d.name} from ${d.provider} is promised ${formatDay(d.expected, y)}, needed ${formatDay(d.needed, y)}`
            : `${d.name} from ${d.provider} was needed ${formatDay(d.needed, y)} and has not arrived`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "forecast-deadline",
    area: "schedule",
    rag: "AMBER",
    when: (t) => `the forecast gives a deadline less than a ${formatPercent(t.deadlineChanceAmber)} chance`,
    test: (f, t) => {
      const odds = (f.forecast?.deadlines ?? []).filter((d) => d.probability < t.deadlineChanceAmber);
      if (odds.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `By the forecast, ${listNames(
        odds.map(
          (d) =>
            `${d.name} has a ${formatPercent(d.probability)} chance of meeting its deadline ${formatDay(d.deadline, y)}`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "cpi-red",
    area: "cost",
    rag: "RED",
    when: (t) => `cost performance (CPI) is below ${t.cpiRed}`,
    test: (f, t) => {
      const cpi = f.evm?.CPI ?? null;
      return cpi !== null && cpi < t.cpiRed ? cpiText(cpi, t.cpiRed) : undefined;
    },
  },
  {
    id: "cpi-amber",
    area: "cost",
    rag: "AMBER",
    when: (t) => `cost performance (CPI) is from ${t.cpiRed} to below ${t.cpiAmber}`,
    test: (f, t) => {
      const cpi = f.evm?.CPI ?? null;
      return cpi !== null && cpi >= t.cpiRed && cpi < t.cpiAmber ? cpiText(cpi, t.cpiAmber) : undefined;
    },
  },
  {
    id: "scope-unapproved",
    area: "scope",
    rag: "AMBER",
    when: () => "tasks were added to or removed from the baseline without an approved change request",
    test: (f) => {
      const { added, removed } = f.unapprovedScope;
      if (added.length === 0 && removed.length === 0) return undefined;
      const parts = [
        ...(added.length > 0 ? [`${plural(added.length, "task")} added (${listNames(added, SHOWN)})`] : []),
        ...(removed.length > 0
          ? [`${plural(removed.length, "task")} removed (${listNames(removed, SHOWN)})`]
          : []),
      ];
      return `Work changed since the baseline without an approved change request: ${parts.join(" and ")}.`;
    },
  },
  {
    id: "change-pending",
    area: "scope",
    rag: "AMBER",
    when: (t) =>
      `a change request waiting for a decision would move the finish ${t.slipAmberDays} or more working days later`,
    test: (f, t) => {
      const big = f.pendingChanges.filter((c) => (c.impact?.finishDays ?? 0) >= t.slipAmberDays);
      if (big.length === 0) return undefined;
      return `A decision is pending on ${listNames(
        big.map(
          (c) =>
            `${c.name}, which would move the finish ${formatWorkingDays(c.impact?.finishDays as number)} later (${costChange(c.impact?.costDelta as number)})`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "risk-high-stale",
    area: "risks",
    rag: "RED",
    when: () => "a high risk is open and past its review date",
    test: (f) => {
      const stale = f.risks.filter((r) => r.band === "high" && r.reviewOverdue);
      if (stale.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${stale.length === 1 ? "A high risk is" : `${stale.length} high risks are`} open and past the review date: ${listNames(
        stale.map(
          (r) =>
            `${r.name} (exposure ${r.exposure} of ${r.maxExposure}, review was due ${formatDay(r.review as string, y)}, owner ${r.owner ?? "not named"})`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "issue-critical",
    area: "risks",
    rag: "RED",
    when: () => "an issue of critical severity is open",
    test: (f) => {
      const critical = f.issues.filter((i) => i.severity === "critical");
      return critical.length === 0
        ? undefined
        : `Critical ${critical.length === 1 ? "issue" : "issues"} open: ${listNames(
            critical.map((i) => `${i.name} (owner ${i.owner ?? "not named"})`),
            SHOWN,
          )}.`;
    },
  },
  {
    id: "risk-high-open",
    area: "risks",
    rag: "AMBER",
    when: () => "a high risk (exposure in the top band) is open, within its review date",
    test: (f) => {
      const high = f.risks.filter((r) => r.band === "high" && !r.reviewOverdue);
      if (high.length === 0) return undefined;
      return `${plural(high.length, "high risk is", "high risks are")} open: ${listNames(
        high.map(
          (r) =>
            `${r.name} (${r.probabilityLabel.toLowerCase()}, ${r.impactLabel.toLowerCase()} impact; owner ${r.owner ?? "not named"})`,
        ),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "risk-review-overdue",
    area: "risks",
    rag: "AMBER",
    when: () => "a risk below the high band is open and past its review date",
    test: (f) => {
      const stale = f.risks.filter((r) => r.band !== "high" && r.reviewOverdue);
      if (stale.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${plural(stale.length, "risk is", "risks are")} past the review date: ${listNames(
        stale.map((r) => `${r.name} (due ${formatDay(r.review as string, y)})`),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "issue-escalated",
    area: "risks",
    rag: "AMBER",
    when: () => "an open issue is escalated to the sponsor or the steering group",
    test: (f) => {
      const up = f.issues.filter((i) => i.escalation === "sponsor" || i.escalation === "steering");
      if (up.length === 0) return undefined;
      return `Escalated: ${listNames(
        up.map((i) => `${i.name} (to the ${i.escalation === "sponsor" ? "sponsor" : "steering group"})`),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "issue-overdue",
    area: "risks",
    rag: "AMBER",
    when: () => "an open issue is past its due date",
    test: (f) => {
      const late = f.issues.filter((i) => i.overdue);
      if (late.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `${plural(late.length, "issue is", "issues are")} past the due date: ${listNames(
        late.map((i) => `${i.name} (due ${formatDay(i.due as string, y)}, owner ${i.owner ?? "not named"})`),
        SHOWN,
      )}.`;
    },
  },
  {
    id: "assumption-unvalidated",
    area: "risks",
    rag: "AMBER",
    when: () => "an assumption was not validated by its validate-by date",
    test: (f) => {
      if (f.overdueAssumptions.length === 0) return undefined;
      const y = f.asOf.slice(0, 4);
      return `Not yet validated: ${listNames(
        f.overdueAssumptions.map((a) => `${a.name} (by ${formatDay(a.validateBy, y)})`),
        SHOWN,
      )}.`;
    },
  },
];
