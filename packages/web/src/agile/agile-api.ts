import type {
  Burndown,
  CommitmentGuidance,
  CumulativeFlow,
  CycleTimes,
  EpicForecast,
  EpicRollup,
  MoveCheck,
  ReleaseForecast,
  SprintCapacity,
  ThroughputWeek,
  VelocityPoint,
} from "@keel/engine";
import type { AgileSettings, BacklogItem, EstimateUnit, Sprint } from "@keel/model";
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";

export type ItemRecord = BacklogItem & { readonly version: number };
export type SprintRecord = Sprint & { readonly version: number };

export interface TemplateInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
}

/** `GET …/agile`: the team's settings (defaults at version 0 until saved) and the templates on offer. */
export interface AgileAnswer {
  readonly settings: AgileSettings;
  readonly version: number;
  readonly templates: readonly TemplateInfo[];
}

/** `GET …/sprints/:id/plan`: what a sprint can take and what it holds. */
export interface SprintPlan {
  readonly sprint: SprintRecord;
  readonly capacity: SprintCapacity;
  readonly guidance: CommitmentGuidance;
  readonly items: readonly ItemRecord[];
  readonly committed: number;
  readonly unit: EstimateUnit;
}

export interface SprintReport {
  readonly sprint: SprintRecord;
  readonly capacity: SprintCapacity;
  readonly burndown: Burndown;
  readonly committed: number;
  readonly completed: number;
  readonly carriedOver: readonly string[];
  readonly unit: EstimateUnit;
}

export interface AgileCharts {
  readonly unit: EstimateUnit;
  readonly velocity: readonly VelocityPoint[];
  readonly guidance: CommitmentGuidance | null;
  readonly cumulativeFlow: CumulativeFlow;
  readonly cycleTime: CycleTimes;
  readonly throughput: readonly ThroughputWeek[];
  readonly release: ReleaseForecast | null;
  readonly epics: readonly EpicRollup[];
  /** Epics linked to plan tasks: forecast against the tasks' scheduled finish. */
  readonly epicForecasts: readonly EpicForecast[];
}

/** `POST …/backlog-items/:id/move`: the item as moved; `check.level` "warn" when a column is now over its limit. */
export interface MoveAnswer {
  readonly item: ItemRecord;
  readonly check: MoveCheck;
}

export interface MoveBody {
  readonly status?: string;
  /** A sprint's id, or null to take the item back to the backlog. */
  readonly sprint?: string | null;
  readonly rank?: number;
}

export interface ClosedSprint {
  readonly sprint: SprintRecord;
  readonly carriedOver: readonly string[];
  /** The RAID issues raised for the retrospective's actions. */
  readonly issues: readonly string[];
}

/**
 * Under the project's keys, so the project's live events (anyone saving an item, a sprint or the
 * settings) and every write refresh the backlog, board, plan and charts.
 */
export const agileKeys = {
  all: (projectId: string) => [...keys.project(projectId), "agile"] as const,
  settings: (projectId: string) => [...keys.project(projectId), "agile", "settings"] as const,
  items: (projectId: string) => [...keys.project(projectId), "agile", "items"] as const,
  sprints: (projectId: string) => [...keys.project(projectId), "agile", "sprints"] as const,
  plan: (projectId: string, sprintId: string) =>
    [...keys.project(projectId), "agile", "plan", sprintId] as const,
  report: (projectId: string, sprintId: string) =>
    [...keys.project(projectId), "agile", "report", sprintId] as const,
  charts: (projectId: string, query: string) =>
    [...keys.project(projectId), "agile", "charts", query] as const,
};

export function agilePaths(projectId: string) {
  const base = `/api/projects/${encodeURIComponent(projectId)}`;
  const item = (id: string) => `${base}/backlog-items/${encodeURIComponent(id)}`;
  const sprint = (id: string) => `${base}/sprints/${encodeURIComponent(id)}`;
  return {
    settings: `${base}/agile`,
    template: `${base}/agile/template`,
    items: `${base}/backlog-items`,
    item,
    move: (id: string) => `${item(id)}/move`,
    sprints: `${base}/sprints`,
    sprint,
    plan: (id: string) => `${sprint(id)}/plan`,
    start: (id: string) => `${sprint(id)}/start`,
    close: (id: string) => `${sprint(id)}/close`,
    report: (id: string) => `${sprint(id)}/report`,
    charts: (query: string) => `${base}/agile/charts${query === "" ? "" : `?${query}`}`,
    jira: `${base}/import/jira`,
    raid: `/projects/${encodeURIComponent(projectId)}/raid?tab=issues`,
  };
}

export function useAgileSettings(projectId: string) {
  return useQuery({
    queryKey: agileKeys.settings(projectId),
    queryFn: () => api<AgileAnswer>("GET", agilePaths(projectId).settings),
  });
}

/** Every backlog item, epics and sprint items too, in rank order. */
export function useBacklog(projectId: string) {
  return useQuery({
    queryKey: agileKeys.items(projectId),
    queryFn: () => api<ItemRecord[]>("GET", agilePaths(projectId).items),
  });
}

/** Sprints in start order. */
export function useSprints(projectId: string) {
  return useQuery({
    queryKey: agileKeys.sprints(projectId),
    queryFn: () => api<SprintRecord[]>("GET", agilePaths(projectId).sprints),
  });
}

export function useSprintPlan(projectId: string, sprintId: string | undefined) {
  return useQuery({
    queryKey: agileKeys.plan(projectId, sprintId ?? ""),
    queryFn: () => api<SprintPlan>("GET", agilePaths(projectId).plan(sprintId ?? "")),
    enabled: sprintId !== undefined,
    placeholderData: (previous, query) => (query?.queryKey[4] === sprintId ? previous : undefined),
  });
}

export function useSprintReport(projectId: string, sprintId: string | undefined) {
  return useQuery({
    queryKey: agileKeys.report(projectId, sprintId ?? ""),
    queryFn: () => api<SprintReport>("GET", agilePaths(projectId).report(sprintId ?? "")),
    enabled: sprintId !== undefined,
  });
}

/** Velocity, flow, cycle time, throughput, the release forecast and epic roll-ups; `query` as in the URL. */
export function useAgileCharts(projectId: string, query = "") {
  return useQuery({
    queryKey: agileKeys.charts(projectId, query),
    queryFn: () => api<AgileCharts>("GET", agilePaths(projectId).charts(query)),
    placeholderData: (previous) => previous,
  });
}
