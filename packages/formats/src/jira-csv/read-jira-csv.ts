import type { Workflow } from "@keel/model";
import { buildImport, type JiraImport } from "./build-import.js";
import { readColumns } from "./columns.js";
import { csvRecords } from "./csv-records.js";
import type { DateOrder } from "./dates.js";
import { JiraCsvError } from "./jira-csv-error.js";
import { IssueReader, type RawIssue } from "./raw-issue.js";
import { ReportCollector } from "./report.js";
import type { JiraCsvInput } from "./utf8-chunks.js";

export interface JiraImportOptions {
  /** The workflow the items' statuses must belong to. */
  readonly workflow: Workflow;
  /** Jira status name → workflow status id, before any matching by name or category. */
  readonly statusMap?: Readonly<Record<string, string>> | undefined;
  /** Name of the file in messages; "jira.csv" when absent. */
  readonly file?: string | undefined;
  /** Called every thousand rows and once at the end, with rows read and input bytes consumed. */
  readonly onProgress?: ((rows: number, bytes: number) => void) | undefined;
  /** More issue rows than this are refused; 200,000 when absent. */
  readonly maxRows?: number | undefined;
  /** How to read dates like 06/09/2024 when no value in the file tells; month first when absent. */
  readonly dateOrder?: DateOrder | undefined;
}

const PROGRESS_EVERY = 1000;
const HOW_TO_EXPORT = "in Jira, search for the issues and use Export > Export CSV (all fields)";

function checkStatusMap(workflow: Workflow, statusMap: Readonly<Record<string, string>>): void {
  const ids = workflow.statuses.map((s) => s.id);
  for (const [name, id] of Object.entries(statusMap)) {
    if (!ids.includes(id)) {
      throw new RangeError(
        `statusMap maps "${name}" to "${id}", which is not a status of the workflow (${ids.join(", ")})`,
      );
    }
  }
}

function header(cells: readonly string[], file: string, line: number): IssueReader["columns"] {
  const columns = readColumns(cells);
  const missing = [
    ...(columns.at.key.length === 0 ? ['"Issue key"'] : []),
    ...(columns.at.summary.length === 0 ? ['"Summary"'] : []),
  ];
  if (missing.length === 0) return columns;
  const shown = cells
    .slice(0, 6)
    .map((c) => (c.length > 40 ? `${c.slice(0, 40)}…` : c))
    .join(", ");
  const more = cells.length > 6 ? `, … (${cells.length} in all)` : "";
  throw new JiraCsvError(
    file,
    line,
    `this is not a Jira CSV export: it has no ${missing.join(" or ")} column (its first row reads: ${shown}${more}); ${HOW_TO_EXPORT}`,
  );
}

/**
 * Reads a Jira "Export CSV" file into backlog items of `workflow`, row by row as the input streams
 * in. Liberal in what it takes (repeated columns, any of Jira's date styles, UTF-16, CRLF) and
 * precise in what it tells: the report lists the columns read, the date formats chosen, what was
 * approximated and every row-level problem with its line. A file that cannot be imported throws a
 * JiraCsvError naming the line; a statusMap naming a status the workflow lacks throws a RangeError.
 */
export async function readJiraCsv(input: JiraCsvInput, options: JiraImportOptions): Promise<JiraImport> {
  const file = options.file ?? "jira.csv";
  const maxRows = options.maxRows ?? 200_000;
  const statusMap = options.statusMap ?? {};
  checkStatusMap(options.workflow, statusMap);
  const report = new ReportCollector();
  let bytes = 0;
  let reader: IssueReader | undefined;
  const issues: RawIssue[] = [];
  const lineOfKey = new Map<string, number>();
  let rows = 0;
  for await (const { cells, line } of csvRecords(input, file, (n) => {
    bytes += n;
  })) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (reader === undefined) {
      // Excel's "sep=;" line names the separator; the header follows it.
      if (cells.length <= 2 && /^sep=.?$/i.test(cells[0]?.trim() ?? "")) continue;
      reader = new IssueReader(header(cells, file, line), report);
      continue;
    }
    rows++;
    if (rows > maxRows) {
      throw new JiraCsvError(
        file,
        line,
        `the file has more than ${maxRows} issue rows; export fewer at a time (filter by project or created date), or raise maxRows`,
      );
    }
    const issue = reader.read(cells, line);
    if (issue !== undefined) {
      const earlier = lineOfKey.get(issue.key);
      if (earlier !== undefined) {
        throw new JiraCsvError(
          file,
          line,
          `issue key ${issue.key} appears twice, on line ${earlier} and on line ${line}; a Jira export lists each issue once, so the file may join two exports: remove one of the rows`,
        );
      }
      lineOfKey.set(issue.key, line);
      issues.push(issue);
    }
    if (rows % PROGRESS_EVERY === 0) options.onProgress?.(rows, bytes);
  }
  if (reader === undefined) {
    throw new JiraCsvError(file, 1, `the file is empty; ${HOW_TO_EXPORT}`);
  }
  if (rows === 0) report.warn(1, "the file has a header but no issue rows");
  options.onProgress?.(rows, bytes);
  return buildImport(
    issues,
    reader,
    { file, workflow: options.workflow, statusMap, dateOrder: options.dateOrder, rows },
    report,
  );
}
