import {
  type Assignment,
  type Calendar,
  type CalendarException,
  type Duration,
  isThreePoint,
  type Link,
  type LocalDate,
  type Plan,
  type Project,
  type Resource,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import { RecordedSourceMap, type SourceMap, type SourcePosition } from "../source-map.js";
import { buildRaid, toRiskScales } from "./build-raid.js";
import type { CalendarFile, PlanFile, ResourceFile, TaskFile } from "./file-schema.js";
import { ZERO } from "./value-schemas.js";
import type { Path, YamlLocator } from "./yaml-document.js";

type CalendarBody = Omit<CalendarFile, "id" | "base">;

/** The first value of `key` up the `base` chain (checked for loops before this runs). */
function inherit<K extends keyof CalendarBody>(
  calendar: CalendarFile,
  key: K,
  byId: ReadonlyMap<string, CalendarFile>,
): CalendarBody[K] | undefined {
  for (let c: CalendarFile | undefined = calendar; c !== undefined; ) {
    if (c[key] !== undefined) return c[key];
    c = "base" in c && c.base !== undefined ? byId.get(c.base) : undefined;
  }
  return undefined;
}

function toCalendar(id: string, file: CalendarFile, byId: ReadonlyMap<string, CalendarFile>): Calendar {
  const holidays: LocalDate[] = [];
  const named: CalendarException[] = [];
  for (const h of inherit(file, "holidays", byId) ?? []) {
    if (typeof h === "string") holidays.push(h);
    else named.push(h);
  }
  const weekdayHours = inherit(file, "weekdayHours", byId);
  return {
    id,
    ...(file.name === undefined ? {} : { name: file.name }),
    workweek: inherit(file, "workweek", byId) ?? STANDARD_CALENDAR.workweek,
    hours: inherit(file, "hours", byId) ?? STANDARD_CALENDAR.hours,
    ...(weekdayHours === undefined ? {} : { weekdayHours }),
    holidays,
    // Named or multi-day holidays become non-working exceptions placed first, so that the file's
    // own exceptions still win over every holiday.
    exceptions: [...named, ...(inherit(file, "exceptions", byId) ?? [])],
  };
}

function toResource(r: ResourceFile): Resource {
  return {
    id: r.id,
    name: r.name ?? r.id,
    type: r.type ?? "work",
    maxUnits: r.maxUnits ?? 1,
    ...(r.calendar === undefined ? {} : { calendar: r.calendar }),
    ...(r.costPerHour === undefined ? {} : { costPerHour: r.costPerHour }),
    ...(r.group === undefined ? {} : { group: r.group }),
    ...(r.timeOff === undefined
      ? {}
      : { timeOff: r.timeOff.map((t) => (typeof t === "string" ? { from: t, to: t } : t)) }),
  };
}

/** An effort-driven task's duration: its work spread over the units of its work resources. */
function effortDuration(work: Duration, assigned: readonly Assignment[], types: ReadonlyMap<string, string>) {
  const units = assigned.reduce((sum, a) => sum + (types.get(a.resource) === "work" ? a.units : 0), 0);
  return { ...work, value: work.value / (units || 1) };
}

/** Normalizes a checked plan file into the domain Plan, recording where each part was written. */
export function buildPlan(file: PlanFile, locator: YamlLocator): { plan: Plan; sourceMap: SourceMap } {
  const mainId = file.calendar?.id ?? STANDARD_CALENDAR.id;
  const byId = new Map<string, CalendarFile>((file.calendars ?? []).map((c) => [c.id, c]));
  if (file.calendar !== undefined) byId.set(mainId, file.calendar);
  const calendars: Calendar[] = [
    file.calendar === undefined ? STANDARD_CALENDAR : toCalendar(mainId, file.calendar, byId),
  ];
  const calendarAt = new Map<string, SourcePosition>();
  if (file.calendar !== undefined) calendarAt.set(mainId, locator.position(["calendar"]));
  for (const [i, c] of (file.calendars ?? []).entries()) {
    calendars.push(toCalendar(c.id, c, byId));
    calendarAt.set(c.id, locator.position(["calendars", i]));
  }

  const p = file.project;
  const project: Project = {
    name: p.name,
    start: p.start,
    timeZone: p.timeZone ?? "UTC",
    calendar: p.calendar ?? mainId,
    ...(p.hoursPerDay === undefined ? {} : { hoursPerDay: p.hoursPerDay }),
    ...(p.hoursPerWeek === undefined ? {} : { hoursPerWeek: p.hoursPerWeek }),
    ...(p.statusDate === undefined ? {} : { statusDate: p.statusDate }),
    ...(p.moveIncompleteWork === undefined ? {} : { moveIncompleteWork: p.moveIncompleteWork }),
    ...(p.riskScales === undefined ? {} : { riskScales: toRiskScales(p.riskScales) }),
  };

  const resources = (file.resources ?? []).map(toResource);
  const resourceAt = new Map(resources.map((r, i) => [r.id, locator.position(["resources", i])]));
  const resourceType = new Map(resources.map((r) => [r.id, r.type]));
  const assignments: Assignment[] = [];
  const tasks: Task[] = [];
  const links: Link[] = [];
  const taskAt = new Map<string, SourcePosition>();
  const linkAt: SourcePosition[] = [];
  const addTasks = (list: readonly TaskFile[], parent: string | null, path: Path) => {
    for (const [i, t] of list.entries()) {
      const taskPath = [...path, i];
      const summary = (t.tasks?.length ?? 0) > 0;
      const estimate = t.duration !== undefined && isThreePoint(t.duration) ? t.duration : undefined;
      const assigned = (t.assign ?? []).map(
        (a): Assignment =>
          typeof a === "string"
            ? { task: t.id, resource: a, units: 1 }
            : { task: t.id, resource: a.resource, units: a.units ?? 1 },
      );
      assignments.push(...assigned);
      const duration =
        t.work === undefined
          ? (estimate?.mostLikely ?? (t.duration as Duration | undefined) ?? ZERO)
          : effortDuration(t.work, assigned, resourceType);
      tasks.push({
        id: t.id,
        name: t.name ?? t.id,
        parent,
        milestone: !summary && (t.milestone === true || duration.value === 0),
        duration,
        ...(estimate === undefined ? {} : { estimate }),
        ...(t.work === undefined ? {} : { work: t.work }),
        constraint: t.constraint ?? { type: "ASAP" },
        ...(t.priority === undefined ? {} : { priority: t.priority }),
        ...(t.deadline === undefined ? {} : { deadline: t.deadline }),
        ...(t.calendar === undefined ? {} : { calendar: t.calendar }),
        ...(t.notes === undefined ? {} : { notes: t.notes }),
        ...(t.percentComplete === undefined ? {} : { percentComplete: t.percentComplete }),
        ...(t.actualStart === undefined ? {} : { actualStart: t.actualStart }),
        ...(t.actualFinish === undefined ? {} : { actualFinish: t.actualFinish }),
        ...(t.actualCost === undefined ? {} : { actualCost: t.actualCost }),
        ...(t.remainingDuration === undefined ? {} : { remainingDuration: t.remainingDuration }),
      });
      taskAt.set(t.id, locator.position(taskPath));
      for (const [j, entry] of (t.after ?? []).entries()) {
        links.push(
          typeof entry === "string"
            ? { from: entry, to: t.id, type: "FS", lag: ZERO }
            : { from: entry.task, to: t.id, type: entry.type ?? "FS", lag: entry.lag ?? ZERO },
        );
        linkAt.push(locator.position([...taskPath, "after", j]));
      }
      addTasks(t.tasks ?? [], t.id, [...taskPath, "tasks"]);
    }
  };
  addTasks(file.tasks, null, ["tasks"]);

  return {
    plan: {
      project,
      calendars,
      tasks,
      links,
      ...(resources.length === 0 ? {} : { resources }),
      ...(assignments.length === 0 ? {} : { assignments }),
      ...buildRaid(file),
    },
    sourceMap: new RecordedSourceMap(taskAt, linkAt, calendarAt, resourceAt),
  };
}
