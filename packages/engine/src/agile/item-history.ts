import type { BacklogItem, LocalDate } from "@keel/model";
import type { StatusResolver } from "./status-resolver.js";

/**
 * The status an item was in at the end of a day: its last change on or before the day. An item
 * without history has only its current status to go by; one with history was in none of the
 * recorded statuses before its first change (undefined).
 */
export function statusAt(item: BacklogItem, date: LocalDate): string | undefined {
  const history = item.history ?? [];
  if (history.length === 0) return item.status;
  let status: string | undefined;
  for (const change of history) {
    if (change.at > date) break;
    status = change.status;
  }
  return status;
}

/**
 * The day an item was finished: when it entered the done category for the last time, provided its
 * last change left it done (a reopened item is not finished). Undefined without history.
 */
export function finishedOn(item: BacklogItem, resolve: StatusResolver): LocalDate | undefined {
  const history = item.history ?? [];
  let finished: LocalDate | undefined;
  for (const change of history) {
    const done = resolve(change.status)?.category === "done";
    if (!done) finished = undefined;
    else finished ??= change.at;
  }
  return finished;
}

/** The day work on an item began: its first change into a "doing" status, else its creation or first change. */
export function startedOn(item: BacklogItem, resolve: StatusResolver): LocalDate | undefined {
  const history = item.history ?? [];
  const doing = history.find((change) => resolve(change.status)?.category === "doing");
  return doing?.at ?? item.created ?? history[0]?.at;
}

/** Whether an item is done now, by its current status. */
export function isDone(item: BacklogItem, resolve: StatusResolver): boolean {
  return resolve(item.status)?.category === "done";
}
