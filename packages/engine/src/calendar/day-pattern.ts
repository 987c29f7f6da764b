/**
 * The working intervals of one kind of day, with lookup tables that make wall ↔ working-minute
 * conversion within a day O(1).
 */
export interface DayPattern {
  /** Working minutes in the day. */
  readonly length: number;
  /** `before[m]`: working minutes in the day before minute-of-day `m` (0…1440). */
  readonly before: Uint16Array;
  /** `startOf[k]`: minute-of-day at which the day's k-th working minute (0-based) begins. */
  readonly startOf: Uint16Array;
}

export function buildDayPattern(intervals: readonly (readonly [number, number])[]): DayPattern {
  const before = new Uint16Array(1441);
  let length = 0;
  for (const [from, to] of intervals) length += to - from;
  const startOf = new Uint16Array(length);
  let k = 0;
  let next = 0;
  for (const [from, to] of intervals) {
    for (let m = next; m <= from; m++) before[m] = k;
    for (let m = from; m < to; m++) {
      startOf[k] = m;
      before[m] = k;
      k++;
    }
    next = to;
  }
  for (let m = next; m <= 1440; m++) before[m] = k;
  return { length, before, startOf };
}
