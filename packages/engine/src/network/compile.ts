import {
  type Calendar,
  CONSTRAINT_TYPES,
  type Duration,
  isLocalDate,
  LINK_TYPES,
  type Plan,
  STANDARD_CALENDAR,
} from "@keel/model";
import { WorkCalendar } from "../calendar/work-calendar.js";
import { PlanError, type Problem } from "../problem.js";
import { parseWall } from "../time.js";
import { actualPin } from "./actuals.js";
import { findCycle } from "./cycle.js";
import { dependencyWaits } from "./dependency-waits.js";
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
import { checkProgress } from "./progress-checks.js";
import { notStartedFloor, statusSettings } from "./status-date.js";
import { workUnitsByTask } from "./work-units.js";

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

const identities = new WeakMap<object, Int32Array>();

/** A network's data, with `predEdge` built only if asked for. */
class CompiledNetwork {
  declare readonly edgeCount: number;

  /** Edges are in target order: the old index through them is the identity. */
  get predEdge(): Int32Array {
    let identity = identities.get(this);
    if (identity === undefined) {
      identity = Int32Array.from({ length: this.edgeCount }, (_, e) => e);
      identities.set(this, identity);
    }
    return identity;
  }
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

  const workUnits = workUnitsByTask(plan, problems);
  const effortUnits = (id: string) => workUnits.get(id) || 1;
  const waits = dependencyWaits(plan, problems);
  const status = statusSettings(plan);
  const badProgress = checkProgress(plan, isSummary, status.end, problems);
  const floor = notStartedFloor(status);
  const projectStartWall = parseWall(plan.project.start);

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
  const progress = new Uint8Array(nodeCount);
  const doneDur = new Float64Array(nodeCount);
  const remainingDur = new Float64Array(nodeCount);
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
    let ct = CONSTRAINT_TYPES.indexOf(t.constraint.type);
    let date = "date" in t.constraint ? t.constraint.date : undefined;
    // Waiting for an external dependency is a start-no-earlier-than floor. Other constraint types
    // keep their own date, as a constraint outranks a link in MS Project.
    const wait = waits.get(t.id);
    if (
      wait !== undefined &&
      (ct === ASAP
        ? wait > plan.project.start.slice(0, 10)
        : ct === SNET && date !== undefined && wait > date)
    ) {
      ct = SNET;
      date = wait;
    }
    // "Finish" constraints on a bare date mean the end of that day.
    // A bare date in a finish constraint or deadline means the end of that day's working time.
    const workCal = calendarList[c];
    const endOfDay = (d: string) => {
      const t = parseWall(d, true);
      return isLocalDate(d) && workCal !== undefined ? workCal.prevFinish(t) : t;
    };
    const finishType = ct === FNET || ct === FNLT || ct === MFO;
    let when = date === undefined ? 0 : finishType ? endOfDay(date) : parseWall(date);
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
    const length = t.work ?? t.duration;
    const minutes = t.milestone
      ? 0
      : Math.round(durationMinutes(length, minutesPerDay, minutesPerWeek) / (t.work ? effortUnits(t.id) : 1));
    const remaining =
      t.remainingDuration === undefined || minutes === 0
        ? undefined
        : durationMinutes(t.remainingDuration, minutesPerDay, minutesPerWeek);
    const pin =
      badProgress.has(i) || workCal === undefined
        ? undefined
        : actualPin(t, workCal, minutes, length.elapsed, remaining, status, problems);
    if (pin === undefined) {
      // Not started: the remaining duration, when given, is the work still needed.
      const planned = remaining ?? minutes;
      dur[entry] = planned;
      durElapsed[entry] = length.elapsed ? 1 : 0;
      milestone[entry] = planned === 0 ? 1 : 0;
      remainingDur[entry] = planned;
      // Work not started waits for the status date, like a dependency's wait; constraint types
      // other than ASAP and SNET keep their own date.
      if (floor !== undefined && (ct === ASAP ? floor > projectStartWall : ct === SNET && floor > when)) {
        ct = SNET;
        when = floor;
      }
    } else {
      // What happened is not replanned: the actual dates pin it, whatever its links and constraint say.
      dur[entry] = pin.dur;
      durElapsed[entry] = pin.elapsed ? 1 : 0;
      milestone[entry] = minutes === 0 ? 1 : 0;
      doneDur[entry] = pin.done;
      remainingDur[entry] = pin.remaining;
      progress[entry] = pin.state;
      ct = MFO;
      when = pin.finish;
    }
    cType[entry] = ct;
    cDate[entry] = when;
    deadline[entry] = due;
    if (ct === 1) hasAlap = true;
  });

  // Edges: plan links, then the outline's PARENT/ROLLUP ties. A first pass validates the links and
  // counts each node's incoming edges, so that the second can place every edge in its final slot:
  // grouped by target node (the predecessor lists are then ranges of edge ids), in that order
  // within each group.
  const linkFrom = new Int32Array(plan.links.length).fill(-1);
  const linkTo = new Int32Array(plan.links.length);
  const predStart = new Int32Array(nodeCount + 1);
  const succStart = new Int32Array(nodeCount + 1);
  const count = (from: number, to: number) => {
    succStart[from + 1] = (succStart[from + 1] as number) + 1;
    predStart[to + 1] = (predStart[to + 1] as number) + 1;
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
    linkFrom[linkIndex] = taskExit[from] as number;
    linkTo[linkIndex] = taskEntry[to] as number;
    count(taskExit[from] as number, taskEntry[to] as number);
  });
  for (let i = 0; i < taskCount; i++) {
    const p = parentOf[i] as number;
    if (p === -1) continue;
    count(taskEntry[p] as number, taskEntry[i] as number);
    count(taskExit[i] as number, taskExit[p] as number);
  }
  if (problems.length > 0 || projectCalendar === undefined) throw new PlanError(problems);

  for (let v = 0; v < nodeCount; v++) {
    predStart[v + 1] = (predStart[v + 1] as number) + (predStart[v] as number);
    succStart[v + 1] = (succStart[v + 1] as number) + (succStart[v] as number);
  }
  const m = predStart[nodeCount] as number;
  const eFrom = new Int32Array(m);
  const eTo = new Int32Array(m);
  const eType = new Uint8Array(m);
  const eLagKind = new Uint8Array(m);
  const eLag = new Float64Array(m);
  // Successor lists keep the links' order (which Kahn's algorithm below depends on).
  const succEdge = new Int32Array(m);
  const predFill = predStart.slice(0, nodeCount);
  const succFill = succStart.slice(0, nodeCount);
  const place = (from: number, to: number, type: number): number => {
    const e = predFill[to] as number;
    predFill[to] = e + 1;
    const k = succFill[from] as number;
    succFill[from] = k + 1;
    succEdge[k] = e;
    eFrom[e] = from;
    eTo[e] = to;
    eType[e] = type;
    return e;
  };
  plan.links.forEach((link, linkIndex) => {
    const from = linkFrom[linkIndex] as number;
    if (from === -1) return;
    const e = place(from, linkTo[linkIndex] as number, LINK_TYPES.indexOf(link.type));
    const lag = link.lag;
    if ("percent" in lag) {
      eLagKind[e] = LAG_PERCENT;
      eLag[e] = lag.percent / 100;
    } else {
      eLagKind[e] = lag.elapsed ? LAG_ELAPSED : LAG_WORK;
      eLag[e] = durationMinutes(lag, minutesPerDay, minutesPerWeek);
    }
  });
  for (let i = 0; i < taskCount; i++) {
    const p = parentOf[i] as number;
    if (p === -1) continue;
    place(taskEntry[p] as number, taskEntry[i] as number, PARENT);
    place(taskExit[i] as number, taskExit[p] as number, ROLLUP);
  }

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
    for (let k = succStart[v] as number; k < (succStart[v + 1] as number); k++) {
      const w = eTo[succEdge[k] as number] as number;
      indegree[w] = (indegree[w] as number) - 1;
      if (indegree[w] === 0) topo[tail++] = w;
    }
  }
  if (tail < nodeCount) {
    const ids = findCycle(indegree, predStart, eFrom).map((v) => tasks[nodeTask[v] as number]?.id ?? "?");
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

  const fields: Omit<Network, "predEdge"> = {
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
    progress,
    doneDur,
    remainingDur,
    deadline,
    eFrom,
    eTo,
    eType,
    eLagKind,
    eLag,
    succStart,
    succEdge,
    predStart,
    topo,
    pos,
    projectStart: projectCalendar.nextStart(parseWall(plan.project.start)),
    minutesPerDay,
    minutesPerWeek,
    hasAlap,
  };
  // The prototype only adds `predEdge`; the object keeps the fast layout of its literal.
  return Object.setPrototypeOf(fields, CompiledNetwork.prototype) as Network;
}
