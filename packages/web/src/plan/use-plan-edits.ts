import { type Link, withEstimateFollowingDuration } from "@keel/model";
import { hashKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { keys, planViewKeys } from "../api/queries.js";
import type { LinkRecord, ScheduleRecord, TaskRecord } from "../api/types.js";
import { type PlanEdit, type TaskFields, withFields } from "../engine-worker/plan-edit.js";
import { patchSchedule, type ScheduleDelta } from "../engine-worker/schedule-delta.js";
import type { ScheduleWorkerClient } from "../engine-worker/schedule-worker-client.js";
import {
  fieldsBefore,
  fieldsToMatch,
  linkPosition,
  sameFields,
  UNSAVED_LINK,
  withTask,
} from "./local-edits.js";
import { type ChangeNotice, claim, type Expected } from "./own-changes.js";
import type { PlanWrites } from "./plan-writes.js";
import { type PlanWrite, refusal } from "./use-plan-write.js";

/** An edit on the page before the server has answered it. */
export interface Shown {
  /** Settles once the edit is in the page's lists, with its schedule when the worker answered soon enough. */
  readonly shown: Promise<void>;
  /** Settles once the edit's schedule is drawn (or could not be worked out in the browser). */
  readonly painted: Promise<void>;
  /** Settles with the server's answer: undefined when saved, else why not (the edit is gone from the page then). */
  readonly saved: Promise<string | undefined>;
}

/** An edit as the page applies it: to the worker's plan, and to the task and link lists. */
interface Local {
  readonly plan: readonly PlanEdit[];
  readonly lists: () => void;
}

/** How long an edit waits for its schedule before the lists show it without; the bars follow. */
const SCHEDULE_WAIT_MS = 150;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the page has drawn a frame (or soon, where frames do not come: a hidden tab). */
const afterFrame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });

export interface PlanEdits {
  /** Whether edits show before the server answers; when the worker cannot have the plan, they wait for it. */
  readonly ready: boolean;
  readonly updateTask: (before: TaskRecord, fields: TaskFields) => Shown;
  readonly createLink: (link: Link) => Shown;
  readonly deleteLink: (link: LinkRecord) => Shown;
  /** Any other plan write, sent after the edits made before it. */
  readonly write: PlanWrite;
  /** Settles when every edit made so far has been answered. */
  readonly settled: () => Promise<void>;
  /** How many edits wait for the server's answer. */
  readonly unsaved: number;
  /** Whether a change the server announces is all our own edits, which the page shows already. */
  readonly ownChange: (change: ChangeNotice) => boolean;
}

interface PlanEditsDeps {
  readonly projectId: string;
  readonly worker: ScheduleWorkerClient;
  /** Whether the worker has the plan or is loading it; otherwise edits wait for the server, as other writes do. */
  readonly ready: boolean;
  readonly write: PlanWrite;
  /** The API calls (which record each saved edit for undo). */
  readonly writes: () => PlanWrites;
  /** The signed-in user, whose own edits the server announces too. */
  readonly me: string | undefined;
}

/**
 * Plan edits shown before the server answers. The schedule worker reschedules the plan with an edit
 * at once, and the edit goes into the page's task and link lists with that schedule, in one
 * drawing; the request goes out once it is drawn (a server on the same machine would otherwise
 * slow the drawing down), one after another. The server's answer replaces the edit (its version,
 * and whatever the server made of it); a refusal takes it back out and reloads the plan. The
 * server reschedules the same plan with the same engine, so after its own edits the page keeps its
 * schedule instead of fetching the server's again: only server data that came in while edits were
 * unsaved, or an edit the browser could not schedule, has the plan fetched again once they are all
 * answered.
 */
