import type { BacklogItemType } from "@keel/model";
import type { RawIssue } from "./raw-issue.js";
import type { ReportCollector } from "./report.js";

/**
 * The epic: the Epic Link, else the parent when that is an epic in the file. The parent: only for
 * sub-tasks, whose parent is a story, task or bug.
 */
export function links(
  issue: RawIssue,
  type: BacklogItemType,
  keyOf: (ref: string) => string | undefined,
  typeOf: ReadonlyMap<string, BacklogItemType>,
  report: ReportCollector,
): { epic: string | undefined; parent: string | undefined } {
  let epic: string | undefined;
  if (issue.epicLink !== undefined) {
    epic = keyOf(issue.epicLink);
    if (epic === undefined) report.approximate("epic links to issue ids not in the file left out");
    else if (!typeOf.has(epic)) report.approximate("epic links to issues not in the file kept as keys");
  }
  if (issue.parent === undefined) return { epic, parent: undefined };
  const parent = keyOf(issue.parent);
  if (parent === undefined) {
    report.approximate("parent links to issue ids not in the file left out");
    return { epic, parent: undefined };
  }
  if (type === "subtask") {
    if (!typeOf.has(parent)) report.approximate("sub-task parents not in the file kept as keys");
    return { epic, parent };
  }
  if (typeOf.get(parent) === "epic" && type !== "epic") return { epic: epic ?? parent, parent: undefined };
  report.approximate(
    type === "epic"
      ? "parents of epics left out: Keel's backlog has nothing above an epic"
      : "parent links of items that are not sub-tasks, to issues that are not epics in the file, left out",
  );
  return { epic, parent: undefined };
}
