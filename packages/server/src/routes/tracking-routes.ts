import { asPlannedBaseline, EvmError, earnedValue, taskProgress } from "@keel/engine";
import { type Baseline, isLocalDate, isLocalDateTime } from "@keel/model";
import type { Store } from "@keel/store";
import { z } from "zod";
import { HttpError } from "../http-error.js";
import { route } from "./route.js";

const dateOrTime = z
  .string()
  .refine((d) => isLocalDate(d) || isLocalDateTime(d), { error: "expected YYYY-MM-DD or YYYY-MM-DDTHH:MM" });

/** The baseline asked for, else the latest saved one, else the plan as planned (no baseline saved yet). */
async function baselineFor(
  store: Store,
  projectId: string,
  id: string | undefined,
  plan: Parameters<typeof asPlannedBaseline>[0],
): Promise<Baseline & { readonly id?: string }> {
  if (id !== undefined) return store.baselines.get(store.db, projectId, id);
  const saved = await store.baselines.list(store.db, projectId);
  const latest = saved.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0];
  return latest ?? asPlannedBaseline(plan, new Date().toISOString());
}

export const trackingRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/progress",
    summary:
      "Each task's progress: state, percent complete (rolled up to summary tasks), actual dates, remaining work",
    tag: "Tracking",
    access: { scope: "project", role: "viewer" },
    handle: async ({ params, store }) => {
      const projectId = params.projectId as string;
      const [plan, { schedule }] = await Promise.all([store.plan(projectId), store.schedule(projectId)]);
      return { statusDate: plan.project.statusDate ?? null, tasks: taskProgress(plan, schedule) };
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/evm",
    summary:
      "Earned value and earned schedule against a baseline (the latest saved by default): PV, EV, AC, SPI, CPI, EAC…, per task, with the S-curve",
    tag: "Tracking",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      baseline: z.string().min(1).optional(),
      /** The status date; the project's by default. */
      asOf: dateOrTime.optional(),
      period: z.enum(["day", "week"]).default("day"),
    }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const plan = await store.plan(projectId);
      const asOf = query.asOf ?? plan.project.statusDate;
      if (asOf === undefined) {
        throw new HttpError(
          422,
          "no_status_date",
          "set the project's status date (or give asOf) to measure progress",
        );
      }
      const baseline = await baselineFor(store, projectId, query.baseline, plan);
      try {
        const result = earnedValue(plan, baseline, { asOf, period: query.period });
        return { baseline: { id: baseline.id ?? null, name: baseline.name }, ...result };
      } catch (error) {
        if (!(error instanceof EvmError)) throw error;
        throw new HttpError(422, "evm_rejected", error.problems.map((p) => p.message).join("; "), {
          problems: error.problems.map((p) => ({ code: p.code, message: p.message })),
        });
      }
    },
  }),
];
