import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { KINDS, type RaidKind, type RaidSummary, type RecordOf } from "./raid-kinds.js";

/** Under the project's key, so live edits and every write refresh the register. */
export const raidKeys = {
  items: (projectId: string, kind: RaidKind) =>
    [...keys.project(projectId), "raid", KINDS[kind].plural] as const,
  summary: (projectId: string, today: string) =>
    [...keys.project(projectId), "raid", "summary", today] as const,
};

/** `/api/projects/:id/risks`, or one risk's path with `id`. */
export function itemsPath(projectId: string, kind: RaidKind, id?: string): string {
  const base = `/api/projects/${encodeURIComponent(projectId)}/${KINDS[kind].plural}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}`;
}

export function useRaidItems<K extends RaidKind>(projectId: string, kind: K) {
  return useQuery({
    queryKey: raidKeys.items(projectId, kind),
    queryFn: () => api<RecordOf[K][]>("GET", itemsPath(projectId, kind)),
  });
}

/** Heat maps, exposures, stale items (judged on `today`) and the exposure trend. */
export function useRaidSummary(projectId: string, today: string) {
  return useQuery({
    queryKey: raidKeys.summary(projectId, today),
    queryFn: () =>
      api<RaidSummary>("GET", `/api/projects/${encodeURIComponent(projectId)}/raid?today=${today}`),
    placeholderData: (previous) => previous,
  });
}

/** The reader's date, `YYYY-MM-DD`: stale items are judged on the user's day, not the server's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
