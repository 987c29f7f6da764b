import type { Constraint, ConstraintType, Duration, LocalDate, Task } from "@keel/model";
import type { FidelityCollector } from "./report.js";
import {
  durationFormat,
  keelDuration,
  localDate,
  localDateTime,
  parseIsoMinutes,
  type WorkUnits,
} from "./units.js";
import { children, flag, num, type Positions, text, type XmlElement } from "./xml.js";

/** MSPDI ConstraintType 0–7. */
export const CONSTRAINT_CODES: readonly ConstraintType[] = [
  "ASAP",
  "ALAP",
  "MSO",
  "MFO",
  "SNET",
  "SNLT",
  "FNET",
  "FNLT",
];

/** What MS Project computed for a task, as stored in the file: the oracle to compare Keel's schedule with. */
export interface MsProjectTaskDates {
  readonly id: string;
  readonly summary: boolean;
  readonly manual: boolean;
  readonly milestone: boolean;
  readonly start?: string | undefined;
  readonly finish?: string | undefined;
  readonly earlyStart?: string | undefined;
  readonly earlyFinish?: string | undefined;
  readonly lateStart?: string | undefined;
  readonly lateFinish?: string | undefined;
  /** Working minutes (MSPDI stores tenths of a minute). */
  readonly totalSlackMinutes?: number | undefined;
  readonly freeSlackMinutes?: number | undefined;
  readonly critical?: boolean | undefined;
}

/** Progress recorded in MS Project on a leaf task, as Keel's task fields. */
type Progress = Pick<Task, "percentComplete" | "actualStart" | "actualFinish">;

export interface ReadTasks {
  readonly tasks: Task[];
  /** The Task element of each imported task, by Keel id. */
  readonly elements: Map<string, XmlElement>;
  readonly msProject: MsProjectTaskDates[];
}

const ZERO: Duration = { value: 0, unit: "d", elapsed: false };

const slackMinutes = (t: XmlElement, name: string) => {
  const n = num(t, name);
  return n === undefined ? undefined : n / 10;
};

function storedDates(t: XmlElement, id: string, summary: boolean): MsProjectTaskDates {
  const critical = text(t, "Critical");
  return {
    id,
    summary,
    manual: flag(t, "Manual"),
    milestone: flag(t, "Milestone"),
    start: localDateTime(text(t, "Start")),
    finish: localDateTime(text(t, "Finish")),
    earlyStart: localDateTime(text(t, "EarlyStart")),
    earlyFinish: localDateTime(text(t, "EarlyFinish")),
    lateStart: localDateTime(text(t, "LateStart")),
    lateFinish: localDateTime(text(t, "LateFinish")),
    totalSlackMinutes: slackMinutes(t, "TotalSlack"),
    freeSlackMinutes: slackMinutes(t, "FreeSlack"),
    critical: critical === undefined ? undefined : flag(t, "Critical"),
  };
}

function readDuration(
  t: XmlElement,
  name: string,
  id: string,
  units: WorkUnits,
  positions: Positions,
): { duration: Duration; estimated: boolean } | undefined {
  const raw = text(t, name);
  if (raw === undefined) return undefined;
  const minutes = parseIsoMinutes(raw);
  if (minutes === undefined || minutes < 0) {
    throw positions.error(
      positions.of(t),
      `task UID ${id}: <${name}> "${raw}" is not a duration; expected ISO 8601 such as PT8H0M0S`,
    );
  }
  const format = durationFormat(num(t, "DurationFormat"));
  return { duration: keelDuration(minutes, format, units), estimated: format.estimated };
}

function readConstraint(t: XmlElement, id: string, summary: boolean, report: FidelityCollector): Constraint {
  const code = num(t, "ConstraintType") ?? 0;
  const type = CONSTRAINT_CODES[code];
  if (type === undefined) {
    report.dropped("constraints", "constraints of an unknown ConstraintType", "read as ASAP");
    return { type: "ASAP" };
  }
  if (type === "ASAP") return { type };
  if (summary && type !== "SNET" && type !== "FNLT") {
    report.dropped(
      "constraints",
      `${type} constraints on summary tasks`,
      "Keel summary tasks take only SNET and FNLT",
    );
    return { type: "ASAP" };
  }
  if (type === "ALAP") {
    report.exact("constraints", "constraints");
    return { type };
  }
  const date = localDateTime(text(t, "ConstraintDate"));
  if (date === undefined) {
    report.dropped(
      "constraints",
      `${type} constraints without a ConstraintDate`,
      `task UID ${id} read as ASAP`,
    );
    return { type: "ASAP" };
  }
  report.exact("constraints", "constraints");
  return { type, date };
}

/**
 * Percent complete and actual dates of a leaf task. A summary task's are MS Project's roll-up of its
 * subtasks, which Keel computes itself.
 */
function readProgress(t: XmlElement, summary: boolean, report: FidelityCollector): Progress {
  const percent = num(t, "PercentComplete") ?? 0;
  const actualStart = localDateTime(text(t, "ActualStart"));
  const actualFinish = localDateTime(text(t, "ActualFinish"));
  if (percent === 0 && actualStart === undefined && actualFinish === undefined) return {};
  if (summary) {
    report.exact("progress", "summary task progress (rolled up from the subtasks)");
    return {};
  }
  report.exact("progress", "tasks with progress (percent complete, actual start/finish)");
  return {
    ...(percent === 0 ? {} : { percentComplete: Math.min(100, Math.max(0, percent)) }),
    ...(actualStart === undefined ? {} : { actualStart }),
    ...(actualFinish === undefined ? {} : { actualFinish }),
  };
}

