import type { EpicProgressEdit, EpicVerdict } from "@keel/engine";
import type { TaskRecord } from "../api/types.js";
import { updateLabel } from "../plan/undo-entries.js";
import type { Fields, RecordedChange } from "../plan/undo-history.js";
import { formatDate } from "../ui/format.js";

/** `GET …/agile/plan-progress`: what the epics would write, read at a plan version. */
export interface PlanProgressProposal {
  readonly planVersion: number;
  readonly edits: readonly EpicProgressEdit[];
}

/** `POST …/agile/plan-progress`: what was written, each task's fields before (with its version then) and after. */
export interface PlanProgressApplied {
  readonly planVersion: number;
  readonly changed: readonly EpicProgressEdit[];
  readonly previous: readonly { readonly task: string; readonly version: number; readonly fields: Fields }[];
  readonly tasks: readonly TaskRecord[];
}

/** A verdict's colour (the RAG pill's) and words. */
export const VERDICTS: Readonly<Record<EpicVerdict, { readonly rag: string; readonly label: string }>> = {
  "on track": { rag: "green", label: "On track" },
  "at risk": { rag: "amber", label: "At risk" },
  late: { rag: "red", label: "Late" },
  done: { rag: "green", label: "Done" },
  "no forecast": { rag: "grey", label: "No forecast" },
};

/** What else an edit writes beside the percent, in words: `actual start Jan 6, 2027`. */
export function alsoWritten(set: EpicProgressEdit["set"]): string[] {
  const words: string[] = [];
  if (set.actualStart !== undefined) words.push(`actual start ${formatDate(set.actualStart)}`);
  if (set.actualFinish === null) words.push("actual finish cleared");
  else if (set.actualFinish !== undefined) words.push(`actual finish ${formatDate(set.actualFinish)}`);
  if (set.remainingDuration === null) words.push("remaining duration cleared");
  return words;
}

/**
 * The applied edit as the plan's undo history records it (one entry, `progress of 3 tasks`), so the
 * plan view's Undo takes it back like an edit made there. Undefined when nothing changed.
 */
export function planProgressUndo(
  applied: PlanProgressApplied,
): { readonly label: string; readonly changes: readonly RecordedChange[] } | undefined {
  const after = new Map(applied.tasks.map((t) => [t.id, t]));
  const changes = applied.previous.flatMap((p): RecordedChange[] => {
    const saved = after.get(p.task);
    const edit = applied.changed.find((e) => e.task === p.task);
    if (saved === undefined || edit === undefined) return [];
    return [
      {
        op: "update",
        kind: "task",
        id: p.task,
        before: { version: p.version, fields: p.fields },
        after: { version: saved.version, fields: edit.set },
      },
    ];
  });
  if (changes.length === 0) return undefined;
  return {
    label: updateLabel(
      applied.changed[0]?.set ?? {},
      applied.changed.map((e) => e.name),
    ),
    changes,
  };
}
