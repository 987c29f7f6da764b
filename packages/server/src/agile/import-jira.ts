import { isDeepStrictEqual } from "node:util";
import { addDays } from "@keel/engine";
import { type DateOrder, formatJiraImportReport, type JiraImport, readJiraCsv } from "@keel/formats";
import type { BacklogItem, LocalDate } from "@keel/model";
import { agileSettingsOf, type ProjectEdit, type Store, type Stored, ValidationError } from "@keel/store";
import { todayUtc } from "../routes/common.js";

/** Fields an import sets; the rest (rank, links to plan tasks, acceptance criteria) stay as edited in Keel. */
const IMPORTED_FIELDS = [
  "name",
  "type",
  "status",
  "points",
  "hours",
  "description",
  "epic",
  "parent",
  "labels",
  "assignee",
  "priority",
  "sprint",
  "created",
  "history",
] as const;

/** What an import changes on an item already here: the imported fields that differ; null clears. */
function changedFields(current: Stored<BacklogItem>, imported: BacklogItem): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of IMPORTED_FIELDS) {
    const before = current[field];
    const after = imported[field];
    // Deep equality, not JSON text: the database hands objects back with their keys reordered.
    if (!isDeepStrictEqual(before, after)) patch[field] = after ?? null;
  }
  return patch;
}

/** Stores an import: sprints first (items refer to them), then items by key; all in the caller's transaction. */
async function storeImport(store: Store, edit: ProjectEdit, imported: JiraImport, sprintLength: number) {
  const sprints = new Set((await store.sprints.list(edit.tx, edit.projectId)).map((s) => s.id));
  let sprintsCreated = 0;
  for (const sprint of imported.sprints) {
    if (sprints.has(sprint.id)) continue;
    const start = (sprint.firstSeen ?? todayUtc()) as LocalDate;
    const end = addDays(start, Math.max(sprintLength, 1) - 1);
    const finish = sprint.lastSeen !== undefined && sprint.lastSeen > end ? sprint.lastSeen : end;
    await store.sprints.create(edit, {
      id: sprint.id,
      name: sprint.name,
      start,
      finish,
      state: sprint.state,
    });
    sprintsCreated++;
  }
  const existing = new Map((await store.backlogItems.list(edit.tx, edit.projectId)).map((i) => [i.id, i]));
  const count = { created: 0, updated: 0, unchanged: 0, sprints: sprintsCreated };
  const fresh = imported.items.filter((item) => !existing.has(item.id));
  await store.backlogItems.createMany(edit, fresh);
  count.created = fresh.length;
  for (const item of imported.items) {
    const current = existing.get(item.id);
    if (current === undefined) continue;
    const patch = changedFields(current, item);
    if (Object.keys(patch).length === 0) {
      count.unchanged++;
      continue;
    }
    await store.backlogItems.update(edit, item.id, current.version, patch);
    count.updated++;
  }
  return count;
}

export interface JiraImportRequest {
  /** Jira status name → workflow status id, for statuses the workflow does not name. */
  readonly statusMap?: Record<string, string> | undefined;
  /** Report only; store nothing. */
  readonly dryRun?: boolean | undefined;
  /** The file's name, for messages. */
  readonly file?: string | undefined;
  readonly onProgress?: ((rows: number, bytes: number) => void) | undefined;
  /** How to read dates such as 06-09-2024 when the file alone cannot tell. */
  readonly dateOrder?: DateOrder | undefined;
}

/**
 * Reads a Jira CSV export and, unless a dry run, stores it in the project's backlog in one
 * transaction: all of it or, when the file cannot be read, nothing (JiraCsvError says why).
 */
export async function importJira(
  store: Store,
  actorId: string | null,
  projectId: string,
  input: AsyncIterable<Uint8Array | string> | string,
  request: JiraImportRequest = {},
) {
  const settings = await agileSettingsOf(store.db, projectId);
  const statuses = settings.workflow.statuses.map((s) => s.id);
  const wrong = Object.entries(request.statusMap ?? {}).filter(([, to]) => !statuses.includes(to));
  if (wrong.length > 0) {
    throw new ValidationError(
      "the status map names statuses the team's workflow does not have",
      wrong.map(([from, to]) => ({
        path: `statusMap.${from}`,
        message: `no status "${to}"; expected one of ${statuses.join(", ")}`,
      })),
    );
  }
  const imported = await readJiraCsv(input, {
    workflow: settings.workflow,
    ...(request.statusMap === undefined ? {} : { statusMap: request.statusMap }),
    ...(request.file === undefined ? {} : { file: request.file }),
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    ...(request.dateOrder === undefined ? {} : { dateOrder: request.dateOrder }),
  });
  const counts = request.dryRun
    ? { created: 0, updated: 0, unchanged: 0, sprints: 0 }
    : (
        await store.editProject(actorId, projectId, (edit) =>
          storeImport(store, edit, imported, settings.sprintLength),
        )
      ).result;
  return {
    report: imported.report,
    text: formatJiraImportReport(imported.report),
    statuses: imported.statuses,
    unmappedStatuses: imported.unmappedStatuses,
    items: imported.items.length,
    ...counts,
  };
}
