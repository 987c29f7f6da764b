import type { PlanSchedule } from "@keel/engine";
import type { Link, Project, Task } from "@keel/model";

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
