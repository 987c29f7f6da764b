import { randomUUID } from "node:crypto";
import { capacityPlan, levelingOutcome, PlanError, resourceLoad } from "@keel/engine";
import { isLocalDate, isLocalDateTime, type Task } from "@keel/model";
import { loadPlan } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { levelInWorker, type WorkerLeveling } from "../leveling/level-in-worker.js";
import { version } from "./common.js";
import { route } from "./route.js";

/** How long one search may take; each runs in a worker thread, one per core at a time. */
const MAX_BUDGET_MS = 10_000;
const DEFAULT_BUDGET_MS = 2_000;

const day = z.string().refine(isLocalDate, { error: "expected a date YYYY-MM-DD" });
const loadQuery = z.strictObject({
  by: z.enum(["day", "week"]).default("day"),
  from: day.optional(),
  to: day.optional(),
});

function unschedulable(error: unknown): never {
  if (error instanceof PlanError) {
    throw new HttpError(422, "plan_rejected", error.problems.map((p) => p.message).join("; "), {
      problems: error.problems.map((p) => ({ code: p.code, message: p.message })),
    });
  }
  throw error;
}

export const resourceRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/load",
    summary:
      "Demand against capacity per work resource and day or week, and the over-allocated days with their tasks",
    tag: "Resources",
    access: { scope: "project", role: "viewer" },
    query: loadQuery,
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const [plan, { schedule }] = await Promise.all([store.plan(projectId), store.schedule(projectId)]);
      return resourceLoad(plan, schedule, query);
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/capacity",
    summary:
      "Capacity plan: available hours (calendars, days off, focus factor) against demand per person and week",
    tag: "Resources",
    access: { scope: "project", role: "viewer" },
    query: loadQuery.extend({
      by: z.enum(["day", "week"]).default("week"),
      focus: z.coerce.number().gt(0).max(1).default(1),
    }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const [plan, { schedule }] = await Promise.all([store.plan(projectId), store.schedule(projectId)]);
      return capacityPlan(plan, schedule, query);
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/level",
    summary:
      "Preview leveling: the tasks it would move, why, and the finish before and after; changes nothing (apply with …/level/apply)",
    tag: "Resources",
    access: { scope: "project", role: "member" },
    body: z.strictObject({
      mode: z.enum(["delay", "optimise"]).default("delay"),
      seed: z.number().int().min(0).max(4_294_967_295).optional(),
      maxSchedules: z.number().int().positive().max(10_000_000).optional(),
      budgetMs: z.number().int().positive().max(MAX_BUDGET_MS).default(DEFAULT_BUDGET_MS),
      withinFloat: z.boolean().default(false),
    }),
    handle: async ({ params, body, store }) => {
      const projectId = params.projectId as string;
      const project = await store.getProject(store.db, projectId);
      const plan = await store.plan(projectId);
      let leveled: WorkerLeveling;
      try {
        leveled = await levelInWorker(plan, body);
      } catch (error) {
        unschedulable(error);
      }
      return {
        planVersion: project.planVersion,
        mode: leveled.mode,
        before: leveled.before,
        after: { finish: leveled.schedule.project.finish },
        moves: leveled.moves,
        unresolved: leveled.unresolved,
        search: leveled.search,
        constraints: leveled.constraints,
      };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/level/apply",
    summary:
      "Apply a leveling preview: each moved task gets its start-no-earlier-than date, in one audited edit that also records the finish and over-allocation before and after (audit entity `leveling`); 409 if the plan changed since the preview",
    tag: "Resources",
    access: { scope: "project", role: "member" },
    body: z.strictObject({
      planVersion: version,
      constraints: z
        .array(
          z.strictObject({
            task: z.string().min(1),
            date: z.string().refine((d) => isLocalDate(d) || isLocalDateTime(d), {
              error: "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM",
            }),
          }),
        )
        .max(100_000),
    }),
    handle: async ({ caller, params, body, store }) => {
      const { result, change } = await store.editProject(
        caller.userId,
        params.projectId as string,
        async (edit) => {
          const [row] = await edit.tx.query<{ plan_version: number }>(
            "SELECT plan_version FROM projects WHERE id = $1",
            [edit.projectId],
          );
          if (row?.plan_version !== body.planVersion) {
            throw new HttpError(
              409,
              "plan_changed",
              `the plan changed since the preview (version ${body.planVersion}, now ${row?.plan_version}); preview again`,
            );
          }
          const planBefore = await loadPlan(edit.tx, edit.projectId);
          const previous: { task: string; version: number; constraint: Task["constraint"] }[] = [];
          const updated = [];
          for (const c of body.constraints) {
            const task = await store.tasks.get(edit.tx, edit.projectId, c.task);
            previous.push({ task: c.task, version: task.version, constraint: task.constraint });
            updated.push(
              await store.tasks.update(edit, c.task, task.version, {
                constraint: { type: "SNET", date: c.date },
              }),
            );
          }
          if (body.constraints.length > 0) {
            // The finish and over-allocation before and after, kept as they were on the day: the
            // career hub's leveling evidence reads them, and later edits must not change them.
            // The plan after is the one before with the constraints just stored: no second read.
            const dates = new Map(body.constraints.map((c) => [c.task, c.date]));
            const planAfter = {
              ...planBefore,
              tasks: planBefore.tasks.map((t) => {
                const date = dates.get(t.id);
                return date === undefined ? t : { ...t, constraint: { type: "SNET" as const, date } };
              }),
            };
            const outcome = levelingOutcome(planBefore, planAfter);
            const { before, after, ...moved } = outcome;
            await edit.audit({
              entity: "leveling",
              entityId: randomUUID(),
              action: "create",
              before,
              after: { ...after, ...moved },
              affectsPlan: false,
            });
          }
          return { previous, tasks: updated };
        },
      );
      // `previous` with the tasks' new versions is what an undo sends to …/tasks/bulk.
      return { planVersion: change?.planVersion ?? body.planVersion, ...result };
    },
  }),
];
