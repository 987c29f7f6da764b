import type { Plan } from "@keel/model";
import type { PlanSchedule } from "../result.js";
import { dayOf, formatWall, MINUTES_PER_DAY, parseWall, type WallMinute, weekdayOf } from "../time.js";
import { PlanCalendars } from "./availability.js";

export type LoadPeriodLength = "day" | "week";

/** One resource in one day or week. Hours are working hours; demand is units × the task's working time. */
export interface LoadPeriod {
  /** First day of the period, `YYYY-MM-DD` (weeks start on Monday). */
  readonly start: string;
  readonly capacityHours: number;
  readonly demandHours: number;
  /** Most units the resource is asked for at one moment. */
  readonly peakUnits: number;
  readonly overAllocated: boolean;
  /** The tasks that load the resource in the period, with their hours, most first. */
  readonly tasks: readonly { readonly id: string; readonly hours: number }[];
}

export interface ResourceLoad {
  readonly id: string;
  readonly name: string;
  readonly group?: string | undefined;
  readonly maxUnits: number;
  readonly capacityHours: number;
  readonly demandHours: number;
  readonly periods: readonly LoadPeriod[];
}

/** A run of days on which a resource is asked for more than it has. */
export interface OverAllocation {
  readonly resource: string;
  readonly from: string;
  /** Last day, inclusive. */
  readonly to: string;
  readonly peakUnits: number;
  /** Demand beyond capacity over the run, in hours. */
  readonly excessHours: number;
  readonly tasks: readonly string[];
}

export interface LoadReport {
  readonly by: LoadPeriodLength;
  readonly from: string;
  readonly to: string;
  readonly resources: readonly ResourceLoad[];
  readonly overAllocations: readonly OverAllocation[];
}

export interface LoadOptions {
  readonly by?: LoadPeriodLength;
  /** First and last day reported (inclusive); default: the project's start and finish. */
  readonly from?: string;
  readonly to?: string;
}

interface Day {
  capacity: number;
  demand: number;
  peak: number;
  tasks: Map<string, number>;
}

const EPSILON = 1e-6;
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
const dateOf = (day: number) => formatWall((day * MINUTES_PER_DAY) as WallMinute).slice(0, 10);

/**
 * Demand against capacity per work resource and period, and the over-allocated days. A day is
 * over-allocated when the resource's tasks need more hours than it works that day (its calendar,
 * days off and max units) or more units at one moment than its max units.
 */
