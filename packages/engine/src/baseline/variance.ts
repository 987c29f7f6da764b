import type { Baseline, Plan } from "@keel/model";
import { PlanCalendars } from "../resources/availability.js";
import type { PlanSchedule, TaskKind } from "../result.js";
import { parseWall } from "../time.js";

/** One task against its baseline; day figures are working days on the project calendar (late is positive). */
export interface TaskVariance {
  readonly id: string;
  readonly name: string;
  readonly kind: TaskKind;
  readonly baselineStart: string;
  readonly baselineFinish: string;
  readonly start: string;
  readonly finish: string;
  readonly startDays: number;
  readonly finishDays: number;
  /** Current duration minus the baseline's, in working days. */
  readonly durationDays: number;
}

export interface BaselineVariance {
  readonly baseline: string;
  readonly project: { readonly baselineFinish: string; readonly finish: string; readonly finishDays: number };
  /** Tasks in both the plan and the baseline, in plan order. */
  readonly tasks: readonly TaskVariance[];
  /** Tasks finishing later than their baseline, latest first: what "slipped since baseline" lists. */
  readonly slipped: readonly TaskVariance[];
  /** Tasks added since the baseline was saved, and baseline tasks no longer in the plan. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** Compares the current schedule with a saved baseline, as MS Project's variance columns do. */
export function baselineVariance(plan: Plan, schedule: PlanSchedule, baseline: Baseline): BaselineVariance {
  const calendar = new PlanCalendars(plan).project;
  const perDay = schedule.project.minutesPerDay;
  // Rounded like durationWorkingDays; the end of one day and the start of the next are 0 apart.
  const days = (from: string, to: string) =>
    Math.round(((calendar.toWork(parseWall(to)) - calendar.toWork(parseWall(from))) / perDay) * 100) / 100;
  const saved = new Map(baseline.tasks.map((t) => [t.id, t]));
  const tasks: TaskVariance[] = [];
  const added: string[] = [];
  for (const t of schedule.tasks) {
    const b = saved.get(t.id);
    if (b === undefined) {
      added.push(t.id);
      continue;
    }
    tasks.push({
      id: t.id,
      name: t.name,
      kind: t.kind,
      baselineStart: b.start,
      baselineFinish: b.finish,
      start: t.start,
      finish: t.finish,
      startDays: days(b.start, t.start),
      finishDays: days(b.finish, t.finish),
      durationDays: Math.round(((t.durationMinutes - b.durationMinutes) / perDay) * 100) / 100,
    });
  }
  const current = new Set(schedule.tasks.map((t) => t.id));
  const baselineFinish =
    baseline.tasks
      .map((t) => t.finish)
      .sort()
      .at(-1) ?? "";
  return {
    baseline: baseline.name,
    project: {
      baselineFinish,
      finish: schedule.project.finish,
      finishDays: baselineFinish === "" ? 0 : days(baselineFinish, schedule.project.finish),
    },
    tasks,
    slipped: tasks.filter((t) => t.finishDays > 0).sort((a, b) => b.finishDays - a.finishDays),
    added,
    removed: baseline.tasks.filter((t) => !current.has(t.id)).map((t) => t.id),
  };
}
