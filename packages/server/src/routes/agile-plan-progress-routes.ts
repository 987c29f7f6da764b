import { epicProgressEdits } from "@keel/engine";
import { type LocalDate, localDateSchema } from "@keel/model";
import type { Queryable, Store } from "@keel/store";
import { z } from "zod";
import { agileData } from "../agile/sprint-report.js";
import { HttpError } from "../http-error.js";
import { todayUtc, version } from "./common.js";
import { route } from "./route.js";

/** The percent complete the epics give the plan tasks they name, as the project stands. */
async function proposedEdits(store: Store, db: Queryable, projectId: string, today: LocalDate) {
  const { settings, items, plan } = await agileData(store, db, projectId);
  return epicProgressEdits(items, settings.workflow, settings, plan, { today });
}

export const agilePlanProgressRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/agile/plan-progress",
    summary:
      "The percent complete each plan task's linked epics give it, where it differs from the task's own: task, current and proposed percent, the epics, the fields to write; changes nothing",
    tag: "Agile",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      /** The day for actual dates the items' history cannot give; today (UTC) by default. */
      today: localDateSchema.optional(),
    }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      // The version first: a plan changed in between is refused on apply, never applied unseen.
      const { planVersion } = await store.getProject(store.db, projectId);
      const edits = await proposedEdits(store, store.db, projectId, query.today ?? todayUtc());
      return { planVersion, edits };
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/agile/plan-progress",
    summary:
      "Write the percent complete the linked epics give plan tasks (all, or the `tasks` named) in one audited edit that reschedules; 409 if the plan changed since `version`",
    tag: "Agile",
    access: { scope: "project", role: "member" },
    body: z.strictObject({
      /** The plan version the proposal was read at (`planVersion` of the GET). */
      version: version.optional(),
      tasks: z.array(z.string().min(1)).max(100_000).optional(),
      today: localDateSchema.optional(),
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
          const planVersion = row?.plan_version as number;
          if (body.version !== undefined && body.version !== planVersion) {
            throw new HttpError(
              409,
              "plan_changed",
              `the plan changed since the proposal (version ${body.version}, now ${planVersion}); look at the proposal again`,
            );
          }
          const wanted = body.tasks === undefined ? undefined : new Set(body.tasks);
          const edits = (
            await proposedEdits(store, edit.tx, edit.projectId, body.today ?? todayUtc())
          ).filter((e) => wanted === undefined || wanted.has(e.task));
          const previous = [];
          const tasks = [];
          for (const e of edits) {
            const task = await store.tasks.get(edit.tx, edit.projectId, e.task);
            const before = task as unknown as Record<string, unknown>;
            previous.push({
              task: e.task,
              version: task.version,
              fields: Object.fromEntries(Object.keys(e.set).map((f) => [f, before[f] ?? null])),
            });
            tasks.push(await store.tasks.update(edit, e.task, task.version, e.set));
          }
          return { planVersion, changed: edits, previous, tasks };
        },
      );
      // `previous` with the tasks' new versions is what an undo sends to …/tasks/bulk.
      return { ...result, planVersion: change?.planVersion ?? result.planVersion };
    },
  }),
];
