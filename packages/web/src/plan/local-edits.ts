import type { LinkRecord, TaskRecord } from "../api/types.js";
import type { TaskFields } from "../engine-worker/plan-edit.js";

/**
 * The task and link lists as the page shows them while its edits wait for the server: an edit goes
 * in at once, the server's answer replaces it, a refusal takes it out again.
 */

/** Links shown before the server has given them an id are listed under one of these. */
export const UNSAVED_LINK = "unsaved-link-";

/** The list with one task changed; the same list when the task is not in it. */
export function withTask(
  records: readonly TaskRecord[],
  id: string,
  change: (record: TaskRecord) => TaskRecord,
): readonly TaskRecord[] {
  const at = records.findIndex((r) => r.id === id);
  if (at < 0) return records;
  const next = [...records];
  next[at] = change(records[at] as TaskRecord);
  return next;
}

/** The fields as they were before an edit set them: absent ones as null, which clears them again. */
export function fieldsBefore(record: TaskRecord, fields: TaskFields): TaskFields {
  const before = record as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).map((f) => [f, before[f] ?? null])) as TaskFields;
}

/** Whether two records of a task hold the same fields, whatever their versions. */
export function sameFields(a: TaskRecord, b: TaskRecord): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const names = new Set([...Object.keys(x), ...Object.keys(y)]);
  names.delete("version");
  for (const name of names) if (!same(x[name], y[name])) return false;
  return true;
}

/** Equal as JSON values, whatever the order of their keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const names = Object.keys(x).filter((k) => x[k] !== undefined);
  if (names.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return names.every((k) => same(x[k], y[k]));
}

/** What a record holds besides the task's own fields: its place in the outline and its version. */
const NOT_FIELDS = new Set(["id", "parent", "position", "version"]);

/** The edit that turns what is shown into what the server saved: its fields, and null for those it dropped. */
export function fieldsToMatch(shown: TaskRecord, saved: TaskRecord): TaskFields {
  const fields = Object.entries(saved).filter(([k]) => !NOT_FIELDS.has(k));
  const dropped = Object.keys(shown).filter((k) => !(k in saved) && !NOT_FIELDS.has(k));
  return Object.fromEntries([...dropped.map((k) => [k, null]), ...fields]) as TaskFields;
}

/**
 * Where a link saved with this id goes in the plan's list of links, which the server keeps in the
 * order of their ids: after every saved link with a smaller id.
 */
export function linkPosition(records: readonly LinkRecord[], id: string): number {
  let at = 0;
  for (const r of records) if (!r.id.startsWith(UNSAVED_LINK) && r.id < id) at++;
  return at;
}
