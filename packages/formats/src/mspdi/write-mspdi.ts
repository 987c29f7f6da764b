import type { PlanSchedule } from "@keel/engine";
import {
  type Assignment,
  type Baseline,
  type Calendar,
  type CalendarException,
  type Plan,
  parseTimeRange,
  type Resource,
  type TimeRange,
  WEEKDAYS,
} from "@keel/model";
import { baselineNumber } from "./baselines.js";
import { LINK_CODES } from "./links.js";
import { RESOURCE_CODES } from "./resources.js";
import { CONSTRAINT_CODES } from "./tasks.js";
import { durationToMinutes, formatCode, isoMinutes, mspdiDateTime, type WorkUnits } from "./units.js";
import { MSPDI_NAMESPACE } from "./xml.js";

export interface MspdiExportOptions {
  readonly resources?: readonly Resource[];
  readonly assignments?: readonly Assignment[];
  readonly baselines?: readonly Baseline[];
  /** Keel's schedule of the plan: when given, each task's Start, Finish, early/late dates and slack are written too. */
  readonly schedule?: PlanSchedule;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Builds indented XML one element at a time. */
class Xml {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  private depth = 0;

  open(name: string, attributes = ""): this {
    this.lines.push(`${"  ".repeat(this.depth++)}<${name}${attributes}>`);
    return this;
  }

  close(name: string): this {
    this.lines.push(`${"  ".repeat(--this.depth)}</${name}>`);
    return this;
  }

