import type { LocalDate } from "@keel/model";
import { dayOf, formatWall, MINUTES_PER_DAY, parseWall, type WallMinute } from "../time.js";

/** Day number (days since 1970-01-01) of a date, for counting and stepping through days. */
export const dayNumber = (date: LocalDate): number => dayOf(parseWall(date));

/** The date of a day number. */
export const dateOfDay = (day: number): LocalDate =>
  formatWall((day * MINUTES_PER_DAY) as WallMinute).slice(0, 10) as LocalDate;
