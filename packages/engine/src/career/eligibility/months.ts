import { type ExperienceInterval, monthIndex } from "@keel/model";

/** Inclusive range of month indexes (see `monthIndex`). */
export type MonthRange = readonly [first: number, last: number];

/**
 * The months of the intervals up to `last`, merged into sorted disjoint ranges, so overlapping
 * intervals count once. Ongoing intervals run to `last`; later months are dropped.
 */
export function experienceRanges(intervals: readonly ExperienceInterval[], last: number): MonthRange[] {
  const ranges = intervals
    .map(
      (e): MonthRange => [monthIndex(e.from), Math.min(e.to === undefined ? last : monthIndex(e.to), last)],
    )
    .filter(([first, end]) => first <= end)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [first, end] of ranges) {
    const top = merged.at(-1);
    if (top !== undefined && first <= top[1] + 1) top[1] = Math.max(top[1], end);
    else merged.push([first, end]);
  }
  return merged;
}

/** How many months of the ranges fall within `first..last`. */
export function monthsWithin(ranges: readonly MonthRange[], first: number, last: number): number {
  let count = 0;
  for (const [a, b] of ranges) count += Math.max(0, Math.min(b, last) - Math.max(a, first) + 1);
  return count;
}

/** Months in the rolling window of `windowMonths` ending with month `end`. */
export function monthsInWindow(ranges: readonly MonthRange[], end: number, windowMonths: number): number {
  return monthsWithin(ranges, end - windowMonths + 1, end);
}
