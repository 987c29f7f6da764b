import type { Plan } from "@keel/model";
import type { TaskProgressResult } from "./types.js";

/**
 * A summary task's progress from its tasks': percent complete weighted by duration (what is done
 * over all there is to do), complete when all are, started when any is, from the first actual
 * start to the last actual finish. `leaves` holds every leaf task; summaries are added in plan order.
 */
export function rollUpProgress(
  plan: Plan,
  leaves: ReadonlyMap<string, TaskProgressResult>,
): TaskProgressResult[] {
  const children = new Map<string, string[]>();
  for (const t of plan.tasks) {
    if (t.parent !== null) children.set(t.parent, [...(children.get(t.parent) ?? []), t.id]);
  }
  const memo = new Map<string, TaskProgressResult>(leaves);
  const of = (id: string): TaskProgressResult => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const parts = (children.get(id) ?? []).map(of);
    let work = 0;
    let done = 0;
    let remaining = 0;
    let start: string | undefined;
    let finish: string | undefined;
    for (const p of parts) {
      work += p.workMinutes;
      done += (p.percentComplete / 100) * p.workMinutes;
      remaining += p.remainingMinutes;
      if (p.actualStart !== undefined && (start === undefined || p.actualStart < start))
        start = p.actualStart;
      if (p.actualFinish !== undefined && (finish === undefined || p.actualFinish > finish))
        finish = p.actualFinish;
    }
    const complete = parts.every((p) => p.state === "complete");
    const started = parts.some((p) => p.state !== "not started");
    // Milestones only: nothing to weigh, so done when all are.
    const percent = work > 0 ? Math.round((100 * done) / work) : complete ? 100 : 0;
    const result: TaskProgressResult = {
      id,
      summary: true,
      state: complete ? "complete" : started ? "in progress" : "not started",
      percentComplete: percent,
      ...(start === undefined ? {} : { actualStart: start }),
      ...(complete && finish !== undefined ? { actualFinish: finish } : {}),
      remainingMinutes: remaining,
      workMinutes: work,
    };
    memo.set(id, result);
    return result;
  };
  return plan.tasks.map((t) => of(t.id));
}