export function resourceLoad(plan: Plan, schedule: PlanSchedule, options: LoadOptions = {}): LoadReport {
  const by = options.by ?? "day";
  const calendars = new PlanCalendars(plan);
  const firstDay = dayOf(parseWall(options.from ?? schedule.project.start));
  // `to` is a whole day, included; the finish is a moment, and a finish at midnight ends the day before.
  const last = options.to === undefined ? parseWall(schedule.project.finish) : parseWall(options.to, true);
  const lastDay = Math.max(firstDay, dayOf(last - 1));
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const taskCalendar = new Map(plan.tasks.map((t) => [t.id, t.calendar]));
  // Tasks are listed in plan order, however the assignments happen to be stored.
  const position = new Map(plan.tasks.map((t, i) => [t.id, i]));
  const assignmentsInPlanOrder = [...(plan.assignments ?? [])].sort(
    (a, b) => (position.get(a.task) ?? 0) - (position.get(b.task) ?? 0),
  );
  const resources: ResourceLoad[] = [];
  const overAllocations: OverAllocation[] = [];

  for (const resource of plan.resources ?? []) {
    if (resource.type !== "work") continue;
    const available = calendars.resource(resource);
    const days: Day[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const dayStart = day * MINUTES_PER_DAY;
      const capacity =
        (available.toWork(dayStart + MINUTES_PER_DAY) - available.toWork(dayStart)) * resource.maxUnits;
      days.push({ capacity, demand: 0, peak: 0, tasks: new Map() });
    }
    // Per day, the moments at which units start and stop being asked for, for the peak.
    const steps = new Map<number, [number, number][]>();
    for (const a of assignmentsInPlanOrder) {
      if (a.resource !== resource.id) continue;
      const task = scheduled.get(a.task);
      if (task === undefined || task.kind !== "task") continue;
      const works = calendars.get(taskCalendar.get(a.task));
      const start = parseWall(task.start);
      const finish = parseWall(task.finish);
      for (let day = Math.max(firstDay, dayOf(start)); day <= Math.min(lastDay, dayOf(finish - 1)); day++) {
        const from = Math.max(start, day * MINUTES_PER_DAY);
        const to = Math.min(finish, (day + 1) * MINUTES_PER_DAY);
        const minutes = (works.toWork(to) - works.toWork(from)) * a.units;
        if (minutes <= 0) continue;
        const d = days[day - firstDay] as Day;
        d.demand += minutes;
        d.tasks.set(a.task, (d.tasks.get(a.task) ?? 0) + minutes);
        const list = steps.get(day) ?? [];
        list.push([from, a.units], [to, -a.units]);
        steps.set(day, list);
      }
    }
    for (const [day, list] of steps) {
      list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      let units = 0;
      let peak = 0;
      for (const [, delta] of list) {
        units += delta;
        peak = Math.max(peak, units);
      }
      (days[day - firstDay] as Day).peak = peak;
    }

    const over = (d: Day) =>
      d.demand > d.capacity + EPSILON || (d.demand > 0 && d.peak > resource.maxUnits + EPSILON);
    let run: { from: number; to: number; peak: number; excess: number; tasks: Set<string> } | undefined;
    const closeRun = () => {
      if (run === undefined) return;
      overAllocations.push({
        resource: resource.id,
        from: dateOf(run.from),
        to: dateOf(run.to),
        peakUnits: run.peak,
        excessHours: hours(run.excess),
        tasks: [...run.tasks],
      });
      run = undefined;
    };
    days.forEach((d, i) => {
      if (!over(d)) {
        if (d.capacity > 0) closeRun(); // a non-working day does not end a run
        return;
      }
      run ??= { from: firstDay + i, to: firstDay + i, peak: 0, excess: 0, tasks: new Set() };
      run.to = firstDay + i;
      run.peak = Math.max(run.peak, d.peak);
      run.excess += Math.max(0, d.demand - d.capacity);
      for (const id of d.tasks.keys()) run.tasks.add(id);
    });
    closeRun();

    const periods: LoadPeriod[] = [];
    let current: { start: number; days: Day[] } | undefined;
    const flush = () => {
      if (current === undefined) return;
      const tasks = new Map<string, number>();
      for (const d of current.days) for (const [id, m] of d.tasks) tasks.set(id, (tasks.get(id) ?? 0) + m);
      periods.push({
        start: dateOf(current.start),
        capacityHours: hours(current.days.reduce((s, d) => s + d.capacity, 0)),
        demandHours: hours(current.days.reduce((s, d) => s + d.demand, 0)),
        peakUnits: Math.max(0, ...current.days.map((d) => d.peak)),
        overAllocated: current.days.some(over),
        tasks: [...tasks]
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
          .map(([id, m]) => ({ id, hours: hours(m) })),
      });
      current = undefined;
    };
    days.forEach((d, i) => {
      const day = firstDay + i;
      if (current === undefined || by === "day" || weekdayOf(day) === 0) {
        flush();
        current = { start: by === "week" ? day - weekdayOf(day) : day, days: [] };
      }
      current.days.push(d);
    });
    flush();

    resources.push({
      id: resource.id,
      name: resource.name,
      ...(resource.group === undefined ? {} : { group: resource.group }),
      maxUnits: resource.maxUnits,
      capacityHours: hours(days.reduce((s, d) => s + d.capacity, 0)),
      demandHours: hours(days.reduce((s, d) => s + d.demand, 0)),
      periods,
    });
  }
  return { by, from: dateOf(firstDay), to: dateOf(lastDay), resources, overAllocations };
}
