import { type Lag, type Plan, type Task, WEEKDAYS } from "@keel/model";
import { schedulePlan } from "../cpm/scheduler.js";
import {
  type LevelingDemand,
  type LevelingEdge,
  type LevelingSolution,
  levelResources,
} from "../leveling/index.js";
import { LevelingInputError } from "../leveling/problem.js";
import { durationMinutes } from "../network/compile.js";
import { PlanError, type Problem } from "../problem.js";
import type { PlanSchedule } from "../result.js";
import { formatWall, MINUTES_PER_DAY, parseWall, type WallMinute, weekdayOf } from "../time.js";
import { PlanCalendars } from "./availability.js";

export interface PlanLevelingOptions {
  /** `delay` (default): MS Project-like, only delays; `optimise`: searches for the shortest finish. */
  readonly mode?: "delay" | "optimise";
  readonly seed?: number;
  readonly budgetMs?: number;
  /** A clock in ms for the budget, injected by the caller. */
  readonly now?: () => number;
  readonly maxSchedules?: number;
  /** Level within available float only: no task finishes later than its late dates allow. */
  readonly withinFloat?: boolean;
}

/** A task leveling moved, and why. */
export interface LevelingMove {
  readonly task: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  /** Working minutes on the project calendar. */
  readonly delayMinutes: number;
  /** Such as "`build` +3d: alice is on `migrate` 2027-02-03 to 2027-02-05". */
  readonly reason: string;
}

