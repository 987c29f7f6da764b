import { type Duration, formatDuration, isLocalDate, isLocalDateTime, parseDuration } from "@keel/model";
import type { TaskRecord } from "../api/types.js";
import {
  ACTUAL_COST_COL,
  ACTUAL_FINISH_COL,
  ACTUAL_START_COL,
  PERCENT_COL,
  REMAINING_COL,
} from "./columns.js";

/** A task's progress fields as the API takes them; null clears one. */
export interface ProgressPatch {
  readonly percentComplete?: number | null;
  readonly actualStart?: string | null;
  readonly actualFinish?: string | null;
  readonly actualCost?: number | null;
  readonly remainingDuration?: Duration | null;
}

export const PROGRESS_COLS: ReadonlySet<number> = new Set([
  PERCENT_COL,
  ACTUAL_START_COL,
  ACTUAL_FINISH_COL,
  REMAINING_COL,
  ACTUAL_COST_COL,
]);

const PERCENT = /^(\d+(?:\.\d+)?)\s*%?$/;
const MONEY = /^[$€£¥]?\s*(\d+(?:\.\d+)?)$/;

/**
 * What typing `text` into a progress cell changes: the patch, a message saying why the text is
 * refused, or undefined when it changes nothing. An empty cell clears the field. Rules that need the
 * status date or the other fields (a start after the status date, actuals on a task not started) are
 * the server's: its message is shown in place.
 */
export function progressPatch(
  col: number,
  text: string,
  record: TaskRecord,
): ProgressPatch | string | undefined {
  const typed = text.trim();
  switch (col) {
    case PERCENT_COL: {
      if (typed === "") return record.percentComplete === undefined ? undefined : { percentComplete: null };
      const m = PERCENT.exec(typed);
      if (m === null) return `"${typed}" is not a percentage; type a number from 0 to 100, such as 40.`;
      const value = Number(m[1]);
      if (value > 100) return `Percent complete is 0 to 100; ${value} is more than that.`;
      return value === (record.percentComplete ?? 0) && record.percentComplete !== undefined
        ? undefined
        : { percentComplete: value };
    }
    case ACTUAL_START_COL:
    case ACTUAL_FINISH_COL: {
      const field = col === ACTUAL_START_COL ? "actualStart" : "actualFinish";
      const current = record[field];
      if (typed === "") return current === undefined ? undefined : { [field]: null };
      if (!isLocalDate(typed) && !isLocalDateTime(typed))
        return `"${typed}" is not a date; type it as YYYY-MM-DD (or YYYY-MM-DDTHH:MM), or empty the cell to clear it.`;
      return typed === current ? undefined : { [field]: typed };
    }
    case REMAINING_COL: {
      const current = record.remainingDuration;
      if (typed === "") return current === undefined ? undefined : { remainingDuration: null };
      const remaining = parseDuration(typed);
      if (typeof remaining === "string") return remaining;
      const same = current !== undefined && formatDuration(current) === formatDuration(remaining);
      return same ? undefined : { remainingDuration: remaining };
    }
    case ACTUAL_COST_COL: {
      const current = record.actualCost;
      if (typed === "") return current === undefined ? undefined : { actualCost: null };
      const m = MONEY.exec(typed.replace(/[,\s]/g, ""));
      if (m === null) return `"${typed}" is not an amount; type what the work has cost so far, such as 1200.`;
      const value = Number(m[1]);
      return value === current ? undefined : { actualCost: value };
    }
    default:
      return undefined;
  }
}

/** The local date-time of a schedule (`2027-03-04T17:00:00`) as a plan writes it: minutes, no seconds. */
export function planDateTime(localDateTime: string): string {
  return localDateTime.length > 16 ? localDateTime.slice(0, 16) : localDateTime;
}

export interface MarkComplete {
  readonly id: string;
  readonly patch: ProgressPatch;
  /** Whether the schedule had it finish after the status date, so its actual finish is the status date. */
  readonly capped: boolean;
}

/**
 * "Mark complete" for one task, as MS Project's 100 % button: 100 % complete, actual start the
 * scheduled start unless one was recorded, actual finish the scheduled finish. Actual dates cannot
 * be after the status date, so a task the schedule has finishing later finished by the status date:
 * its dates are capped there (the status date as a bare date is that day's end).
 */
export function markComplete(
  record: TaskRecord,
  scheduled: { readonly start: string; readonly finish: string },
  statusDate: string | undefined,
): MarkComplete {
  const end = statusDate === undefined ? undefined : statusEnd(statusDate);
  const late = (date: string) => end !== undefined && date > end;
  const cap = (date: string) => (late(date) ? (statusDate as string) : date);
  const start = record.actualStart ?? cap(planDateTime(scheduled.start));
  const capped = record.actualFinish === undefined && late(planDateTime(scheduled.finish));
  const finish = record.actualFinish ?? cap(planDateTime(scheduled.finish));
  return {
    id: record.id,
    patch: {
      percentComplete: 100,
      actualStart: start,
      actualFinish: finish,
      ...(record.remainingDuration === undefined ? {} : { remainingDuration: null }),
    },
    capped,
  };
}

/** The last moment of a status date, comparable as text with plan date-times. */
function statusEnd(statusDate: string): string {
  return statusDate.length === 10 ? `${statusDate}T23:59` : statusDate;
}
