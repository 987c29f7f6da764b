import {
  CONSTRAINT_TYPES,
  type Constraint,
  type Duration,
  formatDuration,
  isLocalDate,
  isLocalDateTime,
  isThreePoint,
  type LocalDate,
  parseEstimate,
  type ThreePointEstimate,
} from "@keel/model";
import type { TaskRecord } from "../api/types.js";
import { formatDate } from "../ui/format.js";
import { CONSTRAINT_COL, DEADLINE_COL, ESTIMATE_COL, NOTES_COL, PRIORITY_COL } from "./columns.js";

/** A task's planning details as the API takes them; null clears an optional one. */
export interface DetailsPatch {
  readonly estimate?: ThreePointEstimate | null;
  readonly duration?: Duration;
  readonly constraint?: Constraint;
  readonly deadline?: LocalDate | null;
  readonly priority?: number | null;
  readonly notes?: string | null;
}

export const DETAILS_COLS: ReadonlySet<number> = new Set([
  ESTIMATE_COL,
  CONSTRAINT_COL,
  DEADLINE_COL,
  PRIORITY_COL,
  NOTES_COL,
]);

/** What each constraint type stands for, as MS Project names them; also accepted when typed. */
export const CONSTRAINT_NAMES: Readonly<Record<Constraint["type"], string>> = {
  ASAP: "As soon as possible",
  ALAP: "As late as possible",
  SNET: "Start no earlier than",
  SNLT: "Start no later than",
  FNET: "Finish no earlier than",
  FNLT: "Finish no later than",
  MSO: "Must start on",
  MFO: "Must finish on",
};

const CONSTRAINT_FORM =
  "type ASAP, ALAP, or a type and a date such as SNET 2027-02-01 or FNLT 2027-03-01 (types with a date: SNET, SNLT, FNET, FNLT, MSO, MFO)";

/** `ASAP`, `ALAP`, or a type and its date (`SNET 2027-02-01`, `fnlt 2027-03-01T12:00`, `Must start on 2027-02-01`); empty is ASAP. */
export function parseConstraint(text: string): Constraint | string {
  const typed = text.trim().replace(/\s+/g, " ");
  if (typed === "") return { type: "ASAP" };
  const lower = typed.toLowerCase();
  const type = CONSTRAINT_TYPES.find(
    (t) =>
      lower === t.toLowerCase() ||
      lower.startsWith(`${t.toLowerCase()} `) ||
      lower.startsWith(`${t.toLowerCase()}:`) ||
      lower.startsWith(CONSTRAINT_NAMES[t].toLowerCase()),
  );
  if (type === undefined) return `"${typed}" is not a constraint; ${CONSTRAINT_FORM}.`;
  const rest = lower.startsWith(CONSTRAINT_NAMES[type].toLowerCase())
    ? typed.slice(CONSTRAINT_NAMES[type].length)
    : typed.slice(type.length);
  const raw = rest.replace(/^[\s:]+/, "");
  const date = raw.toUpperCase();
  if (type === "ASAP" || type === "ALAP")
    return date === ""
      ? { type }
      : `${type} takes no date; type ${type} alone, or a type with a date such as SNET ${raw}.`;
  if (date === "") return `${type} needs a date; type it as ${type} 2027-02-01.`;
  if (!isLocalDate(date) && !isLocalDateTime(date))
    return `"${raw}" is not a date; type it as ${type} 2027-02-01 (YYYY-MM-DD, or YYYY-MM-DDTHH:MM).`;
  return { type, date: date.length > 16 ? date.slice(0, 16) : date };
}

/** A constraint as typed: `ASAP`, `SNET 2027-02-01`. */
export function constraintText(c: Constraint): string {
  return "date" in c ? `${c.type} ${c.date}` : c.type;
}

/** A constraint as the cell shows it: `SNET Feb 1, 2027` (with a time when it has one). */
export function constraintLabel(c: Constraint): string {
  if (!("date" in c)) return c.type;
  return `${c.type} ${formatDate(c.date)}${c.date.length > 10 ? ` ${c.date.slice(11, 16)}` : ""}`;
}

export function estimateText(e: ThreePointEstimate | undefined): string {
  return e === undefined ? "" : [e.optimistic, e.mostLikely, e.pessimistic].map(formatDuration).join("/");
}

