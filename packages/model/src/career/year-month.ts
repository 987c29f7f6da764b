import { z } from "zod";
import { type LocalDate, MAX_YEAR, MIN_YEAR } from "../dates.js";

/** A calendar month, `YYYY-MM`: the unit PMI counts experience in. */
export type YearMonth = string & { readonly __brand: "YearMonth" };

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

export function isYearMonth(s: string): s is YearMonth {
  const m = YEAR_MONTH.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

const HINT = `expected a month YYYY-MM between ${MIN_YEAR} and ${MAX_YEAR}`;

export const yearMonthSchema = z
  .string({ error: HINT })
  .refine(isYearMonth, { error: HINT })
  .transform((s) => s as YearMonth);

/** Months counted from January of year 0, so month arithmetic is integer arithmetic. */
export function monthIndex(month: YearMonth): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function yearMonthAt(index: number): YearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}` as YearMonth;
}

export function yearMonthOf(date: LocalDate): YearMonth {
  return date.slice(0, 7) as YearMonth;
}
