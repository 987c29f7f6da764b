import { type QueryClient, useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { EMPTY_HISTORY, type History, record } from "../plan/undo-history.js";
import { type PlanProgressApplied, type PlanProgressProposal, planProgressUndo } from "./plan-progress.js";

const path = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}/agile/plan-progress`;

/** The percent complete the epics would give plan tasks; under the project's keys, so edits refresh it. */
export function usePlanProgress(projectId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...keys.project(projectId), "agile", "plan-progress"],
    queryFn: () => api<PlanProgressProposal>("GET", path(projectId)),
    enabled,
  });
}

/** Writes the proposal read at `planVersion` for the tasks chosen (409 when the plan changed since). */
export function applyPlanProgress(projectId: string, planVersion: number, tasks: readonly string[]) {
  return api<PlanProgressApplied>("POST", path(projectId), { version: planVersion, tasks });
}

/** Puts what was applied on the plan's undo history (see plan/use-undo.ts), where the plan view's Undo finds it. */
export function recordPlanProgress(client: QueryClient, projectId: string, applied: PlanProgressApplied) {
  const entry = planProgressUndo(applied);
  if (entry === undefined) return;
  const key = ["undo", projectId];
  client.setQueryData<History>(
    key,
    record(client.getQueryData<History>(key) ?? EMPTY_HISTORY, entry.label, entry.changes),
  );
}
