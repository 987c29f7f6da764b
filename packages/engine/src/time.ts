import { isLocalDate } from "@keel/model";

/**
 * Wall-clock minutes since 1970-01-01T00:00 in floating local time (every day has 1440 minutes).
 * Keel plans are read in the project's zone without DST arithmetic, as desktop PM tools do.
 */
export type WallMinute = number & { readonly __unit: "WallMinute" };
/** Minutes of working time on one calendar's axis; only comparable within that calendar. */
export type WorkMinute = number & { readonly __unit: "WorkMinute" };

export const MINUTES_PER_DAY = 1440;

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`; a bare date is that day's 00:00, or 24:00 with `endOfDay`. */
export function parseWall(text: string, endOfDay = false): WallMinute {
  const y = Number(text.slice(0, 4));
  const mo = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  const day = Date.UTC(y, mo - 1, d) / 86_400_000;
  if (isLocalDate(text)) return ((day + (endOfDay ? 1 : 0)) * MINUTES_PER_DAY) as WallMinute;
  const hh = Number(text.slice(11, 13));
  const mm = Number(text.slice(14, 16));
  return (day * MINUTES_PER_DAY + hh * 60 + mm) as WallMinute;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `THH:MM:00` for each minute of the day. */
const TIME_OF_DAY = Array.from(
  { length: MINUTES_PER_DAY },
  (_, m) => `T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`,
);

/** `YYYY-MM-DD` per day number: a schedule has many dates on few days, so each is built once. */
const dateOfDay = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (days since 1970-01-01) in the Gregorian calendar, for years 1000–9999. */
function civilDate(day: number): string {
  // Counted from 0000-03-01 so that the leap day ends each 4-, 100- and 400-year cycle.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = era * 400 + yoe + (m <= 2 ? 1 : 0);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Formats as a local ISO date-time `YYYY-MM-DDTHH:MM:SS`. */
export function formatWall(t: WallMinute): string {
  const day = Math.floor(t / MINUTES_PER_DAY);
  let date = dateOfDay.get(day);
  if (date === undefined) {
    date = civilDate(day);
    dateOfDay.set(day, date);
  }
  return date + (TIME_OF_DAY[t - day * MINUTES_PER_DAY] as string);
}

/** Day number (days since 1970-01-01) of a wall minute. */
export function dayOf(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** Monday = 0 … Sunday = 6 for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
