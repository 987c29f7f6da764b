import type { StatusCategory, Workflow, WorkflowStatus } from "@keel/model";

/** How a Jira status found its workflow status. */
export type StatusMatch = "map" | "name" | "category" | "guess";

/** One Jira status of the file and the workflow status its items get. */
export interface JiraStatusMapping {
  readonly name: string;
  /** Items in this status. */
  readonly count: number;
  readonly mappedTo: string;
  readonly how: StatusMatch;
}

/** What the rows say about one Jira status. */
export class StatusTally {
  count = 0;
  resolved = 0;
  readonly categories = new Map<string, number>();

  constructor(readonly name: string) {}

  add(category: string | undefined, resolution: string | undefined): void {
    this.count++;
    if (resolution !== undefined) this.resolved++;
    if (category !== undefined) this.categories.set(category, (this.categories.get(category) ?? 0) + 1);
  }

  /** The status category most of its rows give. */
  category(): string | undefined {
    let best: [string, number] | undefined;
    for (const entry of this.categories) if (best === undefined || entry[1] > best[1]) best = entry;
    return best?.[0];
  }
}

/** "In Progress", "in-progress" and "IN_PROGRESS" are one status. */
export const statusKey = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, "");

/** Jira's three status categories, by their names and their internal keys. */
function jiraCategory(name: string): StatusCategory | undefined {
  const key = statusKey(name);
  if (key === "todo" || key === "new") return "todo";
  if (key === "inprogress" || key === "indeterminate") return "doing";
  if (key === "done" || key === "complete") return "done";
  return undefined;
}

const DONE_WORDS = /done|closed|resolved|complete|finished|released|cancel|reject|won'?t/i;
const DOING_WORDS = /progress|review|test|doing|develop|\bqa\b|verif|block/i;

/** A category from the status name, or done when most of its items carry a resolution. */
function guessCategory(tally: StatusTally): StatusCategory {
  if (DONE_WORDS.test(tally.name) || tally.resolved * 2 > tally.count) return "done";
  if (DOING_WORDS.test(tally.name)) return "doing";
  return "todo";
}

/** The first workflow status of a category, or of the nearest one when the workflow has none. */
export function firstOfCategory(workflow: Workflow, category: StatusCategory): WorkflowStatus {
  const near: Record<StatusCategory, StatusCategory[]> = {
    todo: ["todo", "doing", "done"],
    doing: ["doing", "todo", "done"],
    done: ["done", "doing", "todo"],
  };
  for (const c of near[category]) {
    const status = workflow.statuses.find((s) => s.category === c);
    if (status !== undefined) return status;
  }
  throw new Error("a workflow has at least one status");
}

/**
 * Maps each Jira status to a workflow status: the caller's map, else a status of the same name or
 * id, else the first status of its Jira status category, else of a category guessed from the name.
 */
export function mapStatuses(
  tallies: Iterable<StatusTally>,
  workflow: Workflow,
  statusMap: Readonly<Record<string, string>>,
): JiraStatusMapping[] {
  const mapped = new Map(Object.entries(statusMap).map(([name, id]) => [statusKey(name), id]));
  const byName = new Map<string, string>();
  for (const s of workflow.statuses) {
    byName.set(statusKey(s.id), s.id);
    byName.set(statusKey(s.name), s.id);
  }
  return [...tallies].map((tally) => {
    const key = statusKey(tally.name);
    const base = { name: tally.name, count: tally.count };
    const fromMap = statusMap[tally.name] ?? mapped.get(key);
    if (fromMap !== undefined) return { ...base, mappedTo: fromMap, how: "map" };
    const same = byName.get(key);
    if (same !== undefined) return { ...base, mappedTo: same, how: "name" };
    const category = tally.category();
    const jira = category === undefined ? undefined : jiraCategory(category);
    if (jira !== undefined) return { ...base, mappedTo: firstOfCategory(workflow, jira).id, how: "category" };
    return { ...base, mappedTo: firstOfCategory(workflow, guessCategory(tally)).id, how: "guess" };
  });
}
