import { type Calendar, MAX_YEAR, MIN_YEAR, parseTimeRange, WEEKDAYS } from "@keel/model";
import { PlanError } from "../problem.js";
import { dayOf, MINUTES_PER_DAY, parseWall, type WallMinute, type WorkMinute, weekdayOf } from "../time.js";
import { buildDayPattern, type DayPattern } from "./day-pattern.js";

const FIRST_DAY = Date.UTC(MIN_YEAR, 0, 1) / 86_400_000;
const END_DAY = Date.UTC(MAX_YEAR + 1, 0, 1) / 86_400_000;
/** Days compiled on each side of the anchor at first; the index grows when a schedule reaches further. */
const INITIAL_SPAN_DAYS = 8 * 366;

function intervalsOf(hours: readonly string[]): [number, number][] {
  return hours.map((h) => {
    const r = parseTimeRange(h);
    if (typeof r === "string") throw new Error(r);
    return r;
  });
}

/**
 * A calendar compiled into a precomputed index: per-day pattern ids and cumulative working minutes,
 * so wall-clock ↔ working-minute conversion costs O(1) (a bucket lookup, no per-day loops).
 * Working minutes are counted from the start of the anchor day, so values stay valid as the index grows.
 */
export class WorkCalendar {
  readonly id: string;
  private readonly patterns: DayPattern[] = [];
  /** Pattern id of each weekday, Monday first. */
  private readonly weekPattern: number[];
  /** Pattern id of each exception day (day number → pattern). */
  private readonly exceptionDays = new Map<number, number>();
  private readonly anchorDay: number;

  private firstDay = 0;
  private dayPattern = new Uint16Array(0);
  /** `cum[i]`: working minutes from the anchor to the start of day `firstDay + i` (negative before it). */
  private cum = new Float64Array(1);
  /** Bucket size in working minutes for the inverse lookup. */
  private bucket = 1;
  /** `bucketDay[k]`: first day index whose working time ends after working minute `cum[0] + k * bucket`. */
  private bucketDay = new Int32Array(0);

  constructor(calendar: Calendar, anchor: WallMinute) {
    this.id = calendar.id;
    const patternIds = new Map<string, number>();
    const patternOf = (hours: readonly string[]): number => {
      const key = hours.join(",");
      let id = patternIds.get(key);
      if (id === undefined) {
        id = this.patterns.length;
        this.patterns.push(buildDayPattern(intervalsOf(hours)));
        patternIds.set(key, id);
      }
      return id;
    };
    const off = patternOf([]);
    this.weekPattern = WEEKDAYS.map((wd) =>
      calendar.workweek.includes(wd) ? patternOf(calendar.weekdayHours?.[wd] ?? calendar.hours) : off,
    );
    for (const h of calendar.holidays) this.exceptionDays.set(dayOf(parseWall(h)), off);
    for (const ex of calendar.exceptions) {
      const p = patternOf(ex.hours);
      for (let d = dayOf(parseWall(ex.from)); d <= dayOf(parseWall(ex.to)); d++) this.exceptionDays.set(d, p);
    }
    const weekWorks = this.weekPattern.some((p) => this.patterns[p]?.length);
    const exceptionWorks = [...this.exceptionDays.values()].some((p) => this.patterns[p]?.length);
    if (!weekWorks && !exceptionWorks) {
      throw new PlanError([
        {
          code: "empty-calendar",
          severity: "error",
          calendarId: calendar.id,
          message: `calendar "${calendar.id}" has no working time at all (check workweek and hours)`,
        },
      ]);
    }
    this.anchorDay = dayOf(anchor);
    this.build(
      Math.max(FIRST_DAY, this.anchorDay - INITIAL_SPAN_DAYS),
      Math.min(END_DAY, this.anchorDay + INITIAL_SPAN_DAYS),
    );
  }

  /** (Re)builds the index for days [from, to). */
  private build(from: number, to: number): void {
    const n = to - from;
    const dayPattern = new Uint16Array(n);
    const cum = new Float64Array(n + 1);
    let minLength = MINUTES_PER_DAY;
    for (let i = 0; i < n; i++) {
      const day = from + i;
      const p = this.exceptionDays.get(day) ?? (this.weekPattern[weekdayOf(day)] as number);
      dayPattern[i] = p;
      const len = (this.patterns[p] as DayPattern).length;
      if (len > 0 && len < minLength) minLength = len;
      cum[i + 1] = (cum[i] as number) + len;
    }
    const shift = cum[Math.min(n, Math.max(0, this.anchorDay - from))] as number;
    for (let i = 0; i <= n; i++) cum[i] = (cum[i] as number) - shift;
    const bucket = minLength;
    const total = (cum[n] as number) - (cum[0] as number);
    const bucketDay = new Int32Array(Math.floor(total / bucket) + 1);
    let d = 0;
    for (let k = 0; k < bucketDay.length; k++) {
      const w = (cum[0] as number) + k * bucket;
      while (d < n - 1 && (cum[d + 1] as number) <= w) d++;
      bucketDay[k] = d;
    }
    this.firstDay = from;
    this.dayPattern = dayPattern;
    this.cum = cum;
    this.bucket = bucket;
    this.bucketDay = bucketDay;
  }