  leaf(name: string, value: string | number | boolean | undefined): this {
    if (value === undefined) return this;
    const v = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    this.lines.push(`${"  ".repeat(this.depth)}<${name}>${escapeXml(v)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}

/** MSPDI needs integer UIDs: Keel ids that are whole numbers keep theirs, the others are numbered after them. */
function uidMap(ids: readonly string[], from = 1): Map<string, number> {
  const map = new Map<string, number>();
  const numeric = ids.every((id) => /^[1-9]\d{0,8}$/.test(id)) && new Set(ids).size === ids.length;
  if (numeric) for (const id of ids) map.set(id, Number(id));
  else for (const [i, id] of ids.entries()) map.set(id, from + i);
  return map;
}

const time = (hhmm: string) => (hhmm === "24:00" ? "00:00:00" : `${hhmm}:00`);

function workingTimes(xml: Xml, hours: readonly TimeRange[]): void {
  if (hours.length === 0) return;
  xml.open("WorkingTimes");
  for (const range of hours) {
    const [from = "", to = ""] = range.split("-");
    xml
      .open("WorkingTime")
      .leaf("FromTime", time(from.trim()))
      .leaf("ToTime", time(to.trim()))
      .close("WorkingTime");
  }
  xml.close("WorkingTimes");
}

function calendarXml(xml: Xml, c: Calendar, uid: number): void {
  xml
    .open("Calendar")
    .leaf("UID", uid)
    .leaf("Name", c.name)
    .leaf("IsBaseCalendar", true)
    .leaf("BaseCalendarUID", -1);
  xml.open("WeekDays");
  for (let dayType = 1; dayType <= 7; dayType++) {
    const day = WEEKDAYS[(dayType + 5) % 7] as (typeof WEEKDAYS)[number];
    const hours = c.weekdayHours?.[day] ?? (c.workweek.includes(day) ? c.hours : []);
    const working = c.workweek.includes(day) && hours.length > 0;
    xml.open("WeekDay").leaf("DayType", dayType).leaf("DayWorking", working);
    if (working) workingTimes(xml, hours);
    xml.close("WeekDay");
  }
  xml.close("WeekDays");
  exceptionsXml(xml, [
    ...c.holidays.map((d) => ({ from: d, to: d, name: undefined, hours: [] as readonly TimeRange[] })),
    ...c.exceptions,
  ]);
  xml.close("Calendar");
}

function exceptionsXml(xml: Xml, exceptions: readonly CalendarException[]): void {
  if (exceptions.length === 0) return;
  xml.open("Exceptions");
  for (const e of exceptions) {
    xml
      .open("Exception")
      .leaf("EnteredByOccurrences", false)
      .open("TimePeriod")
      .leaf("FromDate", `${e.from}T00:00:00`)
      .leaf("ToDate", `${e.to}T23:59:00`)
      .close("TimePeriod")
      .leaf("Occurrences", 1)
      .leaf("Name", e.name)
      .leaf("Type", 1)
      .leaf("DayWorking", e.hours.length > 0);
    workingTimes(xml, e.hours);
    xml.close("Exception");
  }
  xml.close("Exceptions");
}

/**
 * A resource's time off as MS Project keeps it: the resource's own calendar, derived from the one
 * it works on, with each time off as a non-working exception.
 */
function timeOffCalendarXml(xml: Xml, r: Resource, uid: number, baseUid: number | undefined): void {
  xml
    .open("Calendar")
    .leaf("UID", uid)
    .leaf("Name", r.name)
    .leaf("IsBaseCalendar", false)
    .leaf("BaseCalendarUID", baseUid);
  exceptionsXml(
    xml,
    (r.timeOff ?? []).map((t) => ({ from: t.from, to: t.to, name: t.name, hours: [] })),
  );
  xml.close("Calendar");
}

/** Minutes of a calendar's normal working day: what Keel uses for `d` when hoursPerDay is not set. */
function dayMinutes(c: Calendar | undefined): number {
  let total = 0;
  for (const r of c?.hours ?? []) {
    const parsed = parseTimeRange(r);
    if (typeof parsed !== "string") total += parsed[1] - parsed[0];
  }
  return total > 0 ? total : 480;
}

/**
 * Writes a plan (and optionally its resources, assignments and baselines) as Microsoft Project XML.
 * Reading the result with parseMspdi gives the same Keel model back for plans that came from
 * MSPDI; ids that are not whole numbers are renumbered, three-point estimates and the time zone
 * have no place in MSPDI and are not written.
 */
export function toMspdi(plan: Plan, options: MspdiExportOptions = {}): string {
  const { project } = plan;
  const projectCalendar = plan.calendars.find((c) => c.id === project.calendar);
  const minutesPerDay = Math.round((project.hoursPerDay ?? dayMinutes(projectCalendar) / 60) * 60);
  const workdays = projectCalendar?.workweek.length ?? 5;
  const minutesPerWeek = Math.round((project.hoursPerWeek ?? (minutesPerDay / 60) * workdays) * 60);
  const units: WorkUnits = { minutesPerDay, minutesPerWeek };
  const firstHours = projectCalendar?.hours[0]?.split("-") ?? ["08:00", "17:00"];
  const lastHours = projectCalendar?.hours[projectCalendar.hours.length - 1]?.split("-") ?? [
    "08:00",
    "17:00",
  ];
  const startTime = time(firstHours[0] ?? "08:00");
  const finishTime = time(lastHours[1] ?? "17:00");

  const calendarUid = uidMap(plan.calendars.map((c) => c.id));
  const taskUid = uidMap(plan.tasks.map((t) => t.id));
  const resources = options.resources ?? plan.resources ?? [];
  const resourceUid = uidMap(resources.map((r) => r.id));
  // Resources with time off get a calendar of their own, numbered after the plan's.
  const resourceCalendarUid = new Map<string, number>();
  let nextCalendarUid = Math.max(0, ...calendarUid.values()) + 1;
  for (const r of resources)
    if ((r.timeOff?.length ?? 0) > 0) resourceCalendarUid.set(r.id, nextCalendarUid++);
  const savedAt = options.baselines?.[0]?.savedAt;

  const xml = new Xml();
  xml.open("Project", ` xmlns="${MSPDI_NAMESPACE}"`);
  xml
    .leaf("SaveVersion", 14)
    .leaf("Name", project.name)
    .leaf("Title", project.name)
    .leaf("ScheduleFromStart", true)
    .leaf("StartDate", mspdiDateTime(project.start, startTime));
  if (options.schedule !== undefined) xml.leaf("FinishDate", options.schedule.project.finish);
  xml
    .leaf("CalendarUID", calendarUid.get(project.calendar))
    .leaf("DefaultStartTime", startTime)
    .leaf("DefaultFinishTime", finishTime)
    .leaf("MinutesPerDay", minutesPerDay)
    .leaf("MinutesPerWeek", minutesPerWeek)
    .leaf("DaysPerMonth", 20)
    .leaf("WeekStartDay", 0)
    .leaf(
      "StatusDate",
      project.statusDate === undefined ? undefined : mspdiDateTime(project.statusDate, startTime),
    )
    .leaf("LastSaved", savedAt === undefined ? undefined : `${savedAt.slice(0, 16)}:00`);

  xml.open("Calendars");
  for (const c of plan.calendars) calendarXml(xml, c, calendarUid.get(c.id) ?? 0);
  for (const r of resources) {
    const uid = resourceCalendarUid.get(r.id);
    if (uid !== undefined) timeOffCalendarXml(xml, r, uid, calendarUid.get(r.calendar ?? project.calendar));
  }
  xml.close("Calendars");

  const depth = new Map<string, number>();
  const summaries = new Set(plan.tasks.flatMap((t) => (t.parent === null ? [] : [t.parent])));
  const predecessors = new Map<string, Plan["links"][number][]>();
  for (const l of plan.links) predecessors.set(l.to, [...(predecessors.get(l.to) ?? []), l]);
  const baselinesByTask = new Map<string, { n: number; start: string; finish: string; minutes: number }[]>();
  const used = new Set((options.baselines ?? []).map((b) => baselineNumber(b.name)));
  let nextNumber = 0;
  for (const b of options.baselines ?? []) {
    let n = baselineNumber(b.name);
    if (n === undefined) {
      while (used.has(nextNumber)) nextNumber++;
      n = nextNumber;
      used.add(n);
    }
    for (const t of b.tasks) {
      const list = baselinesByTask.get(t.id) ?? [];
      list.push({ n, start: t.start, finish: t.finish, minutes: t.durationMinutes });
      baselinesByTask.set(t.id, list);
    }
  }
  const scheduled = new Map(options.schedule?.tasks.map((t) => [t.id, t]) ?? []);

  xml.open("Tasks");
  xml
    .open("Task")
    .leaf("UID", 0)
    .leaf("ID", 0)
    .leaf("Name", project.name)
    .leaf("OutlineLevel", 0)
    .leaf("Summary", true)
    .close("Task");
  for (const [index, t] of plan.tasks.entries()) {
    const level = t.parent === null ? 1 : (depth.get(t.parent) ?? 0) + 1;
    depth.set(t.id, level);
    const summary = summaries.has(t.id);
    const minutes = durationToMinutes(t.duration, units);
    xml
      .open("Task")
      .leaf("UID", taskUid.get(t.id))
      .leaf("ID", index + 1)
      .leaf("Name", t.name)
      .leaf("Active", true)
      .leaf("Manual", false)
      .leaf("OutlineLevel", level)
      .leaf("Priority", t.priority);
    const s = scheduled.get(t.id);
    if (s !== undefined) xml.leaf("Start", s.start).leaf("Finish", s.finish);
    xml
      .leaf("Duration", isoMinutes(summary ? 0 : minutes))
      .leaf("DurationFormat", formatCode(t.duration.unit, t.duration.elapsed))
      .leaf("Milestone", t.milestone)
      .leaf("Summary", summary);
    if (s !== undefined) {
      xml
        .leaf("Critical", s.critical)
        .leaf("EarlyStart", s.earlyStart)
        .leaf("EarlyFinish", s.earlyFinish)
        .leaf("LateStart", s.lateStart)
        .leaf("LateFinish", s.lateFinish)
        .leaf("FreeSlack", Math.round(s.freeFloatMinutes * 10))
        .leaf("TotalSlack", Math.round(s.totalFloatMinutes * 10));
    }
    const c = t.constraint;
    xml.leaf("ConstraintType", CONSTRAINT_CODES.indexOf(c.type));
    if ("date" in c) {
      const atEnd = c.type === "FNET" || c.type === "FNLT" || c.type === "MFO";
      xml.leaf("ConstraintDate", mspdiDateTime(c.date, atEnd ? finishTime : startTime));
    }
    xml
      .leaf("CalendarUID", t.calendar === undefined ? -1 : calendarUid.get(t.calendar))
      .leaf("Deadline", t.deadline === undefined ? undefined : `${t.deadline}T${finishTime}`)
      .leaf("Notes", t.notes)
      .leaf("PercentComplete", t.percentComplete)
      .leaf("ActualStart", t.actualStart === undefined ? undefined : mspdiDateTime(t.actualStart, startTime))
      .leaf(
        "ActualFinish",
        t.actualFinish === undefined ? undefined : mspdiDateTime(t.actualFinish, finishTime),
      );
    for (const l of predecessors.get(t.id) ?? []) {
      const lag = l.lag;
      const lagValue = "percent" in lag ? lag.percent : Math.round(durationToMinutes(lag, units) * 10);
      xml
        .open("PredecessorLink")
        .leaf("PredecessorUID", taskUid.get(l.from))
        .leaf("Type", LINK_CODES.indexOf(l.type))
        .leaf("CrossProject", false)
        .leaf("LinkLag", lagValue)
        .leaf("LagFormat", "percent" in lag ? 19 : formatCode(lag.unit, lag.elapsed))
        .close("PredecessorLink");
    }
    for (const b of baselinesByTask.get(t.id) ?? []) {
      xml
        .open("Baseline")
        .leaf("Number", b.n)
        .leaf("Start", mspdiDateTime(b.start, startTime))
        .leaf("Finish", mspdiDateTime(b.finish, finishTime))
        .leaf("Duration", isoMinutes(b.minutes))
        .close("Baseline");
    }
    xml.close("Task");
  }
  xml.close("Tasks");

  xml.open("Resources");
  for (const [index, r] of resources.entries()) {
    xml
      .open("Resource")
      .leaf("UID", resourceUid.get(r.id))
      .leaf("ID", index + 1)
      .leaf("Name", r.name)
      .leaf("Type", RESOURCE_CODES.indexOf(r.type))
      .leaf("Group", r.group)
      .leaf("IsCostResource", r.type === "cost")
      .leaf("MaxUnits", r.maxUnits)
      .leaf("StandardRate", r.costPerHour)
      .leaf("StandardRateFormat", r.costPerHour === undefined ? undefined : 2)
      .leaf(
        "CalendarUID",
        resourceCalendarUid.get(r.id) ?? (r.calendar === undefined ? undefined : calendarUid.get(r.calendar)),
      )
      .close("Resource");
  }
  xml.close("Resources");

  xml.open("Assignments");
  for (const [index, a] of (options.assignments ?? plan.assignments ?? []).entries()) {
    xml
      .open("Assignment")
      .leaf("UID", index + 1)
      .leaf("TaskUID", taskUid.get(a.task))
      .leaf("ResourceUID", resourceUid.get(a.resource))
      .leaf("Units", a.units)
      .close("Assignment");
  }
  xml.close("Assignments");
  xml.close("Project");
  return xml.toString();
}
