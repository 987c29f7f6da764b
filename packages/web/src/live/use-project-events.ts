import { hashKey, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { keys, planViewKeys } from "../api/queries.js";

export type LiveState = "connecting" | "live" | "offline";

/** A committed edit of the project, as the server announces it. */
export interface ProjectChange {
  readonly projectId: string;
  readonly planVersion: number;
  readonly auditId: number;
  readonly actorId: string | null;
  readonly changes: readonly { readonly entity: string; readonly id: string; readonly action: string }[];
}

/**
 * Follows a project's server-sent events: every committed edit (by anyone) refreshes the project's
 * data: every query key under `keys.project(id)` (tasks, links, schedule, resources, assignments,
 * load, capacity). The browser's EventSource reconnects by itself; on reconnect everything is refetched, so
 * nothing missed while offline stays stale. `shownAlready` tells the plan view's own edits apart:
 * it shows them already, so the plan, its tasks, links and schedule are not fetched again for them.
 */
export function useProjectEvents(
  projectId: string,
  shownAlready?: (change: ProjectChange) => boolean,
): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  const own = useRef(shownAlready);
  own.current = shownAlready;
  useEffect(() => {
    const source = new EventSource(`/api/projects/${projectId}/events`);
    const kept = new Set(planViewKeys(projectId).map((k) => hashKey(k)));
    source.addEventListener("ready", () => {
      setState("live");
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
    });
    source.addEventListener("change", (event) => {
      const change = parse((event as MessageEvent<string>).data);
      const mine = change !== undefined && own.current?.(change) === true;
      void client.invalidateQueries({
        queryKey: keys.project(projectId),
        ...(mine ? { predicate: (query) => !kept.has(query.queryHash) } : {}),
      });
      void client.invalidateQueries({ queryKey: keys.projects });
    });
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? "offline" : "connecting");
    return () => source.close();
  }, [client, projectId]);
  return state;
}

function parse(data: string): ProjectChange | undefined {
  try {
    return JSON.parse(data) as ProjectChange;
  } catch {
    return undefined;
  }
}
