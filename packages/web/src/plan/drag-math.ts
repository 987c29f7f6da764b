import type { Calendar, Weekday } from "@keel/model";
import type { TaskRecord } from "../api/types.js";
import type { PlanCalendars } from "../engine-worker/protocol.js";
import type { Zoom } from "./timescale.js";

/**
 * The arithmetic of dragging a Gantt bar: pixels to whole days, and days to working days of the
 * task's calendar, so a bar lands where the scheduler would put it (as in MS Project, a move sets a
 * start-no-earlier-than date and a resize sets the duration, both in whole working days).
 */

const WEEKDAY_OF_UTC: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** A calendar with no working day at all, so walking it never ends; the walks stop after this many days. */
const MAX_WALK = 3660;

/** The date part of a local date-time `YYYY-MM-DDTHH:MM`. */
export function dayOf(localDateTime: string): string {
  return localDateTime.slice(0, 10);
}

/** The day `n` calendar days after `day` (before it when negative). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The last day a task works on: the day of its finish, or the day before when it ends at midnight. */
export function lastDayOf(finish: string): string {
  const day = dayOf(finish);
  const time = finish.slice(11, 16);
  return time === "" || time === "00:00" ? addDays(day, -1) : day;
}

/**
 * The calendar days a drag moves by at each zoom: a day where a day is wide enough to aim at (day
 * and week zoom, 40 and 14 pixels), a week where it is not (month and quarter, 4 and 1.4 pixels a
 * day), so a bar dropped there moves by whole weeks and keeps its weekday, and a resize lengthens
 * by whole weeks of the calendar.
 */
export function snapUnit(zoom: Zoom): number {
  return zoom === "month" || zoom === "quarter" ? 7 : 1;
}

/** A pointer's sideways travel as calendar days, to the nearest whole `unit` of days, at this many pixels a day. */
export function snapDays(dx: number, pxPerDay: number, unit = 1): number {
  return Math.round(dx / (pxPerDay * unit)) * unit || 0;
}

/** Whether people work on this day of the calendar: its workweek, then holidays, then exceptions. */
export function isWorkingDay(calendar: Calendar, day: string): boolean {
  const weekday = WEEKDAY_OF_UTC[new Date(`${day}T00:00:00Z`).getUTCDay()] as Weekday;
  let working = calendar.workweek.includes(weekday) && calendar.holidays.every((h) => h !== day);
  for (const e of calendar.exceptions) if (e.from <= day && day <= e.to) working = e.hours.length > 0;
  return working;
}

/** The nearest working day from `day` in the direction `step` (+1 later, -1 earlier), `day` itself if it works. */
export function nearestWorkingDay(calendar: Calendar, day: string, step: 1 | -1): string {
  let d = day;
  for (let i = 0; i < MAX_WALK && !isWorkingDay(calendar, d); i++) d = addDays(d, step);
  return d;
}

/** The working day `n` working days after (or before, when negative) the working day `day`. */
export function addWorkingDays(calendar: Calendar, day: string, n: number): string {
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n), i = 0; left > 0 && i < MAX_WALK; i++) {
    d = addDays(d, step);
    if (isWorkingDay(calendar, d)) left--;
  }
  return d;
}

/** Working days from `from` to `to`, both counted. */
export function workingDaysBetween(calendar: Calendar, from: string, to: string): number {
  let n = 0;
  for (let d = from, i = 0; d <= to && i < MAX_WALK; d = addDays(d, 1), i++)
    if (isWorkingDay(calendar, d)) n++;
  return n;
}

/**
 * The start-no-earlier-than day for a bar dragged `dx` pixels: the start's day moved by whole units
 * of `unit` days, then onto a working day on the side it was dragged to.
 */
export function movedStartDay(
  calendar: Calendar,
  start: string,
  dx: number,
  pxPerDay: number,
  unit = 1,
): string {
  const days = snapDays(dx, pxPerDay, unit);
  return nearestWorkingDay(calendar, addDays(dayOf(start), days), days < 0 ? -1 : 1);
}

/**
 * The duration in working days of a bar whose right end was dragged `dx` pixels: from its start to
 * the day the end now falls on (moved by whole units of `unit` days), at least one day.
 */
export function resizedDays(
  calendar: Calendar,
  start: string,
  finish: string,
  dx: number,
  pxPerDay: number,
  unit = 1,
): number {
  const last = addDays(lastDayOf(finish), snapDays(dx, pxPerDay, unit));
  return Math.max(1, workingDaysBetween(calendar, dayOf(start), last));
}

/** The last day a task of `days` working days works on, when it starts on the day of `start`. */
export function lastWorkingDay(calendar: Calendar, start: string, days: number): string {
  return addWorkingDays(calendar, nearestWorkingDay(calendar, dayOf(start), 1), Math.max(1, days) - 1);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export { daysBetween } from "../raid/raid-dates.js";

/** The calendar a task works on: its own (`calendarId`), else the project's; undefined while the plan loads. */
export function taskCalendar(
  plan: PlanCalendars | undefined,
  calendarId: string | undefined,
): Calendar | undefined {
  if (plan === undefined) return undefined;
  const id = calendarId ?? plan.calendar;
  return plan.calendars.find((c) => c.id === id) ?? plan.calendars[0];
}

/** Monday to Friday, for the moments before the plan's own calendars have loaded. */
export const WEEKDAYS_CALENDAR: Calendar = {
  id: "weekdays",
  workweek: ["mon", "tue", "wed", "thu", "fri"],
  hours: ["09:00-17:00"],
  holidays: [],
  exceptions: [],
};

/**
 * A new length in working days. An effort-driven task (one with `work`) keeps its people and their
 * units, as in MS Project, so its work changes with it; any other task gets the duration.
 */
export function lengthPatch(record: TaskRecord, days: number): Partial<TaskRecord> {
  const fixed = { value: days, unit: "d", elapsed: false } as const;
  const { work, duration } = record;
  if (work === undefined) return { duration: fixed };
  if (work.unit === "d" && duration.unit === "d" && duration.value > 0) {
    return { work: { ...work, value: Math.round(((days * work.value) / duration.value) * 100) / 100 } };
  }
  // Work in other units: the task becomes one of fixed duration (null clears its work).
  return { duration: fixed, work: null as unknown as undefined };
}
