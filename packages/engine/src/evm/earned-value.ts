import {
  type Baseline,
  type BaselineTask,
  isLocalDate,
  isLocalDateTime,
  type Plan,
  type Task,
} from "@keel/model";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import { hourlyRates } from "../change/plan-cost.js";
import { durationMinutes } from "../network/compile.js";
import { workUnitsByTask } from "../network/work-units.js";
import { PlanCalendars } from "../resources/availability.js";
import { formatWall, parseWall, type WallMinute } from "../time.js";
import { defaultBasis, type EvmBasis, taskBudget } from "./budget.js";
import { type CurvePoint, type ReportedPoint, sCurve } from "./curve.js";
import { earnedSchedule } from "./earned-schedule.js";
import { type EvmMetrics, evmMetrics } from "./metrics.js";
import { Outline } from "./outline.js";
import { type EvmPeriod, PeriodGrid } from "./periods.js";
import { plannedValue } from "./planned-value.js";
import { EvmError, type EvmProblem } from "./problems.js";
import { leafValues } from "./task-status.js";

/** EV and AC from an earlier status report, as of its status date. */
export interface EvmSnapshot {
  readonly asOf: string;
  readonly ev: number;
  readonly ac: number;
}

export interface EarnedValueOptions {
  /**
   * The status date: `YYYY-MM-DD` (the end of that day, as MS Project reads a status date) or a
   * date-time; the project's status date when absent.
   */
  readonly asOf?: string | undefined;
  /** The period of earned schedule and the curves: working days (default) or weeks. */
  readonly period?: EvmPeriod | undefined;
  /** Cost when any baselined task has a cost, else hours, unless given. */
  readonly basis?: EvmBasis | undefined;
  /** Earlier status reports, placed on the project curve beside the current point. */
  readonly history?: readonly EvmSnapshot[] | undefined;
}

export interface EvmTaskRow extends EvmMetrics {
  readonly id: string;
  readonly name: string;
  /** A summary task: its figures roll up its subtree. */
  readonly summary: boolean;
  /** A summary task's S-curve (leaf tasks have none). */
  readonly curve?: readonly CurvePoint[] | undefined;
}

export interface EarnedValue {
  readonly asOf: string;
  readonly basis: EvmBasis;
  readonly period: EvmPeriod;
  /** The first baselined moment (period 0) and the last. */
  readonly baselineStart: string;
  readonly baselineFinish: string;
  /** Planned duration (PD) in periods. */
  readonly plannedDuration: number;
  readonly project: EvmMetrics;
  /** Every task in outline order. */
  readonly tasks: readonly EvmTaskRow[];
  /** The project's S-curve, to the later of the baseline finish and the status date. */
  readonly curve: readonly CurvePoint[];
  /** Leaf tasks the baseline does not have (added after it): they have no budget. */
  readonly unbaselined: readonly string[];
  readonly warnings: readonly EvmProblem[];
}

/** Sums over a subtree: the measured figures, its baselined time span, and PV per period boundary. */
interface Rollup {
  PV: number;
  EV: number;
  AC: number;
  BAC: number;
  remaining: number;
  start: number;
  finish: number;
  readonly pv: Float64Array;
}

const isDate = (text: string) => isLocalDate(text) || isLocalDateTime(text);

function checkInputs(plan: Plan, baseline: Baseline, options: EarnedValueOptions): string {
  const problems: EvmProblem[] = [];
  if (baseline.tasks.length === 0) {
    problems.push({
      code: "empty-baseline",
      message: `baseline "${baseline.name}" has no tasks: save a baseline of the scheduled plan first`,
    });
  }
  const asOf = options.asOf ?? plan.project.statusDate;
  if (asOf === undefined) {
    problems.push({
      code: "no-status-date",
      message: "no status date: set the project's statusDate or give an as-of date",
    });
  }
  for (const text of [asOf, ...(options.history ?? []).map((h) => h.asOf)]) {
    if (text !== undefined && !isDate(text)) {
      problems.push({
        code: "bad-date",
        message: `"${text}" is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)`,
      });
    }
  }
  if (problems.length > 0 || asOf === undefined) throw new EvmError(problems);
  return asOf;
}

