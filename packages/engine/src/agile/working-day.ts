import type { LocalDate } from "@keel/model";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import { MINUTES_PER_DAY, parseWall } from "../time.js";

/** Whether a calendar has any working time on a day: the test `sprintBurndown` takes. */
export function workingDayTest(calendar: WorkCalendar): (day: LocalDate) => boolean {
  return (day) => {
    const start = parseWall(day);
    return calendar.toWork(start + MINUTES_PER_DAY) > calendar.toWork(start);
  };
}
