import { asPlannedBaseline, forecastVaries, PlanError, type StatusReport, statusReport } from "@keel/engine";
import { statusHtml, statusMarkdown, statusText } from "@keel/formats";
import { localDateSchema, type StatusReportRecord } from "@keel/model";
import { accounts, ConflictError, type Store } from "@keel/store";
import { z } from "zod";
import { forecastInWorkers } from "../forecast/forecast-in-workers.js";
import { HttpError } from "../http-error.js";
import { CHROMIUM_MISSING, htmlToPdf } from "../report/pdf.js";
import { version } from "./common.js";
import { route } from "./route.js";

/** Iterations of the forecast a report quotes P50/P80 from. */
const REPORT_ITERATIONS = 2000;

const EXPORTS = {
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  html: { type: "text/html; charset=utf-8", extension: "html" },
  text: { type: "text/plain; charset=utf-8", extension: "txt" },
  pdf: { type: "application/pdf", extension: "pdf" },
} as const;

/** The report of the stored plan as of a date. */
async function generate(store: Store, projectId: string, asOf: string | undefined, periodDays: number) {
  const [plan, { schedule }, baselines] = await Promise.all([
    store.plan(projectId),
    store.schedule(projectId),
    store.baselines.list(store.db, projectId),
  ]);
  const date = asOf ?? plan.project.statusDate?.slice(0, 10);
  if (date === undefined) {
    throw new HttpError(
      422,
      "no_status_date",
      "set the project's status date (or give asOf) to report progress",
    );
  }
  // The latest saved baseline; before one is saved, the plan as planned (as keel status does).
  const baseline =
    baselines.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0] ??
    asPlannedBaseline(plan, new Date().toISOString());
  try {
    const forecast = forecastVaries(plan)
      ? await forecastInWorkers(plan, { iterations: REPORT_ITERATIONS, seed: 1 }, { offThread: true })
      : undefined;
    return statusReport({ plan, schedule, baseline, asOf: date, periodDays, forecast });
  } catch (error) {
    if (error instanceof PlanError || error instanceof RangeError) {
      throw new HttpError(422, "report_rejected", error.message);
    }
    throw error;
  }
}

function editable(record: StatusReportRecord & { id: string }): void {
  if (record.state === "sent") {
    throw new ConflictError(
      `status report ${record.id} was sent on ${record.sentAt ?? "?"}; sent reports stay as they were`,
    );
  }
}

/** Status reports: generated from the data, edited, sent, kept as history, exported. */
export const statusReportRoutes = [
  route({
    method: "GET",
    path: "/api/projects/:projectId/status-reports",
    summary: "The project's status reports, newest first",
    tag: "Status reports",
    access: { scope: "project", role: "viewer" },
    handle: ({ params, store }) => store.statusReports.list(store.db, params.projectId as string),
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/status-reports",
    summary:
      "Generate a draft status report from the data as of a date (the project's status date by default): RAG with its rules, summary, done, blocked, changed, risks, asks, next actions",
    tag: "Status reports",
    access: { scope: "project", role: "member" },
    status: 201,
    body: z.strictObject({
      asOf: localDateSchema.optional(),
      /** Calendar days the report covers, ending on asOf; the next update is as far after it. */
      periodDays: z.number().int().min(1).max(92).default(7),
    }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const report = await generate(store, projectId, body.asOf, body.periodDays);
      const record: StatusReportRecord = {
        asOf: report.asOf,
        from: report.period.from,
        to: report.period.to,
        state: "draft",
        report: report as unknown as Record<string, unknown>,
      };
      return (
        await store.editProject(caller.userId, projectId, (edit) => store.statusReports.create(edit, record))
      ).result;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/status-reports/:reportId",
    summary: "One status report",
    tag: "Status reports",
    access: { scope: "project", role: "viewer" },
    handle: ({ params, store }) =>
      store.statusReports.get(store.db, params.projectId as string, params.reportId as string),
  }),
  route({
    method: "PATCH",
    path: "/api/projects/:projectId/status-reports/:reportId",
    summary: "Edit a draft report's text and sections before sending it (409 once sent)",
    tag: "Status reports",
    access: { scope: "project", role: "member" },
    body: z.strictObject({ report: z.record(z.string(), z.unknown()), version }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const id = params.reportId as string;
      return (
        await store.editProject(caller.userId, projectId, async (edit) => {
          editable(await store.statusReports.get(edit.tx, projectId, id));
          return store.statusReports.update(edit, id, body.version, { report: body.report });
        })
      ).result;
    },
  }),
  route({
    method: "POST",
    path: "/api/projects/:projectId/status-reports/:reportId/send",
    summary: "Mark a draft report as sent: it joins the history and can no longer be edited",
    tag: "Status reports",
    access: { scope: "project", role: "member" },
    body: z.strictObject({ version }),
    handle: async ({ caller, params, body, store }) => {
      const projectId = params.projectId as string;
      const id = params.reportId as string;
      return (
        await store.editProject(caller.userId, projectId, async (edit) => {
          editable(await store.statusReports.get(edit.tx, projectId, id));
          const user = await accounts.userById(edit.tx, caller.userId);
          return store.statusReports.update(edit, id, body.version, {
            state: "sent",
            sentAt: new Date().toISOString(),
            sentBy: user?.name ?? caller.userId,
          });
        })
      ).result;
    },
  }),
  route({
    method: "DELETE",
    path: "/api/projects/:projectId/status-reports/:reportId",
    summary: "Delete a draft report (409 once sent)",
    tag: "Status reports",
    access: { scope: "project", role: "member" },
    query: z.strictObject({ version: z.coerce.number().int().positive() }),
    handle: async ({ caller, params, query, store }) => {
      const projectId = params.projectId as string;
      const id = params.reportId as string;
      await store.editProject(caller.userId, projectId, async (edit) => {
        editable(await store.statusReports.get(edit.tx, projectId, id));
        await store.statusReports.delete(edit, id, query.version);
      });
      return undefined;
    },
  }),
  route({
    method: "GET",
    path: "/api/projects/:projectId/status-reports/:reportId/export",
    summary: "The report as Markdown, HTML, plain text (for chat or email) or PDF",
    tag: "Status reports",
    access: { scope: "project", role: "viewer" },
    query: z.strictObject({ format: z.enum(["md", "html", "text", "pdf"]).default("md") }),
    handle: async ({ c, params, query, store }) => {
      const record = await store.statusReports.get(
        store.db,
        params.projectId as string,
        params.reportId as string,
      );
      const report = record.report as unknown as StatusReport;
      const file = EXPORTS[query.format];
      const name = `${report.project.replace(/[^\p{L}\p{N} ._-]+/gu, "").trim() || "status"} status ${record.asOf}`;
      c.header("Content-Type", file.type);
      c.header(
        "Content-Disposition",
        `attachment; filename="status-${record.asOf}.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`${name}.${file.extension}`)}`,
      );
      if (query.format === "md") return c.body(statusMarkdown(report));
      if (query.format === "text") return c.body(statusText(report));
      const html = statusHtml(report);
      if (query.format === "html") return c.body(html);
      const pdf = await htmlToPdf(html).catch((error: unknown) => {
        // A server without Chromium still serves the other formats; say what PDF needs.
        if (error instanceof Error && error.message.startsWith(CHROMIUM_MISSING)) {
          throw new HttpError(503, "pdf_unavailable", error.message);
        }
        throw error;
      });
      return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer);
    },
  }),
];
