import type {
  Baseline,
  ChangeRequest,
  EscalationLevel,
  IssueSeverity,
  LocalDate,
  Plan,
  RiskAction,
  RiskStrategy,
  Task,
} from "@keel/model";
import { type BaselineVariance, baselineVariance } from "../baseline/variance.js";
import { changeImpact } from "../change/impact.js";
import { cents } from "../change/plan-cost.js";
import type { EvmBasis } from "../evm/budget.js";
import { earnedValue } from "../evm/earned-value.js";
import type { EvmMetrics } from "../evm/metrics.js";
import { EvmError } from "../evm/problems.js";
import type { ForecastResult } from "../forecast/types.js";
import { type ExposureBand, exposure, exposureBand } from "../raid/exposure.js";
import { riskScales } from "../raid/scales.js";
import { PlanCalendars } from "../resources/availability.js";
import type { PlanSchedule, TaskResult } from "../result.js";
import { parseWall } from "../time.js";
import { addDays, asOfMoment, dayOf } from "./dates.js";

/** A leaf task or milestone with its progress, as the report reads it. */
export interface TaskFact {
  readonly id: string;
  readonly name: string;
  readonly milestone: boolean;
  /** Names of the resources assigned to it. */
  readonly owners: readonly string[];
  /** 0 to 100. */
  readonly percentComplete: number;
  readonly started: boolean;
  readonly complete: boolean;
  /** The day it finished: its actual finish, else its scheduled finish once complete. */
  readonly finishedOn?: LocalDate | undefined;
  /** Current schedule. */
  readonly start: string;
  readonly finish: string;
  readonly baselineStart?: string | undefined;
  readonly baselineFinish?: string | undefined;
  /** Working days its finish moved since the baseline (late is positive). */
  readonly finishDays?: number | undefined;
  /** Share of it the baseline has done by the as-of moment, 0 to 100. */
  readonly plannedPercent?: number | undefined;
  readonly critical: boolean;
  readonly deadline?: LocalDate | undefined;
  /** Not complete, and its planned finish (the baseline's, else the schedule's) is before the as-of moment. */
  readonly overdue: boolean;
  /** When it should have finished: the baseline's finish, else the schedule's. */
  readonly due: string;
}

/** How much room is left before a deadline of unfinished work. */
export interface DeadlineFact {
  readonly id: string;
  readonly name: string;
  readonly deadline: LocalDate;
  readonly finish: string;
  /** Working days from the forecast finish to the end of the deadline; negative when missed. */
  readonly slackDays: number;
}

export interface RiskFact {
  readonly id: string;
  readonly name: string;
  readonly owner?: string | undefined;
  readonly exposure: number;
  /** The largest exposure on the plan's scales (25 on 5 × 5). */
  readonly maxExposure: number;
  readonly band: ExposureBand;
  readonly probabilityLabel: string;
  readonly impactLabel: string;
  readonly effect?: string | undefined;
  readonly strategy?: RiskStrategy | undefined;
  /** The first response action not done yet. */
  readonly nextAction?: RiskAction | undefined;
  readonly actions: readonly RiskAction[];
  readonly review?: LocalDate | undefined;
  readonly reviewOverdue: boolean;
}

export interface IssueFact {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly severity: IssueSeverity;
  readonly owner?: string | undefined;
  readonly raised?: LocalDate | undefined;
  readonly due?: LocalDate | undefined;
  readonly overdue: boolean;
  readonly escalation: EscalationLevel;
  /** Names of the tasks it holds up. */
  readonly tasks: readonly string[];
}

export interface DependencyFact {
  readonly id: string;
  readonly name: string;
  readonly provider: string;
  readonly owner?: string | undefined;
  readonly needed: LocalDate;
  readonly expected?: LocalDate | undefined;
  /** Names of the tasks that wait for it. */
  readonly tasks: readonly string[];
  readonly critical: boolean;
}

export interface AssumptionFact {
  readonly id: string;
  readonly name: string;
  readonly owner?: string | undefined;
  readonly validateBy: LocalDate;
}

export interface DecidedChange {
  readonly id: string;
  readonly name: string;
  readonly requester: string;
  readonly reason: string;
  readonly decidedOn: LocalDate;
  readonly by: string;
  readonly why: string;
  readonly finishDays: number;
  readonly finishAfter: string;
  readonly costDelta: number;
}

