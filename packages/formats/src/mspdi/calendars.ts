import type { Calendar, CalendarException, LocalDate, TimeRange, Weekday } from "@keel/model";
import { WEEKDAYS } from "@keel/model";
import type { FidelityCollector } from "./report.js";
import { localDate } from "./units.js";
import { child, children, flag, num, text, type XmlElement } from "./xml.js";

/** MS Project's hours for a working day that lists none. */
const DEFAULT_HOURS: readonly TimeRange[] = ["08:00-12:00", "13:00-17:00"];
/** Calendars can derive from calendars; deeper chains than this are a broken file. */
const MAX_BASE_DEPTH = 16;
/** A recurring exception or work week expands to at most this many days. */
const MAX_EXPANDED_DAYS = 20_000;

/** One MSPDI calendar before base calendars are resolved: `null` weekdays take the base's hours. */
interface RawCalendar {
  readonly uid: string;
  readonly name: string | undefined;
  readonly baseUid: string | undefined;
  readonly weekdays: (readonly TimeRange[] | null)[];
  readonly exceptions: CalendarException[];
  readonly hasWorkWeeks: boolean;
}

/** `08:00:00` → `08:00`; a `00:00:00` end is midnight at the end of the day. */
function hhmm(time: string | undefined, end: boolean): string | undefined {
  const m = /^(\d{2}):(\d{2})/.exec(time ?? "");
  if (m === null) return undefined;
  const t = `${m[1]}:${m[2]}`;
  return end && t === "00:00" ? "24:00" : t;
}

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

