import {
  BACKLOG_ITEM_TYPES,
  type BacklogItem,
  type BacklogItemType,
  type LocalDate,
  type Workflow,
  type WorkflowStatus,
} from "@keel/model";
import type { JiraField } from "./columns.js";
import { chooseDateFormats, type DateChoice, type DateOrder } from "./dates.js";
import { statusHistory } from "./history.js";
import { links } from "./links.js";
import { type DateField, type IssueReader, type RawIssue, usageKey } from "./raw-issue.js";
import type { JiraColumnUse, JiraImportReport, ReportCollector } from "./report.js";
import { type JiraSprint, SprintCollector } from "./sprints.js";
import { firstOfCategory, type JiraStatusMapping, mapStatuses, StatusTally } from "./statuses.js";

/** A Jira CSV export read into Keel's backlog. */
export interface JiraImport {
  /** In backlog order: `rank` runs 1..n. */
  readonly items: BacklogItem[];
  readonly sprints: JiraSprint[];
  readonly statuses: JiraStatusMapping[];
  /** Jira statuses mapped only by a guess from their name: worth a look, and a statusMap entry. */
  readonly unmappedStatuses: string[];
  readonly report: JiraImportReport;
}

const TYPES: Readonly<Record<string, BacklogItemType>> = {
  epic: "epic",
  story: "story",
  userstory: "story",
  bug: "bug",
  task: "task",
  spike: "spike",
  subtask: "subtask",
};

/** Fields as the report names them, in the order it lists them. */
const FIELD_LABELS: readonly [JiraField, string][] = [
  ["key", "id"],
  ["summary", "name"],
  ["type", "type"],
  ["status", "status"],
  ["statusCategory", "status category"],
  ["resolution", "resolution"],
  ["created", "created"],
  ["updated", "updated"],
  ["categoryChanged", "status changed"],
  ["resolved", "resolved"],
  ["rank", "rank"],
  ["points", "points"],
  ["estimate", "hours"],
  ["description", "description"],
  ["labels", "labels"],
  ["assignee", "assignee"],
  ["priority", "priority"],
  ["epicLink", "epic"],
  ["parent", "parent"],
  ["id", "issue id"],
  ["sprints", "sprint"],
];

const DATE_FIELDS: Readonly<Record<DateField, JiraField>> = {
  created: "created",
  updated: "updated",
  resolved: "resolved",
  changed: "categoryChanged",
};

/** Drops the fields left undefined, so an item carries only what the file had. */
function defined<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

export interface BuildOptions {
  readonly file: string;
  readonly workflow: Workflow;
  readonly statusMap: Readonly<Record<string, string>>;
  readonly dateOrder?: DateOrder | undefined;
  readonly rows: number;
}

