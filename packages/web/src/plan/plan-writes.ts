import type { Lag, LinkType, Task } from "@keel/model";
import { api } from "../api/client.js";
import type { AssignmentRecord, LevelApplied, LinkRecord, TaskRecord } from "../api/types.js";
import type { AssignmentChanges } from "../resources/assignment-text.js";
import type { Move, OutlineTask } from "./outline.js";
import type { ProgressPatch } from "./progress-fields.js";
import {
  assignmentEdits,
  linkCreate,
  linkDelete,
  taskCreate,
  taskDeletion,
  tasksLabel,
  taskUpdate,
  updateLabel,
} from "./undo-entries.js";
import type { Fields, RecordedChange } from "./undo-history.js";

/** A task's fields as PATCH takes them: null clears an optional one. */
type TaskFields = { [K in keyof Omit<Task, "id">]?: Task[K] | null } & { position?: number };

interface Bulk<T> {
  readonly created: readonly T[];
  readonly updated: readonly T[];
}

/** Where saved edits are recorded so they can be undone, and the plan as the client has it now. */
export interface Journal {
  readonly record: (label: string, changes: readonly RecordedChange[]) => void;
  readonly task: (id: string) => TaskRecord | undefined;
  readonly links: () => readonly LinkRecord[];
  readonly assignments: () => readonly AssignmentRecord[];
}

/**
 * The plan edits the table makes, as API calls: a single item goes through its own route with its
 * version, several through the kind's bulk route so they are saved all together or not at all. Each
 * saved edit is recorded in the journal, with the versions the server answered, so it can be undone.
 */
export function planWrites(projectId: string, journal?: Journal) {
  const base = `/api/projects/${encodeURIComponent(projectId)}`;
  const task = (id: string) => `${base}/tasks/${encodeURIComponent(id)}`;
  const name = (id: string) => journal?.task(id)?.name ?? id;
  const record = (label: string, changes: readonly RecordedChange[]) => journal?.record(label, changes);
  const update = async (t: TaskRecord, patch: object) => {
    const fields = patch as Fields;
    const saved = await api<TaskRecord>("PATCH", task(t.id), { version: t.version, ...fields });
    record(updateLabel(fields, [t.name]), [taskUpdate(t, withFollowing(fields, t, saved), saved)]);
    return saved;
  };
  return {
    updateTask: (t: TaskRecord, fields: TaskFields) => update(t, fields),
    /** Progress of one task (null clears a field), or of several together, all or nothing. */
    updateProgress: (t: TaskRecord, patch: ProgressPatch) => update(t, patch),
    async updateProgressMany(
      edits: readonly { readonly record: TaskRecord; readonly patch: ProgressPatch }[],
    ) {
      const saved = await api<Bulk<TaskRecord>>("POST", `${base}/tasks/bulk`, {
        update: edits.map((e) => ({ id: e.record.id, version: e.record.version, ...e.patch })),
      });
      record(
        updateLabel(
          Object.assign({}, ...edits.map((e) => e.patch)),
          edits.map((e) => e.record.name),
        ),
        edits.flatMap((e, i) => {
          const after = saved.updated[i];
          return after === undefined ? [] : [taskUpdate(e.record, e.patch as Fields, after)];
        }),
      );
      return saved;
    },
    async createTask(fields: TaskFields & { id: string; name: string }) {
      const created = await api<TaskRecord>("POST", `${base}/tasks`, fields);
      record(`new task “${created.name}”`, [taskCreate(created)]);
      return created;
    },
    async moveTasks(moves: readonly Move[]) {
      const [only, ...more] = moves;
      const saved =
        only !== undefined && more.length === 0
          ? [
              await api<TaskRecord>("PATCH", task(only.id), {
                version: only.version,
                parent: only.parent,
                position: only.position,
              }),
            ]
          : (await api<Bulk<TaskRecord>>("POST", `${base}/tasks/bulk`, { update: moves })).updated;
      const changes = moves.flatMap((m, i) => {
        const before = journal?.task(m.id);
        const after = saved[i];
        return before === undefined || after === undefined
          ? []
          : [taskUpdate(before, { parent: m.parent, position: m.position }, after)];
      });
      record(`outline level of ${tasksLabel(moves.map((m) => name(m.id)))}`, changes);
    },
    async deleteTasks(doomed: readonly OutlineTask[]) {
      const [only, ...more] = doomed;
      // What goes with them, read before they go.
      const records = doomed.flatMap((t) => journal?.task(t.id) ?? []);
      const links = journal?.links() ?? [];
      const assignments = journal?.assignments() ?? [];
      if (only !== undefined && more.length === 0)
        await api("DELETE", `${task(only.id)}?version=${only.version}`);
      else
        await api("POST", `${base}/tasks/bulk`, {
          delete: doomed.map((t) => ({ id: t.id, version: t.version })),
        });
      // Named by the tasks chosen, not the ones inside them that went along.
      const chosen = doomed.filter((t) => !doomed.some((p) => p.id === t.parent));
      record(
        `deletion of ${tasksLabel(chosen.map((t) => t.name))}`,
        taskDeletion(records, links, assignments),
      );
    },
    async createLink(link: { from: string; to: string; type: LinkType; lag: Lag }) {
      const created = await api<LinkRecord>("POST", `${base}/links`, link);
      record(`link ${name(link.from)} → ${name(link.to)}`, [linkCreate(created)]);
      return created;
    },
    async deleteLink(link: LinkRecord) {
      await api("DELETE", `${base}/links/${encodeURIComponent(link.id)}?version=${link.version}`);
      record(`removal of link ${name(link.from)} → ${name(link.to)}`, [linkDelete(link)]);
    },
    /** A task's assignments, created, changed and removed all together. */
    async assign(changes: AssignmentChanges) {
      const before = journal?.assignments() ?? [];
      const saved = await api<Bulk<AssignmentRecord>>("POST", `${base}/assignments/bulk`, changes);
      const taskId =
        changes.create[0]?.task ??
        before.find((a) => [...changes.update, ...changes.delete].some((c) => c.id === a.id))?.task;
      record(`resources of ${tasksLabel([name(taskId ?? "")])}`, assignmentEdits(before, changes, saved));
    },
    /**
     * Records an applied leveling as one edit, so one undo gives every task it moved back the
     * constraint it had; answers the edit's label.
     */
    recordLeveling(applied: LevelApplied): string {
      const label = levelingLabel(applied);
      record(
        label,
        applied.previous.flatMap((p, i): RecordedChange[] => {
          const saved = applied.tasks[i];
          return saved === undefined
            ? []
            : [
                {
                  op: "update",
                  kind: "task",
                  id: p.task,
                  before: { version: p.version, fields: { constraint: p.constraint } },
                  after: { version: saved.version, fields: { constraint: saved.constraint } },
                },
              ];
        }),
      );
      return label;
    },
  };
}

export type PlanWrites = ReturnType<typeof planWrites>;

/** What the undo buttons call an applied leveling: `leveling of 3 tasks`. */
function levelingLabel(applied: LevelApplied): string {
  return `leveling of ${tasksLabel(applied.tasks.map((t) => t.name))}`;
}

/**
 * The fields an update changed: those sent, and the estimate when the server scaled it to a new
 * duration, so undoing puts the estimate back as it was rather than scaling it again.
 */
function withFollowing(fields: Fields, before: TaskRecord, saved: TaskRecord): Fields {
  if ("estimate" in fields || JSON.stringify(before.estimate) === JSON.stringify(saved.estimate))
    return fields;
  return { ...fields, estimate: saved.estimate ?? null };
}
