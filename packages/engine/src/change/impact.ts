import type { ImpactFigures, Plan, PlanEdit } from "@keel/model";
import { schedulePlan } from "../cpm/scheduler.js";
import { runForecast } from "../forecast/summary.js";
import type { ForecastOptions } from "../forecast/types.js";
import { PlanError, type Problem } from "../problem.js";
import { PlanCalendars } from "../resources/availability.js";
import { type OverAllocation, resourceLoad } from "../resources/load.js";
import type { PlanSchedule, TaskResult } from "../result.js";
import { parseWall } from "../time.js";
import { applyEdits, type StaleEdit } from "./apply-edits.js";
import { cents, planCost } from "./plan-cost.js";

export interface ChangeImpactOptions {
  /** Also compare the P80 finish, with a Monte Carlo forecast of each side on the same seed. */
  readonly forecast?: Pick<ForecastOptions, "iterations" | "seed" | "distribution" | "uncertainty">;
}

/** A date before and after the change; `days` is the move in working days of the project calendar. */
export interface DateShift {
  readonly before: string;
  readonly after: string;
  readonly days: number;
}

export interface MilestoneShift {
  readonly id: string;
  readonly name: string;
  /** Absent when the change adds the milestone. */
  readonly before?: string | undefined;
  /** Absent when the change removes the milestone. */
  readonly after?: string | undefined;
  /** Working days the finish moves; 0 when the milestone is added or removed. */
  readonly days: number;
}

export interface DeadlineShift {
  readonly id: string;
  readonly name: string;
  /** The deadline after the change (before it, when the change removes the task). */
  readonly deadline: string;
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly missedBefore: boolean;
  readonly missedAfter: boolean;
}

/** The fork cannot be scheduled (an edit makes a cycle, say): the problems say why. */
export interface UnschedulableChange {
  readonly schedulable: false;
  readonly stale: readonly StaleEdit[];
  readonly problems: readonly Problem[];
}

export interface ScheduledChange {
  readonly schedulable: true;
  readonly stale: readonly StaleEdit[];
  /** Always empty: the fork schedules. */
  readonly problems: readonly Problem[];
  readonly finish: DateShift;
  /** Only when a forecast was asked for. */
  readonly p80?: DateShift | undefined;
  readonly cost: { readonly before: number; readonly after: number; readonly delta: number };
  /** Critical leaf tasks and milestones, in plan order. */
  readonly criticalPath: {
    readonly before: readonly string[];
    readonly after: readonly string[];
    readonly added: readonly string[];
    readonly removed: readonly string[];
  };
  /** Milestones that move, or that the change adds or removes. */
  readonly milestones: readonly MilestoneShift[];
  /** Tasks with a deadline that move, or whose deadline or missed state changes. */
  readonly deadlines: readonly DeadlineShift[];
  /** Over-allocations (a resource over a run of days) the change creates; empty without resources. */
  readonly overAllocations: readonly OverAllocation[];
  readonly figures: ImpactFigures;
}

export type ChangeImpact = ScheduledChange | UnschedulableChange;

/**
 * The impact analysis of a change request: the plan against its fork (the plan with the edits
 * that still apply). Throws PlanError when the plan itself cannot be scheduled (or forecast); when the
 * fork cannot, returns its problems instead, so the caller can show why.
 */