  /** Doubles the index towards `day`; fails once the schedule would leave the supported years. */
  private grow(day: number): void {
    const last = this.firstDay + this.dayPattern.length;
    const span = this.dayPattern.length;
    if (day < FIRST_DAY || day >= END_DAY) {
      throw new PlanError([
        {
          code: "out-of-range",
          severity: "error",
          calendarId: this.id,
          message: `the schedule reaches beyond the years ${MIN_YEAR}–${MAX_YEAR} on calendar "${this.id}" (check durations, lags and constraint dates)`,
        },
      ]);
    }
    const from =
      day < this.firstDay ? Math.max(FIRST_DAY, Math.min(day, this.firstDay - span)) : this.firstDay;
    const to = day >= last ? Math.min(END_DAY, Math.max(day + 1, last + span)) : last;
    this.build(from, to);
  }

  /** Working minutes from the anchor to wall minute `t`. */
  toWork(t: number): WorkMinute {
    const day = Math.floor(t / MINUTES_PER_DAY);
    let i = day - this.firstDay;
    if (i < 0 || i >= this.dayPattern.length) {
      this.grow(day);
      i = day - this.firstDay;
    }
    const p = this.patterns[this.dayPattern[i] as number] as DayPattern;
    return ((this.cum[i] as number) + (p.before[t - day * MINUTES_PER_DAY] as number)) as WorkMinute;
  }

  /** Index of the day in which working minute `w` lies (`cum[i] <= w < cum[i+1]`). */
  private dayIndexOfWork(w: number): number {
    const cum = this.cum;
    const n = this.dayPattern.length;
    if (w < (cum[0] as number)) {
      this.grow(this.firstDay - 1);
      return this.dayIndexOfWork(w);
    }
    if (w >= (cum[n] as number)) {
      this.grow(this.firstDay + n);
      return this.dayIndexOfWork(w);
    }
    let i = this.bucketDay[Math.floor((w - (cum[0] as number)) / this.bucket)] as number;
    while ((cum[i + 1] as number) <= w) i++;
    return i;
  }

  /** The wall minute at which working minute `w` begins: at a boundary, the start of the next working period. */
  toWallStart(w: number): WallMinute {
    const i = this.dayIndexOfWork(w);
    const p = this.patterns[this.dayPattern[i] as number] as DayPattern;
    return ((this.firstDay + i) * MINUTES_PER_DAY +
      (p.startOf[w - (this.cum[i] as number)] as number)) as WallMinute;
  }

  /** The wall minute at which working minute `w` is reached: at a boundary, the end of the previous working period. */
  toWallFinish(w: number): WallMinute {
    return (this.toWallStart(w - 1) + 1) as WallMinute;
  }

  /** `t` if it is working time, else the start of the next working period. */
  nextStart(t: number): WallMinute {
    return this.toWallStart(this.toWork(t));
  }

  /** `t` if it is working time or ends a working period, else the end of the previous one. */
  prevFinish(t: number): WallMinute {
    return this.toWallFinish(this.toWork(t));
  }

  /** Days in the longest run of days without working time; Infinity when no weekday works. */
  longestBreakDays(): number {
    const length = (p: number) => (this.patterns[p] as DayPattern).length;
    if (!this.weekPattern.some((p) => length(p) > 0)) return Number.POSITIVE_INFINITY;
    let longest = 0;
    let run = 0;
    const count = (p: number) => {
      run = length(p) > 0 ? 0 : run + 1;
      longest = Math.max(longest, run);
    };
    // Two plain weeks, then the exceptions with a week either side: every run lies within one of them.
    for (let d = 0; d < 14; d++) count(this.weekPattern[d % 7] as number);
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const day of this.exceptionDays.keys()) {
      first = Math.min(first, day - 7);
      last = Math.max(last, day + 7);
    }
    run = 0;
    for (let day = first; day <= last; day++) {
      count(this.exceptionDays.get(day) ?? (this.weekPattern[weekdayOf(day)] as number));
    }
    return longest;
  }

  /** Length in working minutes of the most common working weekday (the calendar's "normal day"). */
  normalDayMinutes(): number {
    const counts = new Map<number, number>();
    for (const p of this.weekPattern) {
      const len = (this.patterns[p] as DayPattern).length;
      if (len > 0) counts.set(len, (counts.get(len) ?? 0) + 1);
    }
    let best = 0;
    let bestCount = 0;
    for (const [len, c] of counts) {
      if (c > bestCount || (c === bestCount && len > best)) {
        best = len;
        bestCount = c;
      }
    }
    return best || 480;
  }

  /** Number of working weekdays in a normal week. */
  workingDaysPerWeek(): number {
    return this.weekPattern.filter((p) => (this.patterns[p] as DayPattern).length > 0).length || 5;
  }
}
