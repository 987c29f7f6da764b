import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A working interval within one day, `09:00-12:00`; `24:00` may end the last one. */
export type TimeRange = string;

const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Parses `HH:MM-HH:MM` into minutes of the day; returns an error message when malformed. */
export function parseTimeRange(text: string): [number, number] | string {
  const m = RANGE.exec(text.trim());
  const hint = `expected a working interval HH:MM-HH:MM such as 09:00-17:00, got "${text}"`;
  if (m === null) return hint;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  if (Number(m[2]) > 59 || Number(m[4]) > 59 || from > 1440 || to > 1440) return hint;
  if (to <= from) return `working interval "${text}" ends before it starts`;
  return [from, to];
}

export const timeRangeSchema = z.string().check((ctx) => {
  const r = parseTimeRange(ctx.value);
  if (typeof r === "string") ctx.issues.push({ code: "custom", message: r, input: ctx.value });
});

/** Working intervals of one day; the intervals must be in order and must not overlap. */
export const dayHoursSchema = z.array(timeRangeSchema).check((ctx) => {
  let end = -1;
  for (const r of ctx.value) {
    const parsed = parseTimeRange(r);
    if (typeof parsed === "string") return;
    if (parsed[0] < end) {
      ctx.issues.push({
        code: "custom",
        message: `working intervals must be in order and not overlap ("${r}")`,
        input: ctx.value,
      });
      return;
    }
    end = parsed[1];
  }
});

/** A calendar exception: a day or range of days that is non-working (`hours: []`) or works other hours. */
export interface CalendarException {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly name?: string | undefined;
  /** Working intervals on these days; empty = non-working. */
  readonly hours: readonly TimeRange[];
}

export interface Calendar {
  readonly id: string;
  readonly name?: string | undefined;
  readonly workweek: readonly Weekday[];
  /** Working intervals of a normal working day. */
  readonly hours: readonly TimeRange[];
  /** Per-weekday intervals overriding `hours` (e.g. a short Friday). */
  readonly weekdayHours?: Partial<Record<Weekday, readonly TimeRange[]>> | undefined;
  /** Non-working days (public holidays, shutdowns). */
  readonly holidays: readonly LocalDate[];
  /** Exceptions, applied after holidays in order; a later one wins. */
  readonly exceptions: readonly CalendarException[];
}

export const calendarExceptionSchema = z.strictObject({
  from: localDateSchema,
  to: localDateSchema,
  name: z.string().optional(),
  hours: dayHoursSchema,
});

export const calendarSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().optional(),
  workweek: z.array(z.enum(WEEKDAYS)),
  hours: dayHoursSchema,
  weekdayHours: z.partialRecord(z.enum(WEEKDAYS), dayHoursSchema).optional(),
  holidays: z.array(localDateSchema),
  exceptions: z.array(calendarExceptionSchema),
});

export const STANDARD_CALENDAR: Calendar = {
  id: "standard",
  name: "Standard",
  workweek: ["mon", "tue", "wed", "thu", "fri"],
  hours: ["09:00-12:00", "13:00-17:00"],
  holidays: [],
  exceptions: [],
};
