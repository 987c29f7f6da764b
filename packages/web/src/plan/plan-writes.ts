import type { Lag, LinkType, Task } from "@keel/model";
import { api } from "../api/client.js";
import type { LevelApplied, LinkRecord, TaskRecord } from "../api/types.js";
import type { AssignmentChanges } from "../resources/assignment-text.js";
import type { Move, OutlineTask } from "./outline.js";
import type { ProgressPatch } from "./progress-fields.js";

type TaskFields = Partial<Omit<Task, "id">> & { position?: number };

/**
 * The plan edits the table makes, as API calls: a single item goes through its own route with its
 * version, several through the kind's bulk route so they are saved all together or not at all.
 */
export function planWrites(projectId: string) {
  const base = `/api/projects/${encodeURIComponent(projectId)}`;
  const task = (id: string) => `${base}/tasks/${encodeURIComponent(id)}`;
  return {
    updateTask: (t: TaskRecord, fields: TaskFields) =>
      api<TaskRecord>("PATCH", task(t.id), { version: t.version, ...fields }),
    /** Progress of one task (null clears a field), or of several together, all or nothing. */
    updateProgress: (t: TaskRecord, patch: ProgressPatch) =>
      api<TaskRecord>("PATCH", task(t.id), { version: t.version, ...patch }),
    updateProgressMany: (edits: readonly { readonly record: TaskRecord; readonly patch: ProgressPatch }[]) =>
      api("POST", `${base}/tasks/bulk`, {
        update: edits.map((e) => ({ id: e.record.id, version: e.record.version, ...e.patch })),
      }),
    createTask: (fields: TaskFields & { id: string; name: string }) =>
      api<TaskRecord>("POST", `${base}/tasks`, fields),
    moveTasks: ([only, ...more]: readonly Move[]) =>
      only !== undefined && more.length === 0
        ? api("PATCH", task(only.id), { version: only.version, parent: only.parent, position: only.position })
        : api("POST", `${base}/tasks/bulk`, { update: [only, ...more] }),
    deleteTasks: ([only, ...more]: readonly OutlineTask[]) =>
      only !== undefined && more.length === 0
        ? api("DELETE", `${task(only.id)}?version=${only.version}`)
        : api("POST", `${base}/tasks/bulk`, {
            delete: [only, ...more].map((t) => ({ id: t?.id, version: t?.version })),
          }),
    createLink: (link: { from: string; to: string; type: LinkType; lag: Lag }) =>
      api<LinkRecord>("POST", `${base}/links`, link),
    deleteLink: (link: LinkRecord) =>
      api("DELETE", `${base}/links/${encodeURIComponent(link.id)}?version=${link.version}`),
    /** A task's assignments, created, changed and removed all together. */
    assign: (changes: AssignmentChanges) => api("POST", `${base}/assignments/bulk`, changes),
    /** Gives the tasks a leveling moved back the constraints they had, at the versions the apply saved. */
    undoLeveling: (applied: LevelApplied) =>
      api("POST", `${base}/tasks/bulk`, {
        update: applied.previous.map((p, i) => ({
          id: p.task,
          version: applied.tasks[i]?.version,
          constraint: p.constraint,
        })),
      }),
  };
}

export type PlanWrites = ReturnType<typeof planWrites>;
