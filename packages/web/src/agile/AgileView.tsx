import { useId } from "react";
import { NavLink, Outlet, useParams } from "react-router";
import { useProject } from "../api/queries.js";
import { ProjectNav } from "../app/ProjectNav.js";
import { useProjectEvents } from "../live/use-project-events.js";
import "../resources/resources.css";
import "../raid/raid.css";
import "../dashboard/dashboard.css";
import "./agile.css";
import type { AgileContext } from "./agile-context.js";

const SECTIONS = [
  { path: "backlog", label: "Backlog" },
  { path: "board", label: "Board" },
  { path: "reports", label: "Reports" },
  { path: "setup", label: "Setup" },
  { path: "import", label: "Import from Jira" },
] as const;

/**
 * A project's agile work: the backlog and sprint planning, the board, reports, the team's setup and
 * the Jira import, each a page under `…/agile/`. Items, sprints and settings refresh live as anyone
 * saves them (the project's events refresh every query under its key).
 */
export function AgileView() {
  const { projectId = "" } = useParams();
  const id = useId();
  const project = useProject(projectId);
  const live = useProjectEvents(projectId);
  if (project.isError) return <p className="form-error">{project.error.message}</p>;
  const context: AgileContext = {
    projectId,
    canEdit: project.data !== undefined && project.data.role !== "viewer",
    base: `/projects/${encodeURIComponent(projectId)}/agile`,
  };
  return (
    <section className="agile" aria-labelledby={`${id}-title`}>
      <div className="toolbar">
        <h1 id={`${id}-title`} style={{ margin: 0, fontSize: 20 }}>
          {project.data?.project.name ?? "…"}
        </h1>
        <ProjectNav projectId={projectId} />
        <span className={`live live-${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline"}
        </span>
      </div>
      <nav className="agile-nav" aria-label="Agile sections">
        {SECTIONS.map((s) => (
          <NavLink key={s.path} to={`${context.base}/${s.path}`} className="agile-nav-link">
            {s.label}
          </NavLink>
        ))}
      </nav>
      <Outlet context={context} />
    </section>
  );
}
