import {
  type Calendar,
  CONSTRAINT_TYPES,
  type Duration,
  isLocalDate,
  type Lag,
  LINK_TYPES,
  type Plan,
  STANDARD_CALENDAR,
} from "@keel/model";
import { WorkCalendar } from "../calendar/work-calendar.js";
import { PlanError, type Problem } from "../problem.js";
import { parseWall } from "../time.js";
import { findCycle } from "./cycle.js";
import {
  ASAP,
  CLOSE,
  FNET,
  FNLT,
  LAG_ELAPSED,
  LAG_PERCENT,
  LAG_WORK,
  LEAF,
  MFO,
  type Network,
  OPEN,
  PARENT,
  ROLLUP,
  SNET,
} from "./network.js";

const ELAPSED_MINUTES = { min: 1, h: 60, d: 1440, w: 10080 } as const;

/** Minutes in a duration: working minutes by the project's day/week lengths, or elapsed minutes. */
export function durationMinutes(d: Duration, minutesPerDay: number, minutesPerWeek: number): number {
  const per = d.elapsed
    ? ELAPSED_MINUTES[d.unit]
    : d.unit === "d"
      ? minutesPerDay
      : d.unit === "w"
        ? minutesPerWeek
        : ELAPSED_MINUTES[d.unit];
  return Math.round(d.value * per);
}

function compileCalendars(
  plan: Plan,
  problems: Problem[],
): { byId: Map<string, WorkCalendar>; project?: WorkCalendar } {
  const anchor = parseWall(plan.project.start);
  const defs = new Map<string, Calendar>(plan.calendars.map((c) => [c.id, c]));
  if (!defs.has(STANDARD_CALENDAR.id)) defs.set(STANDARD_CALENDAR.id, STANDARD_CALENDAR);
  const byId = new Map<string, WorkCalendar>();
  for (const [id, def] of defs) {
    try {
      byId.set(id, new WorkCalendar(def, anchor));
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
      problems.push(...e.problems);
    }
  }
  const project = byId.get(plan.project.calendar);
  if (!defs.has(plan.project.calendar)) {
    problems.push({
      code: "unknown-calendar",
      severity: "error",
      calendarId: plan.project.calendar,
      message: `the project names calendar "${plan.project.calendar}", which is not defined`,
    });
  }
  return project === undefined ? { byId } : { byId, project };
}