/** Turns the issue rows into backlog items, sprints and a report, once every row is known. */
export function buildImport(
  issues: readonly RawIssue[],
  reader: IssueReader,
  options: BuildOptions,
  report: ReportCollector,
): JiraImport {
  const { workflow } = options;
  const dates = readDates(reader, options.dateOrder, report);
  const dateOf = (issue: RawIssue, field: DateField): LocalDate | undefined => {
    const key = issue[field];
    return key === undefined ? undefined : dates[field]?.date(key);
  };

  const tallies = new Map<string, StatusTally>();
  for (const issue of issues) {
    if (issue.status === "") continue;
    let tally = tallies.get(issue.status);
    if (tally === undefined) {
      tally = new StatusTally(issue.status);
      tallies.set(issue.status, tally);
    }
    tally.add(issue.statusCategory, issue.resolution);
  }
  const statuses = mapStatuses(tallies.values(), workflow, options.statusMap);
  for (const s of statuses) {
    if (s.how === "guess") {
      report.approximate(
        `status "${s.name}" mapped to "${s.mappedTo}" by a guess from its name and resolutions; give it a statusMap entry if that is wrong`,
        s.count,
      );
    }
  }
  const statusOf = new Map(statuses.map((s) => [s.name, s.mappedTo]));
  const workflowStatus = new Map(workflow.statuses.map((s) => [s.id, s]));

  const keyOfId = new Map<string, string>();
  const typeOf = new Map<string, BacklogItemType>();
  for (const issue of issues) {
    if (issue.id !== undefined) keyOfId.set(issue.id, issue.key);
    typeOf.set(issue.key, itemType(issue.type, report));
  }
  // Parent and Epic Link cells hold a key, or in some exports the numeric issue id.
  const keyOf = (ref: string): string | undefined => (/^\d+$/.test(ref) ? keyOfId.get(ref) : ref);

  const order = rankOrder(issues, reader.columns.at.rank.length > 0, report);
  const sprints = new SprintCollector();
  const items: BacklogItem[] = [];
  let rebuilt = 0;
  let clamped = 0;
  let severalSprints = 0;
  order.forEach((index, position) => {
    const issue = issues[index] as RawIssue;
    const type = typeOf.get(issue.key) ?? "story";
    const status = itemStatus(issue, statusOf, workflowStatus, workflow, report);
    const created = dateOf(issue, "created");
    const updated = dateOf(issue, "updated");
    const changes = statusHistory(workflow, status, {
      created,
      updated,
      changed: dateOf(issue, "changed"),
      resolved: dateOf(issue, "resolved"),
    });
    if (changes.history !== undefined) rebuilt++;
    if (changes.clamped) clamped++;
    const { epic, parent } = links(issue, type, keyOf, typeOf, report);
    const current = issue.sprints[issue.sprints.length - 1];
    if (issue.sprints.length > 1) severalSprints++;
    const history = changes.history ?? [];
    const first = history[0]?.at ?? updated;
    const latest = history.at(-1)?.at;
    const last = latest === undefined || (updated !== undefined && updated > latest) ? updated : latest;
    for (const name of issue.sprints) {
      const visit = { key: issue.key, current: name === current, category: status.category, first, last };
      sprints.visit(name, visit);
    }
    items.push(
      defined({
        id: issue.key,
        name: issue.name,
        type,
        status: status.id,
        rank: position + 1,
        points: issue.points,
        hours: issue.hours,
        description: issue.description,
        epic,
        parent,
        labels: issue.labels.length > 0 ? issue.labels : undefined,
        assignee: issue.assignee,
        priority: issue.priority,
        sprint: current === undefined ? undefined : sprints.id(current),
        created,
        history: changes.history,
      }),
    );
  });
  report.approximate(
    "status histories rebuilt from Created, Status Category Changed, Updated and Resolved: a CSV holds only the latest move",
    rebuilt,
  );
  report.approximate("status changes dated before the item was created moved to its created date", clamped);
  report.approximate("items listed in several sprints placed in their last one", severalSprints);
  const sprintList = sprints.sprintList();
  report.approximate("sprint states guessed from the statuses of their items", sprintList.length);

  const byType = Object.fromEntries(BACKLOG_ITEM_TYPES.map((t) => [t, 0])) as Record<BacklogItemType, number>;
  for (const item of items) byType[item.type]++;
  return {
    items,
    sprints: sprintList,
    statuses,
    unmappedStatuses: statuses.filter((s) => s.how === "guess").map((s) => s.name),
    report: {
      file: options.file,
      rows: options.rows,
      items: items.length,
      byType,
      columnsUsed: columnsUsed(reader, dates),
      columnsIgnored: reader.columns.ignored,
      approximations: report.approximationList(),
      warnings: [...report.warnings].sort((a, b) => a.line - b.line),
      warningCount: report.warningCount,
    },
  };
}

