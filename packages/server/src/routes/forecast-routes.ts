import { PlanError } from "@keel/engine";
import { z } from "zod";
import { forecastInWorkers } from "../forecast/forecast-in-workers.js";
import { HttpError } from "../http-error.js";
import { route } from "./route.js";

export const forecastRoutes = [
  route({
    method: "POST",
    path: "/api/projects/:projectId/forecast",
    summary:
      "Schedule Monte Carlo over the plan's three-point estimates and risks: P10…P95 finish, histogram, deadline odds, criticality and sensitivity (changes nothing)",
    tag: "Forecast",
    access: { scope: "project", role: "viewer" },
    body: z.strictObject({
      iterations: z.number().int().min(1).max(100_000).default(10_000),
      seed: z.number().int().min(0).max(4_294_967_295).default(1),
      distribution: z.enum(["triangular", "pert"]).default("triangular"),
      /** Spread of tasks without an estimate, as a share: 0.2 for ±20 %. */
      uncertainty: z.number().min(0).max(0.99).default(0),
    }),
    handle: async ({ params, body, store }) => {
      const plan = await store.plan(params.projectId as string);
      try {
        // Always in worker threads: the request thread stays free for everyone else.
        return await forecastInWorkers(plan, body, { offThread: true });
      } catch (error) {
        if (!(error instanceof PlanError)) throw error;
        throw new HttpError(422, "plan_rejected", error.problems.map((p) => p.message).join("; "), {
          problems: error.problems.map((p) => ({ code: p.code, message: p.message })),
        });
      }
    },
  }),
];