/** Working intervals of a WeekDay or Exception, sorted and merged where they overlap. */
function workingTimes(day: XmlElement): TimeRange[] {
  const ranges: [number, number][] = [];
  for (const wt of children(day, "WorkingTimes", "WorkingTime")) {
    const from = hhmm(text(wt, "FromTime"), false);
    const to = hhmm(text(wt, "ToTime"), true);
    if (from === undefined || to === undefined || toMinutes(to) <= toMinutes(from)) continue;
    ranges.push([toMinutes(from), toMinutes(to)]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const fmt = (m: number) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
  return merged.map(([a, b]) => `${fmt(a)}-${fmt(b)}`);
}

function dayHours(day: XmlElement): TimeRange[] {
  if (!flag(day, "DayWorking")) return [];
  const hours = workingTimes(day);
  return hours.length > 0 ? hours : [...DEFAULT_HOURS];
}

/** MSPDI DayType 1 (Sunday) … 7 (Saturday) → index into WEEKDAYS (Monday first). */
const weekdayIndex = (dayType: number) => (dayType + 5) % 7;

// Day arithmetic on day numbers (days since 1970-01-01, a Thursday).
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
const dateOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10) as LocalDate;
/** 0 = Sunday … 6 = Saturday, as MSPDI counts. */
const sundayFirst = (day: number) => (((day + 4) % 7) + 7) % 7;

function monthDate(year: number, month: number, day: number): number | undefined {
  const d = Date.UTC(year, month, day);
  return new Date(d).getUTCMonth() === ((month % 12) + 12) % 12 ? d / 86_400_000 : undefined;
}

/** The `position` (0 = first … 4 = last) `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, position: number): number | undefined {
  const first = Date.UTC(year, month, 1) / 86_400_000;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const matches: number[] = [];
  for (let d = 0; d < days; d++) if (sundayFirst(first + d) === weekday) matches.push(first + d);
  return position >= 4 ? matches[matches.length - 1] : matches[position];
}

/** Days of a recurring exception, per MSPDI's Type, Period and day fields, within its TimePeriod. */
function recurrenceDays(e: XmlElement, from: number, to: number): number[] | undefined {
  const type = num(e, "Type") ?? 1;
  const period = Math.max(1, num(e, "Period") ?? 1);
  const occurrences = flag(e, "EnteredByOccurrences") ? (num(e, "Occurrences") ?? 0) : 0;
  const days: number[] = [];
  const keep = (d: number | undefined) => {
    if (d !== undefined && d >= from && d <= to && days.length < MAX_EXPANDED_DAYS) days.push(d);
  };
  const fromDate = new Date(from * 86_400_000);
  const y0 = fromDate.getUTCFullYear();
  const m0 = fromDate.getUTCMonth();
  switch (type) {
    case 1:
    case 7:
      for (let d = from; d <= to && days.length < MAX_EXPANDED_DAYS; d += period) keep(d);
      break;
    case 6: {
      const mask = num(e, "DaysOfWeek") ?? 0;
      // Weekly recurrences count weeks from the Sunday before the first date, whatever WeekStartDay says.
      const firstWeek = from - sundayFirst(from);
      for (let w = firstWeek; w <= to && days.length < MAX_EXPANDED_DAYS; w += 7 * period) {
        for (let i = 0; i < 7; i++) if (mask & (1 << sundayFirst(w + i))) keep(w + i);
      }
      break;
    }
    case 4:
    case 5:
      for (let k = 0; ; k += period) {
        const start = Date.UTC(y0, m0 + k, 1) / 86_400_000;
        if (start > to || days.length >= MAX_EXPANDED_DAYS) break;
        const y = new Date(start * 86_400_000).getUTCFullYear();
        const m = new Date(start * 86_400_000).getUTCMonth();
        keep(
          type === 4
            ? monthDate(y, m, num(e, "MonthDay") ?? 1)
            : nthWeekday(y, m, (num(e, "MonthItem") ?? 3) - 3, num(e, "MonthPosition") ?? 0),
        );
      }
      break;
    case 2:
    case 3: {
      const month = num(e, "Month") ?? 0;
      for (let y = y0; Date.UTC(y, 0, 1) / 86_400_000 <= to; y++) {
        keep(
          type === 2
            ? monthDate(y, month, num(e, "MonthDay") ?? 1)
            : nthWeekday(y, month, (num(e, "MonthItem") ?? 3) - 3, num(e, "MonthPosition") ?? 0),
        );
      }
      break;
    }
    default:
      return undefined;
  }
  return occurrences > 0 ? days.slice(0, occurrences) : days;
}

/** Groups consecutive days into from–to exceptions. */
function runs(days: readonly number[], name: string | undefined, hours: TimeRange[]): CalendarException[] {
  const out: CalendarException[] = [];
  let start: number | undefined;
  let prev = Number.NaN;
  const flush = () => {
    if (start !== undefined) out.push({ from: dateOf(start), to: dateOf(prev), ...named(name), hours });
  };
  for (const d of days) {
    if (d !== prev + 1) {
      flush();
      start = d;
    }
    prev = d;
  }
  flush();
  return out;
}

const named = (name: string | undefined) => (name === undefined ? {} : { name });

function readExceptions(cal: XmlElement, report: FidelityCollector): CalendarException[] {
  const out: CalendarException[] = [];
  const modern = children(cal, "Exceptions", "Exception");
  if (modern.length > 0 || child(cal, "Exceptions") !== undefined) {
    for (const e of modern) {
      const period = child(e, "TimePeriod");
      const fromText = localDate(text(period, "FromDate"));
      const toText = localDate(text(period, "ToDate")) ?? fromText;
      if (fromText === undefined || toText === undefined) {
        report.dropped("calendars", "calendar exceptions without dates", "nothing to apply them to");
        continue;
      }
      const from = dayNumber(fromText);
      const to = dayNumber(toText);
      const hours = dayHours(e);
      const name = text(e, "Name");
      const type = num(e, "Type") ?? 1;
      const occurrences = num(e, "Occurrences") ?? 1;
      const isRange = (type === 1 || type === 7) && (num(e, "Period") ?? 1) === 1;
      if (isRange || occurrences <= 1) {
        out.push({ from: dateOf(from), to: dateOf(Math.max(from, to)), ...named(name), hours });
        report.exact("calendars", "calendar exceptions");
        continue;
      }
      const days = recurrenceDays(e, from, to);
      if (days === undefined) {
        report.dropped(
          "calendars",
          "recurring calendar exceptions of an unknown Type",
          "no rule to expand them",
        );
        continue;
      }
      out.push(...runs(days, name, hours));
      report.approximated(
        "calendars",
        "recurring calendar exceptions",
        "kept as the dates they fall on (the recurrence rule itself is not kept)",
      );
    }
    return out;
  }
  // Project 2003 and older: exceptions are WeekDay entries of DayType 0 with a TimePeriod.
  for (const day of children(cal, "WeekDays", "WeekDay")) {
    if (num(day, "DayType") !== 0) continue;
    const period = child(day, "TimePeriod");
    const from = localDate(text(period, "FromDate"));
    const to = localDate(text(period, "ToDate")) ?? from;
    if (from === undefined || to === undefined) continue;
    // A range that ends before it starts is read as its first day.
    const end = [from, to].sort()[1] ?? from;
    out.push({ from: from as LocalDate, to: end as LocalDate, hours: dayHours(day) });
    report.exact("calendars", "calendar exceptions");
  }
  return out;
}

/** Alternate work weeks (Project 2007+ WorkWeeks) as exceptions on each of their days. */
function readWorkWeeks(cal: XmlElement, report: FidelityCollector): CalendarException[] {
  const out: CalendarException[] = [];
  for (const week of children(cal, "WorkWeeks", "WorkWeek")) {
    const period = child(week, "TimePeriod");
    const from = localDate(text(period, "FromDate"));
    const to = localDate(text(period, "ToDate"));
    if (from === undefined || to === undefined) continue;
    const hours: (TimeRange[] | undefined)[] = new Array(7).fill(undefined);
    for (const day of children(week, "WeekDays", "WeekDay")) {
      const type = num(day, "DayType") ?? 0;
      if (type >= 1 && type <= 7) hours[weekdayIndex(type)] = dayHours(day);
    }
    const start = dayNumber(from);
    const end = Math.min(dayNumber(to), start + MAX_EXPANDED_DAYS);
    for (let d = start; d <= end; d++) {
      const h = hours[(sundayFirst(d) + 6) % 7];
      if (h !== undefined)
        out.push({ from: dateOf(d), to: dateOf(d), ...named(text(week, "Name")), hours: h });
    }
    report.approximated(
      "calendars",
      "alternate work weeks",
      "kept as an exception on each of their days (the week pattern itself is not kept)",
    );
  }
  return out;
}

function readRaw(cal: XmlElement, report: FidelityCollector): RawCalendar {
  const weekdays: (TimeRange[] | null)[] = new Array(7).fill(null);
  for (const day of children(cal, "WeekDays", "WeekDay")) {
    const type = num(day, "DayType") ?? 0;
    if (type >= 1 && type <= 7) weekdays[weekdayIndex(type)] = dayHours(day);
  }
  const base = text(cal, "BaseCalendarUID");
  const isBase = flag(cal, "IsBaseCalendar");
  const workWeeks = readWorkWeeks(cal, report);
  return {
    uid: text(cal, "UID") ?? "",
    name: text(cal, "Name"),
    baseUid: isBase || base === undefined || base === "-1" ? undefined : base,
    weekdays,
    exceptions: [...workWeeks, ...readExceptions(cal, report)],
    hasWorkWeeks: workWeeks.length > 0,
  };
}

/** The most common list among working days: the calendar's normal hours. */
function usualHours(week: readonly (readonly TimeRange[])[]): readonly TimeRange[] {
  const counts = new Map<string, number>();
  for (const h of week)
    if (h.length > 0) counts.set(JSON.stringify(h), (counts.get(JSON.stringify(h)) ?? 0) + 1);
  let best: string | undefined;
  for (const [k, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = k;
  return best === undefined ? [] : (JSON.parse(best) as TimeRange[]);
}

/** A Keel calendar from a resolved week and exceptions. */
export function keelCalendar(
  id: string,
  name: string | undefined,
  week: readonly (readonly TimeRange[])[],
  exceptions: readonly CalendarException[],
): Calendar {
  const hours = usualHours(week);
  const workweek: Weekday[] = WEEKDAYS.filter((_, i) => (week[i]?.length ?? 0) > 0);
  const weekdayHours: Partial<Record<Weekday, readonly TimeRange[]>> = {};
  for (const [i, day] of WEEKDAYS.entries()) {
    const h = week[i] ?? [];
    if (h.length > 0 && JSON.stringify(h) !== JSON.stringify(hours)) weekdayHours[day] = h;
  }
  return {
    id,
    ...(name === undefined ? {} : { name }),
    workweek,
    hours: [...hours],
    ...(Object.keys(weekdayHours).length > 0 ? { weekdayHours } : {}),
    holidays: [],
    exceptions: [...exceptions],
  };
}

/** A derived calendar that changes nothing of its base but whole days off: how MS Project keeps a resource's time off. */
export interface DaysOffCalendar {
  readonly base: string;
  readonly daysOff: readonly CalendarException[];
}

export interface ReadCalendars {
  readonly calendars: Calendar[];
  readonly elements: Map<string, XmlElement>;
  /** By UID: derived calendars that only add days off to their base, and are no other calendar's base. */
  readonly daysOff: Map<string, DaysOffCalendar>;
}

/**
 * Reads `<Calendars>` into Keel calendars with ids = MSPDI UIDs. A derived calendar (a resource's,
 * usually) takes every weekday it leaves out from its base calendar and adds its exceptions after
 * the base's, so they win: Keel calendars have no base, so the result is flattened.
 */
export function readCalendars(project: XmlElement, report: FidelityCollector): ReadCalendars {
  const elements = new Map<string, XmlElement>();
  const raw = new Map<string, RawCalendar>();
  for (const cal of children(project, "Calendars", "Calendar")) {
    const r = readRaw(cal, report);
    if (r.uid === "" || raw.has(r.uid)) {
      report.dropped("calendars", "calendars without a unique UID", "nothing can refer to them");
      continue;
    }
    raw.set(r.uid, r);
    elements.set(r.uid, cal);
  }
  const resolved = new Map<string, { week: (readonly TimeRange[])[]; exceptions: CalendarException[] }>();
  const resolve = (
    uid: string,
    depth: number,
  ): { week: (readonly TimeRange[])[]; exceptions: CalendarException[] } => {
    const done = resolved.get(uid);
    if (done !== undefined) return done;
    const r = raw.get(uid) as RawCalendar;
    const base = r.baseUid === undefined || depth > MAX_BASE_DEPTH ? undefined : raw.get(r.baseUid);
    const inherited = base === undefined ? undefined : resolve(base.uid, depth + 1);
    const week = r.weekdays.map((h, i) => h ?? inherited?.week[i] ?? (i < 5 ? [...DEFAULT_HOURS] : []));
    const result = { week, exceptions: [...(inherited?.exceptions ?? []), ...r.exceptions] };
    resolved.set(uid, result);
    return result;
  };
  const calendars: Calendar[] = [];
  const bases = new Set([...raw.values()].map((r) => r.baseUid));
  const daysOff = new Map<string, DaysOffCalendar>();
  for (const r of raw.values()) {
    const onlyDaysOff =
      !r.hasWorkWeeks &&
      r.weekdays.every((h) => h === null) &&
      r.exceptions.every((e) => e.hours.length === 0);
    if (
      r.baseUid !== undefined &&
      raw.has(r.baseUid) &&
      !bases.has(r.uid) &&
      onlyDaysOff &&
      r.exceptions.length > 0
    )
      daysOff.set(r.uid, { base: r.baseUid, daysOff: r.exceptions });
  }
  for (const r of raw.values()) {
    const { week, exceptions } = resolve(r.uid, 0);
    calendars.push(keelCalendar(r.uid, r.name, week, exceptions));
    if (r.baseUid !== undefined && raw.has(r.baseUid)) {
      report.approximated(
        "calendars",
        "derived calendars",
        "flattened: the base calendar's weekdays and exceptions are copied in (later changes to the base do not follow)",
      );
    } else {
      if (r.baseUid !== undefined) {
        report.approximated("calendars", "derived calendars whose base is missing", "read as base calendars");
      }
      report.exact("calendars", "calendars");
    }
  }
  return { calendars, elements, daysOff };
}