export interface PlanLeveling {
  readonly mode: "delay" | "optimise";
  /** The plan with leveling applied: each moved task starts no earlier than its leveled start (SNET). */
  readonly plan: Plan;
  readonly schedule: PlanSchedule;
  readonly before: { readonly finish: string };
  readonly moves: readonly LevelingMove[];
  /** What applying the leveling writes: each moved task's start-no-earlier-than date. */
  readonly constraints: readonly { readonly task: string; readonly date: string }[];
  /** Tasks left over-allocated because leveling within float could not fit them. */
  readonly unresolved: readonly string[];
  readonly search: Pick<LevelingSolution, "schedules" | "lowerBound" | "provedOptimal" | "stoppedBy">;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
const day = (t: number) => formatWall(t as WallMinute).slice(0, 10);

/**
 * Levels a plan's work resources: maps its leaf tasks onto the project calendar's working time (in
 * the largest unit that divides every duration, lag and calendar step, so day-based plans solve in
 * days), solves, and writes the result back as start-no-earlier-than constraints on the tasks that
 * moved, each with the reason it moved. Throws PlanError, naming tasks and resources, for demand no
 * resource could ever meet.
 */
export function levelPlan(plan: Plan, options: PlanLevelingOptions = {}): PlanLeveling {
  const mode = options.mode ?? "delay";
  const before = schedulePlan(plan);
  const calendars = new PlanCalendars(plan);
  const project = calendars.project;
  const minutesPerDay = plan.project.hoursPerDay
    ? Math.round(plan.project.hoursPerDay * 60)
    : project.normalDayMinutes();
  const minutesPerWeek = plan.project.hoursPerWeek
    ? Math.round(plan.project.hoursPerWeek * 60)
    : minutesPerDay * project.workingDaysPerWeek();

  // Activities: leaf tasks, on the project calendar's working-minute axis from the project start.
  const origin = project.toWork(parseWall(plan.project.start));
  const at = (wall: string) => project.toWork(parseWall(wall)) - origin;
  const leaves = before.tasks.filter((t) => t.kind !== "summary");
  const index = new Map(leaves.map((t, i) => [t.id, i]));
  const taskOf = new Map(plan.tasks.map((t) => [t.id, t]));
  const start = leaves.map((t) => at(t.start));
  const dur = leaves.map((t) => at(t.finish) - at(t.start));

  const children = new Map<string, string[]>();
  for (const t of plan.tasks) {
    if (t.parent !== null) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
  }
  const leavesUnder = (id: string): number[] => {
    const own = index.get(id);
    if (own !== undefined) return [own];
    return (children.get(id) ?? []).flatMap(leavesUnder);
  };
  const lagMinutes = (lag: Lag, from: number): number => {
    if ("percent" in lag) return Math.round(((dur[from] as number) * lag.percent) / 100);
    const minutes = durationMinutes(lag, minutesPerDay, minutesPerWeek);
    // Elapsed lags count every hour; on the working axis they shrink by the share of working time.
    return lag.elapsed ? Math.round((minutes * minutesPerWeek) / (7 * MINUTES_PER_DAY)) : minutes;
  };
  const edges: LevelingEdge[] = [];
  for (const link of plan.links) {
    for (const f of leavesUnder(link.from)) {
      for (const t of leavesUnder(link.to)) {
        const lag = lagMinutes(link.lag, f);
        const df = dur[f] as number;
        const dt = dur[t] as number;
        const offset = { FS: df, SS: 0, FF: df - dt, SF: -dt }[link.type];
        edges.push({ from: f, to: t, lag: offset + lag });
      }
    }
  }
  // Tasks inside a summary task also wait for what the summary task waits for: its links are
  // expanded above, and its own start constraint is already in each leaf's early start.

  // Resources: full units on the days they work on, none on days off.
  const problems: Problem[] = [];
  const work = (plan.resources ?? []).filter((r) => r.type === "work");
  const resourceIndex = new Map(work.map((r, i) => [r.id, i]));
  const demands: LevelingDemand[] = [];
  for (const a of plan.assignments ?? []) {
    const r = resourceIndex.get(a.resource);
    const activity = index.get(a.task);
    if (r === undefined || activity === undefined) continue;
    const resource = work[r];
    if (resource !== undefined && a.units > resource.maxUnits + 1e-9) {
      problems.push({
        code: "resource-demand",
        severity: "error",
        taskId: a.task,
        resourceId: a.resource,
        message: `task "${a.task}" needs ${percent(a.units)} of "${a.resource}", who has at most ${percent(resource.maxUnits)}`,
      });
    }
    demands.push({ activity, resource: r, units: a.units });
  }
  const lastFinish = Math.max(0, ...start.map((s, i) => s + (dur[i] as number)));
  const horizon = lastFinish + dur.reduce((s, d) => s + d, 0) + 60 * minutesPerDay;
  const firstDay = Math.floor(parseWall(plan.project.start) / MINUTES_PER_DAY);
  /** A step function over the project's working days: `value(day, works)` per day, then `after`. */
  const profile = (value: (day: number) => number, after: number) => {
    const times: number[] = [0];
    const values: number[] = [value(firstDay)];
    for (let d = firstDay, axis = 0; axis < horizon && d < firstDay + 366 * 30; d++) {
      const from = d * MINUTES_PER_DAY;
      const length = project.toWork(from + MINUTES_PER_DAY) - project.toWork(from);
      if (length === 0) continue;
      const v = value(d);
      if (v !== values[values.length - 1]) {
        if (times[times.length - 1] === axis) values[values.length - 1] = v;
        else {
          times.push(axis);
          values.push(v);
        }
      }
      axis += length;
    }
    if (values[values.length - 1] !== after) {
      times.push(horizon);
      values.push(after);
    }
    return { capacity: { times, values } };
  };
  const projectWeek = calendars.weeklyWorkdays(undefined);
  const resources = work.map((resource) => {
    const available = calendars.resource(resource);
    const normalWeek = calendars.weeklyWorkdays(resource.calendar);
    let works = false;
    // A day off (holiday, time off) blocks the person. A weekday outside a part-timer's normal week
    // does not here: tasks on their own calendar do not count it (see `offWeek` below).
    const main = profile((d) => {
      const from = d * MINUTES_PER_DAY;
      const on = available.toWork(from + MINUTES_PER_DAY) > available.toWork(from);
      works ||= on;
      return on || !normalWeek.has(weekdayOf(d)) ? resource.maxUnits : 0;
    }, resource.maxUnits);
    if (!works && demands.some((x) => work[x.resource] === resource)) {
      problems.push({
        code: "resource-demand",
        severity: "error",
        resourceId: resource.id,
        message: `resource "${resource.id}" has no working time on its calendar, so its tasks can never be done`,
      });
    }
    return main;
  });
  // A part-timer's weekdays off, as a second resource that only tasks working those days need: a
  // task on the project calendar cannot have them on a Thursday they never work, a task on their
  // own calendar can span it.
  const offWeekOf = new Map<number, { resource: number; days: number[] }>();
  work.forEach((resource, r) => {
    const normalWeek = calendars.weeklyWorkdays(resource.calendar);
    const days = [...projectWeek].filter((d) => !normalWeek.has(d));
    if (days.length === 0) return;
    offWeekOf.set(r, { resource: resources.length, days });
    resources.push(profile((d) => (days.includes(weekdayOf(d)) ? 0 : resource.maxUnits), resource.maxUnits));
  });
  for (const d of [...demands]) {
    const offWeek = offWeekOf.get(d.resource);
    if (offWeek === undefined) continue;
    const taskWeek = calendars.weeklyWorkdays(taskOf.get(leaves[d.activity]?.id ?? "")?.calendar);
    if (offWeek.days.some((day) => taskWeek.has(day)))
      demands.push({ activity: d.activity, resource: offWeek.resource, units: d.units });
  }
  if (problems.length > 0) throw new PlanError(problems);
  // The same result whatever order the assignments are stored in.
  demands.sort((a, b) => a.activity - b.activity || a.resource - b.resource);

  // The largest time unit that keeps every value whole: days for day-based plans.
  let unit = 0;
  for (const x of [...start, ...dur, ...edges.map((e) => e.lag)]) unit = gcd(unit, Math.round(x));
  for (const r of resources) for (const t of r.capacity.times) unit = gcd(unit, t);
  unit = Math.max(1, unit);
  const scaled = (x: number) => Math.round(x / unit);

  // Work that has started or finished happened where it happened: leveling moves only what is to come.
  const fixedTask = (t: Task | undefined) =>
    t !== undefined &&
    (t.priority === 1000 ||
      t.constraint.type === "MSO" ||
      t.constraint.type === "MFO" ||
      t.actualStart !== undefined ||
      t.actualFinish !== undefined);
  const fixed = leaves.map((t) => fixedTask(taskOf.get(t.id)));
  const latest = latestStarts(
    leaves.length,
    edges,
    leaves.map((t, i) => {
      const c = taskOf.get(t.id)?.constraint;
      let limit = fixed[i] ? (start[i] as number) : Number.POSITIVE_INFINITY;
      if (options.withinFloat) limit = Math.min(limit, at(t.lateStart));
      // Leveling keeps "no later than" dates: a task it cannot fit by then is left unresolved.
      if (c?.type === "SNLT") limit = Math.min(limit, at(c.date));
      if (c?.type === "FNLT") limit = Math.min(limit, at(t.lateFinish) - (dur[i] as number));
      return limit;
    }),
  );
  let solution: LevelingSolution;
  try {
    solution = levelResources(
      {
        durations: dur.map(scaled),
        // Never earlier than unleveled: an ALAP task stays at its late position or after it.
        release: start.map(scaled),
        fixedStart: start.map((x, i) => (fixed[i] ? scaled(x) : -1)),
        latestStart: latest.map((l) => (Number.isFinite(l) ? Math.max(0, Math.floor(l / unit)) : -1)),
        edges: edges.map((e) => ({ ...e, lag: scaled(e.lag) })),
        resources: resources.map((r) => ({
          capacity: { times: r.capacity.times.map(scaled), values: r.capacity.values },
        })),
        demands,
        priority: leaves.map((t) => taskOf.get(t.id)?.priority ?? 500),
      },
      {
        mode,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.budgetMs === undefined ? {} : { budgetMs: options.budgetMs }),
        ...(options.now === undefined ? {} : { now: options.now }),
        ...(options.maxSchedules === undefined ? {} : { maxSchedules: options.maxSchedules }),
      },
    );
  } catch (error) {
    if (error instanceof LevelingInputError) {
      throw new PlanError([{ code: "resource-demand", severity: "error", message: error.message }]);
    }
    throw error;
  }