export function changeImpact(
  plan: Plan,
  edits: readonly PlanEdit[],
  options: ChangeImpactOptions = {},
): ChangeImpact {
  const { plan: fork, stale } = applyEdits(plan, edits);
  const before = schedulePlan(plan);
  const p80Before = options.forecast && runForecast(plan, options.forecast).finish.p80;
  let after: PlanSchedule;
  let p80After: string | undefined;
  try {
    after = schedulePlan(fork);
    p80After = options.forecast && runForecast(fork, options.forecast).finish.p80;
  } catch (error) {
    if (error instanceof PlanError) return { schedulable: false, stale, problems: error.problems };
    throw error;
  }

  const calendar = new PlanCalendars(plan).project;
  const perDay = before.project.minutesPerDay;
  // Rounded like durationWorkingDays; a finish at the end of one day and the start of the next are 0 apart.
  const days = (from: string, to: string) =>
    Math.round(((calendar.toWork(parseWall(to)) - calendar.toWork(parseWall(from))) / perDay) * 100) / 100;
  const shift = (from: string, to: string): DateShift => ({ before: from, after: to, days: days(from, to) });
  const finish = shift(before.project.finish, after.project.finish);
  const p80 = p80Before !== undefined && p80After !== undefined ? shift(p80Before, p80After) : undefined;
  const costBefore = planCost(plan, before);
  const costAfter = planCost(fork, after);

  const criticalBefore = criticalLeaves(before);
  const criticalAfter = criticalLeaves(after);
  const inBefore = new Set(criticalBefore);
  const inAfter = new Set(criticalAfter);

  const milestones: MilestoneShift[] = [];
  const deadlines: DeadlineShift[] = [];
  for (const { id, name, b, a } of pairTasks(before, after)) {
    const moved = b?.finish !== a?.finish;
    if ((b?.kind === "milestone" || a?.kind === "milestone") && moved) {
      const delta = a !== undefined && b !== undefined ? days(b.finish, a.finish) : 0;
      milestones.push({ id, name, before: b?.finish, after: a?.finish, days: delta });
    }
    const deadline = a?.deadline ?? b?.deadline;
    const missedBefore = b?.deadlineMissed === true;
    const missedAfter = a?.deadlineMissed === true;
    if (deadline !== undefined && (moved || missedBefore !== missedAfter || b?.deadline !== a?.deadline)) {
      deadlines.push({ id, name, deadline, before: b?.finish, after: a?.finish, missedBefore, missedAfter });
    }
  }

  return {
    schedulable: true,
    stale,
    problems: [],
    finish,
    ...(p80 && { p80 }),
    cost: { before: costBefore, after: costAfter, delta: cents(costAfter - costBefore) },
    criticalPath: {
      before: criticalBefore,
      after: criticalAfter,
      added: criticalAfter.filter((id) => !inBefore.has(id)),
      removed: criticalBefore.filter((id) => !inAfter.has(id)),
    },
    milestones,
    deadlines,
    overAllocations: newOverAllocations(plan, before, fork, after),
    figures: {
      finishBefore: finish.before,
      finishAfter: finish.after,
      finishDays: finish.days,
      ...(p80 && { p80Before: p80.before, p80After: p80.after, p80Days: p80.days }),
      costBefore,
      costAfter,
    },
  };
}

const criticalLeaves = (s: PlanSchedule) =>
  s.tasks.filter((t) => t.critical && t.kind !== "summary").map((t) => t.id);

interface TaskPair {
  readonly id: string;
  readonly name: string;
  readonly b?: TaskResult | undefined;
  readonly a?: TaskResult | undefined;
}

/** Every task of either schedule with its results before and after: the fork's order, then removed tasks. */
function pairTasks(before: PlanSchedule, after: PlanSchedule): TaskPair[] {
  const old = new Map(before.tasks.map((t) => [t.id, t]));
  const kept = new Set(after.tasks.map((t) => t.id));
  return [
    ...after.tasks.map((t) => ({ id: t.id, name: t.name, b: old.get(t.id), a: t })),
    ...before.tasks.filter((t) => !kept.has(t.id)).map((t) => ({ id: t.id, name: t.name, b: t })),
  ];
}

/** Over-allocations after the change that were not there before, matched by resource and days. */
function newOverAllocations(
  plan: Plan,
  before: PlanSchedule,
  fork: Plan,
  after: PlanSchedule,
): OverAllocation[] {
  if ((fork.resources ?? []).length === 0) return [];
  const key = (o: OverAllocation) => `${o.resource}\u0000${o.from}\u0000${o.to}`;
  const existing = new Set(resourceLoad(plan, before).overAllocations.map(key));
  return resourceLoad(fork, after).overAllocations.filter((o) => !existing.has(key(o)));
}
