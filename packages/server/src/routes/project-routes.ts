import {
  EXPORT_FILES,
  EXPORT_FORMATS,
  exportPlan,
  FormatError,
  formatDiagnostic,
  NEEDS_SCHEDULE,
  readPlan,
} from "@keel/formats";
import { type Plan, planSchema, projectSchema } from "@keel/model";
import { accounts, type Store } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { historyQuery, roleSchema, version, versionQuery } from "./common.js";
import { route } from "./route.js";

const projectFields = projectSchema.partial({ timeZone: true, calendar: true });
/** Project settings to change; `null` clears an optional one (the status date, say). */
const projectPatch = z
  .strictObject(
    Object.fromEntries(
      Object.entries(projectSchema.shape).map(([key, field]) => [
        key,
        field instanceof z.ZodOptional
          ? (field.unwrap() as z.ZodType).nullable().optional()
          : field.optional(),
      ]),
    ),
  )
  .extend({ version });

const importBody = z.strictObject({
  /** A file name helps pick the format (`.yaml`, `.sm`) and appears in error messages. */
  fileName: z.string().min(1).max(255).default("plan.yaml"),
  content: z.string().max(32 * 1024 * 1024),
});

export const projectRoutes = [
  route({
    method: "GET",
    path: "/api/projects",
    summary: "Projects you can see, with your role on each",
    tag: "Projects",
    access: { scope: "user" },
    handle: ({ caller, store }) => store.projectsOf(caller.userId),
  }),
  route({
    method: "POST",
    path: "/api/workspaces/:workspaceId/projects",
    summary: "Create an empty project (standard calendar unless another is named)",
    tag: "Projects",
    access: { scope: "workspace", role: "manager" },
    status: 201,
    body: projectFields,
    handle: ({ caller, params, body, store }) =>
      store.createProject(caller.userId, params.workspaceId as string, body),
  }),
  route({
    method: "POST",
    path: "/api/workspaces/:workspaceId/projects/import",
    summary:
      "Create a project from a plan file (Keel YAML, Microsoft Project XML, CSV or PSPLIB); errors name line and column. For MS Project XML the answer carries `fidelity`: what was imported exactly, approximated or dropped",
    tag: "Projects",
    access: { scope: "workspace", role: "manager" },
    status: 201,
    body: importBody,
    handle: async ({ caller, params, body, store }) => {
      const read = readPlanFile(body.fileName, body.content);
      const project = await store.createProjectFromPlan(
        caller.userId,
        params.workspaceId as string,
        read.plan,
      );
      return read.mspdi === undefined ? project : { ...project, fidelity: read.mspdi.report };
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId",
    summary: "One project: its settings, plan version and your role",
    tag: "Projects",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, role, store }) => ({
      ...(await store.getProject(store.db, params.projectId as string)),
      role,
    }),
  }),
  route({
    method: "PATCH",
    path: "/api/projects/:projectId",
    summary: "Change project settings (name, start, calendar, hours per day…); reschedules",
    tag: "Projects",
    access: { scope: "project", role: "manager" },
    body: projectPatch,
    handle: ({ caller, params, body, store }) =>
      store.updateProject(caller.userId, params.projectId as string, body.version as number, body),
  }),
  route({
    method: "DELETE",
    path: "/api/projects/:projectId",
    summary: "Delete a project and its plan (its history stays readable in the workspace history)",
    tag: "Projects",
    access: { scope: "project", role: "manager" },
    query: versionQuery,
    handle: async ({ caller, params, query, store }) => {
      await store.deleteProject(caller.userId, params.projectId as string, query.version);
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/members",
    summary: "People given a role on this project itself (overriding their workspace role)",
    tag: "Projects",
    access: { scope: "project", role: "viewer" },
    handle: ({ params, store }) => accounts.members(store.db, "project", params.projectId as string),
  }),
  route({
    method: "PUT",
    path: "/api/projects/:projectId/members/:userId",
    summary: "Give a user a role on this project",
    tag: "Projects",
    access: { scope: "project", role: "manager" },
    body: z.strictObject({ role: roleSchema }),
    handle: async ({ caller, params, body, store, workspaceId }) => {
      const userId = params.userId as string;
      if ((await accounts.userById(store.db, userId)) === undefined) {
        throw new HttpError(404, "not_found", `user "${userId}" was not found`, { entity: "user" });
      }
      await store.db.transaction((tx) =>
        accounts.setMember(
          tx,
          caller.userId,
          { workspaceId: workspaceId as string, projectId: params.projectId },
          userId,
          body.role,
        ),
      );
      return { userId, role: body.role };
    },
  }),
  route({
    method: "DELETE",
    path: "/api/projects/:projectId/members/:userId",
    summary: "Remove a user's project role (their workspace role applies again)",
    tag: "Projects",
    access: { scope: "project", role: "manager" },
    handle: async ({ caller, params, store, workspaceId }) => {
      await store.db.transaction((tx) =>
        accounts.removeMember(
          tx,
          caller.userId,
          { workspaceId: workspaceId as string, projectId: params.projectId },
          params.userId as string,
        ),
      );
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/plan",
    summary:
      "The whole plan as JSON, or as a file with ?format=yaml (Keel YAML), mspdi (MS Project XML), csv, ical (milestones and deadlines) or mermaid (gantt)",
    tag: "Plan",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({ format: z.enum(["json", ...EXPORT_FORMATS]).default("json") }),
    handle: async ({ c, params, query, store }) => {
      const projectId = params.projectId as string;
      const plan = await store.plan(projectId);
      if (query.format === "json") return plan;
      const format = query.format;
      const schedule = NEEDS_SCHEDULE.has(format) ? (await store.schedule(projectId)).schedule : undefined;
      const file = EXPORT_FILES[format];
      // A file name from the project name, with only characters every system accepts.
      const name = plan.project.name.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "plan";
      c.header("Content-Type", `${file.type}; charset=utf-8`);
      c.header(
        "Content-Disposition",
        `attachment; filename="plan.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${file.extension}`)}`,
      );
      return c.body(exportPlan(format, { plan, schedule }));
    },
  }),
  route({
    method: "PUT",
    path: "/api/projects/:projectId/plan",
    summary: "Replace the whole plan in one transaction; only items that differ change",
    tag: "Plan",
    // The plan carries the project settings, which are a manager's to change.
    access: { scope: "project", role: "manager" },
    body: z.strictObject({ version: version.optional(), plan: planSchema }),
    handle: async ({ caller, params, body, store }) => {
      const { project, summary } = await store.replacePlan(
        caller.userId,
        params.projectId as string,
        body.version,
        body.plan as never,
      );
      return { project, summary };
    },
  }),
  route({
    method: "PUT",
    path: "/api/projects/:projectId/plan/file",
    summary:
      "Replace the whole plan from a plan file (Keel YAML, MS Project XML, CSV or PSPLIB); only YAML replaces the RAID log and change requests",
    tag: "Plan",
    access: { scope: "project", role: "manager" },
    body: importBody.extend({ version: version.optional() }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const plan = await planFromFile(store, projectId, body.fileName, body.content);
      const { project, summary } = await store.replacePlan(caller.userId, projectId, body.version, plan);
      return { project, summary };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/plan/file/preview",
    summary:
      "What replacing the plan with this file would change (items created, updated, deleted; the finish before and after), changing nothing",
    tag: "Plan",
    access: { scope: "project", role: "manager" },
    body: importBody,
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      return store.previewPlan(
        caller.userId,
        projectId,
        await planFromFile(store, projectId, body.fileName, body.content),
      );
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/schedule",
    summary: "The schedule computed from the current plan: dates, float, critical paths, warnings",
    tag: "Plan",
    access: { scope: "project", role: "viewer" },
    handle: async ({ c, params, store }) => {
      c.header("Content-Type", "application/json; charset=utf-8");
      return c.body(await store.scheduleJson(params.projectId as string));
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/history",
    summary: "Change log of the project, newest first; filter by entity and entityId",
    tag: "History",
    access: { scope: "project", role: "viewer" },
    query: historyQuery,
    handle: ({ params, query, store }) => store.history({ ...query, projectId: params.projectId as string }),
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/history/:entity/:entityId",
    summary: "Every change of one item (a task, a link…), newest first",
    tag: "History",
    access: { scope: "project", role: "viewer" },
    query: historyQuery.pick({ before: true, limit: true }),
    handle: ({ params, query, store }) =>
      store.history({
        ...query,
        projectId: params.projectId as string,
        entity: params.entity,
        entityId: params.entityId,
      }),
  }),
];

/**
 * The plan a file replaces the project's with. Only Keel YAML carries the RAID log and change
 * requests; a file in another format (MS Project, CSV, PSPLIB) keeps the project's own.
 */
async function planFromFile(
  store: Store,
  projectId: string,
  fileName: string,
  content: string,
): Promise<Plan> {
  const read = readPlanFile(fileName, content);
  if (read.format === "keel-yaml") return read.plan;
  const { risks, assumptions, issues, dependencies, changes } = await store.plan(projectId);
  return { ...read.plan, risks, assumptions, issues, dependencies, changes };
}

function readPlanFile(fileName: string, content: string) {
  try {
    return readPlan(content, fileName);
  } catch (error) {
    if (error instanceof FormatError) {
      throw new HttpError(400, "invalid_plan", error.diagnostics.map(formatDiagnostic).join("\n"), {
        fields: error.diagnostics.map((d) => ({
          path: `${d.file}:${d.line}:${d.column}`,
          message: d.message,
        })),
      });
    }
    throw error;
  }
}
