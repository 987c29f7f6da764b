import { isLocalDate, type LocalDate } from "@keel/model";
import { isValid, parse } from "date-fns";

/** Which comes first in dates like 06/09/2024 when the values themselves cannot tell. */
export type DateOrder = "month-first" | "day-first";

interface DateFormat {
  readonly pattern: string;
  readonly order?: DateOrder;
  /** The same shape with day and month swapped. */
  readonly twin?: string;
}

/**
 * Date parts Jira and spreadsheets write, most likely first. Each month-first shape comes before its
 * day-first twin: M/d/yyyy is Jira's default when a site sets no format.
 */
const DATE_FORMATS: readonly DateFormat[] = [
  { pattern: "d/MMM/yy" },
  { pattern: "d/MMM/yyyy" },
  { pattern: "d-MMM-yy" },
  { pattern: "d-MMM-yyyy" },
  { pattern: "yyyy-M-d" },
  { pattern: "yyyy/M/d" },
  { pattern: "M/d/yyyy", order: "month-first", twin: "d/M/yyyy" },
  { pattern: "d/M/yyyy", order: "day-first", twin: "M/d/yyyy" },
  { pattern: "M/d/yy", order: "month-first", twin: "d/M/yy" },
  { pattern: "d/M/yy", order: "day-first", twin: "M/d/yy" },
  { pattern: "M-d-yyyy", order: "month-first", twin: "d-M-yyyy" },
  { pattern: "d-M-yyyy", order: "day-first", twin: "M-d-yyyy" },
  { pattern: "d.M.yyyy" },
  { pattern: "d.M.yy" },
];

const TIME_FORMATS = ["h:mm a", "H:mm", "H:mm:ss", "h:mm:ss a", "H:mm:ss.SSS"];

/** Two-digit years are read within 50 years of 2000 (1950–2049): fixed, so an import never depends on the clock. */
const REFERENCE = new Date(2000, 0, 1);

interface Seen {
  count: number;
  /** First line the value was seen on. */
  readonly line: number;
}

/** Splits "08/Sep/21 2:02 PM" and "2021-09-08T14:02:00" into their date and time of day. */
function split(value: string): [string, string] {
  const m = /^(\d{4}-\d{1,2}-\d{1,2})T(.*)$/.exec(value) ?? /^(\S+)\s+(.*)$/.exec(value);
  return m === null ? [value, ""] : [m[1] ?? "", (m[2] ?? "").trim()];
}

/** The values of one date column, kept as distinct date and time parts until a format is chosen. */
export class DateColumn {
  readonly dates = new Map<string, Seen>();
  readonly times = new Map<string, Seen>();

  constructor(readonly header: string) {}

  /** Notes a cell; returns the key to look its date up by once chosen, or undefined when empty. */
  add(cell: string | undefined, line: number): string | undefined {
    const value = cell?.trim() ?? "";
    if (value === "") return undefined;
    const [date, time] = split(value);
    const seen = this.dates.get(date);
    if (seen === undefined) this.dates.set(date, { count: 1, line });
    else seen.count++;
    if (time !== "") {
      const t = this.times.get(time);
      if (t === undefined) this.times.set(time, { count: 1, line });
      else t.count++;
    }
    return date;
  }
}

/** A value the chosen format could not read. */
export interface UnreadDate {
  readonly value: string;
  readonly line: number;
  readonly count: number;
}

/** The format chosen for one column and the dates it gives. */
export interface DateChoice {
  readonly column: string;
  /** date-fns pattern of the whole value, "d/MMM/yy h:mm a"; absent when no format reads any value. */
  readonly format?: string | undefined;
  /** The twin pattern that reads every value too, when nothing in the file tells them apart. */
  readonly ambiguousWith?: string | undefined;
  /** The column whose values told day from month for this one. */
  readonly orderFrom?: string | undefined;
  /** The times of day fit no known format; only their dates are used. */
  readonly timesUnread: boolean;
  readonly values: number;
  readonly unread: readonly UnreadDate[];
  /** The date of a key `DateColumn.add` returned. */
  readonly date: (key: string) => LocalDate | undefined;
}

