import type { TaskResult } from "@keel/engine";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { keys } from "../api/queries.js";
import type { DraftChange } from "./protocol.js";
import { ScheduleWorkerClient } from "./schedule-worker-client.js";

/** One schedule worker for the view that uses it, stopped when the view goes. */
export function useScheduleWorker(): ScheduleWorkerClient {
  const [worker] = useState(() => new ScheduleWorkerClient());
  useEffect(() => () => worker.terminate(), [worker]);
  return worker;
}

/**
 * The plan, loaded into the worker under the project's key, so others' edits reload it with the
 * rest; the page gets its calendars. Dropped as soon as no view shows it: a new worker needs a load.
 */
export function usePlanInWorker(projectId: string, worker: ScheduleWorkerClient, enabled: boolean) {
  return useQuery({
    queryKey: keys.plan(projectId),
    queryFn: () => worker.load(`/api/projects/${encodeURIComponent(projectId)}/plan`),
    enabled,
    gcTime: 0,
  });
}

export interface DraftSchedule {
  /** The latest answer: the tasks whose dates the changes move, by id; undefined when there is none. */
  readonly tasks: ReadonlyMap<string, TaskResult> | undefined;
  /** Why the changes cannot be scheduled (a cycle, a conflict), if so. */
  readonly error: string | undefined;
  /** Asks for the schedule with these changes; only the answer to the latest request is kept. */
  readonly request: (changes: readonly DraftChange[]) => void;
  /** Forgets the draft: the plan's schedule shows again. */
  readonly clear: () => void;
}

/**
 * Reschedules in the browser while a bar is being dragged: the worker runs the same engine as the
 * server on the plan it holds and answers each "what if" with the tasks it moves.
 */
export function useDraftSchedule(worker: ScheduleWorkerClient): DraftSchedule {
  const latest = useRef(0);
  const [answer, setAnswer] = useState<{ tasks?: readonly TaskResult[]; error?: string }>();

  const request = useCallback(
    (changes: readonly DraftChange[]) => {
      const { id, answer: answered } = worker.draft(changes);
      latest.current = id;
      void answered.then((a) => {
        if (a.id !== latest.current) return;
        if (a.kind === "draft") setAnswer({ tasks: a.tasks });
        else if (a.kind === "error") setAnswer({ error: a.error });
      });
    },
    [worker],
  );

  const clear = useCallback(() => {
    latest.current = 0;
    setAnswer(undefined);
  }, []);

  const tasks = answer?.tasks;
  const byId = useMemo(
    () => (tasks === undefined ? undefined : new Map(tasks.map((t) => [t.id, t]))),
    [tasks],
  );
  return { tasks: byId, error: answer?.error, request, clear };
}