export interface PendingChange {
  readonly id: string;
  readonly name: string;
  readonly requester: string;
  readonly reason: string;
  /** What approving it would do now; absent when its edits cannot be scheduled. */
  readonly impact?: { readonly finishDays: number; readonly finishAfter: string; readonly costDelta: number };
}

/** The project's earned value figures the report uses, as `earnedValue` gives them. */
export type EvmFacts = Pick<EvmMetrics, "PV" | "EV" | "AC" | "BAC" | "EAC" | "VAC" | "SPI" | "CPI"> & {
  /** Money (the baseline has costs) or hours (it has none). */
  readonly basis: EvmBasis;
};

/** Everything the RAG rules and the report's sections are built from. */
export interface StatusFacts {
  readonly project: string;
  readonly asOf: LocalDate;
  readonly period: { readonly from: LocalDate; readonly to: LocalDate; readonly days: number };
  readonly nextUpdate: LocalDate;
  readonly start: string;
  readonly finish: string;
  /** Name of the baseline compared against; null when there is none. */
  readonly baseline: string | null;
  readonly baselineFinish: string | null;
  readonly finishVarianceDays: number | null;
  readonly tasks: readonly TaskFact[];
  readonly deadlines: readonly DeadlineFact[];
  /** The least room left before a deadline of unfinished work, in working days; null without deadlines. */
  readonly criticalFloatDays: number | null;
  /** Percent complete of the leaf tasks weighted by baseline (else current) duration, 0 to 100; null when nothing has a duration. */
  readonly percentComplete: number | null;
  /** The same share the baseline has done by now; null without a baseline. */
  readonly plannedPercentComplete: number | null;
  /** Earned value against the baseline; null without one, or when it cannot be measured (`evmProblem` says why). */
  readonly evm: EvmFacts | null;
  readonly evmProblem: string | null;
  readonly risks: readonly RiskFact[];
  readonly issues: readonly IssueFact[];
  readonly lateDependencies: readonly DependencyFact[];
  /** Awaited dependencies expected in the next period. */
  readonly arrivingDependencies: readonly DependencyFact[];
  readonly overdueAssumptions: readonly AssumptionFact[];
  readonly approvedChanges: readonly DecidedChange[];
  readonly pendingChanges: readonly PendingChange[];
  /** Names of tasks added, and ids of tasks removed, since the baseline that no approved change request explains. */
  readonly unapprovedScope: { readonly added: readonly string[]; readonly removed: readonly string[] };
  readonly forecast: ForecastResult | null;
}

export interface FactsInput {
  readonly plan: Plan;
  readonly schedule: PlanSchedule;
  readonly baseline?: Baseline | undefined;
  /** `YYYY-MM-DD` (the end of that day) or a date-time. */
  readonly asOf: string;
  /** Calendar days in a reporting period. */
  readonly periodDays: number;
  readonly forecast?: ForecastResult | undefined;
}

const isComplete = (t: Task) => t.actualFinish !== undefined || (t.percentComplete ?? 0) >= 100;

