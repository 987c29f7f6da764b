import { BACKLOG_ITEM_TYPES, type BacklogItemType } from "@keel/model";

/** A Keel field and the Jira column it was read from. */
export interface JiraColumnUse {
  /** "points", "created", "sprint"… */
  readonly field: string;
  /** The header as written; a header the export repeats is read from every copy. */
  readonly column: string;
  /** How many copies of the header the export has. */
  readonly copies: number;
  /** Items that took a value from it. */
  readonly count: number;
  /** How its values were read: the date format chosen, "seconds → hours". */
  readonly format?: string | undefined;
}

/** Something Keel imported differently from how Jira had it, and how often. */
export interface JiraApproximation {
  readonly what: string;
  readonly count: number;
}

/** A problem with one row; the row, or the value, was left out. */
export interface JiraWarning {
  /** 1-based line where the row starts in the file. */
  readonly line: number;
  readonly message: string;
}

/** How a Jira CSV import went: what was read, from where, and what was bent to fit. */
export interface JiraImportReport {
  readonly file: string;
  /** Issue rows read, without the header and blank lines. */
  readonly rows: number;
  readonly items: number;
  readonly byType: Readonly<Record<BacklogItemType, number>>;
  readonly columnsUsed: readonly JiraColumnUse[];
  readonly columnsIgnored: readonly string[];
  readonly approximations: readonly JiraApproximation[];
  /** The first warnings, in line order; `warningCount` counts them all. */
  readonly warnings: readonly JiraWarning[];
  readonly warningCount: number;
}

/** Warnings kept in a report; a file with a bad value on every row still gives a short report. */
export const MAX_WARNINGS = 200;

/** Gathers a report's parts while rows are read; approximations of the same kind add up. */
export class ReportCollector {
  readonly warnings: JiraWarning[] = [];
  warningCount = 0;
  private readonly approximations = new Map<string, number>();

  warn(line: number, message: string): void {
    this.warningCount++;
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push({ line, message });
  }

  approximate(what: string, count = 1): void {
    if (count > 0) this.approximations.set(what, (this.approximations.get(what) ?? 0) + count);
  }

  approximationList(): JiraApproximation[] {
    return [...this.approximations].map(([what, count]) => ({ what, count }));
  }
}

const PLURAL: Record<BacklogItemType, [string, string]> = {
  epic: ["epic", "epics"],
  story: ["story", "stories"],
  bug: ["bug", "bugs"],
  task: ["task", "tasks"],
  spike: ["spike", "spikes"],
  subtask: ["sub-task", "sub-tasks"],
};

const counted = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * The report as plain text for a terminal or a dialog:
 *
 * ```text
 * Import of jira.csv: 22 rows, 22 items (15 stories, 7 tasks)
 *
 * Columns used
 *   created   Created                 22  d/MMM/yy h:mm a
 * ```
 */
export function formatJiraImportReport(report: JiraImportReport): string {
  const types = BACKLOG_ITEM_TYPES.filter((t) => report.byType[t] > 0)
    .map((t) => counted(report.byType[t], PLURAL[t]))
    .join(", ");
  const lines = [
    `Import of ${report.file}: ${counted(report.rows, ["row", "rows"])}, ${counted(report.items, ["item", "items"])}${types === "" ? "" : ` (${types})`}`,
  ];
  const used = report.columnsUsed;
  if (used.length > 0) {
    const field = Math.max(...used.map((u) => u.field.length));
    const column = Math.max(...used.map((u) => columnLabel(u).length));
    const count = Math.max(...used.map((u) => String(u.count).length));
    lines.push("", "Columns used");
    for (const u of used) {
      const format = u.format === undefined ? "" : `  ${u.format}`;
      lines.push(
        `  ${u.field.padEnd(field)}  ${columnLabel(u).padEnd(column)}  ${String(u.count).padStart(count)}${format}`.trimEnd(),
      );
    }
  }
  if (report.columnsIgnored.length > 0) {
    lines.push("", `Columns ignored (${report.columnsIgnored.length}): ${report.columnsIgnored.join(", ")}`);
  }
  if (report.approximations.length > 0) {
    const count = Math.max(...report.approximations.map((a) => String(a.count).length));
    lines.push("", "Approximations");
    for (const a of report.approximations) lines.push(`  ${String(a.count).padStart(count)}  ${a.what}`);
  }
  if (report.warningCount > 0) {
    lines.push("", `Warnings (${report.warningCount})`);
    for (const w of report.warnings) lines.push(`  line ${w.line}: ${w.message}`);
    const more = report.warningCount - report.warnings.length;
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  return `${lines.join("\n")}\n`;
}

function columnLabel(u: JiraColumnUse): string {
  return u.copies > 1 ? `${u.column} (×${u.copies})` : u.column;
}
