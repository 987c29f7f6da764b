import { isLocalDate, isLocalDateTime, type LocalDate, type Plan } from "@keel/model";
import { addDays } from "../../status/dates.js";
import { daysBetween } from "../suggestions/suggestion-parts.js";

/** An instant with its offset, as decisions record them: `2027-02-08T15:00:00Z`. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The fields of a plan that hold dates, date-times or instants; ids and names never move. */
const DATE_FIELDS = new Set([
  "start",
  "finish",
  "holidays",
  "statusDate",
  "date",
  "from",
  "to",
  "actualStart",
  "actualFinish",
  "deadline",
  "review",
  "due",
  "raised",
  "validateBy",
  "needed",
  "expected",
  "delivered",
  "at",
  "finishBefore",
  "finishAfter",
  "p80Before",
  "p80After",
]);

/** Links name tasks in `from` and `to`: ids, whatever they look like. */
const LINK_FIELDS = new Set(["links", "link"]);

function isDated(s: string): boolean {
  return isLocalDate(s) || isLocalDateTime(s) || (INSTANT.test(s) && isLocalDate(s.slice(0, 10)));
}

function moved<T>(value: T, days: number, field = ""): T {
  if (typeof value === "string") {
    if (!DATE_FIELDS.has(field) || !isDated(value)) return value;
    return `${addDays(value.slice(0, 10) as LocalDate, days)}${value.slice(10)}` as T;
  }
  if (Array.isArray(value)) return value.map((v) => moved(v, days, field)) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, LINK_FIELDS.has(k) ? v : moved(v, days, k)]),
    ) as T;
  }
  return value;
}

/**
 * A starter plan moved to the week of `today`, so a practice project is current whenever it is
 * made: every date moves by the same whole number of weeks, so weekdays and the gaps between dates
 * stay as written (which is why starter files name no public holidays). A plan without progress
 * starts on the first day on or after today with its weekday; a plan with a status date keeps its
 * progress in the past, with the status date on the last such day on or before today.
 */
export function starterPlan(plan: Plan, today: LocalDate): Plan {
  const anchor = plan.project.statusDate ?? plan.project.start;
  const gap = daysBetween(anchor, today);
  const weeks = plan.project.statusDate === undefined ? Math.ceil(gap / 7) : Math.floor(gap / 7);
  return weeks === 0 ? plan : moved(plan, weeks * 7);
}
