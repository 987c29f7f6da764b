import type { LocalDate } from "@keel/model";
import type { Random } from "./random.js";

const DAY_MS = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10) as LocalDate;

/** Easter Sunday of `year` (anonymous Gregorian computus), as UTC milliseconds. */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/**
 * About ten public holidays a year, as in much of Europe: fixed dates, the Easter-based ones, and one
 * company day drawn from `random` so that calendars differ between seeds.
 */
export function publicHolidays(fromYear: number, toYear: number, random: Random): LocalDate[] {
  const days: LocalDate[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const e = easter(y);
    const company = Date.UTC(y, random.int(0, 11), random.int(1, 28));
    const dates = [
      Date.UTC(y, 0, 1),
      e - 2 * DAY_MS,
      e + DAY_MS,
      Date.UTC(y, 4, 1),
      e + 39 * DAY_MS,
      e + 50 * DAY_MS,
      Date.UTC(y, 7, 15),
      Date.UTC(y, 10, 1),
      Date.UTC(y, 11, 25),
      Date.UTC(y, 11, 26),
      company,
    ];
    for (const d of [...new Set(dates)].sort((a, b) => a - b)) days.push(iso(d));
  }
  return days;
}
