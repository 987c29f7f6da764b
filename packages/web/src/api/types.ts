import type {
  CapacityCell,
  CapacityPlan,
  CapacityRow,
  LevelingMove,
  LoadReport,
  PlanSchedule,
} from "@keel/engine";
import type { Assignment, Link, Project, Resource, Task } from "@keel/model";

export type Role = "viewer" | "member" | "manager" | "owner";

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

export interface Workspace {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly version: number;
}

export interface Session {
  readonly user: User;
  readonly workspaces: readonly Workspace[];
  readonly csrfToken: string | null;
}

export interface ScheduleSummary {
  readonly start: string;
  readonly finish: string;
  readonly durationWorkingDays: number;
  readonly minutesPerDay: number;
  readonly criticalFloatMinutes: number;
  readonly tasks: number;
  readonly missedDeadlines: number;
  readonly milestones: readonly { readonly id: string; readonly name: string; readonly date: string }[];
  /** Open threats in the high exposure band; absent in summaries stored before the RAID log. */
  readonly openHighRisks?: number;
}

export interface ProjectRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly project: Project;
  readonly planVersion: number;
  readonly version: number;
  readonly role: Role;
  /** Present in project lists: the figures of the latest schedule. */
  readonly schedule?: ScheduleSummary | null;
}

export interface ScheduleRecord {
  readonly projectId: string;
  readonly planVersion: number;
  readonly computedAt: string;
  readonly schedule: PlanSchedule;
}

export type TaskRecord = Task & { readonly position: number; readonly version: number };

export type LinkRecord = Link & { readonly id: string; readonly version: number };

export type ResourceRecord = Resource & { readonly version: number };

export type AssignmentRecord = Assignment & { readonly id: string; readonly version: number };

/** `GET …/capacity`: JSON has no infinity, so demand with no capacity at all has a null utilisation. */
export type CapacityCellRecord = Omit<CapacityCell, "utilisation"> & { readonly utilisation: number | null };

export interface CapacityRecord {
  readonly by: CapacityPlan["by"];
  readonly focus: number;
  readonly periods: readonly string[];
  readonly rows: readonly (Omit<CapacityRow, "cells"> & { readonly cells: readonly CapacityCellRecord[] })[];
  readonly team: readonly CapacityCellRecord[];
  readonly over: readonly string[];
  readonly under: readonly string[];
}

/** `POST …/level`: what leveling would move and why; nothing is saved until it is applied. */
export interface LevelPreview {
  readonly planVersion: number;
  readonly mode: "delay" | "optimise";
  readonly before: { readonly finish: string };
  readonly after: { readonly finish: string };
  readonly moves: readonly LevelingMove[];
  readonly unresolved: readonly string[];
  readonly search: {
    readonly schedules: number;
    readonly lowerBound: number;
    readonly provedOptimal: boolean;
    readonly stoppedBy: string;
  };
  readonly constraints: readonly { readonly task: string; readonly date: string }[];
}

/** `POST …/level/apply`: the constraints the moved tasks had before, and the tasks as saved. */
export interface LevelApplied {
  readonly planVersion: number;
  readonly previous: readonly {
    readonly task: string;
    readonly version: number;
    readonly constraint: Task["constraint"];
  }[];
  readonly tasks: readonly TaskRecord[];
}

export type { LoadReport };
