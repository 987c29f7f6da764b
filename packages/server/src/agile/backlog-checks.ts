import type { ProjectEdit, Store } from "@keel/store";
import { agileSettingsOf, ValidationError } from "@keel/store";
import { todayUtc } from "../routes/common.js";

interface BacklogFields {
  readonly status?: unknown;
  readonly sprint?: unknown;
  readonly epic?: unknown;
  readonly tasks?: unknown;
  readonly created?: unknown;
}

/**
 * What a backlog item refers to must exist: a status of the team's workflow, an open sprint, an
 * epic of the backlog and tasks of the plan. Checked on create and update, as moves are.
 */
export async function checkBacklogFields(
  store: Store,
  edit: ProjectEdit,
  fields: BacklogFields,
): Promise<void> {
  const problems: { path: string; message: string }[] = [];
  if (typeof fields.status === "string") {
    const statuses = (await agileSettingsOf(edit.tx, edit.projectId)).workflow.statuses.map((s) => s.id);
    if (!statuses.includes(fields.status)) {
      problems.push({
        path: "status",
        message: `no status "${fields.status}"; expected one of ${statuses.join(", ")}`,
      });
    }
  }
  if (typeof fields.sprint === "string") {
    const sprint = await store.sprints.find(edit.tx, edit.projectId, fields.sprint);
    if (sprint === undefined) problems.push({ path: "sprint", message: `no sprint "${fields.sprint}"` });
    else if (sprint.state === "closed") {
      problems.push({
        path: "sprint",
        message: `sprint "${sprint.name}" is closed; plan the item into an open one`,
      });
    }
  }
  if (typeof fields.epic === "string") {
    const epic = await store.backlogItems.find(edit.tx, edit.projectId, fields.epic);
    if (epic === undefined || epic.type !== "epic") {
      problems.push({ path: "epic", message: `no epic "${fields.epic}" in the backlog` });
    }
  }
  if (Array.isArray(fields.tasks) && fields.tasks.length > 0) {
    const known = new Set((await store.tasks.list(edit.tx, edit.projectId)).map((t) => t.id));
    fields.tasks.forEach((id, i) => {
      if (!known.has(String(id)))
        problems.push({ path: `tasks.${i}`, message: `no task "${String(id)}" in the plan` });
    });
  }
  if (problems.length > 0) throw new ValidationError("invalid backlog item", problems);
}

/** A new item counts in the flow charts from the day it was created: today, unless the body says. */
export async function prepareBacklogItem(
  store: Store,
  edit: ProjectEdit,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  await checkBacklogFields(store, edit, body);
  return body.created === undefined ? { ...body, created: todayUtc() } : body;
}
