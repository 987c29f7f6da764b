import {
  dashboardTrends,
  exposureTrend,
  issuesByAge,
  type ReportedStatus,
  type StatusReport,
  taskProgress,
} from "@keel/engine";
import { type LocalDate, localDateSchema } from "@keel/model";
import { z } from "zod";
import { riskVersions } from "./risk-history.js";
import { route } from "./route.js";

export const dashboardRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/dashboard",
    summary:
      "Delivery and business KPIs on one page: SPI/CPI, float, progress and milestone trends from the report history, risk exposure trend, open issues by age, work done, the project's KPIs",
    tag: "Dashboard",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({ today: localDateSchema.optional() }),
    handle: async ({ params, query, store }) => {
      const projectId = params.projectId as string;
      const [plan, { schedule }, reports, kpis, versions] = await Promise.all([
        store.plan(projectId),
        store.schedule(projectId),
        store.statusReports.list(store.db, projectId),
        store.kpis.list(store.db, projectId),
        riskVersions(store, projectId),
      ]);
      const today = query.today ?? (new Date().toISOString().slice(0, 10) as LocalDate);
      const history: ReportedStatus[] = reports.map((r) => ({
        asOf: r.asOf,
        state: r.state,
        report: r.report as unknown as StatusReport,
      }));
      // Work done now: the summary roll-up of the whole plan's leaf tasks.
      let work = 0;
      let done = 0;
      for (const t of taskProgress(plan, schedule)) {
        if (t.summary) continue;
        work += t.workMinutes;
        done += (t.workMinutes * t.percentComplete) / 100;
      }
      return {
        statusDate: plan.project.statusDate ?? null,
        trends: dashboardTrends(history),
        exposure: exposureTrend(versions),
        issues: issuesByAge(plan, today),
        work: { totalHours: Math.round(work / 6) / 10, doneHours: Math.round(done / 6) / 10 },
        kpis,
      };
    },
  }),
  route({
    method: "GET",
    path: "/api/portfolio/status",
    summary: "The latest status report of every project you can see: RAG, SPI, CPI, P80, finish",
    tag: "Dashboard",
    access: { scope: "user" },
    handle: async ({ caller, store }) => {
      const projects = await store.projectsOf(caller.userId);
      return Promise.all(
        projects.map(async (p) => {
          const reports = await store.statusReports.list(store.db, p.id);
          // Newest first; a sent report speaks for its date over a draft.
          const latest = reports.find((r) => r.state === "sent") ?? reports[0];
          const report = latest?.report as unknown as StatusReport | undefined;
          return {
            projectId: p.id,
            asOf: latest?.asOf ?? null,
            state: latest?.state ?? null,
            rag: report?.overall.rag ?? null,
            SPI: report?.metrics.SPI ?? null,
            CPI: report?.metrics.CPI ?? null,
            p80: report?.forecast?.p80 ?? null,
          };
        }),
      );
    },
  }),
];
