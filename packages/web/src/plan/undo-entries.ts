import type { AssignmentRecord, LinkRecord, TaskRecord } from "../api/types.js";
import type { Fields, RecordedChange } from "./undo-history.js";

/** What each task field is called in the undo buttons' and messages' labels. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  name: "name",
  duration: "duration",
  work: "duration",
  estimate: "estimate",
  constraint: "constraint",
  deadline: "deadline",
  priority: "priority",
  notes: "notes",
  parent: "outline level",
  position: "outline level",
  percentComplete: "progress",
  actualStart: "progress",
  actualFinish: "progress",
  actualCost: "progress",
  remainingDuration: "progress",
};

/** `duration of “Build”`, `progress of 3 tasks`: what an edit of these fields did. */
export function updateLabel(fields: Fields, names: readonly string[]): string {
  const words = [...new Set(Object.keys(fields).map((f) => FIELD_NAMES[f] ?? "details"))];
  // A three-point estimate sets the duration too; it is the estimate that was typed.
  const what = words.includes("estimate")
    ? "estimate"
    : words.length === 1
      ? (words[0] as string)
      : "details";
  return `${what} of ${tasksLabel(names)}`;
}

export function tasksLabel(names: readonly string[]): string {
  return names.length === 1 ? `“${names[0]}”` : `${names.length} tasks`;
}

/** A task's fields as they were before an edit set `fields`: absent optional ones as null, which clears them again. */
function previous(record: TaskRecord, fields: Fields): Fields {
  const before = record as unknown as Fields;
  return Object.fromEntries(Object.keys(fields).map((f) => [f, before[f] ?? null]));
}

export function taskUpdate(
  before: TaskRecord,
  fields: Fields,
  saved: { readonly version: number },
): RecordedChange {
  return {
    op: "update",
    kind: "task",
    id: before.id,
    before: { version: before.version, fields: previous(before, fields) },
    after: { version: saved.version, fields },
  };
}

export function taskCreate(created: TaskRecord): RecordedChange {
  const { version, ...value } = created;
  return { op: "create", kind: "task", id: created.id, version, value };
}

export function linkCreate(created: LinkRecord): RecordedChange {
  const { id, version, ...value } = created;
  return { op: "create", kind: "link", id, version, value };
}

export function linkDelete(link: LinkRecord): RecordedChange {
  const { id, version, ...value } = link;
  return { op: "delete", kind: "link", id, version, value };
}

/**
 * Deleting tasks (children before their summary task, as the server is sent them) takes their links
 * and assignments along: recorded first, so that undoing re-creates the tasks, then what hung on them.
 */
export function taskDeletion(
  doomed: readonly TaskRecord[],
  links: readonly LinkRecord[],
  assignments: readonly AssignmentRecord[],
): RecordedChange[] {
  const ids = new Set(doomed.map((t) => t.id));
  return [
    ...links.filter((l) => ids.has(l.from) || ids.has(l.to)).map(linkDelete),
    ...assignments
      .filter((a) => ids.has(a.task))
      .map(
        ({ id, version, ...value }): RecordedChange => ({
          op: "delete",
          kind: "assignment",
          id,
          version,
          value,
        }),
      ),
    ...doomed.map(
      ({ id, version, ...rest }): RecordedChange => ({
        op: "delete",
        kind: "task",
        id,
        version,
        value: { id, ...rest },
      }),
    ),
  ];
}

/** A task's assignments changed in one bulk request: the ones created, changed (their units) and removed. */
export function assignmentEdits(
  before: readonly AssignmentRecord[],
  sent: { readonly delete: readonly { readonly id: string }[] },
  saved: { readonly created: readonly AssignmentRecord[]; readonly updated: readonly AssignmentRecord[] },
): RecordedChange[] {
  const was = new Map(before.map((a) => [a.id, a]));
  const changes: RecordedChange[] = [];
  for (const d of sent.delete) {
    const a = was.get(d.id);
    if (a === undefined) continue;
    const { id, version, ...value } = a;
    changes.push({ op: "delete", kind: "assignment", id, version, value });
  }
  for (const a of saved.updated) {
    const old = was.get(a.id);
    if (old === undefined) continue;
    changes.push({
      op: "update",
      kind: "assignment",
      id: a.id,
      before: { version: old.version, fields: { units: old.units } },
      after: { version: a.version, fields: { units: a.units } },
    });
  }
  for (const { id, version, ...value } of saved.created)
    changes.push({ op: "create", kind: "assignment", id, version, value });
  return changes;
}
