import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { AssignmentRecord, LinkRecord, TaskRecord } from "../api/types.js";
import type { Journal } from "./plan-writes.js";
import {
  conflict,
  type Direction,
  drop,
  EMPTY_HISTORY,
  type History,
  type ItemKind,
  type ItemRef,
  pending,
  record,
  requests,
  settle,
  top,
} from "./undo-history.js";
import type { PlanWrite } from "./use-plan-write.js";

/** What happened to an undo or redo: said in a toast, or (refused) in the plan's notice. */
export type UndoOutcome = { readonly ok: boolean; readonly text: string };

const PLURAL: Readonly<Record<ItemKind, string>> = {
  task: "tasks",
  link: "links",
  assignment: "assignments",
};

/**
 * The plan's undo and redo: one history per project, kept in the query cache (outside the project's
 * keys, so refetches leave it alone; signing out clears it). The journal records each edit the plan
 * view saves; `step` sends the inverse (or the edit again) in one bulk request of several kinds,
 * applied by the server in one transaction, once the edits still on their way (`settled`) have been
 * answered and recorded.
 */
export function useUndo(
  projectId: string,
  write: PlanWrite,
  said: (o: UndoOutcome) => void,
  settled: () => Promise<void> = () => Promise.resolve(),
) {
  const client = useQueryClient();
  const key = useMemo(() => ["undo", projectId] as const, [projectId]);
  const history =
    useQuery({
      queryKey: key,
      queryFn: () => client.getQueryData<History>(key) ?? EMPTY_HISTORY,
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: Number.POSITIVE_INFINITY,
    }).data ?? EMPTY_HISTORY;
  const [busy, setBusy] = useState(false);
  // Steps run one after the other: Ctrl+Z pressed again while one is saving waits for it.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const current = useCallback(() => client.getQueryData<History>(key) ?? EMPTY_HISTORY, [client, key]);
  const set = useCallback((h: History) => client.setQueryData(key, h), [client, key]);

  // The plan as the client has it: the lists the plan view shows, which every write refetches.
  const plan = useCallback(
    () => ({
      tasks: client.getQueryData<TaskRecord[]>(keys.tasks(projectId)) ?? [],
      links: client.getQueryData<LinkRecord[]>(keys.links(projectId)) ?? [],
      assignments: client.getQueryData<AssignmentRecord[]>(keys.assignments(projectId)) ?? [],
    }),
    [client, projectId],
  );

  const journal = useMemo<Journal>(
    () => ({
      record: (label, changes) => set(record(current(), label, changes)),
      task: (id) => plan().tasks.find((t) => t.id === id),
      links: () => plan().links,
      assignments: () => plan().assignments,
    }),
    [current, set, plan],
  );

  const step = useCallback(
    async (direction: Direction) => {
      await settled();
      const h = current();
      const entry = top(h, direction);
      const apply = pending(h, direction);
      if (entry === undefined || apply === undefined) return;
      const verb = direction === "undo" ? "undo" : "redo";
      const refuse = (why: string) => {
        set(drop(current(), entry));
        said({ ok: false, text: `Could not ${verb} ${entry.label}: ${why}` });
      };
      setBusy(true);
      said({ ok: true, text: `${direction === "undo" ? "Undoing" : "Redoing"} ${entry.label}…` });
      // An edit's own refetch may still be on its way (an undo right after it): check against the plan as it is now.
      await Promise.all(
        [keys.tasks, keys.links, keys.assignments].map((k) =>
          client.refetchQueries({ queryKey: k(projectId), exact: true }),
        ),
      );
      const changed = conflict(h, apply, plan());
      if (changed !== undefined) {
        setBusy(false);
        return refuse(changedSince(changed, verb));
      }
      const results = new Map<number, ItemRef>();
      let failure: unknown;
      const batch = requests(h, apply);
      const message = await write(async () => {
        try {
          // One request, one transaction: a refusal anywhere leaves the plan as it was.
          const answer = await api<{ steps: { created: ItemRef[]; updated: ItemRef[] }[] }>(
            "POST",
            `/api/projects/${encodeURIComponent(projectId)}/bulk`,
            { steps: batch.map((r) => ({ kind: PLURAL[r.kind], ...r.body })) },
          );
          batch.forEach((r, step) => {
            const saved = answer.steps[step];
            for (const [list, items] of [
              [r.created, saved?.created ?? []],
              [r.updated, saved?.updated ?? []],
            ] as const)
              for (const [n, i] of list.entries()) {
                const item = items[n];
                if (item !== undefined) results.set(i, item);
              }
          });
        } catch (error) {
          failure = error;
          throw error;
        }
      });
      setBusy(false);
      if (message === undefined) {
        set(settle(current(), direction, entry, results));
        said({ ok: true, text: `${direction === "undo" ? "Undone" : "Redone"}: ${entry.label}.` });
      } else if (failure instanceof ApiError && failure.status === 0) {
        // The request did not reach the server: the step stays, to be tried again.
        said({ ok: false, text: message });
      } else {
        const stale =
          failure instanceof ApiError && (failure.code === "version_conflict" || failure.status === 404);
        const name = ((failure as ApiError | undefined)?.current as { name?: string } | undefined)?.name;
        refuse(stale ? changedSince(name === undefined ? "An item it changes" : `“${name}”`, verb) : message);
      }
    },
    [client, current, set, plan, write, projectId, said, settled],
  );

  const enqueue = (direction: Direction) => {
    // A step that failed unexpectedly must not stop the ones after it.
    queue.current = queue.current.catch(() => undefined).then(() => step(direction));
  };
  const undo = top(history, "undo");
  const redo = top(history, "redo");
  return {
    journal,
    busy,
    undoLabel: undo?.label,
    redoLabel: redo?.label,
    undo: () => enqueue("undo"),
    redo: () => enqueue("redo"),
  };
}

function changedSince(item: string, verb: string): string {
  return `${item} has changed since (someone else edited it, or another view did), and ${verb}ing would overwrite that. Nothing was changed; the undo steps for it are gone.`;
}

/** Ctrl+Z (Cmd+Z on macOS) undoes, Ctrl+Shift+Z or Ctrl+Y redoes, except where a text field has its own undo. */
export function useUndoKeys(enabled: boolean, undo: () => void, redo: () => void) {
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      const k = e.key.toLowerCase();
      const isRedo = (k === "z" && e.shiftKey) || (k === "y" && e.ctrlKey && !e.shiftKey);
      if (!isRedo && !(k === "z" && !e.shiftKey)) return;
      const target = e.target as Element | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], dialog, [role='dialog']"))
        return;
      e.preventDefault();
      if (isRedo) latest.current.redo();
      else latest.current.undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
