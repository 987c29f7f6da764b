import {
  type Assignment,
  type Baseline,
  type Calendar,
  type Plan,
  type Project,
  type Resource,
  STANDARD_CALENDAR,
  type Task,
} from "@keel/model";
import { RecordedSourceMap, type SourceMap, type SourcePosition } from "../source-map.js";
import { readAssignments } from "./assignments.js";
import { readBaselines } from "./baselines.js";
import { readCalendars } from "./calendars.js";
import { readLinks } from "./links.js";
import { FidelityCollector, type FidelityReport } from "./report.js";
import { readResources } from "./resources.js";
import { type MsProjectTaskDates, readTasks } from "./tasks.js";
import { localDateTime, parseIsoMinutes, type WorkUnits } from "./units.js";
import { children, num, readMspdiXml, text, type XmlElement } from "./xml.js";

/** A Microsoft Project XML file read into Keel: the plan, the data beside it, and how faithful it is. */
export interface MspdiImport {
  readonly plan: Plan;
  readonly resources: Resource[];
  readonly assignments: Assignment[];
  readonly baselines: Baseline[];
  /** The dates, slack and criticality MS Project had computed, as stored in the file. */
  readonly msProject: MsProjectTaskDates[];
  readonly report: FidelityReport;
  readonly sourceMap: SourceMap;
}

const DEFAULT_UNITS: WorkUnits = { minutesPerDay: 480, minutesPerWeek: 2400 };

function positive(n: number | undefined, fallback: number): number {
  return n !== undefined && n > 0 ? n : fallback;
}

function readProject(
  project: XmlElement,
  file: string,
  calendars: Calendar[],
  units: WorkUnits,
  fail: (message: string) => Error,
  report: FidelityCollector,
): Project {
  const start = localDateTime(text(project, "StartDate"));
  if (start === undefined) throw fail("<StartDate> is missing or not a date-time; the plan needs a start");
  let calendar = text(project, "CalendarUID");
  if (calendar === undefined || !calendars.some((c) => c.id === calendar)) {
    const fallback = calendars[0]?.id;
    report.approximated(
      "project",
      "project calendar references that do not resolve",
      fallback === undefined ? "MS Project's standard calendar is used" : `calendar ${fallback} is used`,
    );
    if (fallback === undefined)
      calendars.push({ ...STANDARD_CALENDAR, id: "1", hours: ["08:00-12:00", "13:00-17:00"] });
    calendar = calendars[0]?.id ?? "1";
  }
  if (text(project, "ScheduleFromStart") === "0") {
    report.approximated(
      "project",
      "scheduling from the project finish date",
      "scheduled forward from the start date; Keel plans schedule forward",
    );
  }
  const fileName =
    file
      .split(/[\\/]/)
      .pop()
      ?.replace(/\.[^.]*$/, "") || "Imported project";
  const statusDate = localDateTime(text(project, "StatusDate"));
  report.exact("project", "project properties (name, start, calendar, minutes per day and week)");
  return {
    name: text(project, "Title") ?? text(project, "Name") ?? fileName,
    start,
    timeZone: "UTC",
    calendar,
    hoursPerDay: units.minutesPerDay / 60,
    hoursPerWeek: units.minutesPerWeek / 60,
    ...(statusDate === undefined ? {} : { statusDate }),
  };
}

/**
 * MS Project keeps actuals recorded after its status date; Keel refuses them, as progress is
 * reported as of that date. Such a status date is left out rather than the progress.
 */
function withoutStaleStatusDate(
  project: Project,
  tasks: readonly Task[],
  report: FidelityCollector,
): Project {
  const { statusDate, ...rest } = project;
  if (statusDate === undefined) return project;
  const later = tasks.some(
    (t) =>
      (t.actualStart !== undefined && t.actualStart > statusDate) ||
      (t.actualFinish !== undefined && t.actualFinish > statusDate),
  );
  if (!later) return project;
  report.dropped(
    "project",
    "status dates before recorded actuals",
    "left out: Keel reports progress as of the status date, and the file has actuals after it",
  );
  return rest;
}

function countDropped(
  project: XmlElement,
  tasks: ReadonlyMap<string, XmlElement>,
  report: FidelityCollector,
) {
  const definitions = children(project, "ExtendedAttributes", "ExtendedAttribute").length;
  report.dropped("custom fields", "custom field definitions", "Keel has no custom fields yet", definitions);
  const outlineCodes = children(project, "OutlineCodes", "OutlineCode").length;
  report.dropped("custom fields", "outline code definitions", "Keel has no custom fields yet", outlineCodes);
  for (const t of tasks.values()) {
    const values = children(t, "ExtendedAttribute").length;
    report.dropped("custom fields", "task custom field values", "Keel has no custom fields yet", values);
    const work = parseIsoMinutes(text(t, "Work") ?? "PT0H0M0S") ?? 0;
    if ((num(t, "Cost") ?? 0) > 0 || (num(t, "FixedCost") ?? 0) > 0 || work > 0) {
      report.dropped(
        "costs and work",
        "tasks with cost or work",
        "Keel derives cost from assignments and rates",
      );
    }
  }
  for (const r of children(project, "Resources", "Resource")) {
    const values = children(r, "ExtendedAttribute").length;
    report.dropped("custom fields", "resource custom field values", "Keel has no custom fields yet", values);
  }
}

