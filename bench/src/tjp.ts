import {
  type Calendar,
  type Duration,
  type Lag,
  type Link,
  type Plan,
  parseTimeRange,
  STANDARD_CALENDAR,
  type Task,
  WEEKDAYS,
} from "@keel/model";
import { formatMinute, WorkingTime, wallMinute } from "./working-time.js";

/** Name of the CSV task report (`<name>.csv` in tj3's output directory). */
export const TJ_REPORT = "keel";

export interface TjpProject {
  readonly text: string;
  /** tj3's full task id → [index of the plan, Keel task id]. */
  readonly tasks: ReadonlyMap<string, readonly [number, string]>;
}

export interface TjpOptions {
  /** End of the tj3 project frame (`YYYY-MM-DD`); tj3 refuses tasks beyond it. Default: ten years after the start, at most 2035. */
  readonly end?: string;
}

const ELAPSED = { min: 1, h: 60, d: 1440, w: 10080 } as const;
/** tj3 schedules on a 5-minute grid (`timingresolution 5min`), its finest. */
const SLOT = 5;
/** tj3 3.7 handles no date after 2035. */
const LAST_DAY = "2035-12-31";

const tjDate = (t: number) => formatMinute(t).replace("T", "-");

export class Inexpressible extends Error {
  constructor(what: string) {
    super(`tj3 cannot express ${what}`);
    this.name = "Inexpressible";
  }
}

function projectCalendar(plan: Plan): Calendar {
  const id = plan.project.calendar;
  const cal =
    plan.calendars.find((c) => c.id === id) ?? (id === STANDARD_CALENDAR.id ? STANDARD_CALENDAR : undefined);
  if (cal === undefined) throw new Error(`plan "${plan.project.name}" names unknown calendar "${id}"`);
  return cal;
}

