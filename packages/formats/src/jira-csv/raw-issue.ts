import type { JiraColumns, JiraField } from "./columns.js";
import { DateColumn } from "./dates.js";
import type { ReportCollector } from "./report.js";

/** One issue row as written, before types, statuses, dates and links are resolved. */
export interface RawIssue {
  readonly line: number;
  readonly key: string;
  /** Jira's numeric issue id, which Parent columns may hold instead of a key. */
  readonly id?: string | undefined;
  readonly name: string;
  readonly type: string;
  readonly status: string;
  readonly statusCategory?: string | undefined;
  readonly resolution?: string | undefined;
  /** Keys into the date columns, read once every value of a column is known. */
  readonly created?: string | undefined;
  readonly updated?: string | undefined;
  readonly resolved?: string | undefined;
  readonly changed?: string | undefined;
  readonly rank?: string | undefined;
  readonly points?: number | undefined;
  readonly hours?: number | undefined;
  readonly description?: string | undefined;
  readonly labels: readonly string[];
  readonly assignee?: string | undefined;
  readonly priority?: string | undefined;
  readonly epicLink?: string | undefined;
  readonly parent?: string | undefined;
  /** Every sprint the item was in, the current one last. */
  readonly sprints: readonly string[];
}

export type DateField = "created" | "updated" | "resolved" | "changed";

/** Limits of the backlog item schema; longer values are cut with a warning. */
const MAX_NAME = 500;
const MAX_DESCRIPTION = 100_000;
const MAX_LABEL = 200;
const MAX_LABELS = 100;
const MAX_PRIORITY = 60;
const MAX_KEY = 100;

