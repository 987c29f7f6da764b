import type { ProjectChange } from "../live/use-project-events.js";

/** What of a committed edit's announcement tells whose edit it was and what it changed. */
export type ChangeNotice = Pick<ProjectChange, "planVersion" | "actorId" | "changes">;

/** A change one of our edits will make, as the server will announce it; a new link's id is not known yet. */
export interface Expected {
  readonly entity: "task" | "link";
  readonly action: "create" | "update" | "delete";
  readonly id?: string | undefined;
  /** When the edit was sent (ms): an announcement lost with the connection is not waited for forever. */
  readonly sent: number;
}

/** How long an edit's announcement is waited for. */
export const EXPECTED_FOR_MS = 60_000;

/**
 * Whether an announced change is entirely our own edits: by us, and every item in it one we
 * expected. Answers what is still expected then, or undefined when the change is not (only) ours.
 */
export function claim(
  expected: readonly Expected[],
  change: ChangeNotice,
  me: string | undefined,
  now: number,
): Expected[] | undefined {
  if (me === undefined || change.actorId !== me || change.changes.length === 0) return undefined;
  const left = expected.filter((e) => now - e.sent < EXPECTED_FOR_MS);
  for (const c of change.changes) {
    const at = left.findIndex(
      (e) => e.entity === c.entity && e.action === c.action && (e.id === undefined || e.id === c.id),
    );
    if (at < 0) return undefined;
    left.splice(at, 1);
  }
  return left;
}
