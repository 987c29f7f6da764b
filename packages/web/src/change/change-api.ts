import type { ChangeImpact } from "@keel/engine";
import type { ChangeDecision, ChangeRequest, ChangeStatus, PlanEdit } from "@keel/model";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import type { MovedTask } from "./gantt-diff.js";

export type ChangeRecord = ChangeRequest & { readonly version: number };

/** `GET …/changes/:changeId/impact`: the analysis and the tasks whose dates it moves. */
export interface ImpactAnswer {
  readonly change: ChangeRecord;
  readonly impact: ChangeImpact;
  readonly tasks: readonly MovedTask[];
}

/** Iterations of each side's forecast in the preview: enough for a stable P80 in about a second. */
export const PREVIEW_ITERATIONS = 2000;

/**
 * Under the project's keys, so a live edit of the plan (by anyone) recomputes the impact and the
 * lists; the impact is keyed by the request's version so an answer never stands for other edits.
 */
export const changeKeys = {
  list: (projectId: string) => ["project", projectId, "changes"] as const,
  impact: (projectId: string, changeId: string, version: number) =>
    ["project", projectId, "changes", changeId, "impact", version] as const,
  log: (projectId: string) => ["project", projectId, "change-log"] as const,
};

export function changePaths(projectId: string) {
  const base = `/api/projects/${encodeURIComponent(projectId)}`;
  const one = (id: string) => `${base}/changes/${encodeURIComponent(id)}`;
  return {
    list: `${base}/changes`,
    one,
    impact: (id: string) => `${one(id)}/impact?iterations=${PREVIEW_ITERATIONS}`,
    rebase: (id: string) => `${one(id)}/rebase`,
    decision: (id: string) => `${one(id)}/decision`,
    log: `${base}/change-log`,
  };
}

export function useChanges(projectId: string) {
  return useQuery({
    queryKey: changeKeys.list(projectId),
    queryFn: () => api<ChangeRecord[]>("GET", changePaths(projectId).list),
  });
}

export function useChangeLog(projectId: string) {
  return useQuery({
    queryKey: changeKeys.log(projectId),
    queryFn: () => api<ChangeRecord[]>("GET", changePaths(projectId).log),
  });
}

/** The impact of an open request's saved edits; the last answer stays shown while the next one runs. */
export function useImpact(projectId: string, change: ChangeRecord | undefined) {
  return useQuery({
    queryKey: changeKeys.impact(projectId, change?.id ?? "", change?.version ?? 0),
    queryFn: () => api<ImpactAnswer>("GET", changePaths(projectId).impact(change?.id ?? "")),
    // Without edits nothing changes: no forecast to run.
    enabled: change !== undefined && isOpen(change.status) && change.edits.length > 0,
    placeholderData: (previous, query) =>
      // Only the same request's previous answer: another request's would mislead.
      query?.queryKey[3] === change?.id ? previous : undefined,
    retry: false,
  });
}

export interface NewChange {
  readonly id: string;
  readonly name: string;
  readonly requester: string;
  readonly reason: string;
  readonly description?: string;
}

export type ChangePatch = Partial<{
  name: string;
  requester: string;
  reason: string;
  description: string | null;
  status: "draft" | "submitted" | "deferred";
  edits: readonly PlanEdit[];
}>;

export interface DecisionBody {
  readonly decision: ChangeDecision;
  readonly why: string;
  readonly version: number;
  readonly rebaseline: boolean;
  readonly dropStale: boolean;
}

/** Requests that can still be edited and decided; approved and rejected ones are locked. */
export function isOpen(status: ChangeStatus): boolean {
  return status === "draft" || status === "submitted" || status === "deferred";
}
