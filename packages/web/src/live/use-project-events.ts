import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { keys } from "../api/queries.js";

export type LiveState = "connecting" | "live" | "offline";

/**
 * Follows a project's server-sent events: every committed edit (by anyone) refreshes the project's
 * data: every query key under `keys.project(id)` (tasks, links, schedule, resources, assignments,
 * load, capacity). The browser's EventSource reconnects by itself; on reconnect everything is refetched, so
 * nothing missed while offline stays stale.
 */
export function useProjectEvents(projectId: string): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>("connecting");
  useEffect(() => {
    const source = new EventSource(`/api/projects/${projectId}/events`);
    source.addEventListener("ready", () => {
      setState("live");
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
    });
    source.addEventListener("change", () => {
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
      void client.invalidateQueries({ queryKey: keys.projects });
    });
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? "offline" : "connecting");
    return () => source.close();
  }, [client, projectId]);
  return state;
}