/** Gathers the numbers of a status report from the plan, its schedule, a baseline, EVM and a forecast. */
export function statusFacts(input: FactsInput): StatusFacts {
  const { plan, schedule, baseline } = input;
  const asOf = dayOf(input.asOf);
  const now = asOfMoment(input.asOf);
  const calendars = new PlanCalendars(plan);
  const perDay = schedule.project.minutesPerDay;
  const workingDays = (from: string, to: number) =>
    Math.round(((calendars.project.toWork(to) - calendars.project.toWork(parseWall(from))) / perDay) * 10) /
    10;

  const variance: BaselineVariance | null =
    baseline === undefined ? null : baselineVariance(plan, schedule, baseline);
  const varied = new Map(variance?.tasks.map((v) => [v.id, v]));
  const saved = new Map(baseline?.tasks.map((t) => [t.id, t]));
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const names = new Map(plan.tasks.map((t) => [t.id, t.name]));
  const people = new Map((plan.resources ?? []).map((r) => [r.id, r.name]));
  const owners = new Map<string, string[]>();
  for (const a of plan.assignments ?? []) {
    owners.set(a.task, [...(owners.get(a.task) ?? []), people.get(a.resource) ?? a.resource]);
  }
  // Nobody is assigned to a milestone: whoever does the work that leads into it answers for it.
  for (const link of plan.links) {
    const to = scheduled.get(link.to);
    if (to?.kind !== "milestone" || plan.assignments?.some((a) => a.task === link.to)) continue;
    const from = plan.assignments?.filter((a) => a.task === link.from) ?? [];
    const workers = from.map((a) => people.get(a.resource) ?? a.resource);
    owners.set(link.to, [...new Set([...(owners.get(link.to) ?? []), ...workers])]);
  }

  const tasks: TaskFact[] = [];
  let weight = 0;
  let done = 0;
  let plannedWeight = 0;
  let plannedDone = 0;
  for (const task of plan.tasks) {
    const s: TaskResult | undefined = scheduled.get(task.id);
    if (s === undefined || s.kind === "summary") continue;
    const complete = isComplete(task);
    const percent = complete ? 100 : (task.percentComplete ?? 0);
    const started = complete || percent > 0 || task.actualStart !== undefined;
    const b = saved.get(task.id);
    const v = varied.get(task.id);
    const calendar = calendars.get(task.calendar);
    let plannedPercent: number | undefined;
    if (b !== undefined) {
      const from = calendar.toWork(parseWall(b.start));
      const to = calendar.toWork(parseWall(b.finish));
      const at = calendar.toWork(now);
      plannedPercent =
        to <= from ? (at >= to ? 100 : 0) : Math.min(100, Math.max(0, ((at - from) / (to - from)) * 100));
      if (s.kind === "task") {
        plannedWeight += b.durationMinutes;
        plannedDone += (b.durationMinutes * plannedPercent) / 100;
      }
    }
    if (s.kind === "task") {
      // Weighed as the plan is, so that done and planned compare; progress stretches current durations.
      const w = b?.durationMinutes ?? s.durationMinutes;
      weight += w;
      done += (w * percent) / 100;
    }
    const due = b?.finish ?? s.finish;
    tasks.push({
      id: task.id,
      name: task.name,
      milestone: s.kind === "milestone",
      owners: owners.get(task.id) ?? [],
      percentComplete: percent,
      started,
      complete,
      finishedOn: complete ? dayOf(task.actualFinish ?? s.finish) : undefined,
      start: s.start,
      finish: s.finish,
      baselineStart: b?.start,
      baselineFinish: b?.finish,
      finishDays: v?.finishDays,
      plannedPercent,
      critical: s.critical,
      deadline: task.deadline,
      overdue: !complete && parseWall(due) < now,
      due,
    });
  }

  const deadlines: DeadlineFact[] = tasks
    .filter((t) => t.deadline !== undefined && !t.complete)
    .map((t) => ({
      id: t.id,
      name: t.name,
      deadline: t.deadline as LocalDate,
      finish: t.finish,
      slackDays: workingDays(t.finish, parseWall(t.deadline as LocalDate, true)),
    }));

  const scales = riskScales(plan);
  const maxExposure = scales.probability.length * scales.impact.length;
  const risks: RiskFact[] = (plan.risks ?? [])
    .filter((r) => r.status === "open" && r.kind === "threat")
    .map((r) => {
      const value = exposure(r);
      const actions = r.actions ?? [];
      return {
        id: r.id,
        name: r.name,
        owner: r.owner,
        exposure: value,
        maxExposure,
        band: exposureBand(value, scales),
        probabilityLabel: scales.probability[r.probability - 1]?.label ?? String(r.probability),
        impactLabel: scales.impact[r.impact - 1]?.label ?? String(r.impact),
        effect: r.effect,
        strategy: r.strategy,
        nextAction: actions.find((a) => a.done !== true),
        actions,
        review: r.review,
        reviewOverdue: r.review !== undefined && r.review < asOf,
      };
    })
    .sort((a, b) => b.exposure - a.exposure || (a.id < b.id ? -1 : 1));

  const taskNames = (ids: readonly string[] | undefined) => (ids ?? []).map((id) => names.get(id) ?? id);
  const issues: IssueFact[] = (plan.issues ?? [])
    .filter((i) => i.status === "open")
    .map((i) => ({
      id: i.id,
      name: i.name,
      description: i.description,
      severity: i.severity,
      owner: i.owner,
      raised: i.raised,
      due: i.due,
      overdue: i.due !== undefined && i.due < asOf,
      escalation: i.escalation,
      tasks: taskNames(i.tasks),
    }));

  const nextUpdate = addDays(asOf, input.periodDays);
  const dependencyFact = (d: NonNullable<Plan["dependencies"]>[number]): DependencyFact => ({
    id: d.id,
    name: d.name,
    provider: d.provider,
    owner: d.owner,
    needed: d.needed,
    expected: d.expected,
    tasks: taskNames(d.tasks),
    critical: d.tasks.some((id) => scheduled.get(id)?.critical === true),
  });
  const waiting = (plan.dependencies ?? []).filter((d) => d.status === "waiting");
  const lateDependencies = waiting
    .filter((d) => d.needed < asOf || (d.expected !== undefined && d.expected > d.needed))
    .map(dependencyFact);
  const arrivingDependencies = waiting
    .filter((d) => {
      const when = d.expected ?? d.needed;
      return when > asOf && when <= nextUpdate;
    })
    .map(dependencyFact);

  const overdueAssumptions: AssumptionFact[] = (plan.assumptions ?? []).flatMap((a) =>
    a.status === "unvalidated" && a.validateBy !== undefined && a.validateBy < asOf
      ? [{ id: a.id, name: a.name, owner: a.owner, validateBy: a.validateBy }]
      : [],
  );

  const from = addDays(asOf, 1 - input.periodDays);
  const changes = plan.changes ?? [];
  const approvedChanges = changes.flatMap((c): DecidedChange[] => {
    const d = c.decision;
    if (c.status !== "approved" || d === undefined) return [];
    const decidedOn = dayOf(d.at);
    if (decidedOn < from || decidedOn > asOf) return [];
    return [
      {
        id: c.id,
        name: c.name,
        requester: c.requester,
        reason: c.reason,
        decidedOn,
        by: d.by,
        why: d.why,
        finishDays: d.impact.finishDays,
        finishAfter: d.impact.finishAfter,
        costDelta: cents(d.impact.costAfter - d.impact.costBefore),
      },
    ];
  });
  const pendingChanges = changes.filter((c) => c.status === "submitted").map((c) => pendingChange(plan, c));

  return {
    project: plan.project.name,
    asOf,
    period: { from, to: asOf, days: input.periodDays },
    nextUpdate,
    start: schedule.project.start,
    finish: schedule.project.finish,
    baseline: baseline?.name ?? null,
    baselineFinish: variance?.project.baselineFinish || null,
    finishVarianceDays: variance === null ? null : variance.project.finishDays,
    tasks,
    deadlines,
    criticalFloatDays: deadlines.length === 0 ? null : Math.min(...deadlines.map((d) => d.slackDays)),
    percentComplete: weight === 0 ? null : Math.round((done / weight) * 1000) / 10,
    plannedPercentComplete:
      plannedWeight === 0 ? null : Math.round((plannedDone / plannedWeight) * 1000) / 10,
    ...measureEarnedValue(input),
    risks,
    issues,
    lateDependencies,
    arrivingDependencies,
    overdueAssumptions,
    approvedChanges,
    pendingChanges,
    unapprovedScope: unapprovedScope(variance, changes, names),
    forecast: input.forecast ?? null,
  };
}

