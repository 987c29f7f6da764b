import { type ProjectChange, readHistory } from "@keel/store";
import { streamSSE } from "hono/streaming";
import { route } from "./route.js";

const KEEPALIVE_MS = 15_000;

export const eventRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/events",
    summary:
      "Server-sent events: `ready` with the current plan version, then `change` after every committed edit of the project",
    tag: "Events",
    access: { scope: "project", role: "viewer" },
    handle: async ({ c, params, store, services }) => {
      const projectId = params.projectId as string;
      // Subscribe first so no commit falls between reading the state and listening. Announcements of
      // commits already read can still arrive afterwards (NOTIFY is asynchronous) and are dropped:
      // a project's audit ids grow in commit order, as its edits lock the project row. The newest
      // entry is read before the project, so a commit between the two reads is sent, not lost.
      const pending: ProjectChange[] = [];
      let send: (change: ProjectChange) => void = (change) => pending.push(change);
      const unsubscribe = services.feed.subscribe(projectId, (change) => send(change));
      let seen: number;
      let project: Awaited<ReturnType<typeof store.getProject>>;
      try {
        seen = (await readHistory(store.db, { projectId, limit: 1 }))[0]?.id ?? 0;
        project = await store.getProject(store.db, projectId);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      return streamSSE(c, async (stream) => {
        let close: () => void = () => undefined;
        const closed = new Promise<void>((resolve) => {
          close = resolve;
        });
        const write = (change: ProjectChange) => {
          if (change.auditId <= seen) return;
          void stream.writeSSE({ event: "change", id: String(change.auditId), data: JSON.stringify(change) });
        };
        const release = services.feed.holdOpen(close);
        stream.onAbort(close);
        const keepalive = setInterval(() => void stream.write(": keepalive\n\n"), KEEPALIVE_MS);
        try {
          await stream.writeSSE({
            event: "ready",
            data: JSON.stringify({ projectId, planVersion: project.planVersion }),
          });
          send = write;
          for (const change of pending.splice(0)) write(change);
          await closed;
        } finally {
          clearInterval(keepalive);
          unsubscribe();
          release();
        }
      });
    },
  }),
];
