import { formatWall, type PlanSchedule, Scheduler, type TaskResult, type WallMinute } from "@keel/engine";
import type { Duration, Plan, Task } from "@keel/model";
import { applyPlanEdits, type PlanEdit } from "./plan-edit.js";
import { type DraftChange, withChanges } from "./protocol.js";
import { diffSchedule, patchSchedule, type ScheduleDelta } from "./schedule-delta.js";

const DATES = ["es", "ef", "ls", "lf", "ss", "sf", "tf", "ff"] as const;

/**
 * What the schedule worker keeps: the plan as the page shows it (the server's, with the edits it has
 * not answered yet), a Scheduler compiled from it and kept across edits, and the schedule the page
 * holds, so answers are only what changed.
 *
 * A duration (or name) edit of a task with a duration of its own reschedules in place, and its
 * answer is read straight from the scheduler's dates: the tasks whose dates moved, with their new
 * dates, floats of their own and durations. Building the full result of ten thousand tasks takes
 * far longer; `settle` does it afterwards, for what the quick answer leaves out (critical flags,
 * the longest path, summary tasks' roll-ups, deadlines, the project's figures).
 */
export class PlanScheduler {
  #plan: Plan;
  #scheduler: Scheduler | undefined;
  /** Ids of the summary tasks of the plan the scheduler was compiled from. */
  #summaries = new Set<string>();
  /** The schedule as the page holds it: the last full result, with any quick answers since applied. */
  #shown: PlanSchedule | undefined;
  /** Whether quick answers were given since the last full result. */
  #owed = false;

  constructor(plan: Plan) {
    this.#plan = plan;
  }

  get plan(): Plan {
    return this.#plan;
  }

  /** Whether the page still lacks the full result of an edit answered quickly. */
  get owed(): boolean {
    return this.#owed;
  }

  /** Schedules the plan from scratch: the schedule the page starts from. */
  schedule(): PlanSchedule {
    this.#shown = this.#compile();
    this.#owed = false;
    return this.#shown;
  }

  /**
   * Applies the edits and answers what they changed in the schedule. Throws when the plan cannot be
   * scheduled (a cycle…); the edits stay applied, as on the page, until edits that undo them.
   */
  edit(edits: readonly PlanEdit[]): ScheduleDelta {
    this.#plan = applyPlanEdits(this.#plan, edits);
    try {
      const quick = this.#inPlace(edits);
      if (quick !== undefined) {
        this.#owed = true;
        return quick;
      }
      return this.#answer(this.#compile());
    } catch (error) {
      this.#scheduler = undefined;
      throw error;
    }
  }

