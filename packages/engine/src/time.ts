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

/** Formats as a local ISO date-time `YYYY-MM-DDTHH:MM:SS`. */
export function formatWall(t: WallMinute): string {
  const day = Math.floor(t / MINUTES_PER_DAY);
  const m = t - day * MINUTES_PER_DAY;
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

/** Day number (days since 1970-01-01) of a wall minute. */
export function dayOf(t: number): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

/** Monday = 0 … Sunday = 6 for a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
