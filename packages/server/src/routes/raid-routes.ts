import {
  exposure,
  exposureBand,
  exposureTrend,
  heatMap,
  residualScore,
  riskScales,
  staleItems,
} from "@keel/engine";
import { localDateSchema } from "@keel/model";
import { z } from "zod";
import { riskVersions } from "./risk-history.js";
import { route } from "./route.js";

export const raidRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/raid",
    summary:
      "The RAID log's picture: risk scales, heat maps before and after response, each risk's exposure, stale items and the exposure trend",
    tag: "RAID",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({
      /** The day stale items are judged on; today (UTC) by default. */
      today: localDateSchema.optional(),
    }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const plan = await store.plan(projectId);
      const scales = riskScales(plan);
      const risks = plan.risks ?? [];
      const today = query.today ?? new Date().toISOString().slice(0, 10);
      return {
        scales,
        heatMap: { before: heatMap(risks, scales, "before"), after: heatMap(risks, scales, "after") },
        exposures: risks.map((r) => {
          const before = exposure(r);
          const after = exposure(residualScore(r));
          return {
            id: r.id,
            exposure: before,
            band: exposureBand(before, scales),
            residual: after,
            residualBand: exposureBand(after, scales),
          };
        }),
        stale: staleItems(plan, today as Parameters<typeof staleItems>[1]),
        trend: exposureTrend(await riskVersions(store, projectId)),
      };
    },
  }),
];
