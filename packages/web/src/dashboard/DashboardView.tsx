import { useId } from "react";
import { useParams } from "react-router";
import { useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import { usePlanWrite } from "../plan/use-plan-write.js";
import { ExposureTrend } from "../raid/ExposureTrend.js";
import { localToday } from "../raid/raid-queries.js";
import "../resources/resources.css";
import "../raid/raid.css";
import "./dashboard.css";
import { BurnUp, FloatTrend, IndexTrend, IssuesByAge, MilestoneTrendChart } from "./DeliveryCharts.js";
import { useDashboard } from "./dashboard-api.js";
import { Headline } from "./Headline.js";
import { KpiPanel } from "./KpiPanel.js";

/**
 * One project's dashboard: the latest report's figures, delivery trends drawn from the report
 * history (SPI/CPI, milestone trend, work done, critical float), the risk exposure trend and open
 * issues by age as they are now, and the business KPIs the team tracks. Refreshes live.
 */
export function DashboardView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  const today = localToday();
  const dashboard = useDashboard(projectId, today);
  const write = usePlanWrite(projectId);
  const canEdit = project.data !== undefined && project.data.role !== "viewer";
  const base = `/projects/${encodeURIComponent(projectId)}`;
  const data = dashboard.data;
  const points = data?.trends.points ?? [];

  if (project.isError) return <p className="form-error">{project.error.message}</p>;

  return (
    <section className="dashboard" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <h2 className="sheet-heading">Dashboard</h2>
      <p className="muted sheet-hint">
        Delivery trends come from the status reports, one point per report date (the sent one, else the latest
        draft); risks, issues and work done are as they stand now.
      </p>
      {dashboard.isError ? (
        <p className="form-error">{dashboard.error.message}</p>
      ) : data === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <Headline last={points.at(-1)} work={data.work} />
          <div className="dashboard-grid">
            <IndexTrend points={points} statusPath={`${base}/status`} />
            <MilestoneTrendChart trends={data.trends} statusPath={`${base}/status`} />
            <BurnUp points={points} work={data.work} statusPath={`${base}/status`} />
            <FloatTrend points={points} statusPath={`${base}/status`} />
            <ExposureTrend trend={data.exposure} today={today} />
            <IssuesByAge issues={data.issues} raidPath={`${base}/raid?tab=issues`} />
          </div>
          <KpiPanel projectId={projectId} kpis={data.kpis} canEdit={canEdit} today={today} write={write} />
        </>
      )}
    </section>
  );
}
