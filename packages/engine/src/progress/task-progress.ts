import type { Plan } from "@keel/model";
import { compileNetwork } from "../network/compile.js";
import { COMPLETE, LEAF, NOT_STARTED } from "../network/network.js";
import type { PlanSchedule } from "../result.js";
import { rollUpProgress } from "./roll-up.js";
import type { TaskProgressResult } from "./types.js";

/**
 * Progress per task in plan order, summary tasks rolled up. `schedule` is the plan's (schedulePlan):
 * actual dates are read from it, where the engine pinned them. Throws PlanError as scheduling does.
 */
export function taskProgress(plan: Plan, schedule: PlanSchedule): TaskProgressResult[] {
  const net = compileNetwork(plan);
  const scheduled = new Map(schedule.tasks.map((t) => [t.id, t]));
  const leaves = new Map<string, TaskProgressResult>();
  plan.tasks.forEach((task, t) => {
    const node = net.taskEntry[t] as number;
    if (net.kind[node] !== LEAF) return;
    const state = net.progress[node];
    const dates = scheduled.get(task.id);
    const started = state !== NOT_STARTED;
    leaves.set(task.id, {
      id: task.id,
      summary: false,
      state: state === COMPLETE ? "complete" : started ? "in progress" : "not started",
      percentComplete: state === COMPLETE ? 100 : started ? (task.percentComplete ?? 0) : 0,
      ...(started ? { actualStart: dates?.start } : {}),
      ...(state === COMPLETE ? { actualFinish: dates?.finish } : {}),
      remainingMinutes: net.remainingDur[node] as number,
      workMinutes: (net.doneDur[node] as number) + (net.remainingDur[node] as number),
    });
  });
  return rollUpProgress(plan, leaves);
}