/** Leaf tasks the baseline lacks, and what the budget leaves out, as warnings. */
function coverage(
  plan: Plan,
  leaves: readonly Task[],
  baseline: Baseline,
  baseOf: ReadonlyMap<string, BaselineTask>,
  basis: EvmBasis,
): { unbaselined: string[]; warnings: EvmProblem[] } {
  const warnings: EvmProblem[] = [];
  const unbaselined: string[] = [];
  for (const t of leaves) {
    const base = baseOf.get(t.id);
    if (base === undefined) {
      unbaselined.push(t.id);
      warnings.push({
        code: "unbaselined-task",
        taskId: t.id,
        message: `task "${t.id}" is not in baseline "${baseline.name}": it has no budget and earns nothing, but its actual cost counts`,
      });
    } else if (basis === "cost" && base.cost === undefined) {
      warnings.push({
        code: "no-baseline-cost",
        taskId: t.id,
        message: `task "${t.id}" has no cost in baseline "${baseline.name}": its budget is 0 (save a baseline with costs, or use the hours basis)`,
      });
    }
  }
  const inPlan = new Set(plan.tasks.map((t) => t.id));
  for (const b of baseline.tasks) {
    if (!inPlan.has(b.id)) {
      warnings.push({
        code: "not-in-plan",
        taskId: b.id,
        message: `baseline "${baseline.name}" has task "${b.id}", which the plan no longer has: its budget is left out`,
      });
    }
  }
  return { unbaselined, warnings };
}

/**
 * Earned value of a plan against a baseline as of a status date: PV, EV, AC and what derives from
 * them (see `EvmMetrics`), for the project and every task (summary tasks roll up their subtree),
 * with S-curves of PV per period and EV/AC where progress is known.
 *
 * The budget is the baseline cost, or planned hours (`basis`). PV spreads each leaf task's budget
 * evenly over its baseline working time. EV is budget × percent complete. Earned schedule counts
 * in working days (or weeks) on the project calendar from the baseline start. The bottom-up EAC
 * prices each task's remaining work (see `leafValues`) as the scheduler reads it; no schedule is
 * needed, since its spans include any wait after the status date, which is not work.
 *
 * Throws `EvmError` when the baseline is empty or shares no task with the plan, or there is no
 * status date.
 */
