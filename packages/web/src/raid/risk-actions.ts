import { isLocalDate, type RiskAction } from "@keel/model";

/** One row of the response's action list as the form holds it. */
export interface ActionDraft {
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  readonly done: boolean;
}

export const EMPTY_ACTION: ActionDraft = { action: "", owner: "", due: "", done: false };

export function actionDrafts(actions: readonly RiskAction[] | undefined): ActionDraft[] {
  return (actions ?? []).map((a) => ({
    action: a.action,
    owner: a.owner ?? "",
    due: a.due ?? "",
    done: a.done ?? false,
  }));
}

/**
 * The action list as the API takes it: blank rows dropped, `null` when none is left (which clears
 * it); or the first row that cannot be read.
 */
export function actionsValue(
  rows: readonly ActionDraft[],
): { value: RiskAction[] | null } | { error: string } {
  const actions: RiskAction[] = [];
  for (const [i, row] of rows.entries()) {
    const action = row.action.trim();
    const owner = row.owner.trim();
    const due = row.due.trim();
    if (action === "" && owner === "" && due === "" && !row.done) continue;
    if (action === "") return { error: `Action ${i + 1}: say what is to be done.` };
    if (due !== "" && !isLocalDate(due))
      return { error: `Action ${i + 1}: expected a due date such as 2027-03-15.` };
    actions.push({
      action,
      ...(owner === "" ? {} : { owner }),
      ...(due === "" ? {} : { due: due as RiskAction["due"] }),
      ...(row.done ? { done: true } : {}),
    });
  }
  return { value: actions.length === 0 ? null : actions };
}

/** "2 of 3 done", for the table. */
export function actionsProgress(actions: readonly RiskAction[] | undefined): string {
  const all = actions?.length ?? 0;
  if (all === 0) return "";
  return `${actions?.filter((a) => a.done === true).length ?? 0} of ${all} done`;
}
