import type { WorkCalendar } from "../calendar/work-calendar.js";
import { dayOf, MINUTES_PER_DAY, type WallMinute, weekdayOf } from "../time.js";

/** Length of a reporting period: a working day, or a calendar week (Monday–Sunday) with working time. */
export type EvmPeriod = "day" | "week";

/**
 * The reporting periods from the baseline start onwards on the project calendar, for PV curves and
 * earned schedule. Boundary 0 is the start; boundary k the last working moment of the k-th period.
 * A moment's position is the number of periods elapsed, with the current one counted by the share
 * of its working time gone.
 */
export class PeriodGrid {
  /** Wall minute of each boundary. */
  readonly walls: WallMinute[];
  /** Working minute of each boundary on the project calendar. */
  readonly #work: number[];

  constructor(
    private readonly calendar: WorkCalendar,
    start: WallMinute,
    until: WallMinute,
    period: EvmPeriod,
  ) {
    const first = calendar.toWork(start);
    const last = calendar.toWork(until);
    this.#work = [first];
    this.walls = [calendar.toWallStart(first)];
    for (let day = dayOf(start); this.#work.length < 2 || (this.#work.at(-1) as number) < last; day++) {
      if (period === "week" && weekdayOf(day) !== 6) continue;
      const end = calendar.toWork((day + 1) * MINUTES_PER_DAY);
      if (end <= (this.#work.at(-1) as number)) continue;
      this.#work.push(end);
      this.walls.push(calendar.toWallFinish(end));
    }
  }

  /** Number of periods (boundaries after the start). */
  get length(): number {
    return this.#work.length - 1;
  }

  /** Periods elapsed from the start to wall minute `t` (negative before the start). */
  position(t: WallMinute): number {
    const w = this.calendar.toWork(t);
    const work = this.#work;
    let k = 0;
    let hi = work.length - 1;
    if (w >= (work[hi] as number)) k = hi - 1;
    else {
      // Binary search for the period holding w: work[k] <= w < work[k + 1].
      while (hi - k > 1) {
        const mid = (k + hi) >> 1;
        if ((work[mid] as number) <= w) k = mid;
        else hi = mid;
      }
    }
    const from = work[k] as number;
    return k + (w - from) / ((work[k + 1] as number) - from);
  }
}