  // Back to dates: moved tasks get a start-no-earlier-than constraint at their leveled start.
  const leveledStart = (i: number) => (solution.starts[i] as number) * unit;
  const wallStart = (axis: number) => project.toWallStart(axis + origin);
  // Where its predecessors alone put each task after leveling; a task that starts there needs no
  // date of its own (milestones always, and tasks waiting for a moved one), and stays free to move
  // earlier should its predecessors finish sooner.
  const implied = new Float64Array(leaves.length).fill(Number.NEGATIVE_INFINITY);
  for (const e of edges) {
    const t = leveledStart(e.from) + e.lag;
    if (t > (implied[e.to] as number)) implied[e.to] = t;
  }
  const moved = (i: number) => leveledStart(i) > (start[i] as number);
  const drivenByPredecessors = (i: number) => leveledStart(i) <= (implied[i] as number);
  const newStart = new Map<string, string>();
  leaves.forEach((t, i) => {
    if (moved(i) && !drivenByPredecessors(i))
      newStart.set(t.id, formatWall(wallStart(leveledStart(i))).slice(0, 16));
  });
  const leveled: Plan = {
    ...plan,
    tasks: plan.tasks.map((t) => {
      const date = newStart.get(t.id);
      return date === undefined ? t : { ...t, constraint: { type: "SNET", date } };
    }),
  };
  const schedule = schedulePlan(leveled);
  const leveledTask = new Map(schedule.tasks.map((t) => [t.id, t]));
  // Indexes for the reasons, so explaining many moves stays linear in the plan's size.
  const incoming: LevelingEdge[][] = leaves.map(() => []);
  for (const e of edges) (incoming[e.to] as LevelingEdge[]).push(e);
  const demandsOf: LevelingDemand[][] = leaves.map(() => []);
  const usersOf: number[][] = resources.map(() => []);
  for (const d of demands) {
    (demandsOf[d.activity] as LevelingDemand[]).push(d);
    (usersOf[d.resource] as number[]).push(d.activity);
  }

