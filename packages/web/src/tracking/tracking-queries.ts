import type { BaselineVariance, EarnedValue, TaskProgressResult } from "@keel/engine";
import type { Baseline } from "@keel/model";
import { useQuery } from "@tanstack/react-query";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";

export type BaselineRecord = Baseline & { readonly id: string; readonly version: number };

export interface ProgressRecord {
  readonly statusDate: string | null;
  readonly tasks: readonly TaskProgressResult[];
}

/** `GET …/evm`: the baseline measured against (id null: none saved, so the plan as planned). */
export type EvmRecord = EarnedValue & {
  readonly baseline: { readonly id: string | null; readonly name: string };
};

/** Under the project's key: live edits, progress and baseline writes refresh them all. */
export const trackingKeys = {
  progress: (projectId: string) => [...keys.project(projectId), "progress"] as const,
  baselines: (projectId: string) => [...keys.project(projectId), "baselines"] as const,
  baseline: (projectId: string, id: string) => [...keys.project(projectId), "baselines", id] as const,
  variance: (projectId: string, id: string) =>
    [...keys.project(projectId), "baselines", id, "variance"] as const,
  evm: (projectId: string, baseline: string | undefined) =>
    [...keys.project(projectId), "evm", baseline ?? "latest"] as const,
};

export function projectPath(projectId: string): string {
  return `/api/projects/${encodeURIComponent(projectId)}`;
}

/** A refusal (4xx) is an answer, not a hiccup: asking again would only repeat it. */
const retry = (failures: number, error: Error) =>
  !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1;

export function useProgress(projectId: string, enabled = true) {
  return useQuery({
    queryKey: trackingKeys.progress(projectId),
    queryFn: () => api<ProgressRecord>("GET", `${projectPath(projectId)}/progress`),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** Saved baselines, latest first. */
export function useBaselines(projectId: string) {
  return useQuery({
    queryKey: trackingKeys.baselines(projectId),
    queryFn: async () =>
      (await api<BaselineRecord[]>("GET", `${projectPath(projectId)}/baselines`)).sort((a, b) =>
        a.savedAt < b.savedAt ? 1 : -1,
      ),
  });
}

export function useBaseline(projectId: string, id: string | undefined) {
  return useQuery({
    queryKey: trackingKeys.baseline(projectId, id ?? ""),
    queryFn: () =>
      api<BaselineRecord>("GET", `${projectPath(projectId)}/baselines/${encodeURIComponent(id ?? "")}`),
    enabled: id !== undefined,
    retry,
  });
}

export function useVariance(projectId: string, id: string | undefined) {
  return useQuery({
    queryKey: trackingKeys.variance(projectId, id ?? ""),
    queryFn: () =>
      api<BaselineVariance>(
        "GET",
        `${projectPath(projectId)}/baselines/${encodeURIComponent(id ?? "")}/variance`,
      ),
    enabled: id !== undefined,
    placeholderData: (previous) => previous,
    retry,
  });
}

/** Earned value against `baseline` (the latest saved when undefined); a 422 without a status date. */
export function useEvm(projectId: string, baseline: string | undefined, enabled = true) {
  return useQuery({
    queryKey: trackingKeys.evm(projectId, baseline),
    queryFn: () =>
      api<EvmRecord>(
        "GET",
        `${projectPath(projectId)}/evm${baseline === undefined ? "" : `?baseline=${encodeURIComponent(baseline)}`}`,
      ),
    enabled,
    placeholderData: (previous) => previous,
    retry,
  });
}
