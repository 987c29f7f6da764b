import {
  type Assignment,
  type Calendar,
  type Constraint,
  formatDuration,
  formatLag,
  type Link,
  type Plan,
  type Resource,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import { Document, isMap, isScalar, isSeq, visit } from "yaml";
import { constraintText, isZero, raidOut, riskScalesOut } from "./serialize-raid.js";

type Out = Record<string, unknown>;

function sameCalendar(a: Calendar, b: Calendar): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function calendarOut(c: Calendar, isMain: boolean): Out {
  return {
    ...(isMain && c.id === STANDARD_CALENDAR.id ? {} : { id: c.id }),
    ...(c.name === undefined ? {} : { name: c.name }),
    workweek: c.workweek,
    hours: c.hours,
    ...(c.weekdayHours === undefined ? {} : { weekdayHours: c.weekdayHours }),
    ...(c.holidays.length === 0 ? {} : { holidays: c.holidays }),
    ...(c.exceptions.length === 0
      ? {}
      : {
          exceptions: c.exceptions.map((e) => ({
            ...(e.from === e.to ? { date: e.from } : { from: e.from, to: e.to }),
            ...(e.name === undefined ? {} : { name: e.name }),
            ...(e.hours.length === 0 ? {} : { hours: e.hours }),
          })),
        }),
  };
}

/** Units as a percentage, the way people say them: 50%, 100%, 300%. */
function unitsOut(units: number): string {
  return `${Math.round(units * 10000) / 100}%`;
}

function resourceOut(r: Resource): Out {
  return {
    id: r.id,
    ...(r.name === r.id ? {} : { name: r.name }),
    ...(r.type === "work" ? {} : { type: r.type }),
    ...(r.maxUnits === 1 ? {} : { maxUnits: unitsOut(r.maxUnits) }),
    ...(r.calendar === undefined ? {} : { calendar: r.calendar }),
    ...(r.costPerHour === undefined ? {} : { costPerHour: r.costPerHour }),
    ...(r.group === undefined ? {} : { group: r.group }),
    ...(r.timeOff === undefined || r.timeOff.length === 0
      ? {}
      : {
          timeOff: r.timeOff.map((t) =>
            t.from === t.to && t.name === undefined
              ? t.from
              : {
                  ...(t.from === t.to ? { date: t.from } : { from: t.from, to: t.to }),
                  ...(t.name === undefined ? {} : { name: t.name }),
                },
          ),
        }),
  };
}

function assignOut(a: Assignment): unknown {
  return a.units === 1 ? a.resource : { resource: a.resource, units: unitsOut(a.units) };
}

function constraintOut(c: Constraint): string | undefined {
  return c.type === "ASAP" ? undefined : constraintText(c);
}

function linkOut(link: Link): unknown {
  if (link.type === "FS" && isZero(link.lag)) return link.from;
  return {
    task: link.from,
    ...(link.type === "FS" ? {} : { type: link.type }),
    ...(isZero(link.lag) ? {} : { lag: formatLag(link.lag) }),
  };
}

/**
 * A milestone takes no time: the engine schedules it as zero whatever its duration says, so a
 * non-zero one is dropped. A zero in another unit (`0h`) or a zero-most-likely estimate is kept,
 * and then marks the milestone by itself.
 */
function durationOut(task: Task, summary: boolean): string | undefined {
  if (summary || task.work !== undefined || (task.milestone && task.duration.value !== 0)) return undefined;
  const e = task.estimate;
  if (e !== undefined) return [e.optimistic, e.mostLikely, e.pessimistic].map(formatDuration).join("/");
  return task.milestone && isZero(task.duration) ? undefined : formatDuration(task.duration);
}

/** Lists whose entries are written one per line, as flow mappings. */
const FLOW_ITEMS = new Set(["timeOff", "exceptions", "probability", "impact", "actions", "edits"]);

/**
 * Writes a domain Plan in the plan file format: nested summary tasks, `after: [id]` for plain
 * finish-to-start links, `3d/5d/9d` for estimates. parsePlanYaml(toPlanYaml(plan)) gives the plan
 * back, with links grouped under their successors.
 */
export function toPlanYaml(plan: Plan): string {
  const children = new Map<string | null, Task[]>();
  const ids = new Set(plan.tasks.map((t) => t.id));
  for (const task of plan.tasks) {
    const parent = task.parent !== null && ids.has(task.parent) ? task.parent : null;
    const list = children.get(parent);
    if (list === undefined) children.set(parent, [task]);
    else list.push(task);
  }
  const after = new Map<string, Link[]>();
  for (const link of plan.links) {
    const list = after.get(link.to);
    if (list === undefined) after.set(link.to, [link]);
    else list.push(link);
  }

  const assigned = new Map<string, Assignment[]>();
  for (const a of plan.assignments ?? []) {
    const list = assigned.get(a.task);
    if (list === undefined) assigned.set(a.task, [a]);
    else list.push(a);
  }

  let written = 0;
  const taskOut = (task: Task): Out => {
    written++;
    const subtasks = children.get(task.id) ?? [];
    const summary = subtasks.length > 0;
    const duration = durationOut(task, summary);
    const links = after.get(task.id) ?? [];
    const constraint = constraintOut(task.constraint);
    return {
      id: task.id,
      ...(task.name === task.id ? {} : { name: task.name }),
      ...(duration === undefined ? {} : { duration }),
      ...(task.work === undefined || summary ? {} : { work: formatDuration(task.work) }),
      ...(task.milestone && !summary && duration === undefined ? { milestone: true } : {}),
      ...(links.length === 0 ? {} : { after: links.map(linkOut) }),
      ...(summary || !assigned.has(task.id) ? {} : { assign: assigned.get(task.id)?.map(assignOut) }),
      ...(constraint === undefined ? {} : { constraint }),
      ...(task.priority === undefined ? {} : { priority: task.priority }),
      ...(task.deadline === undefined ? {} : { deadline: task.deadline }),
      ...(task.calendar === undefined ? {} : { calendar: task.calendar }),
      ...(task.notes === undefined ? {} : { notes: task.notes }),
      ...(task.percentComplete === undefined ? {} : { percentComplete: task.percentComplete }),
      ...(task.actualStart === undefined ? {} : { actualStart: task.actualStart }),
      ...(task.actualFinish === undefined ? {} : { actualFinish: task.actualFinish }),
      ...(task.actualCost === undefined ? {} : { actualCost: task.actualCost }),
      ...(task.remainingDuration === undefined
        ? {}
        : { remainingDuration: formatDuration(task.remainingDuration) }),
      ...(summary ? { tasks: subtasks.map(taskOut) } : {}),
    };
  };

  const [main, ...others] = plan.calendars;
  const mainId = main?.id ?? STANDARD_CALENDAR.id;
  const p = plan.project;
  const out: Out = {
    project: {
      name: p.name,
      start: p.start,
      ...(p.timeZone === "UTC" ? {} : { timeZone: p.timeZone }),
      ...(p.calendar === mainId ? {} : { calendar: p.calendar }),
      ...(p.hoursPerDay === undefined ? {} : { hoursPerDay: p.hoursPerDay }),
      ...(p.hoursPerWeek === undefined ? {} : { hoursPerWeek: p.hoursPerWeek }),
      ...(p.statusDate === undefined ? {} : { statusDate: p.statusDate }),
      ...(p.moveIncompleteWork === undefined ? {} : { moveIncompleteWork: p.moveIncompleteWork }),
      ...(p.riskScales === undefined ? {} : { riskScales: riskScalesOut(p.riskScales) }),
    },
    // The built-in standard calendar is what a file without a `calendar:` block gets.
    ...(main === undefined || sameCalendar(main, STANDARD_CALENDAR)
      ? {}
      : { calendar: calendarOut(main, true) }),
    ...(others.length === 0 ? {} : { calendars: others.map((c) => calendarOut(c, false)) }),
    ...((plan.resources ?? []).length === 0 ? {} : { resources: plan.resources?.map(resourceOut) }),
    tasks: (children.get(null) ?? []).map(taskOut),
    ...raidOut(plan),
  };

  // Tasks whose parents form a loop are reachable from no top-level task; refuse rather than lose them.
  if (written !== plan.tasks.length) {
    throw new Error(`toPlanYaml: ${plan.tasks.length - written} tasks sit in a loop of parent tasks`);
  }

  // Shared arrays (an inherited workweek) are written out again, not as YAML anchors and aliases.
  const doc = new Document(out, { aliasDuplicateObjects: false });
  // Lists of plain values and link lists read best on one line: [mon, tue], [a, { task: b, type: SS }].
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (isSeq(pair.value) && (key === "after" || key === "assign" || pair.value.items.every(isScalar)))
        pair.value.flow = true;
      // One entry per line: exceptions as { date, name, hours }, risk scale levels, risk actions, plan edits.
      if (FLOW_ITEMS.has(String(key)) && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
      if (key === "residual" && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