/** Validates a plan and compiles it to a network; throws PlanError listing every problem found. */
export function compileNetwork(plan: Plan): Network {
  const problems: Problem[] = [];
  const { byId: calendars, project: projectCalendar } = compileCalendars(plan, problems);
  const tasks = plan.tasks;
  const taskCount = tasks.length;
  const taskIndex = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (taskIndex.has(t.id)) {
      problems.push({
        code: "duplicate-id",
        severity: "error",
        taskId: t.id,
        message: `task id "${t.id}" is used twice`,
      });
    } else taskIndex.set(t.id, i);
  });

  const parentOf = new Int32Array(taskCount).fill(-1);
  const isSummary = new Uint8Array(taskCount);
  tasks.forEach((t, i) => {
    if (t.parent === null) return;
    const p = taskIndex.get(t.parent);
    if (p === undefined) {
      problems.push({
        code: "unknown-task",
        severity: "error",
        taskId: t.id,
        message: `task "${t.id}" belongs to unknown summary task "${t.parent}"`,
      });
    } else {
      parentOf[i] = p;
      isSummary[p] = 1;
    }
  });
  // An outline loop (a parent of its own ancestor) would make the hierarchy infinite.
  for (let i = 0; i < taskCount; i++) {
    let p = parentOf[i] as number;
    for (let depth = 0; p !== -1; depth++) {
      if (p === i || depth > taskCount) {
        problems.push({
          code: "cycle",
          severity: "error",
          taskId: tasks[i]?.id,
          message: `task "${tasks[i]?.id}" is its own summary task`,
        });
        break;
      }
      p = parentOf[p] as number;
    }
  }
  const isAncestor = (a: number, b: number): boolean => {
    for (
      let p = parentOf[b] as number, depth = 0;
      p !== -1 && depth <= taskCount;
      p = parentOf[p] as number, depth++
    ) {
      if (p === a) return true;
    }
    return false;
  };

  const minutesPerDay = plan.project.hoursPerDay
    ? Math.round(plan.project.hoursPerDay * 60)
    : (projectCalendar?.normalDayMinutes() ?? 480);
  const minutesPerWeek = plan.project.hoursPerWeek
    ? Math.round(plan.project.hoursPerWeek * 60)
    : minutesPerDay * (projectCalendar?.workingDaysPerWeek() ?? 5);

  // Nodes: one per leaf, two per summary task.
  const taskEntry = new Int32Array(taskCount);
  const taskExit = new Int32Array(taskCount);
  let nodeCount = 0;
  for (let i = 0; i < taskCount; i++) {
    taskEntry[i] = nodeCount++;
    taskExit[i] = isSummary[i] ? nodeCount++ : (taskEntry[i] as number);
  }
  const nodeTask = new Int32Array(nodeCount);
  const kind = new Uint8Array(nodeCount);
  const cal = new Uint16Array(nodeCount);
  const dur = new Float64Array(nodeCount);
  const durElapsed = new Uint8Array(nodeCount);
  const milestone = new Uint8Array(nodeCount);
  const cType = new Uint8Array(nodeCount);
  const cDate = new Float64Array(nodeCount);
  const deadline = new Float64Array(nodeCount).fill(Number.NaN);
  const calendarList = [...calendars.values()];
  const calIndex = new Map(calendarList.map((c, i) => [c.id, i]));
  const projectCalIndex = calIndex.get(plan.project.calendar) ?? 0;
  let hasAlap = false;

  tasks.forEach((t, i) => {
    const entry = taskEntry[i] as number;
    const exit = taskExit[i] as number;
    nodeTask[entry] = i;
    nodeTask[exit] = i;
    let c = projectCalIndex;
    if (t.calendar !== undefined) {
      const found = calIndex.get(t.calendar);
      if (found === undefined) {
        problems.push({
          code: "unknown-calendar",
          severity: "error",
          taskId: t.id,
          calendarId: t.calendar,
          message: `task "${t.id}" names calendar "${t.calendar}", which is not defined`,
        });
      } else c = found;
    }
    const ct = CONSTRAINT_TYPES.indexOf(t.constraint.type);
    const date = "date" in t.constraint ? t.constraint.date : undefined;
    // "Finish" constraints on a bare date mean the end of that day.
    // A bare date in a finish constraint or deadline means the end of that day's working time.
    const workCal = calendarList[c];
    const endOfDay = (d: string) => {
      const t = parseWall(d, true);
      return isLocalDate(d) && workCal !== undefined ? workCal.prevFinish(t) : t;
    };
    const finishType = ct === FNET || ct === FNLT || ct === MFO;
    const when = date === undefined ? 0 : finishType ? endOfDay(date) : parseWall(date);
    const due = t.deadline === undefined ? Number.NaN : endOfDay(t.deadline);
    if (isSummary[i]) {
      kind[entry] = OPEN;
      kind[exit] = CLOSE;
      if (ct !== ASAP && ct !== SNET && ct !== FNLT) {
        problems.push({
          code: "summary-constraint",
          severity: "error",
          taskId: t.id,
          message: `summary task "${t.id}" has a ${t.constraint.type} constraint; summary tasks take only SNET or FNLT (constrain its tasks instead)`,
        });
      }
      cType[entry] = cType[exit] = ct;
      cDate[entry] = cDate[exit] = when;
      deadline[exit] = due;
      cal[entry] = cal[exit] = c;
      return;
    }
    kind[entry] = LEAF;
    cal[entry] = c;
    const minutes = t.milestone ? 0 : durationMinutes(t.duration, minutesPerDay, minutesPerWeek);
    dur[entry] = minutes;
    durElapsed[entry] = t.duration.elapsed ? 1 : 0;
    milestone[entry] = minutes === 0 ? 1 : 0;
    cType[entry] = ct;
    cDate[entry] = when;
    deadline[entry] = due;
    if (ct === 1) hasAlap = true;
  });

  // Edges: plan links, then the outline's PARENT/ROLLUP ties.
  const maxEdges = plan.links.length + 2 * taskCount;
  const eFrom = new Int32Array(maxEdges);
  const eTo = new Int32Array(maxEdges);
  const eType = new Uint8Array(maxEdges);
  const eLagKind = new Uint8Array(maxEdges);
  const eLag = new Float64Array(maxEdges);
  let m = 0;
  const setLag = (e: number, lag: Lag) => {
    if ("percent" in lag) {
      eLagKind[e] = LAG_PERCENT;
      eLag[e] = lag.percent / 100;
    } else {
      eLagKind[e] = lag.elapsed ? LAG_ELAPSED : LAG_WORK;
      eLag[e] = durationMinutes(lag, minutesPerDay, minutesPerWeek);
    }
  };
  plan.links.forEach((link, linkIndex) => {
    const from = taskIndex.get(link.from);
    const to = taskIndex.get(link.to);
    for (const [end, id] of [
      [from, link.from],
      [to, link.to],
    ] as const) {
      if (end === undefined) {
        problems.push({
          code: "unknown-task",
          severity: "error",
          linkIndex,
          taskId: link.to,
          message: `link ${link.from} → ${link.to} names unknown task "${id}"`,
        });
      }
    }
    if (from === undefined || to === undefined) return;
    const type = LINK_TYPES.indexOf(link.type);
    if (from === to) {
      problems.push({
        code: "cycle",
        severity: "error",
        linkIndex,
        taskId: link.to,
        message: `task "${link.to}" is linked to itself`,
      });
      return;
    }
    if (isAncestor(from, to) || isAncestor(to, from)) {
      problems.push({
        code: "summary-link",
        severity: "error",
        linkIndex,
        taskId: link.to,
        message: `link ${link.from} → ${link.to} ties a task to its own summary task; link the tasks inside it instead`,
      });
      return;
    }
    if (isSummary[to] && (link.type === "FF" || link.type === "SF")) {
      problems.push({
        code: "summary-link",
        severity: "error",
        linkIndex,
        taskId: link.to,
        message: `link ${link.from} → ${link.to} is ${link.type}, but "${link.to}" is a summary task; only FS and SS links may lead into a summary task`,
      });
      return;
    }
    eFrom[m] = taskExit[from] as number;
    eTo[m] = taskEntry[to] as number;
    eType[m] = type;
    setLag(m, link.lag);
    m++;
  });
  for (let i = 0; i < taskCount; i++) {
    const p = parentOf[i] as number;
    if (p === -1) continue;
    eFrom[m] = taskEntry[p] as number;
    eTo[m] = taskEntry[i] as number;
    eType[m] = PARENT;
    m++;
    eFrom[m] = taskExit[i] as number;
    eTo[m] = taskExit[p] as number;
    eType[m] = ROLLUP;
    m++;
  }
  if (problems.length > 0 || projectCalendar === undefined) throw new PlanError(problems);

  const succ = csr(nodeCount, m, eFrom);
  const pred = csr(nodeCount, m, eTo);
  const topo = new Int32Array(nodeCount);
  const pos = new Int32Array(nodeCount);
  const indegree = new Int32Array(nodeCount);
  for (let e = 0; e < m; e++) {
    const v = eTo[e] as number;
    indegree[v] = (indegree[v] as number) + 1;
  }
  let head = 0;
  let tail = 0;
  for (let v = 0; v < nodeCount; v++) if (indegree[v] === 0) topo[tail++] = v;
  while (head < tail) {
    const v = topo[head++] as number;
    for (let k = succ.start[v] as number; k < (succ.start[v + 1] as number); k++) {
      const w = eTo[succ.edge[k] as number] as number;
      indegree[w] = (indegree[w] as number) - 1;
      if (indegree[w] === 0) topo[tail++] = w;
    }
  }
  if (tail < nodeCount) {
    const ids = findCycle(indegree, pred.start, pred.edge, eFrom).map(
      (v) => tasks[nodeTask[v] as number]?.id ?? "?",
    );
    const names = ids.filter((id, k) => k === 0 || id !== ids[k - 1]);
    throw new PlanError([
      {
        code: "cycle",
        severity: "error",
        taskId: names[0],
        message: `the links form a cycle: ${names.join(" → ")}`,
      },
    ]);
  }
  for (let k = 0; k < nodeCount; k++) pos[topo[k] as number] = k;

  return {
    nodeCount,
    edgeCount: m,
    taskIds: tasks.map((t) => t.id),
    taskIndex,
    nodeTask,
    taskEntry,
    taskExit,
    kind,
    calendars: calendarList,
    cal,
    projectCalendar,
    dur,
    durElapsed,
    milestone,
    cType,
    cDate,
    deadline,
    eFrom: eFrom.subarray(0, m),
    eTo: eTo.subarray(0, m),
    eType: eType.subarray(0, m),
    eLagKind: eLagKind.subarray(0, m),
    eLag: eLag.subarray(0, m),
    succStart: succ.start,
    succEdge: succ.edge,
    predStart: pred.start,
    predEdge: pred.edge,
    topo,
    pos,
    projectStart: projectCalendar.nextStart(parseWall(plan.project.start)),
    minutesPerDay,
    minutesPerWeek,
    hasAlap,
  };
}

/** Groups edge ids by `key[e]` (counting sort), keeping input order within a group. */
function csr(n: number, m: number, key: Int32Array): { start: Int32Array; edge: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const k = (key[e] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let v = 0; v < n; v++) start[v + 1] = (start[v + 1] as number) + (start[v] as number);
  const fill = start.slice(0, n);
  const edge = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const k = key[e] as number;
    edge[fill[k] as number] = e;
    fill[k] = (fill[k] as number) + 1;
  }
  return { start, edge };
}
