import { useId } from "react";
import { useParams, useSearchParams } from "react-router";
import { useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { localToday } from "../raid/raid-queries.js";
import "../resources/resources.css";
import "./status.css";
import { ReportEditor } from "./ReportEditor.js";
import { NewReport, ReportHistory } from "./ReportHistory.js";
import { useStatusReports } from "./status-api.js";

/**
 * Status reports of a project: the history (newest first) beside one report. A new report is
 * generated from the data as of a date; its draft is edited as the document leadership receives,
 * exported (Markdown, HTML, PDF, plain text) and marked as sent, after which it stays as it was.
 * The open report is in the address (`?report=`), the newest by default.
 */
export function StatusView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const reports = useStatusReports(projectId);
  const list = reports.data ?? [];
  const chosen = params.get("report") ?? undefined;
  const selected = chosen === undefined ? list[0] : list.find((r) => r.id === chosen);
  const canEdit = project.data !== undefined && project.data.role !== "viewer";

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  const open = (reportId: string | undefined) =>
    setParams(reportId === undefined ? {} : { report: reportId }, { replace: reportId === undefined });

  return (
    <section className="status" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">Status reports</h2>
      <p className="muted sheet-hint">
        Generated from the plan, earned value, the RAID log and change requests for a reporting period: RAG by
        fixed rules that say why, a summary and the sections. Edit the words, export, then mark it as sent.
      </p>
      <div className="status-layout">
        <aside className="status-side" aria-label="Reports">
          {canEdit && project.data !== undefined && (
            <div className="card">
              <NewReport
                projectId={projectId}
                statusDate={project.data.project.statusDate}
                today={localToday()}
                created={open}
              />
            </div>
          )}
          <div className="card status-history">
            <h3>History</h3>
            {reports.isError ? (
              <p className="form-error">{reports.error.message}</p>
            ) : reports.isPending ? (
              <p className="muted">Loading…</p>
            ) : list.length === 0 ? (
              <p className="muted">No reports yet.</p>
            ) : (
              <ReportHistory reports={list} selected={selected?.id} />
            )}
          </div>
        </aside>
        <div className="status-main">
          {selected !== undefined ? (
            <ReportEditor
              key={selected.id}
              projectId={projectId}
              record={selected}
              canEdit={canEdit}
              deleted={() => open(undefined)}
            />
          ) : chosen !== undefined && reports.isSuccess ? (
            <p className="form-error" role="alert">
              There is no such report in this project (it may have been deleted).
            </p>
          ) : (
            reports.isSuccess && (
              <div className="card status-empty">
                <h3>No status reports yet</h3>
                <p>
                  Generate the first one from the data as of the status date. Keel rates schedule, cost, scope
                  and risks <strong>RED, AMBER or GREEN</strong> by fixed rules and says which rule fired with
                  which numbers; it writes a summary in plain words and lists what was done, what is blocked
                  and by whom, what changed, the top risks, what you need from leadership and what comes next.
                </p>
                <p className="muted">
                  You then edit the words, export it as Markdown, HTML, PDF or plain text, and mark it as
                  sent. Each report adds a point to the dashboard's trends.
                </p>
              </div>
            )
          )}
        </div>
      </div>
    </section>
  );
}
