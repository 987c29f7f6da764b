import type { DashboardTrends, ExposurePoint, IssueAgeBand } from "@keel/engine";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { KpiRecord } from "./kpi.js";

/** `GET /api/projects/:id/dashboard`: delivery trends from the report history, the register's and plan's state now, KPIs. */
export interface DashboardRecord {
  readonly statusDate: string | null;
  readonly trends: DashboardTrends;
  readonly exposure: readonly ExposurePoint[];
  readonly issues: { readonly bands: readonly IssueAgeBand[]; readonly undated: number };
  readonly work: { readonly totalHours: number; readonly doneHours: number };
  readonly kpis: readonly KpiRecord[];
}

/** Under the project's key: a report sent, a risk or issue edited, a KPI value added all refresh it live. */
export const dashboardKeys = {
  dashboard: (projectId: string, today: string) => [...keys.project(projectId), "dashboard", today] as const,
};

export function kpisPath(projectId: string, kpiId?: string): string {
  const base = `/api/projects/${encodeURIComponent(projectId)}/kpis`;
  return kpiId === undefined ? base : `${base}/${encodeURIComponent(kpiId)}`;
}

/** Issue ages are counted to `today`, the reader's day. */
export function useDashboard(projectId: string, today: string) {
  return useQuery({
    queryKey: dashboardKeys.dashboard(projectId, today),
    queryFn: () =>
      api<DashboardRecord>("GET", `/api/projects/${encodeURIComponent(projectId)}/dashboard?today=${today}`),
    placeholderData: (previous) => previous,
  });
}