/** The text a details cell shows (and its editor starts with, except dates, which are typed as ISO). */
export function detailsText(col: number, record: TaskRecord | undefined): string {
  if (record === undefined) return "";
  switch (col) {
    case ESTIMATE_COL:
      return estimateText(record.estimate);
    case CONSTRAINT_COL:
      return constraintLabel(record.constraint);
    case DEADLINE_COL:
      return record.deadline === undefined ? "" : formatDate(record.deadline);
    case PRIORITY_COL:
      return record.priority === undefined ? "" : String(record.priority);
    case NOTES_COL:
      return record.notes ?? "";
    default:
      return "";
  }
}

export function detailsEditText(col: number, record: TaskRecord | undefined): string {
  if (col === CONSTRAINT_COL) return record === undefined ? "" : constraintText(record.constraint);
  if (col === DEADLINE_COL) return record?.deadline ?? "";
  return detailsText(col, record);
}

/**
 * What typing `text` into a details cell changes: the patch, a message saying why the text is
 * refused, or undefined when it changes nothing. An empty cell clears the field (a constraint
 * becomes ASAP). Rules that need the plan (only SNET and FNLT on a summary task) are the server's.
 */
export function detailsPatch(
  col: number,
  text: string,
  record: TaskRecord,
): DetailsPatch | string | undefined {
  const typed = col === NOTES_COL ? text.replace(/\s+$/, "") : text.trim();
  switch (col) {
    case ESTIMATE_COL: {
      if (typed === "") return record.estimate === undefined ? undefined : { estimate: null };
      const estimate = parseThreePoint(typed);
      if (typeof estimate === "string") return estimate;
      if (estimateText(estimate) === estimateText(record.estimate)) return undefined;
      // As in a plan file, a task's duration is its most likely estimate (an effort-driven one's comes from its work).
      return record.work === undefined ? { estimate, duration: estimate.mostLikely } : { estimate };
    }
    case CONSTRAINT_COL: {
      const constraint = parseConstraint(typed);
      if (typeof constraint === "string") return constraint;
      return constraintText(constraint) === constraintText(record.constraint) ? undefined : { constraint };
    }
    case DEADLINE_COL: {
      if (typed === "") return record.deadline === undefined ? undefined : { deadline: null };
      if (!isLocalDate(typed))
        return `"${typed}" is not a date; type the deadline as YYYY-MM-DD, such as 2027-03-26, or empty the cell to clear it.`;
      return typed === record.deadline ? undefined : { deadline: typed };
    }
    case PRIORITY_COL: {
      if (typed === "") return record.priority === undefined ? undefined : { priority: null };
      const value = Number(typed);
      if (!/^\d+$/.test(typed) || value > 1000)
        return `"${typed}" is not a priority; type a whole number from 0 to 1000 (500 when empty; 1000 is never moved by leveling).`;
      return value === record.priority ? undefined : { priority: value };
    }
    case NOTES_COL: {
      if (typed.trim() === "") return record.notes === undefined ? undefined : { notes: null };
      return typed === record.notes ? undefined : { notes: typed };
    }
    default:
      return undefined;
  }
}

/** `3d/5d/9d` in order, optimistic to pessimistic. */
function parseThreePoint(text: string): ThreePointEstimate | string {
  const parsed = parseEstimate(text);
  if (typeof parsed === "string") return parsed;
  if (!isThreePoint(parsed))
    return `"${text}" is one duration; type three, optimistic/most likely/pessimistic, such as 3d/5d/9d.`;
  const { optimistic: o, mostLikely: m, pessimistic: p } = parsed;
  if (minutes(o) > minutes(m) || minutes(m) > minutes(p))
    return `"${text}" is out of order; type optimistic/most likely/pessimistic, smallest first, such as 3d/5d/9d.`;
  return parsed;
}

/** Rough minutes (a working day of 8 hours, a week of 5 days): enough to tell the order of three estimates. */
function minutes(d: Duration): number {
  const per = d.elapsed ? { min: 1, h: 60, d: 1440, w: 10080 } : { min: 1, h: 60, d: 480, w: 2400 };
  return d.value * per[d.unit];
}
