import { formatDuration, type Plan } from "@keel/model";
import {
  COMPLETE,
  FF,
  FNLT,
  FS,
  LEAF,
  MFO,
  MSO,
  type Network,
  NOT_STARTED,
  ROLLUP,
  SF,
  SNLT,
  SS,
} from "../network/network.js";
import type { Problem } from "../problem.js";
import type { PlanSchedule, TaskResult } from "../result.js";
import { formatWall, type WallMinute } from "../time.js";
import { criticalPaths, longestPath } from "./critical-paths.js";
import { shiftForward } from "./lag.js";
import type { CpmState } from "./state.js";

const readable = (t: number) =>
  formatWall(t as WallMinute)
    .slice(0, 16)
    .replace("T", " ");

/** A link into MSO/MFO-pinned node `j` that its pinned dates break, or -1. */
function overriddenLink(net: Network, st: CpmState, j: number): number {
  const cal = net.calendars[net.cal[j] as number];
  if (cal === undefined) return -1;
  for (let e = net.predStart[j] as number; e < (net.predStart[j + 1] as number); e++) {
    const type = net.eType[e];
    if (type !== FS && type !== SS && type !== FF && type !== SF) continue;
    const i = net.eFrom[e] as number;
    const allowed = shiftForward(net, e, (type === FS || type === FF ? st.ef[i] : st.es[i]) as number);
    const actual = (type === FS || type === SS ? st.es[j] : st.ef[j]) as number;
    if (cal.toWork(allowed) > cal.toWork(actual)) return e;
  }
  return -1;
}

/** The summary task that node `v` (a task's exit) rolls up into, or -1. */
function parentTask(net: Network, v: number): number {
  for (let k = net.succStart[v] as number; k < (net.succStart[v + 1] as number); k++) {
    const e = net.succEdge[k] as number;
    if (net.eType[e] === ROLLUP) return net.nodeTask[net.eTo[e] as number] as number;
  }
  return -1;
}

/** Converts the CPM state to the public schedule: ISO dates, floats, critical paths, warnings. */
export function toPlanSchedule(plan: Plan, net: Network, st: CpmState): PlanSchedule {
  // Many tasks share a date-time: one string each saves time and memory.
  const texts = new Map<number, string>();
  const iso = (t: number) => {
    let text = texts.get(t);
    if (text === undefined) {
      text = formatWall(t as WallMinute);
      texts.set(t, text);
    }
    return text;
  };
  // A summary is as critical as its most critical task, and finishes as late as its latest one may.
  // A complete task is never critical, as in MS Project: done work cannot delay the finish.
  const taskFloat = new Float64Array(plan.tasks.length).fill(Number.POSITIVE_INFINITY);
  const lateFinish = new Float64Array(plan.tasks.length).fill(Number.NEGATIVE_INFINITY);
  const criticalTask = new Uint8Array(plan.tasks.length);
  for (let t = plan.tasks.length - 1; t >= 0; t--) {
    const exit = net.taskExit[t] as number;
    if (net.kind[exit] === LEAF) {
      taskFloat[t] = st.tf[exit] as number;
      lateFinish[t] = st.lf[exit] as number;
      criticalTask[t] = net.progress[exit] !== COMPLETE && (taskFloat[t] as number) <= 0 ? 1 : 0;
    }
    const p = parentTask(net, exit);
    if (p !== -1) {
      taskFloat[p] = Math.min(taskFloat[p] as number, taskFloat[t] as number);
      lateFinish[p] = Math.max(lateFinish[p] as number, lateFinish[t] as number);
      criticalTask[p] = (criticalTask[p] as number) | (criticalTask[t] as number);
    }
  }
  const critical = (v: number) => criticalTask[net.nodeTask[v] as number] === 1;
  const onLongest = longestPath(net, st);
  const warnings: Problem[] = [];
  const days = (minutes: number) => Math.round((minutes / net.minutesPerDay) * 100) / 100;
  const plural = (minutes: number) => `${days(minutes)} working day${days(minutes) === 1 ? "" : "s"}`;
  const tasks: TaskResult[] = plan.tasks.map((task, t) => {
    const entry = net.taskEntry[t] as number;
    const exit = net.taskExit[t] as number;
    const leaf = net.kind[entry] === LEAF;
    const cal = net.calendars[net.cal[entry] as number];
    if (cal === undefined) throw new Error("task without calendar");
    const finish = st.sf[exit] as number;
    const due = net.deadline[exit] as number;
    const deadlineMissed = Number.isNaN(due) ? undefined : finish > due;
    const tf = taskFloat[t] as number;
    if (deadlineMissed) {
      warnings.push({
        code: "missed-deadline",
        severity: "warning",
        taskId: task.id,
        message: `task "${task.id}" finishes ${readable(finish)}, after its deadline ${task.deadline} (${plural(-tf)} late)`,
      });
    }
    const ct = net.cType[entry];
    const c = task.constraint;
    if (tf < 0 && (ct === SNLT || ct === FNLT)) {
      warnings.push({
        code: "constraint-conflict",
        severity: "warning",
        taskId: task.id,
        message: `task "${task.id}" cannot meet its ${c.type} ${"date" in c ? c.date : ""} constraint: its links put it ${plural(-tf)} late`,
      });
    }
    // Actual dates that break a link are out-of-sequence progress: a fact, not a plan error.
    const pinned = (ct === MSO || ct === MFO) && leaf && net.progress[entry] === NOT_STARTED;
    const overridden = pinned ? overriddenLink(net, st, entry) : -1;
    if (overridden !== -1) {
      const from = net.taskIds[net.nodeTask[net.eFrom[overridden] as number] as number];
      warnings.push({
        code: "constraint-conflict",
        severity: "warning",
        taskId: task.id,
        message: `task "${task.id}" is pinned by ${c.type} ${"date" in c ? c.date : ""}, which breaks its link from "${from}"`,
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
      lateFinish: iso(lateFinish[t] as number),
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
  // Zero, not negative, when every task is constrained to finish before the project starts.
  const minutes = Math.max(0, p.toWork(st.projectFinish) - p.toWork(net.projectStart));
  return {
    project: {
      name: plan.project.name,
      start: iso(net.projectStart),
      finish: iso(st.projectFinish),
      durationWorkingDays: days(minutes),
      durationMinutes: minutes,
      minutesPerDay: net.minutesPerDay,
    },
    tasks,
    criticalPaths: criticalPaths(net, st, critical).map((path) =>
      path.map((v) => net.taskIds[net.nodeTask[v] as number] as string),
    ),
    warnings,
  };
}
