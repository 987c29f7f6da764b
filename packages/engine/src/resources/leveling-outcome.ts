import type { Plan } from "@keel/model";
import { schedulePlan } from "../cpm/scheduler.js";
import type { PlanSchedule } from "../result.js";
import { parseWall } from "../time.js";
import { PlanCalendars } from "./availability.js";
import { resourceLoad } from "./load.js";

/** A plan's finish and how over-allocated its people are, as leveling is judged by. */
export interface LevelingState {
  readonly finish: string;
  /** Resources over-allocated on at least one day, by id. */
  readonly overAllocatedResources: readonly string[];
  /** Days over-allocated, counted per resource (two people on one day count two). */
  readonly overAllocatedDays: number;
  /** Demand beyond capacity, in hours, over the whole plan. */
  readonly excessHours: number;
}

/** What applying a leveling did to a plan: kept with the edit, so the numbers outlive later edits. */
export interface LevelingOutcome {
  readonly before: LevelingState;
  readonly after: LevelingState;
  /** Working days the finish moved on the project calendar (negative: earlier). */
  readonly finishDays: number;
  /** The tasks whose scheduled start the leveling moved, by id, in plan order. */
  readonly tasksMoved: readonly string[];
}

function stateOf(plan: Plan): LevelingState & { readonly schedule: PlanSchedule } {
  const schedule = schedulePlan(plan);
  const load = resourceLoad(plan, schedule);
  const overAllocated = load.resources.filter((r) => r.periods.some((p) => p.overAllocated));
  return {
    schedule,
    finish: schedule.project.finish,
    overAllocatedResources: overAllocated.map((r) => r.id),
    overAllocatedDays: load.resources.reduce(
      (n, r) => n + r.periods.filter((p) => p.overAllocated).length,
      0,
    ),
    excessHours: Math.round(load.overAllocations.reduce((h, o) => h + o.excessHours, 0) * 100) / 100,
  };
}

/**
 * The plan before and after a leveling was applied to it, compared on its own calendar. A task
 * counts as moved when its scheduled start moved, whether leveling pinned it or it follows one
 * that was.
 */
export function levelingOutcome(before: Plan, after: Plan): LevelingOutcome {
  const { schedule: was, ...then } = stateOf(before);
  const { schedule: is, ...now } = stateOf(after);
  const calendar = new PlanCalendars(after).project;
  const worked = calendar.toWork(parseWall(now.finish)) - calendar.toWork(parseWall(then.finish));
  const finishDays = Math.round((worked / is.project.minutesPerDay) * 100) / 100;
  const starts = new Map(was.tasks.map((t) => [t.id, t.start]));
  const tasksMoved = is.tasks
    .filter((t) => t.kind === "task" && starts.has(t.id) && starts.get(t.id) !== t.start)
    .map((t) => t.id);
  return { before: then, after: now, finishDays, tasksMoved };
}