export function earnedValue(plan: Plan, baseline: Baseline, options: EarnedValueOptions = {}): EarnedValue {
  const asOf = checkInputs(plan, baseline, options);
  const outline = new Outline(plan.tasks);
  const leaves = plan.tasks.filter((t) => !outline.summaries.has(t.id));
  const baseOf = new Map(baseline.tasks.map((b) => [b.id, b]));
  const basis = options.basis ?? defaultBasis(leaves, baseOf);
  const period = options.period ?? "day";

  const { unbaselined, warnings } = coverage(plan, leaves, baseline, baseOf, basis);

  const calendars = new PlanCalendars(plan);
  let origin = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const t of leaves) {
    const base = baseOf.get(t.id);
    if (base === undefined) continue;
    origin = Math.min(origin, parseWall(base.start));
    end = Math.max(end, parseWall(base.finish, true));
  }
  if (origin > end) {
    throw new EvmError([
      {
        code: "no-baselined-task",
        message: `no task of baseline "${baseline.name}" is a task of the plan: earned value has nothing to measure`,
      },
    ]);
  }
  const asOfWall = parseWall(asOf, true);
  const history = (options.history ?? []).map((h) => ({ ...h, wall: parseWall(h.asOf, true), pv: 0 }));
  const until = Math.max(end, asOfWall, ...history.map((h) => h.wall)) as WallMinute;
  const grid = new PeriodGrid(calendars.project, origin as WallMinute, until, period);
  const boundaries = grid.length + 1;

  const rollup = (): Rollup => ({
    PV: 0,
    EV: 0,
    AC: 0,
    BAC: 0,
    remaining: 0,
    start: Number.POSITIVE_INFINITY,
    finish: Number.NEGATIVE_INFINITY,
    pv: new Float64Array(boundaries),
  });
  const project = rollup();
  const summaries = new Map([...outline.summaries].map((id) => [id, rollup()]));
  const leafRows = new Map<string, EvmMetrics>();

  // Working minute of every period boundary, per calendar the leaf tasks use.
  const boundaryWork = new Map<WorkCalendar, Float64Array>();
  const workOf = (cal: WorkCalendar) => {
    let work = boundaryWork.get(cal);
    if (work === undefined) {
      work = Float64Array.from(grid.walls, (w) => cal.toWork(w));
      boundaryWork.set(cal, work);
    }
    return work;
  };

  const rates = hourlyRates(plan);
  const units = workUnitsByTask(plan, []);
  const perDay = plan.project.hoursPerDay
    ? Math.round(plan.project.hoursPerDay * 60)
    : calendars.project.normalDayMinutes();
  const perWeek = plan.project.hoursPerWeek
    ? Math.round(plan.project.hoursPerWeek * 60)
    : perDay * calendars.project.workingDaysPerWeek();
  const metricsOf = (r: Rollup) => {
    const dated = r.start <= r.finish;
    const startAt = dated ? grid.position(r.start as WallMinute) : 0;
    const PD = dated ? grid.position(r.finish as WallMinute) - startAt : 0;
    const onAxis = earnedSchedule(r.pv.subarray(1), r.EV);
    return evmMetrics({
      ...r,
      ES: onAxis === null ? null : Math.min(PD, Math.max(0, onAxis - startAt)),
      AT: dated ? Math.max(0, grid.position(asOfWall) - startAt) : 0,
      PD,
    });
  };

  for (const t of leaves) {
    const base = baseOf.get(t.id);
    const budget = base === undefined ? 0 : taskBudget(base, basis);
    const own = rollup();
    const values = leafValues({
      task: t,
      basis,
      budget,
      base,
      plannedMinutes: plannedMinutes(t, units.get(t.id), perDay, perWeek),
      remainingMinutes: t.remainingDuration && durationMinutes(t.remainingDuration, perDay, perWeek),
      hourlyRate: rates.get(t.id),
      workUnits: units.get(t.id) ?? 1,
    });
    own.EV = values.EV;
    own.AC = values.AC;
    own.remaining = values.remaining;
    own.BAC = budget;
    if (base !== undefined) {
      const cal = calendars.get(t.calendar);
      own.start = parseWall(base.start);
      own.finish = parseWall(base.finish, true);
      const from = cal.toWork(own.start);
      const to = cal.toWork(own.finish);
      own.PV = plannedValue(budget, from, to, cal.toWork(asOfWall));
      for (const h of history) h.pv += plannedValue(budget, from, to, cal.toWork(h.wall));
      if (budget > 0) {
        const work = workOf(cal);
        for (let k = 0; k < boundaries; k++) own.pv[k] = plannedValue(budget, from, to, work[k] as number);
      }
    }
    leafRows.set(t.id, metricsOf(own));
    for (const id of outline.ancestors(t.id)) add(summaries.get(id) as Rollup, own);
    add(project, own);
  }

  const dates = grid.walls.map(formatWall);
  const atPeriod = grid.position(asOfWall);
  const statusDate = formatWall(calendars.project.prevFinish(asOfWall));
  const curveOf = (r: Rollup, earlier: readonly ReportedPoint[]) =>
    sCurve(r.pv, dates, [...earlier, { date: statusDate, period: atPeriod, pv: r.PV, ev: r.EV, ac: r.AC }]);

  return {
    asOf,
    basis,
    period,
    baselineStart: formatWall(origin as WallMinute),
    baselineFinish: formatWall(end as WallMinute),
    plannedDuration: grid.position(end as WallMinute),
    project: metricsOf(project),
    tasks: plan.tasks.map((t): EvmTaskRow => {
      const r = summaries.get(t.id);
      if (r === undefined)
        return { id: t.id, name: t.name, summary: false, ...(leafRows.get(t.id) as EvmMetrics) };
      return { id: t.id, name: t.name, summary: true, ...metricsOf(r), curve: curveOf(r, []) };
    }),
    curve: curveOf(
      project,
      history.map((h) => ({
        date: formatWall(calendars.project.prevFinish(h.wall)),
        period: grid.position(h.wall),
        pv: h.pv,
        ev: h.ev,
        ac: h.ac,
      })),
    ),
    unbaselined,
    warnings,
  };
}

/** A leaf's duration as `compileNetwork` derives it: an effort-driven task's work over its units. */
function plannedMinutes(t: Task, units: number | undefined, perDay: number, perWeek: number): number {
  if (t.milestone) return 0;
  const minutes = durationMinutes(t.work ?? t.duration, perDay, perWeek);
  return Math.round(t.work && units ? minutes / units : minutes);
}

function add(to: Rollup, from: Rollup): void {
  to.PV += from.PV;
  to.EV += from.EV;
  to.AC += from.AC;
  to.BAC += from.BAC;
  to.remaining += from.remaining;
  to.start = Math.min(to.start, from.start);
  to.finish = Math.max(to.finish, from.finish);
  for (let k = 0; k < to.pv.length; k++) to.pv[k] = (to.pv[k] as number) + (from.pv[k] as number);
}
