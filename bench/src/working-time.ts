import { type Calendar, parseTimeRange, WEEKDAYS } from "@keel/model";

const DAY = 1440;
/** How far `nextStart` looks for working time before giving up. */
const SEARCH_DAYS = 3660;

function ranges(hours: readonly string[]): [number, number][] {
  return hours.map((h) => {
    const r = parseTimeRange(h);
    if (typeof r === "string") throw new Error(r);
    return r;
  });
}

/** Wall minutes since 1970 in floating time, as the engine counts them. */
export function wallMinute(text: string): number {
  const [date = "", time = "00:00"] = text.split(/[T ]/);
  const [y, mo, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1) / 60_000 + (hh ?? 0) * 60 + (mm ?? 0);
}

export function formatMinute(t: number): string {
  return new Date(t * 60_000).toISOString().slice(0, 16);
}

/**
 * A calendar's working time read straight from its definition, day by day: a slow, independent
 * reference (it shares no code with the engine's compiled calendars) for reading tj3's answers.
 */
export class WorkingTime {
  private readonly week: [number, number][][];
  private readonly special = new Map<number, [number, number][]>();

  constructor(calendar: Calendar) {
    this.week = WEEKDAYS.map((wd) =>
      calendar.workweek.includes(wd) ? ranges(calendar.weekdayHours?.[wd] ?? calendar.hours) : [],
    );
    for (const h of calendar.holidays) this.special.set(wallMinute(h) / DAY, []);
    for (const ex of calendar.exceptions) {
      for (let d = wallMinute(ex.from) / DAY; d <= wallMinute(ex.to) / DAY; d++) {
        this.special.set(d, ranges(ex.hours));
      }
    }
  }

  /** Working intervals of day number `day` (days since 1970-01-01, a Thursday). */
  intervals(day: number): readonly [number, number][] {
    return this.special.get(day) ?? this.week[(day + 3) % 7] ?? [];
  }

  /** The first working moment at or after `t`. */
  nextStart(t: number): number {
    const first = Math.floor(t / DAY);
    for (let day = first; day < first + SEARCH_DAYS; day++) {
      for (const [from, to] of this.intervals(day)) {
        const end = day * DAY + to;
        if (end > t) return Math.max(t, day * DAY + from);
      }
    }
    throw new Error(`no working time within ${SEARCH_DAYS} days of ${formatMinute(t)}`);
  }

  /** Minutes of the most common working weekday (the longer one on a tie), as `d` units count them. */
  normalDayMinutes(): number {
    const counts = new Map<number, number>();
    for (const day of this.week) {
      const len = day.reduce((sum, [from, to]) => sum + to - from, 0);
      if (len > 0) counts.set(len, (counts.get(len) ?? 0) + 1);
    }
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return best?.[0] ?? 480;
  }

  workingDaysPerWeek(): number {
    return this.week.filter((d) => d.length > 0).length;
  }
}
