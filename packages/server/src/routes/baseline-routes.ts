import { baselineVariance, captureBaseline } from "@keel/engine";
import { z } from "zod";
import { versionQuery } from "./common.js";
import { type Route, route } from "./route.js";

/** Named baselines of a project: save, list, read, compare with the current schedule, delete. */
export const baselineRoutes: Route[] = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/baselines",
    summary: "Saved baselines",
    tag: "Baselines",
    access: { scope: "project", role: "viewer" },
    handle: ({ params, store }) => store.baselines.list(store.db, params.projectId as string),
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/baselines",
    summary: "Save the current schedule as a baseline",
    tag: "Baselines",
    access: { scope: "project", role: "manager" },
    status: 201,
    body: z.strictObject({ name: z.string().min(1).max(200) }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const [plan, { schedule }] = await Promise.all([store.plan(projectId), store.schedule(projectId)]);
      const baseline = captureBaseline(plan, schedule, body.name, new Date().toISOString());
      return (
        await store.editProject(caller.userId, projectId, (edit) => store.baselines.create(edit, baseline))
      ).result;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/baselines/:baselineId",
    summary: "One baseline with its task dates",
    tag: "Baselines",
    access: { scope: "project", role: "viewer" },
    handle: ({ params, store }) =>
      store.baselines.get(store.db, params.projectId as string, params.baselineId as string),
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/baselines/:baselineId/variance",
    summary:
      "The current schedule against a baseline: start, finish and duration variance per task in working days, what slipped, what was added or removed",
    tag: "Baselines",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => {
      const projectId = params.projectId as string;
      const baseline = await store.baselines.get(store.db, projectId, params.baselineId as string);
      const [plan, { schedule }] = await Promise.all([store.plan(projectId), store.schedule(projectId)]);
      return baselineVariance(plan, schedule, baseline);
    },
  }),
  route({
    method: "DELETE",
    path: "/api/projects/:projectId/baselines/:baselineId",
    summary: "Delete a baseline",
    tag: "Baselines",
    access: { scope: "project", role: "manager" },
    query: versionQuery,
    handle: async ({ caller, params, query, store }) => {
      await store.editProject(caller.userId, params.projectId as string, (edit) =>
        store.baselines.delete(edit, params.baselineId as string, query.version),
      );
      return undefined;
    },
  }),
];