/** One format per date column, with warnings for the values it cannot read. */
function readDates(
  reader: IssueReader,
  order: DateOrder | undefined,
  report: ReportCollector,
): Partial<Record<DateField, DateChoice>> {
  const fields = (Object.keys(reader.dates) as DateField[]).filter((f) => reader.dates[f] !== undefined);
  const choices = chooseDateFormats(
    fields.map((f) => reader.dates[f]).filter((c) => c !== undefined),
    order,
  );
  const byField: Partial<Record<DateField, DateChoice>> = {};
  fields.forEach((field, i) => {
    const choice = choices[i] as DateChoice;
    byField[field] = choice;
    if (choice.format === undefined) {
      const first = choice.unread[0];
      if (first !== undefined) {
        report.warn(
          first.line,
          `no known date format reads "${choice.column}" (such as "${first.value}"); its ${choice.values} dates are left out`,
        );
      }
      return;
    }
    for (const u of choice.unread) {
      const rows = u.count > 1 ? ` (${u.count} rows, the first here)` : "";
      report.warn(
        u.line,
        `"${u.value}" in "${choice.column}" is not a date in the column's format ${choice.format}; left out${rows}`,
      );
    }
    if (choice.ambiguousWith !== undefined) {
      report.approximate(
        `dates in "${choice.column}" read as ${choice.format} (month first): ${choice.ambiguousWith} (day first) fits every value too; pass dateOrder "day-first" if that is right`,
        choice.values,
      );
    }
    if (choice.timesUnread) {
      report.approximate(
        `times of day in "${choice.column}" not recognised; only the dates are used`,
        choice.values,
      );
    }
  });
  return byField;
}

function itemType(jira: string, report: ReportCollector): BacklogItemType {
  const type = TYPES[jira.toLowerCase().replace(/[^a-z]/g, "")];
  if (type !== undefined) return type;
  report.approximate(
    jira === ""
      ? "items without an issue type imported as stories"
      : `issue type "${jira}" imported as story`,
  );
  return "story";
}

function itemStatus(
  issue: RawIssue,
  statusOf: ReadonlyMap<string, string>,
  workflowStatus: ReadonlyMap<string, WorkflowStatus>,
  workflow: Workflow,
  report: ReportCollector,
): WorkflowStatus {
  const mapped = workflowStatus.get(statusOf.get(issue.status) ?? "");
  if (mapped !== undefined) return mapped;
  const fallback = firstOfCategory(workflow, issue.resolution === undefined ? "todo" : "done");
  report.approximate(`items without a status put in "${fallback.id}"`);
  return fallback;
}

/**
 * Backlog order: by the Rank column's lexorank strings where the file has them (plain string order
 * is lexorank order), items without one after them in file order; else file order.
 */
function rankOrder(issues: readonly RawIssue[], hasRank: boolean, report: ReportCollector): number[] {
  const order = issues.map((_, i) => i);
  if (!hasRank) return order;
  let unranked = 0;
  for (const issue of issues) if (issue.rank === undefined) unranked++;
  report.approximate("items without a rank placed after the ranked ones, in file order", unranked);
  return order.sort((a, b) => {
    const ra = issues[a]?.rank;
    const rb = issues[b]?.rank;
    if (ra === undefined || rb === undefined) return (ra === undefined ? 1 : 0) - (rb === undefined ? 1 : 0);
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
}

/** Which columns gave values, with the date format chosen for each date column. */
function columnsUsed(reader: IssueReader, dates: Partial<Record<DateField, DateChoice>>): JiraColumnUse[] {
  const { at, headers } = reader.columns;
  const usage = reader.usage;
  const formats = new Map<JiraField, string | undefined>(
    (Object.entries(dates) as [DateField, DateChoice][]).map(([f, c]) => [DATE_FIELDS[f], c.format]),
  );
  formats.set("estimate", "seconds → hours");
  const uses: JiraColumnUse[] = [];
  for (const [field, label] of FIELD_LABELS) {
    const copies = new Map<string, number>();
    for (const i of at[field]) {
      const header = headers[i]?.trim() ?? "";
      copies.set(header, (copies.get(header) ?? 0) + 1);
    }
    for (const [column, n] of copies) {
      const count = usage.get(usageKey(field, column)) ?? 0;
      if (count > 0) uses.push({ field: label, column, copies: n, count, format: formats.get(field) });
    }
  }
  return uses.map((u) => defined(u));
}
