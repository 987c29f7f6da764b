import { dateOf, dayNumber } from "../dashboard/trend-charts.js";

/** Calendar arithmetic on `YYYY-MM-DD` days, for sprint dates typed or shown in the browser. */

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** The last day of a sprint of `length` calendar days starting on `start` (inclusive). */
export function sprintFinish(start: string, length: number): string {
  return addDays(start, Math.max(1, length) - 1);
}

/** A sprint's length in calendar days, both ends counted. */
export function sprintLength(start: string, finish: string): number {
  return dayNumber(finish) - dayNumber(start) + 1;
}

/** Calendar days from `today` to a sprint's last day, counting both; 0 once it has ended. */
export function daysLeft(today: string, finish: string): number {
  return Math.max(0, dayNumber(finish) - dayNumber(today) + 1);
}

/** The Monday after `today` (a week on when today is a Monday): where a new sprint usually starts. */
export function nextMonday(today: string): string {
  // Day 0 of the epoch (1970-01-01) was a Thursday: +3 makes Monday 0.
  const weekday = (dayNumber(today) + 3) % 7;
  return addDays(today, 7 - weekday);
}

/** Where the next sprint starts: the day after the last one ends, else the next Monday. */
export function nextSprintStart(today: string, sprints: readonly { readonly finish: string }[]): string {
  const last = sprints.reduce<string | undefined>(
    (a, s) => (a === undefined || s.finish > a ? s.finish : a),
    undefined,
  );
  const after = last === undefined ? undefined : addDays(last, 1);
  return after !== undefined && after > today ? after : nextMonday(today);
}
