import { isLocalDate, type LocalDate } from "@keel/model";
import { formatWall, MINUTES_PER_DAY, parseWall, type WallMinute } from "../time.js";

/** The day of a local date or date-time, `YYYY-MM-DD`. */
export const dayOf = (iso: string): LocalDate => iso.slice(0, 10) as LocalDate;

/** Calendar days after (or, negative, before) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return dayOf(formatWall((parseWall(date) + days * MINUTES_PER_DAY) as WallMinute));
}

/** The moment a status is reported as of: a bare date means the end of that day. */
export function asOfMoment(asOf: string): WallMinute {
  return parseWall(asOf, isLocalDate(asOf));
}
