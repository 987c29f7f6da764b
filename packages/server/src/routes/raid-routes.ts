import {
  exposure,
  exposureBand,
  exposureTrend,
  heatMap,
  type RiskVersion,
  residualScore,
  riskScales,
  staleItems,
} from "@keel/engine";
import { localDateSchema, type Risk } from "@keel/model";
import type { Store } from "@keel/store";
import { z } from "zod";
import { route } from "./route.js";

/** Pages of the audit log read for the exposure trend: at most 20,000 risk changes. */
const MAX_HISTORY_PAGES = 20;

/** Every stored version of the project's risks, oldest first, from the audit log. */
async function riskVersions(store: Store, projectId: string): Promise<RiskVersion[]> {
  const versions: RiskVersion[] = [];
  let before: number | undefined;
  for (let page = 0; page < MAX_HISTORY_PAGES; page++) {
    const entries = await store.history({ projectId, entity: "risk", before, limit: 1000 });
    for (const e of entries) {
      versions.push({ id: e.entityId, at: e.at, risk: e.action === "delete" ? null : (e.after as Risk) });
    }
    if (entries.length < 1000) break;
    before = entries[entries.length - 1]?.id;
  }
  return versions.reverse();
}

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
