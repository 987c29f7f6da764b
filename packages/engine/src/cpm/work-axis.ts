import type { WorkCalendar } from "../calendar/work-calendar.js";
import { MINUTES_PER_DAY } from "../time.js";

/**
 * A moment inside a break (reached through elapsed time) is the key of the break's start plus its
 * minutes into the break over OFFSET: exact while breaks last under 2^23 minutes (about 16 years).
 */
const OFFSET = 2 ** 23;

/** The longest break, in days, that keys on a calendar's working axis can still express exactly. */
export const MAX_BREAK_DAYS = Math.floor(OFFSET / MINUTES_PER_DAY) - 2;

/**
 * Working minute of a key: `2w` is the start of working minute w, `2w - 1` the moment w minutes are
 * done, and a key between them a moment in the break after that moment.
 */
export const wOf = (key: number) => Math.ceil(key / 2) + 0; // + 0: keys -1 … 0 are minute 0, not -0

/**
 * Keys on one calendar's working axis, the integer time of the uniform kernels: the two sides of a
 * working-time boundary (Friday 17:00 done, Monday 09:00 begins) are distinct keys, so dates come
 * out exactly as the calendar-converting kernel writes them.
 */
export class WorkAxis {
  constructor(readonly cal: WorkCalendar) {}

  /** The key of a wall-clock minute. */
  enc(t: number): number {
    const cal = this.cal;
    const w = cal.toWork(t);
    if (cal.toWallStart(w) === t) return 2 * w;
    const done = cal.toWallFinish(w);
    return done === t ? 2 * w - 1 : 2 * w - 1 + (t - done) / OFFSET;
  }

  /** The wall-clock minute of a key. */
  dec(key: number): number {
    // An even key starts working minute key / 2 (tested without %, which on doubles is slow).
    const half = key / 2;
    if (Math.floor(half) === half) return this.cal.toWallStart(half);
    const w = wOf(key);
    return this.cal.toWallFinish(w) + (key - (2 * w - 1)) * OFFSET;
  }
}