/**
 * MS Project schedules a task that has no calendar of its own on its work resources' calendars
 * (unless IgnoreResourceCalendar is set). A task whose work resources share one calendar gets that
 * calendar; with several different ones (MS Project then works whenever any of them does) the
 * task keeps the project calendar.
 */
function onResourceCalendars(
  tasks: readonly Task[],
  elements: ReadonlyMap<string, XmlElement>,
  resources: readonly Resource[],
  workCalendars: ReadonlyMap<string, string>,
  assignments: readonly Assignment[],
  projectCalendar: string,
  report: FidelityCollector,
): Task[] {
  const resourceById = new Map(resources.map((r) => [r.id, r]));
  const calendarsOf = new Map<string, Set<string>>();
  for (const a of assignments) {
    const r = resourceById.get(a.resource);
    if (r === undefined || r.type !== "work") continue;
    const set = calendarsOf.get(a.task) ?? new Set<string>();
    set.add(workCalendars.get(r.id) ?? projectCalendar);
    calendarsOf.set(a.task, set);
  }
  return tasks.map((t) => {
    const cals = calendarsOf.get(t.id);
    if (
      t.calendar !== undefined ||
      cals === undefined ||
      text(elements.get(t.id), "IgnoreResourceCalendar") === "1"
    ) {
      return t;
    }
    const [only] = cals;
    if (cals.size > 1) {
      report.approximated(
        "tasks",
        "tasks whose resources work on different calendars",
        "scheduled on the project calendar (MS Project works whenever any of the resources does)",
      );
      return t;
    }
    if (only === undefined || only === projectCalendar) return t;
    report.exact("tasks", "tasks scheduled on their resource's calendar");
    return { ...t, calendar: only };
  });
}

/**
 * Reads Microsoft Project XML (MSPDI). Task, calendar and resource ids are the MSPDI UIDs. Throws a
 * FormatError for input that is not safe or not MSPDI; anything MSPDI has and Keel cannot hold is
 * approximated or dropped and counted in `report`.
 */
export function parseMspdi(xml: string, file: string): MspdiImport {
  const { project, positions } = readMspdiXml(xml, file);
  const report = new FidelityCollector(file);
  const units: WorkUnits = {
    minutesPerDay: positive(num(project, "MinutesPerDay"), DEFAULT_UNITS.minutesPerDay),
    minutesPerWeek: positive(num(project, "MinutesPerWeek"), DEFAULT_UNITS.minutesPerWeek),
  };
  const { calendars: allCalendars, elements: calendarElements, daysOff } = readCalendars(project, report);
  const calendarIds = new Set(allCalendars.map((c) => c.id));
  const projectRead = readProject(
    project,
    file,
    allCalendars,
    units,
    (message) => positions.error(positions.of(project), message),
    report,
  );
  const defaultFinish = text(project, "DefaultFinishTime") ?? "17:00:00";
  const read = readTasks(project, calendarIds, units, defaultFinish, positions, report);
  const projectData = withoutStaleStatusDate(projectRead, read.tasks, report);
  const { links, positions: linkPositions } = readLinks(read.tasks, read.elements, units, positions, report);
  const { resources, workCalendars, timeOffCalendars } = readResources(project, calendarIds, daysOff, report);
  const assignments = readAssignments(
    project,
    new Set(read.tasks.map((t) => t.id)),
    new Set(resources.map((r) => r.id)),
    report,
  );
  const tasks = onResourceCalendars(
    read.tasks,
    read.elements,
    resources,
    workCalendars,
    assignments,
    projectData.calendar,
    report,
  );
  // A resource's days-off calendar stays only where a task follows it: the resource has its time off.
  const taskCalendars = new Set(tasks.map((t) => t.calendar));
  const calendars = allCalendars.filter((c) => !timeOffCalendars.has(c.id) || taskCalendars.has(c.id));
  const baselines = readBaselines(project, read.elements, report);
  countDropped(project, read.elements, report);

  const taskPositions = new Map<string, SourcePosition>();
  for (const [id, el] of read.elements) taskPositions.set(id, positions.of(el));
  const calendarPositions = new Map<string, SourcePosition>();
  for (const [id, el] of calendarElements) calendarPositions.set(id, positions.of(el));
  return {
    plan: {
      project: projectData,
      calendars,
      tasks,
      links,
      ...(resources.length === 0 ? {} : { resources }),
      ...(assignments.length === 0 ? {} : { assignments }),
    },
    resources,
    assignments,
    baselines,
    msProject: read.msProject,
    report: report.report(),
    sourceMap: new RecordedSourceMap(taskPositions, linkPositions, calendarPositions),
  };
}
