import { useQuery } from "@tanstack/react-query";
import { api, setCsrfToken } from "./client.js";
import type { LinkRecord, ProjectRecord, ScheduleRecord, Session, TaskRecord } from "./types.js";

/** Query keys in one place, so live updates and mutations invalidate exactly what changed. */
export const keys = {
  session: ["session"] as const,
  projects: ["projects"] as const,
  project: (id: string) => ["project", id] as const,
  schedule: (id: string) => ["project", id, "schedule"] as const,
  tasks: (id: string) => ["project", id, "tasks"] as const,
  links: (id: string) => ["project", id, "links"] as const,
};

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
