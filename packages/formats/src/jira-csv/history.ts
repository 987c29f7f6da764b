import type { LocalDate, StatusChange, Workflow, WorkflowStatus } from "@keel/model";
import { firstOfCategory } from "./statuses.js";

/** The dates a Jira CSV row carries about its item's progress. */
export interface ItemDates {
  readonly created?: LocalDate | undefined;
  readonly updated?: LocalDate | undefined;
  /** When the status category last changed. */
  readonly changed?: LocalDate | undefined;
  readonly resolved?: LocalDate | undefined;
}

/**
 * The status history a CSV can tell: a to-do status from the day the item was created, the move
 * into its current status (when its category last changed, else when it was last updated) and, for
 * a resolved item that was reopened, when it was done. Sorted, and never before it was created;
 * `clamped` says a date was moved up to the created date.
 */
export function statusHistory(
  workflow: Workflow,
  status: WorkflowStatus,
  dates: ItemDates,
): { history: StatusChange[] | undefined; clamped: boolean } {
  const { created, updated, changed, resolved } = dates;
  const changes: { status: string; at: LocalDate | undefined }[] = [];
  if (status.category === "todo") {
    changes.push({ status: status.id, at: created });
    // Back in to-do after being resolved: done on the resolved day, reopened when the category changed.
    if (resolved !== undefined && changed !== undefined && resolved <= changed) {
      changes.push({ status: firstOfCategory(workflow, "done").id, at: resolved });
      changes.push({ status: status.id, at: changed });
    }
  } else {
    changes.push({ status: firstOfCategory(workflow, "todo").id, at: created });
    const moved = status.category === "done" ? (changed ?? resolved ?? updated) : (changed ?? updated);
    if (status.category === "doing" && resolved !== undefined && moved !== undefined && resolved <= moved) {
      changes.push({ status: firstOfCategory(workflow, "done").id, at: resolved });
    }
    changes.push({ status: status.id, at: moved ?? created });
  }
  let clamped = false;
  const dated = changes.flatMap((c) => {
    if (c.at === undefined) return [];
    if (created !== undefined && c.at < created) {
      clamped = true;
      return [{ status: c.status, at: created }];
    }
    return [{ status: c.status, at: c.at }];
  });
  // Stable: changes on one day keep the order they happened in.
  dated.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const history = dated.filter((c, i) => i === 0 || dated[i - 1]?.status !== c.status);
  return { history: history.length === 0 ? undefined : history, clamped };
}
