import { z } from "zod";

/** A calendar date without time zone, `YYYY-MM-DD`. */
export type LocalDate = string & { readonly __brand: "LocalDate" };
/** A wall-clock date-time without time zone, `YYYY-MM-DDTHH:MM[:SS]`, read in the project's time zone. */
export type LocalDateTime = string & { readonly __brand: "LocalDateTime" };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Keel plans live between these years; anything outside is almost surely a typo. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

function validDay(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isLocalDate(s: string): s is LocalDate {
  const m = DATE.exec(s);
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isLocalDateTime(s: string): s is LocalDateTime {
  const m = DATE_TIME.exec(s);
  if (m === null || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  return hh <= 23 && mm <= 59 && ss <= 59;
}

const DATE_HINT = `a date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`;

export const localDateSchema = z
  .string({ error: `expected ${DATE_HINT}` })
  .refine(isLocalDate, { error: `expected ${DATE_HINT}` })
  .transform((s) => s as LocalDate);

/** A date or a date-time; a bare date means "that day" and the engine picks the working time. */
export const localDateOrTimeSchema = z
  .string({ error: `expected ${DATE_HINT} or a date-time YYYY-MM-DDTHH:MM` })
  .refine((s) => isLocalDate(s) || isLocalDateTime(s), {
    error: `expected ${DATE_HINT} or a date-time YYYY-MM-DDTHH:MM`,
  });