export function usePlanEdits(deps: PlanEditsDeps): PlanEdits {
  const client = useQueryClient();
  const { projectId } = deps;
  const latest = useRef(deps);
  latest.current = deps;
  const sends = useRef<Promise<unknown>>(Promise.resolve());
  const answered = useRef<Promise<unknown>>(Promise.resolve());
  const expected = useRef<Expected[]>([]);
  const pending = useRef(0);
  // Edits refused and reloading the plan: their own reload is no news to them.
  const reloading = useRef(0);
  const pendingTasks = useRef(new Map<string, number>());
  const [unsaved, setUnsaved] = useState(0);
  const stale = useRef(false);
  const shownLinks = useRef(0);
  // Links created meanwhile, by the id they were shown under: removing one needs the id the server gave it.
  const savedLinks = useRef(new Map<string, LinkRecord>());

  // Server data that lands while edits wait may not have them yet.
  useEffect(() => {
    const watched = new Set(planViewKeys(projectId).map((k) => hashKey(k)));
    return client.getQueryCache().subscribe((event) => {
      const waiting = pending.current - reloading.current;
      if (waiting === 0 || event.type !== "updated" || event.action.type !== "success") return;
      if (!event.action.manual && watched.has(event.query.queryHash)) stale.current = true;
    });
  }, [client, projectId]);

  /** Draws the schedule's changes; false when they are not of the schedule on the page (fetched meanwhile). */
  const draw = useCallback(
    (delta: ScheduleDelta) => {
      let drawn = false;
      client.setQueryData<ScheduleRecord>(keys.schedule(projectId), (record) => {
        const schedule = record === undefined ? undefined : patchSchedule(record.schedule, delta);
        drawn = schedule !== undefined;
        return record === undefined || schedule === undefined ? record : { ...record, schedule };
      });
      if (!drawn) stale.current = true;
      return drawn;
    },
    [client, projectId],
  );
  // The full result that follows an edit's quick answer.
  useEffect(() => deps.worker.onSettled(draw), [deps.worker, draw]);

  const write = useCallback<PlanWrite>((edit) => {
    const result = sends.current.then(() => latest.current.write(edit));
    sends.current = result;
    return result;
  }, []);

  const edits = useMemo(() => {
    const setTasks = (change: (list: readonly TaskRecord[]) => readonly TaskRecord[]) =>
      client.setQueryData<readonly TaskRecord[]>(keys.tasks(projectId), (list) => list && change(list));
    const setLinks = (change: (list: readonly LinkRecord[]) => readonly LinkRecord[]) =>
      client.setQueryData<readonly LinkRecord[]>(keys.links(projectId), (list) => list && change(list));
    const reload = () => client.invalidateQueries({ queryKey: keys.project(projectId) });

    /** Puts an edit on the page: into the lists with its schedule, or without it when the worker is slow. */
    const paint = (local: Local) => {
      const answer = latest.current.worker.edit(local.plan);
      let listed = false;
      const list = () => {
        if (listed) return;
        listed = true;
        local.lists();
      };
      const drawn = answer.then((delta) => {
        list();
        return typeof delta !== "string" && draw(delta);
      });
      const shown = Promise.race([answer, wait(SCHEDULE_WAIT_MS)]).then(list);
      return { shown, drawn };
    };
    const quiet = (plan: readonly PlanEdit[]): Local => ({ plan, lists: () => undefined });

    /** Sends a write whose announcement is expected as our own; a refused one is not waited for. */
    const expecting = async <T>(e: Omit<Expected, "sent">, call: () => Promise<T>): Promise<T> => {
      const entry = { ...e, sent: Date.now() };
      expected.current = [...expected.current, entry];
      try {
        return await call();
      } catch (error) {
        expected.current = expected.current.filter((x) => x !== entry);
        throw error;
      }
    };

    /**
     * One edit's course: shown, sent after the ones before it, then matched to the server's answer
     * or taken back. `send` answers the edits that make the worker's plan what the server saved.
     */
    const run = (
      task: string | undefined,
      local: Local,
      send: () => Promise<readonly PlanEdit[]>,
      takeBack: () => Local,
    ): Shown => {
      pending.current++;
      if (task !== undefined) pendingTasks.current.set(task, (pendingTasks.current.get(task) ?? 0) + 1);
      setUnsaved((n) => n + 1);
      let open = true;
      const settle = () => {
        if (!open) return;
        open = false;
        pending.current--;
        if (task !== undefined) {
          const left = (pendingTasks.current.get(task) ?? 1) - 1;
          if (left === 0) pendingTasks.current.delete(task);
          else pendingTasks.current.set(task, left);
        }
        setUnsaved((n) => n - 1);
        if (pending.current === 0 && stale.current) {
          stale.current = false;
          void reload();
        }
      };
      const { shown, drawn } = paint(local);
      const sent = sends.current.then(() => shown.then(afterFrame)).then(send);
      sends.current = sent.catch(() => undefined);
      const saved = (async () => {
        try {
          const fix = await sent;
          // The server took an edit the browser could not schedule: its schedule is fetched.
          if (!(await drawn)) stale.current = true;
          if (fix.length > 0) await paint(quiet(fix)).drawn;
          settle();
          return undefined;
        } catch (error) {
          try {
            await paint(takeBack()).drawn;
            // As after any refused write: the plan as it stands now (after a conflict, with the other change).
            reloading.current++;
            await reload().finally(() => reloading.current--);
          } finally {
            // Unsaved until the refusal has been shown (in a task after it): nothing looks saved meanwhile.
            setTimeout(settle, 0);
          }
          return refusal(error);
        }
      })();
      answered.current = Promise.all([answered.current, saved]);
      return { shown, painted: drawn.then(() => undefined), saved };
    };

    /** An edit that waits for the server, as before the worker had the plan. */
    const waited = (saved: Promise<string | undefined>): Shown => {
      const done = saved.then(() => undefined);
      return { shown: done, painted: done, saved };
    };

    const updateTask = (before: TaskRecord, fields: TaskFields): Shown => {
      const { ready, writes } = latest.current;
      if (!ready) return waited(write(() => writes().updateTask(before, fields)));
      const id = before.id;
      // Shown as the server will save it: a new duration scales the task's three-point estimate.
      const shownFields = withEstimateFollowingDuration(before, fields);
      const undo = fieldsBefore(before, shownFields);
      return run(
        id,
        {
          plan: [{ kind: "task", id, fields: shownFields }],
          lists: () => setTasks((list) => withTask(list, id, (r) => withFields(r, shownFields))),
        },
        async () => {
          const current = client.getQueryData<readonly TaskRecord[]>(keys.tasks(projectId));
          const version = current?.find((r) => r.id === id)?.version ?? before.version;
          const saved = await expecting({ entity: "task", action: "update", id }, () =>
            latest.current.writes().updateTask({ ...before, version }, fields),
          );
          let fix: PlanEdit[] = [];
          setTasks((list) =>
            withTask(list, id, (shown) => {
              // A later edit of the task is still on its way: only the version is the server's yet.
              if ((pendingTasks.current.get(id) ?? 0) > 1)
                return { ...shown, version: Math.max(shown.version, saved.version) };
              if (!sameFields(shown, saved))
                fix = [{ kind: "task", id, fields: fieldsToMatch(shown, saved) }];
              return saved;
            }),
          );
          return fix;
        },
        () => ({
          plan: [{ kind: "task", id, fields: undo }],
          lists: () => setTasks((list) => withTask(list, id, (r) => withFields(r, undo))),
        }),
      );
    };

    const createLink = (link: Link): Shown => {
      const { ready, writes } = latest.current;
      if (!ready) return waited(write(() => writes().createLink(link)));
      const shownId = `${UNSAVED_LINK}${++shownLinks.current}`;
      const key = { from: link.from, to: link.to, type: link.type };
      return run(
        undefined,
        {
          plan: [{ kind: "add-link", link }],
          lists: () => setLinks((list) => [...list, { ...link, id: shownId, version: 0 }]),
        },
        async () => {
          const created = await expecting({ entity: "link", action: "create" }, () =>
            latest.current.writes().createLink(link),
          );
          savedLinks.current.set(shownId, created);
          let at = 0;
          setLinks((list) => {
            at = linkPosition(list, created.id);
            return list.map((l) => (l.id === shownId ? created : l));
          });
          // In the plan's order of links, as the server lists them (by id).
          const { id: _id, version: _version, ...saved } = created;
          return [
            { kind: "remove-link", link: key },
            { kind: "add-link", link: saved, at },
          ];
        },
        () => ({
          plan: [{ kind: "remove-link", link: key }],
          lists: () => setLinks((list) => list.filter((l) => l.id !== shownId)),
        }),
      );
    };

    const deleteLink = (link: LinkRecord): Shown => {
      const { ready, writes } = latest.current;
      if (!ready) return waited(write(() => writes().deleteLink(link)));
      const { id: _id, version: _version, ...value } = link;
      const key = { from: link.from, to: link.to, type: link.type };
      let at = 0;
      return run(
        undefined,
        {
          plan: [{ kind: "remove-link", link: key }],
          lists: () =>
            setLinks((list) => {
              at = linkPosition(list, link.id);
              return list.filter((l) => l.id !== link.id);
            }),
        },
        async () => {
          const record = link.id.startsWith(UNSAVED_LINK) ? savedLinks.current.get(link.id) : link;
          // Its creation was refused: there is nothing to remove.
          if (record === undefined) return [];
          await expecting({ entity: "link", action: "delete", id: record.id }, () =>
            latest.current.writes().deleteLink(record),
          );
          return [];
        },
        () => {
          const record = savedLinks.current.get(link.id) ?? link;
          return {
            plan: [{ kind: "add-link", link: value, at }],
            lists: () => setLinks((list) => [...list, record]),
          };
        },
      );
    };

    return { updateTask, createLink, deleteLink };
  }, [client, projectId, write, draw]);

  const ownChange = useCallback(
    (change: ChangeNotice) => {
      const left = claim(expected.current, change, latest.current.me, Date.now());
      if (left === undefined) return false;
      expected.current = left;
      const record = client.getQueryData<ScheduleRecord>(keys.schedule(projectId));
      if (record === undefined) return true;
      // A change the page has not seen came in between: it is fetched, with ours.
      if (change.planVersion > record.planVersion + 1) return false;
      if (change.planVersion > record.planVersion)
        client.setQueryData<ScheduleRecord>(keys.schedule(projectId), {
          ...record,
          planVersion: change.planVersion,
        });
      return true;
    },
    [client, projectId],
  );

  const settled = useCallback(() => answered.current.then(() => undefined), []);

  return { ...edits, ready: deps.ready, write, settled, unsaved, ownChange };
}