/** What a submitted change request would do if approved now. */
function pendingChange(plan: Plan, c: ChangeRequest): PendingChange {
  const impact = changeImpact(plan, c.edits);
  return {
    id: c.id,
    name: c.name,
    requester: c.requester,
    reason: c.reason,
    ...(impact.schedulable && {
      impact: {
        finishDays: impact.finish.days,
        finishAfter: impact.finish.after,
        costDelta: impact.cost.delta,
      },
    }),
  };
}

/** Tasks added or removed since the baseline whose change no approved request's edits made. */
function unapprovedScope(
  variance: BaselineVariance | null,
  changes: readonly ChangeRequest[],
  names: ReadonlyMap<string, string>,
) {
  if (variance === null) return { added: [], removed: [] };
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const c of changes) {
    if (c.status !== "approved") continue;
    for (const e of c.edits) {
      if (e.op === "addTask") added.add(e.task.id);
      if (e.op === "removeTask") removed.add(e.id);
    }
  }
  return {
    added: variance.added.filter((id) => !added.has(id)).map((id) => names.get(id) ?? id),
    removed: variance.removed.filter((id) => !removed.has(id)),
  };
}

function measureEarnedValue(input: FactsInput): { evm: EvmFacts | null; evmProblem: string | null } {
  if (input.baseline === undefined) return { evm: null, evmProblem: null };
  try {
    const { basis, project } = earnedValue(input.plan, input.baseline, { asOf: input.asOf });
    const { PV, EV, AC, BAC, EAC, VAC, SPI, CPI } = project;
    return { evm: { basis, PV, EV, AC, BAC, EAC, VAC, SPI, CPI }, evmProblem: null };
  } catch (error) {
    if (error instanceof EvmError) return { evm: null, evmProblem: error.message };
    throw error;
  }
}