/**
 * Reads `<Tasks>` in ID order. The outline (OutlineLevel) gives each task its parent; the
 * project summary task (UID 0), blank rows and inactive tasks are left out. Task ids are the
 * MSPDI UIDs.
 */
export function readTasks(
  project: XmlElement,
  calendarIds: ReadonlySet<string>,
  units: WorkUnits,
  defaultFinishTime: string,
  positions: Positions,
  report: FidelityCollector,
): ReadTasks {
  const all = children(project, "Tasks", "Task")
    .map((t, index) => ({ t, index, order: num(t, "ID") ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map((e) => e.t)
    .filter((t) => {
      // Blank rows come with any OutlineLevel (often 0): leave them out before reading the outline.
      if (!flag(t, "IsNull")) return true;
      report.dropped("tasks", "blank task rows (IsNull)", "they hold no task");
      return false;
    });
  const tasks: Task[] = [];
  const elements = new Map<string, XmlElement>();
  const msProject: MsProjectTaskDates[] = [];
  /** Open summary tasks by outline level; `null` marks a left-out one (its subtasks are left out too). */
  const stack: { level: number; id: string | null }[] = [];
  const seen = new Set<string>();

  for (const [i, t] of all.entries()) {
    const id = text(t, "UID");
    const level = num(t, "OutlineLevel") ?? 1;
    if (id === undefined || seen.has(id)) {
      report.dropped("tasks", "tasks without a unique UID", "nothing can refer to them");
      continue;
    }
    seen.add(id);
    if (level <= 0 || id === "0") {
      report.dropped("tasks", "project summary task (UID 0)", "Keel rolls the whole plan up itself");
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
    const parentEntry = stack[stack.length - 1];
    const next = all[i + 1];
    const hasChildren = next !== undefined && (num(next, "OutlineLevel") ?? 1) > level;
    const inactive = text(t, "Active") === "0";
    if (inactive || parentEntry?.id === null) {
      stack.push({ level, id: null });
      report.dropped("tasks", "inactive tasks", "MS Project does not schedule them either");
      continue;
    }
    stack.push({ level, id });
    const parent = parentEntry?.id ?? null;
    const manual = flag(t, "Manual");
    const summary = hasChildren;
    msProject.push(storedDates(t, id, summary));
    elements.set(id, t);

    let duration = ZERO;
    let milestone = false;
    let constraint: Constraint = { type: "ASAP" };
    if (summary) {
      report.exact("tasks", "summary tasks");
      if (manual) {
        report.approximated(
          "tasks",
          "manually scheduled summary tasks",
          "rolled up from their subtasks like automatic ones",
        );
      }
      constraint = readConstraint(t, id, true, report);
    } else {
      const read =
        (manual ? readDuration(t, "ManualDuration", id, units, positions) : undefined) ??
        readDuration(t, "Duration", id, units, positions);
      duration = read?.duration ?? ZERO;
      if (read?.estimated) report.dropped("tasks", "estimated-duration flags (?)", "the durations are kept");
      const flaggedMilestone = flag(t, "Milestone");
      milestone = flaggedMilestone && duration.value === 0;
      if (flaggedMilestone && duration.value !== 0) {
        report.approximated(
          "tasks",
          "milestones with a duration",
          "imported as ordinary tasks of that duration (a Keel milestone has none)",
        );
      }
      const start = localDateTime(text(t, "ManualStart")) ?? localDateTime(text(t, "Start"));
      if (manual && start !== undefined) {
        constraint = { type: "MSO", date: start };
        report.approximated(
          "tasks",
          "manually scheduled tasks",
          "pinned to their start with a must-start-on (MSO) constraint; Keel has no manual scheduling",
        );
      } else {
        constraint = readConstraint(t, id, false, report);
        report.exact("tasks", milestone ? "milestones" : "tasks");
      }
    }

    const deadlineText = text(t, "Deadline");
    const deadline = localDate(deadlineText);
    if (deadline !== undefined) {
      const time = /T(\d{2}:\d{2})/.exec(deadlineText ?? "")?.[1];
      if (time === undefined || time === defaultFinishTime.slice(0, 5))
        report.exact("deadlines", "deadlines");
      else {
        report.approximated(
          "deadlines",
          "deadlines at another time than the default finish time",
          "kept as a date: a Keel deadline is the end of that day",
        );
      }
    }

    const calendarUid = text(t, "CalendarUID");
    let calendar: string | undefined;
    if (calendarUid !== undefined && calendarUid !== "-1") {
      if (calendarIds.has(calendarUid)) calendar = calendarUid;
      else report.dropped("tasks", "task calendars that do not exist", "the task uses the project calendar");
    }

    const progress = readProgress(t, summary, report);
    const notes = text(t, "Notes");
    // MS Project's default priority is 500, Keel's too: only other values are kept.
    const priority = num(t, "Priority");
    const keepPriority = priority !== undefined && priority !== 500 && priority >= 0 && priority <= 1000;
    if (keepPriority) report.exact("tasks", "leveling priorities");
    tasks.push({
      id,
      name: text(t, "Name") ?? "",
      parent,
      milestone,
      duration,
      constraint,
      ...(keepPriority ? { priority: Math.round(priority) } : {}),
      ...(deadline === undefined ? {} : { deadline: deadline as LocalDate }),
      ...(calendar === undefined ? {} : { calendar }),
      ...(notes === undefined ? {} : { notes }),
      ...progress,
    });
  }
  return { tasks, elements, msProject };
}