/** "5", "0.5" and "1,5" (a decimal comma) as numbers; anything else is not one. */
function number(text: string): number | undefined {
  if (!/^\+?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
  return Number(text.replace(",", "."));
}

/** Key of the usage count of a field read from a header. */
export const usageKey = (field: JiraField, header: string) => `${field}\u0000${header.trim()}`;

/** Reads issue rows against a header, counting which columns gave values. */
export class IssueReader {
  readonly dates: Readonly<Record<DateField, DateColumn | undefined>>;
  /** Per column, its (field, header) group: copies of a repeated header count an item once. */
  private readonly groupOf: Int32Array;
  private readonly groupKeys: string[] = [];
  private readonly counts: number[] = [];
  private readonly lastRow: number[] = [];
  private row = 0;

  constructor(
    readonly columns: JiraColumns,
    private readonly report: ReportCollector,
  ) {
    const dateColumn = (field: JiraField) => {
      const i = columns.at[field][0];
      return i === undefined ? undefined : new DateColumn(columns.headers[i]?.trim() ?? field);
    };
    this.dates = {
      created: dateColumn("created"),
      updated: dateColumn("updated"),
      resolved: dateColumn("resolved"),
      changed: dateColumn("categoryChanged"),
    };
    this.groupOf = new Int32Array(columns.headers.length).fill(-1);
    for (const [field, indexes] of Object.entries(columns.at) as [JiraField, readonly number[]][]) {
      for (const i of indexes) {
        const key = usageKey(field, columns.headers[i] ?? "");
        let group = this.groupKeys.indexOf(key);
        if (group < 0) group = this.groupKeys.push(key) - 1;
        this.groupOf[i] = group;
      }
    }
  }

  /** Items that took a value from each (field, header) pair, by `usageKey`. */
  get usage(): ReadonlyMap<string, number> {
    return new Map(this.groupKeys.map((k, g) => [k, this.counts[g] ?? 0]));
  }

  /** A cell's trimmed text, counted as used, or undefined when it is empty. */
  private cell(cells: readonly string[], i: number | undefined): string | undefined {
    if (i === undefined) return undefined;
    const value = cells[i]?.trim();
    if (value === undefined || value === "") return undefined;
    const group = this.groupOf[i] ?? -1;
    if (group >= 0 && this.lastRow[group] !== this.row) {
      this.lastRow[group] = this.row;
      this.counts[group] = (this.counts[group] ?? 0) + 1;
    }
    return value;
  }

  /** The issue of a row, or undefined (with a warning) when it has no key. */
  read(cells: readonly string[], line: number): RawIssue | undefined {
    const { at } = this.columns;
    this.row++;
    const one = (field: JiraField) => this.cell(cells, at[field][0]);
    const all = (field: JiraField) => at[field].flatMap((i) => this.cell(cells, i) ?? []);

    const key = one("key");
    if (key === undefined) {
      this.report.warn(line, "the row has no issue key; skipped");
      return undefined;
    }
    if (key.length > MAX_KEY) {
      this.report.warn(line, `the issue key is over ${MAX_KEY} characters; row skipped`);
      return undefined;
    }
    this.checkWidth(cells, line);
    const sprints = all("sprints");
    return {
      line,
      key,
      id: one("id"),
      name: this.name(one("summary"), key, line),
      type: one("type") ?? "",
      status: one("status") ?? "",
      statusCategory: one("statusCategory"),
      resolution: one("resolution"),
      created: this.dates.created?.add(one("created"), line),
      updated: this.dates.updated?.add(one("updated"), line),
      resolved: this.dates.resolved?.add(one("resolved"), line),
      changed: this.dates.changed?.add(one("categoryChanged"), line),
      rank: one("rank"),
      points: this.points(cells, line),
      hours: this.hours(one("estimate"), line),
      description: this.cut(
        one("description")?.replace(/\r\n?/g, "\n"),
        MAX_DESCRIPTION,
        "description",
        line,
      ),
      labels: this.labels(all("labels"), line),
      assignee: one("assignee"),
      priority: this.cut(one("priority"), MAX_PRIORITY, "priority", line),
      epicLink: one("epicLink"),
      parent: one("parent"),
      // The last Sprint column holds the current sprint; an earlier repeat of it is dropped.
      sprints: sprints.filter((s, i) => sprints.lastIndexOf(s) === i),
    };
  }

  private checkWidth(cells: readonly string[], line: number): void {
    const width = this.columns.headers.length;
    if (cells.length < width) {
      this.report.warn(
        line,
        `the row has ${cells.length} cells where the header has ${width}; the missing ones are read as empty`,
      );
    } else if (cells.slice(width).some((c) => c.trim() !== "")) {
      this.report.warn(
        line,
        `the row has ${cells.length - width} cells past the last header; they are ignored`,
      );
    }
  }

  private name(summary: string | undefined, key: string, line: number): string {
    if (summary !== undefined) return this.cut(summary, MAX_NAME, "summary", line) ?? key;
    this.report.warn(line, `${key} has no summary; its key is used as its name`);
    return key;
  }

  private cut(text: string | undefined, max: number, what: string, line: number): string | undefined {
    if (text === undefined || text.length <= max) return text;
    this.report.warn(line, `the ${what} is over ${max} characters; cut to ${max}`);
    return text.slice(0, max);
  }

  /** The first story points column with a number; a cell that is not one is a warning. */
  private points(cells: readonly string[], line: number): number | undefined {
    for (const i of this.columns.at.points) {
      const text = cells[i]?.trim();
      if (text === undefined || text === "") continue;
      const value = number(text);
      const header = this.columns.headers[i]?.trim();
      if (value === undefined || value > 10_000) {
        this.report.warn(
          line,
          `story points "${text}" in "${header}" is not a number from 0 to 10000; left out`,
        );
        continue;
      }
      this.cell(cells, i);
      return value;
    }
    return undefined;
  }

  /** Jira writes estimates in seconds. */
  private hours(text: string | undefined, line: number): number | undefined {
    if (text === undefined) return undefined;
    const seconds = number(text);
    if (seconds === undefined || seconds / 3600 > 100_000) {
      this.report.warn(line, `original estimate "${text}" is not a number of seconds; left out`);
      return undefined;
    }
    // Hundredths of an hour: 1200 s is 0.33 h, not 0.3333333.
    return Math.round(seconds / 36) / 100;
  }

  /** Jira writes one label per Labels column; a cell with spaces holds several (labels have none). */
  private labels(cells: readonly string[], line: number): string[] {
    const labels = [...new Set(cells.flatMap((c) => c.split(/\s+/)).filter((l) => l !== ""))];
    const fit = labels.filter((l) => l.length <= MAX_LABEL);
    if (fit.length < labels.length) this.report.warn(line, `labels over ${MAX_LABEL} characters left out`);
    if (fit.length > MAX_LABELS)
      this.report.warn(line, `more than ${MAX_LABELS} labels; the first ${MAX_LABELS} kept`);
    return fit.slice(0, MAX_LABELS);
  }
}