const clock = (m: number) => `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;

/** The `workinghours` lines of a calendar: tj3 counts `length` and `gaplength` on them. */
function calendarLines(cal: Calendar): string[] {
  const lines: string[] = [];
  for (const wd of WEEKDAYS) {
    const hours = cal.workweek.includes(wd) ? (cal.weekdayHours?.[wd] ?? cal.hours) : [];
    const spans = hours.map((h) => {
      const r = parseTimeRange(h);
      if (typeof r === "string") throw new Error(r);
      return `${clock(r[0])}-${clock(r[1])}`;
    });
    lines.push(`  workinghours ${wd} ${spans.length === 0 ? "off" : spans.join(", ")}`);
  }
  return lines;
}

/** Days off up to the project's end (tj3 refuses dates outside the project). */
function leaveLines(cal: Calendar, end: string): string[] {
  const lines = cal.holidays.filter((d) => d < end).map((d) => `leaves holiday "holiday" ${d}`);
  for (const ex of cal.exceptions.filter((e) => e.from < end)) {
    if (ex.hours.length > 0) throw new Inexpressible(`an exception with working hours (${ex.from})`);
    const days = (wallMinute(ex.to) - wallMinute(ex.from)) / 1440 + 1;
    lines.push(`leaves holiday "exception" ${ex.from} +${days}d`);
  }
  return lines;
}

/** Writes minutes in the largest exact unit tj3 knows: working days of `dailyworkinghours`, hours, minutes. */
function amount(minutes: number, dayMinutes: number): string {
  if (minutes % SLOT !== 0) throw new Inexpressible(`${minutes} minutes on a ${SLOT}-minute grid`);
  if (minutes % dayMinutes === 0) return `${minutes / dayMinutes}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}min`;
}

/** Unit sizes of one plan: `d` and `w` follow hoursPerDay/hoursPerWeek or the calendar's normal week. */
interface Units {
  readonly day: number;
  readonly week: number;
}

function minutes(d: Duration, u: Units): number {
  const per = d.elapsed
    ? ELAPSED[d.unit]
    : d.unit === "d"
      ? u.day
      : d.unit === "w"
        ? u.week
        : ELAPSED[d.unit];
  return Math.round(d.value * per);
}

/** A link's lag as a tj3 gap: `gaplength` counts working time, `gapduration` wall-clock time. */
function gap(lag: Lag, pred: Task, predIsSummary: boolean, u: Units, tjDay: number): string {
  let m: number;
  let elapsed: boolean;
  if ("percent" in lag) {
    if (predIsSummary) throw new Inexpressible(`a percent lag from summary task "${pred.id}"`);
    m = pred.milestone ? 0 : Math.round((lag.percent / 100) * minutes(pred.duration, u));
    elapsed = pred.duration.elapsed;
  } else {
    m = minutes(lag, u);
    elapsed = lag.elapsed;
  }
  if (m < 0) throw new Inexpressible(`a lead (negative lag) after "${pred.id}"`);
  if (m === 0) return "";
  return elapsed ? `gapduration ${amount(m, 1440)}` : `gaplength ${amount(m, tjDay)}`;
}

/**
 * Writes plans as one TaskJuggler project: each plan becomes a top-level task `p<k>` starting at
 * the plan's first working moment, so many independent plans schedule in one tj3 run. The plans
 * must share one project calendar (tj3 has one global working time) and use only what tj3 can
 * express for ASAP tasks: FS and SS links, lags of zero or more, no constraints, no task calendars.
 */
export function toTjp(plans: readonly Plan[], options: TjpOptions = {}): TjpProject {
  const first = plans[0];
  if (first === undefined) throw new Error("no plan to write");
  const cal = projectCalendar(first);
  const wt = new WorkingTime(cal);
  const tjDay = wt.normalDayMinutes();
  const out: string[] = [];
  const ids = new Map<string, readonly [number, string]>();
  const starts = plans.map((p) => wt.nextStart(wallMinute(p.project.start)));
  const start = Math.min(...starts);
  const end = [
    options.end ?? formatMinute(start + 10 * 366 * 1440).slice(0, 10),
    LAST_DAY,
  ].sort()[0] as string;

  out.push(`project keel "Keel plans" ${tjDate(start)} - ${end} {`);
  out.push(`  timezone "UTC"`, `  timingresolution ${SLOT}min`, `  dailyworkinghours ${tjDay / 60}`);
  out.push(...calendarLines(cal), "}", ...leaveLines(cal, end));

  plans.forEach((plan, k) => {
    if (JSON.stringify(projectCalendar(plan)) !== JSON.stringify(cal)) {
      throw new Inexpressible(`plans with different calendars in one project ("${plan.project.name}")`);
    }
    const day = plan.project.hoursPerDay ? Math.round(plan.project.hoursPerDay * 60) : tjDay;
    const u: Units = {
      day,
      week: plan.project.hoursPerWeek
        ? Math.round(plan.project.hoursPerWeek * 60)
        : day * wt.workingDaysPerWeek(),
    };
    const index = new Map(plan.tasks.map((t, i) => [t.id, i]));
    const children = new Map<string | null, number[]>();
    plan.tasks.forEach((t, i) => {
      if (t.calendar !== undefined && t.calendar !== plan.project.calendar) {
        throw new Inexpressible(`a task calendar ("${t.id}" works on "${t.calendar}")`);
      }
      if (t.constraint.type !== "ASAP") {
        throw new Inexpressible(`a ${t.constraint.type} constraint ("${t.id}")`);
      }
      const list = children.get(t.parent) ?? [];
      list.push(i);
      children.set(t.parent, list);
    });
    const fullId: string[] = [];
    for (const [i, t] of plan.tasks.entries()) {
      const parent = t.parent === null ? undefined : index.get(t.parent);
      fullId[i] = `${parent === undefined ? `p${k}` : fullId[parent]}.t${i}`;
      ids.set(fullId[i] as string, [k, t.id]);
    }
    const incoming = new Map<string, Link[]>();
    for (const link of plan.links) {
      if (link.type === "FF" || link.type === "SF") {
        throw new Inexpressible(`an ${link.type} link on an ASAP task (${link.from} → ${link.to})`);
      }
      const list = incoming.get(link.to) ?? [];
      list.push(link);
      incoming.set(link.to, list);
    }

    // tj3 refuses a dependency that a task also inherits from its summary task.
    const emit = (i: number, indent: string, inherited: ReadonlySet<string>) => {
      const t = plan.tasks[i] as Task;
      const kids = children.get(t.id) ?? [];
      const links = incoming.get(t.id) ?? [];
      out.push(`${indent}task t${i} "${t.id.replace(/[^\w .-]/g, "_")}" {`);
      const deps = links.map((link) => {
        if (inherited.has(link.from)) {
          throw new Inexpressible(
            `a link ${link.from} → ${link.to} that a summary task of "${t.id}" also has`,
          );
        }
        const p = index.get(link.from) as number;
        const pred = plan.tasks[p] as Task;
        const attrs = [
          link.type === "SS" ? "onstart" : "",
          gap(link.lag, pred, children.has(pred.id), u, tjDay),
        ]
          .filter((a) => a !== "")
          .join(" ");
        return attrs === "" ? fullId[p] : `${fullId[p]} { ${attrs} }`;
      });
      if (deps.length > 0) out.push(`${indent}  depends ${deps.join(", ")}`);
      if (kids.length > 0) {
        const passed = new Set([...inherited, ...links.map((l) => l.from)]);
        for (const c of kids) emit(c, `${indent}  `, passed);
      } else {
        const m = t.milestone ? 0 : minutes(t.duration, u);
        if (m === 0) out.push(`${indent}  milestone`);
        else if (t.duration.elapsed) out.push(`${indent}  duration ${amount(m, 1440)}`);
        else out.push(`${indent}  length ${amount(m, tjDay)}`);
      }
      out.push(`${indent}}`);
    };
    out.push(
      `task p${k} "${plan.project.name.replace(/[^\w .-]/g, "_")}" {`,
      `  start ${tjDate(starts[k] as number)}`,
    );
    for (const i of children.get(null) ?? []) emit(i, "  ", new Set());
    out.push("}");
  });

  out.push(`taskreport "${TJ_REPORT}" {`, "  formats csv", "  columns id, start, end");
  out.push(`  timeformat "%Y-%m-%dT%H:%M"`, "}");
  return { text: `${out.join("\n")}\n`, tasks: ids };
}
