import type { TaskResult } from "@keel/engine";
import type { Plan } from "@keel/model";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api } from "../api/client.js";
import type { DraftChange, WorkerAnswer, WorkerRequest } from "./protocol.js";

/** The plan as JSON, under the project's key so every committed edit refreshes it too. */
export function usePlanJson(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["project", projectId, "plan"],
    queryFn: () => api<Plan>("GET", `/api/projects/${encodeURIComponent(projectId)}/plan`),
    enabled,
  });
}

export interface DraftSchedule {
  /** The latest answer: each task's dates with the changes, by id; undefined when there is none. */
  readonly tasks: ReadonlyMap<string, TaskResult> | undefined;
  /** Why the changes cannot be scheduled (a cycle, a conflict), if so. */
  readonly error: string | undefined;
  /** Asks for the schedule with these changes; only the answer to the latest request is kept. */
  readonly request: (changes: readonly DraftChange[]) => void;
  /** Forgets the draft: the server's schedule shows again. */
  readonly clear: () => void;
}

/**
 * Reschedules in the browser while a bar is being dragged: the plan goes to a worker running the
 * same engine as the server, which answers each "what if" in a few milliseconds. The worker (and
 * the engine in its own chunk) is only started by the first request.
 */
export function useDraftSchedule(plan: Plan | undefined): DraftSchedule {
  const worker = useRef<Worker | undefined>(undefined);
  const sentPlan = useRef<Plan | undefined>(undefined);
  const latest = useRef(0);
  const [answer, setAnswer] = useState<WorkerAnswer>();
  const planRef = useRef(plan);
  planRef.current = plan;

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = undefined;
    },
    [],
  );

  const request = useCallback((changes: readonly DraftChange[]) => {
    const current = planRef.current;
    if (current === undefined) return;
    if (worker.current === undefined) {
      const w = new Worker(new URL("./schedule-worker.ts", import.meta.url), { type: "module" });
      w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
        if (event.data.id === latest.current) setAnswer(event.data);
      };
      worker.current = w;
    }
    const post = (message: WorkerRequest) => worker.current?.postMessage(message);
    if (sentPlan.current !== current) {
      post({ kind: "plan", plan: current });
      sentPlan.current = current;
    }
    latest.current += 1;
    post({ kind: "draft", id: latest.current, changes });
  }, []);

  const clear = useCallback(() => {
    latest.current += 1;
    setAnswer(undefined);
  }, []);

  const tasks = answer !== undefined && "tasks" in answer ? answer.tasks : undefined;
  const byId = useMemo(
    () => (tasks === undefined ? undefined : new Map(tasks.map((t) => [t.id, t]))),
    [tasks],
  );
  return {
    tasks: byId,
    error: answer !== undefined && "error" in answer ? answer.error : undefined,
    request,
    clear,
  };
}
