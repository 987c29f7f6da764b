import { formatDuration, type Plan } from "@keel/model";
import { FNLT, LEAF, MFO, MSO, type Network, SNLT } from "../network/network.js";
import type { Problem } from "../problem.js";
import type { PlanSchedule, TaskResult } from "../result.js";
import { formatWall, type WallMinute } from "../time.js";
import { criticalPaths, longestPath } from "./critical-paths.js";
import type { CpmState } from "./state.js";

const iso = (t: number) => formatWall(t as WallMinute);

/** Converts the CPM state to the public schedule: ISO dates, floats, critical paths, warnings. */
export function toPlanSchedule(plan: Plan, net: Network, st: CpmState): PlanSchedule {
  const critical = (v: number) => (st.tf[v] as number) <= 0;
  const onLongest = longestPath(net, st);
  const warnings: Problem[] = [];
  const days = (minutes: number) => Math.round((minutes / net.minutesPerDay) * 100) / 100;
  const tasks: TaskResult[] = plan.tasks.map((task, t) => {
    const entry = net.taskEntry[t] as number;
    const exit = net.taskExit[t] as number;
    const leaf = net.kind[entry] === LEAF;
    const cal = net.calendars[net.cal[entry] as number];
    if (cal === undefined) throw new Error("task without calendar");
    const finish = st.sf[exit] as number;
    const due = net.deadline[exit] as number;
    const deadlineMissed = Number.isNaN(due) ? undefined : finish > due;
    const tf = st.tf[exit] as number;
    if (deadlineMissed) {
      warnings.push({
        code: "missed-deadline",
        severity: "warning",
        taskId: task.id,
        message: `task "${task.id}" finishes ${iso(finish)}, after its deadline ${task.deadline} (${days(-tf)} working days late)`,
      });
    }
    const ct = net.cType[entry];
    if (tf < 0 && (ct === SNLT || ct === FNLT || ct === MSO || ct === MFO)) {
      const c = task.constraint;
      warnings.push({
        code: "constraint-conflict",
        severity: "warning",
        taskId: task.id,
        message: `task "${task.id}" cannot meet its ${c.type} ${"date" in c ? c.date : ""} constraint with its links: total float is ${days(tf)} working days`,
      });
    }
    return {
      id: task.id,
      name: task.name,
      kind: leaf ? (net.milestone[entry] === 1 ? "milestone" : "task") : "summary",
      parent: task.parent,
      start: iso(st.ss[exit] as number),
      finish: iso(finish),
      earlyStart: iso(st.es[exit] as number),
      earlyFinish: iso(st.ef[exit] as number),
      lateStart: iso(st.ls[entry] as number),
      lateFinish: iso(st.lf[exit] as number),
      durationMinutes: leaf
        ? net.durElapsed[entry] === 1
          ? cal.toWork(st.sf[entry] as number) - cal.toWork(st.ss[entry] as number)
          : (net.dur[entry] as number)
        : cal.toWork(st.ef[exit] as number) - cal.toWork(st.es[exit] as number),
      ...(task.estimate === undefined
        ? {}
        : {
            estimate: {
              optimistic: formatDuration(task.estimate.optimistic),
              mostLikely: formatDuration(task.estimate.mostLikely),
              pessimistic: formatDuration(task.estimate.pessimistic),
            },
          }),
      totalFloatMinutes: tf,
      freeFloatMinutes: st.ff[exit] as number,
      critical: critical(exit),
      longestPath: leaf ? onLongest[entry] === 1 : undefined,
      deadline: task.deadline,
      deadlineMissed,
    };
  });
  const p = net.projectCalendar;
  const minutes = p.toWork(st.projectFinish) - p.toWork(net.projectStart);
  return {
    project: {
      name: plan.project.name,
      start: iso(net.projectStart),
      finish: iso(st.projectFinish),
      durationWorkingDays: days(minutes),
      durationMinutes: minutes,
    },
    tasks,
    criticalPaths: criticalPaths(net, st, critical).map((path) =>
      path.map((v) => net.taskIds[net.nodeTask[v] as number] as string),
    ),
    warnings,
  };
}