  const moves: LevelingMove[] = [];
  leaves.forEach((t, i) => {
    if (!moved(i)) return;
    const after = leveledTask.get(t.id) ?? t;
    const delay = leveledStart(i) - (start[i] as number);
    moves.push({
      task: t.id,
      name: t.name,
      from: t.start,
      to: after.start,
      delayMinutes: delay,
      reason: `\`${t.id}\` +${formatDelay(delay, minutesPerDay)}: ${reasonFor(i)}`,
    });
  });

  /** What stood in the task's way: a moved predecessor, or a resource busy on other tasks or away. */
  function reasonFor(i: number): string {
    const to = leveledStart(i);
    if (drivenByPredecessors(i)) {
      const driving = (incoming[i] as LevelingEdge[])
        .filter((e) => leveledStart(e.from) + e.lag === to)
        .map((e) => `\`${leaves[e.from]?.id}\``);
      return `waits for ${[...new Set(driving)].join(", ")}, which moved`;
    }
    // From the earliest its predecessors allowed, it could not start until `to`.
    const from = Math.max(start[i] as number, implied[i] as number);
    const causes: string[] = [];
    const calendarCauses: string[] = [];
    const own = demandsOf[i] as LevelingDemand[];
    for (const d of own) {
      const resource = work[d.resource];
      if (resource === undefined) continue;
      const busy = (usersOf[d.resource] as number[])
        .filter((o) => o !== i && leveledStart(o) < to && leveledStart(o) + (dur[o] as number) > from)
        .sort((a, b) => leveledStart(a) - leveledStart(b));
      if (busy.length > 0) {
        const list = busy.slice(0, 2).map((o) => {
          const task = leveledTask.get(leaves[o]?.id ?? "");
          return `\`${leaves[o]?.id}\`${task === undefined ? "" : ` ${dayRange(day(parseWall(task.start)), day(parseWall(task.finish) - 1))}`}`;
        });
        causes.push(
          `${resource.id} is on ${list.join(" and ")}${busy.length > 2 ? ` and ${busy.length - 2} more` : ""}`,
        );
      }
      const offWeek = offWeekOf.get(d.resource);
      if (offWeek !== undefined && own.some((x) => x.resource === offWeek.resource)) {
        const names = offWeek.days.map((x) => WEEKDAYS[x]).join(", ");
        calendarCauses.push(`${resource.id} does not work on ${names}, and this task does`);
      }
      // Time off between the earliest start and the new finish kept the task from fitting unsplit.
      const end = day(wallStart(to + (dur[i] as number)));
      for (const off of resource.timeOff ?? []) {
        if (off.from <= end && off.to >= day(wallStart(from))) {
          causes.push(
            `${resource.id} is off ${dayRange(off.from, off.to)}${off.name === undefined ? "" : ` (${off.name})`}`,
          );
        }
      }
    }
    const all = causes.length > 0 ? causes : calendarCauses;
    return all.length > 0 ? all.join("; ") : "its resources are busy";
  }

  return {
    mode,
    plan: leveled,
    schedule,
    before: { finish: before.project.finish },
    moves,
    constraints: [...newStart].map(([task, date]) => ({ task, date })),
    unresolved: solution.unresolved.map((i) => leaves[i]?.id ?? String(i)),
    search: {
      schedules: solution.schedules,
      lowerBound: solution.lowerBound * unit,
      provedOptimal: solution.provedOptimal,
      stoppedBy: solution.stoppedBy,
    },
  };
}

function dayRange(from: string, to: string): string {
  return from === to ? from : `${from} to ${to}`;
}

/**
 * The latest start of each activity that keeps every later limit reachable through the edges: a
 * task that must not move (or has a no-later-than date) also holds back what leads to it.
 */
function latestStarts(n: number, edges: readonly LevelingEdge[], own: readonly number[]): number[] {
  const latest = [...own];
  const outgoing: LevelingEdge[][] = Array.from({ length: n }, () => []);
  const indegree = new Int32Array(n);
  for (const e of edges) {
    (outgoing[e.from] as LevelingEdge[]).push(e);
    indegree[e.to] = (indegree[e.to] as number) + 1;
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order.push(i);
  for (let k = 0; k < order.length; k++) {
    for (const e of outgoing[order[k] as number] as LevelingEdge[]) {
      indegree[e.to] = (indegree[e.to] as number) - 1;
      if (indegree[e.to] === 0) order.push(e.to);
    }
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k] as number;
    for (const e of outgoing[i] as LevelingEdge[]) {
      const limit = (latest[e.to] as number) - e.lag;
      if (limit < (latest[i] as number)) latest[i] = limit;
    }
  }
  return latest;
}

function percent(units: number): string {
  return `${Math.round(units * 1000) / 10} %`;
}

function formatDelay(minutes: number, minutesPerDay: number): string {
  if (minutes % minutesPerDay === 0) return `${minutes / minutesPerDay}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}min`;
}
