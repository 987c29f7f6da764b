import { type MonthRange, monthsInWindow } from "./months.js";

/**
 * The first month after `now` whose window holds `need` months, assuming the work goes on every
 * month after `now`. Old months leave the window as it moves, so this can be later than
 * `now + (need - have)`. Undefined when the window is shorter than `need`.
 */
export function earliestMonth(
  ranges: readonly MonthRange[],
  now: number,
  windowMonths: number,
  need: number,
): number | undefined {
  // After `windowMonths` future months the window holds only future work, so the search ends there.
  for (let end = now + 1; end <= now + windowMonths; end++) {
    const future = end - Math.max(now + 1, end - windowMonths + 1) + 1;
    if (monthsInWindow(ranges, end, windowMonths) + future >= need) return end;
  }
  return undefined;
}