  /** The full result after quick answers: what they left out. Undefined when nothing is owed. */
  settle(): ScheduleDelta | undefined {
    const scheduler = this.#scheduler;
    if (!this.#owed || scheduler === undefined) return undefined;
    return this.#answer(withNames(scheduler.result(), this.#plan));
  }

  /** The schedule with a drag's changes, not kept: the tasks whose results differ from the page's. */
  draft(changes: readonly DraftChange[]): TaskResult[] {
    const scheduler = Scheduler.compile(withChanges(this.#plan, changes));
    scheduler.run();
    return diffSchedule(this.#shown, scheduler.result()).changed.map((c) => c.task);
  }

  #answer(next: PlanSchedule): ScheduleDelta {
    const delta = diffSchedule(this.#shown, next);
    this.#shown = next;
    this.#owed = false;
    return delta;
  }

  #compile(): PlanSchedule {
    const scheduler = Scheduler.compile(this.#plan);
    scheduler.run();
    this.#scheduler = scheduler;
    this.#summaries = new Set(this.#plan.tasks.flatMap((t) => (t.parent === null ? [] : [t.parent])));
    return scheduler.result();
  }

  /** The quick answer to edits of durations and names only, rescheduled in place; undefined for other edits. */
  #inPlace(edits: readonly PlanEdit[]): ScheduleDelta | undefined {
    const scheduler = this.#scheduler;
    const shown = this.#shown;
    if (scheduler === undefined || shown === undefined) return undefined;
    const durations: [string, Duration][] = [];
    const touched = new Set<string>();
    for (const edit of edits) {
      if (edit.kind !== "task") return undefined;
      for (const [field, value] of Object.entries(edit.fields)) {
        if (value === undefined) continue;
        touched.add(edit.id);
        if (field === "name") continue;
        const at = scheduler.net.taskIndex.get(edit.id);
        const task = at === undefined ? undefined : this.#plan.tasks[at];
        if (field !== "duration" || value === null || task === undefined || !this.#ownDuration(task))
          return undefined;
        durations.push([edit.id, value as Duration]);
      }
    }
    const { net, state } = scheduler;
    const before = DATES.map((k) => state[k].slice());
    for (const [id, duration] of durations) scheduler.setDuration(id, duration);
    const after = DATES.map((k) => state[k]);
    const moved = (v: number) => {
      for (let i = 0; i < after.length; i++)
        if ((after[i] as Int32Array)[v] !== (before[i] as Int32Array)[v]) return true;
      return false;
    };
    const iso = (t: number) => formatWall(t as WallMinute);
    const changed: { at: number; task: TaskResult }[] = [];
    this.#plan.tasks.forEach((task, at) => {
      const entry = net.taskEntry[at] as number;
      const exit = net.taskExit[at] as number;
      const old = shown.tasks[at];
      if (old === undefined || (!touched.has(task.id) && !moved(entry) && !moved(exit))) return;
      const cal = net.calendars[net.cal[entry] as number];
      const work = (t: number) => (cal === undefined ? 0 : (cal.toWork(t) as number));
      const summary = this.#summaries.has(task.id);
      const dates = {
        name: task.name,
        start: iso(state.ss[exit] as number),
        finish: iso(state.sf[exit] as number),
        earlyStart: iso(state.es[exit] as number),
        earlyFinish: iso(state.ef[exit] as number),
        lateStart: iso(state.ls[entry] as number),
        freeFloatMinutes: state.ff[exit] as number,
        // As the full result has them: a span for summary and elapsed tasks, else the working minutes.
        durationMinutes: summary
          ? work(state.ef[exit] as number) - work(state.es[exit] as number)
          : net.durElapsed[entry] === 1
            ? work(state.sf[entry] as number) - work(state.ss[entry] as number)
            : (net.dur[entry] as number),
      };
      // A summary task's late finish and float roll up from its tasks: the full result brings them.
      const own = summary
        ? {}
        : {
            kind: net.milestone[entry] === 1 ? "milestone" : "task",
            lateFinish: iso(state.lf[exit] as number),
            totalFloatMinutes: state.tf[exit] as number,
          };
      changed.push({ at, task: { ...old, ...dates, ...own } as TaskResult });
    });
    const delta = {
      project: shown.project,
      criticalPaths: shown.criticalPaths,
      warnings: shown.warnings,
      count: shown.tasks.length,
      changed,
    };
    this.#shown = patchSchedule(shown, delta);
    return delta;
  }

  /** A task whose duration alone makes its length: no outline, effort, progress or milestone flag. */
  #ownDuration(task: Task): boolean {
    return (
      !this.#summaries.has(task.id) &&
      !task.milestone &&
      task.work === undefined &&
      task.actualStart === undefined &&
      task.actualFinish === undefined &&
      task.remainingDuration === undefined &&
      !task.percentComplete
    );
  }
}

/** The schedule with the plan's task names: a Scheduler kept across renames still has the old ones. */
function withNames(schedule: PlanSchedule, plan: Plan): PlanSchedule {
  let tasks: TaskResult[] | undefined;
  schedule.tasks.forEach((t, i) => {
    const name = plan.tasks[i]?.name;
    if (name === undefined || name === t.name) return;
    tasks ??= [...schedule.tasks];
    tasks[i] = { ...t, name };
  });
  return tasks === undefined ? schedule : { ...schedule, tasks };
}
