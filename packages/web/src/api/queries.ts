import { useQuery } from "@tanstack/react-query";
import { api, setCsrfToken } from "./client.js";
import type {
  AssignmentRecord,
  CapacityRecord,
  LinkRecord,
  LoadReport,
  ProjectRecord,
  ResourceRecord,
  ScheduleRecord,
  Session,
  TaskRecord,
} from "./types.js";

/**
 * Query keys in one place, so live updates and mutations invalidate exactly what changed. Everything
 * of one project starts with `project(id)`: invalidating that refreshes all of it (tasks, resources,
 * assignments, load, capacity…).
 */
export const keys = {
  session: ["session"] as const,
  projects: ["projects"] as const,
  project: (id: string) => ["project", id] as const,
  schedule: (id: string) => ["project", id, "schedule"] as const,
  /** The plan as the schedule worker holds it (its calendars on the page). */
  plan: (id: string) => ["project", id, "plan"] as const,
  tasks: (id: string) => ["project", id, "tasks"] as const,
  links: (id: string) => ["project", id, "links"] as const,
  resources: (id: string) => ["project", id, "resources"] as const,
  assignments: (id: string) => ["project", id, "assignments"] as const,
  load: (id: string, by: "day" | "week") => ["project", id, "load", by] as const,
  capacity: (id: string, focus: number) => ["project", id, "capacity", focus] as const,
};

/**
 * What the plan view brings up to date itself after its own edits, without fetching them again: the
 * plan in the schedule worker, the tasks, the links and the schedule.
 */
export function planViewKeys(id: string): readonly (readonly unknown[])[] {
  return [keys.plan(id), keys.tasks(id), keys.links(id), keys.schedule(id)];
}

export function useSession() {
  return useQuery({
    queryKey: keys.session,
    queryFn: async () => {
      try {
        const session = await api<Session>("GET", "/api/session");
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if ((error as { status?: number }).status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useProjects() {
  return useQuery({ queryKey: keys.projects, queryFn: () => api<ProjectRecord[]>("GET", "/api/projects") });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: keys.project(id),
    queryFn: () => api<ProjectRecord>("GET", `/api/projects/${id}`),
  });
}

export function useSchedule(id: string) {
  return useQuery({
    queryKey: keys.schedule(id),
    queryFn: () => api<ScheduleRecord>("GET", `/api/projects/${id}/schedule`),
  });
}

export function useTasks(id: string) {
  return useQuery({
    queryKey: keys.tasks(id),
    queryFn: () => api<TaskRecord[]>("GET", `/api/projects/${id}/tasks`),
  });
}

export function useLinks(id: string) {
  return useQuery({
    queryKey: keys.links(id),
    queryFn: () => api<LinkRecord[]>("GET", `/api/projects/${id}/links`),
  });
}

export function useResources(id: string) {
  return useQuery({
    queryKey: keys.resources(id),
    queryFn: () => api<ResourceRecord[]>("GET", `/api/projects/${id}/resources`),
  });
}

export function useAssignments(id: string) {
  return useQuery({
    queryKey: keys.assignments(id),
    queryFn: () => api<AssignmentRecord[]>("GET", `/api/projects/${id}/assignments`),
  });
}

/** Demand against capacity per work resource and day (or week); only fetched while `enabled`. */
export function useLoad(id: string, by: "day" | "week", enabled = true) {
  return useQuery({
    queryKey: keys.load(id, by),
    queryFn: () => api<LoadReport>("GET", `/api/projects/${id}/load?by=${by}`),
    enabled,
  });
}

/** The capacity plan by week, with `focus` (0-1] of each working hour available for planned work. */
export function useCapacity(id: string, focus: number) {
  return useQuery({
    queryKey: keys.capacity(id, focus),
    queryFn: () => api<CapacityRecord>("GET", `/api/projects/${id}/capacity?by=week&focus=${focus}`),
    placeholderData: (previous) => previous,
  });
}