/** date-fns parsing with a cache: a column holds few distinct days however many rows it has. */
class DateParser {
  private readonly cache = new Map<string, Map<string, LocalDate | null>>();

  date(token: string, pattern: string): LocalDate | undefined {
    let byToken = this.cache.get(pattern);
    if (byToken === undefined) {
      byToken = new Map();
      this.cache.set(pattern, byToken);
    }
    let date = byToken.get(token);
    if (date === undefined) {
      const d = parse(token, pattern, REFERENCE);
      const text = isValid(d)
        ? `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`
        : "";
      // isLocalDate also refuses years outside 1900–2200, such as "21" read by yyyy as year 21.
      date = isLocalDate(text) ? text : null;
      byToken.set(token, date);
    }
    return date ?? undefined;
  }

  time(token: string, pattern: string): boolean {
    return isValid(parse(token, pattern, REFERENCE));
  }
}

interface Pick {
  readonly column: DateColumn;
  format: DateFormat | undefined;
  ambiguous: boolean;
  orderFrom?: string;
}

function pickDateFormat(column: DateColumn, parser: DateParser): Pick {
  const tokens = [...column.dates.keys()];
  const viable = DATE_FORMATS.filter((f) => tokens.every((t) => parser.date(t, f.pattern) !== undefined));
  const first = viable[0];
  if (first !== undefined) {
    const ambiguous = first.twin !== undefined && viable.some((f) => f.pattern === first.twin);
    return { column, format: first, ambiguous };
  }
  // No format reads every value: take the one that reads the most rows; the rest become warnings.
  let best: DateFormat | undefined;
  let bestRows = 0;
  for (const f of DATE_FORMATS) {
    let rows = 0;
    for (const [t, seen] of column.dates) if (parser.date(t, f.pattern) !== undefined) rows += seen.count;
    if (rows > bestRows) [best, bestRows] = [f, rows];
  }
  return { column, format: best, ambiguous: false };
}

/**
 * Chooses one date format per column: the first candidate that reads every value. Day-first and
 * month-first readings that both fit are told apart by another column with the same shape whose
 * values decide, then by `order`, then month-first (Jira's default) is kept and flagged ambiguous.
 */
export function chooseDateFormats(columns: readonly DateColumn[], order?: DateOrder): DateChoice[] {
  const parser = new DateParser();
  const picks = columns.map((c) => pickDateFormat(c, parser));
  for (const pick of picks) {
    const f = pick.format;
    if (!pick.ambiguous || f?.twin === undefined) continue;
    const twin = DATE_FORMATS.find((d) => d.pattern === f.twin);
    const decided = picks.find(
      (p) => !p.ambiguous && p.format !== undefined && [f.pattern, f.twin].includes(p.format.pattern),
    );
    if (decided?.format !== undefined) {
      pick.format = decided.format;
      pick.orderFrom = decided.column.header;
      pick.ambiguous = false;
    } else if (order !== undefined) {
      pick.format = f.order === order ? f : twin;
      pick.ambiguous = false;
    }
  }
  return picks.map((pick) => {
    const { column, format } = pick;
    let values = 0;
    const unread: UnreadDate[] = [];
    for (const [value, seen] of column.dates) {
      values += seen.count;
      if (format === undefined || parser.date(value, format.pattern) === undefined) {
        unread.push({ value, line: seen.line, count: seen.count });
      }
    }
    const times = [...column.times.keys()];
    const time = TIME_FORMATS.find((p) => times.every((t) => parser.time(t, p)));
    const pattern = format?.pattern;
    return {
      column: column.header,
      format: pattern === undefined ? undefined : time === undefined ? pattern : `${pattern} ${time}`,
      ambiguousWith: pick.ambiguous ? format?.twin : undefined,
      orderFrom: pick.orderFrom,
      timesUnread: times.length > 0 && time === undefined,
      values,
      unread: unread.sort((a, b) => a.line - b.line),
      date: (key: string) => (pattern === undefined ? undefined : parser.date(key, pattern)),
    };
  });
}
