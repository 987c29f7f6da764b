import { NavLink } from "react-router";

/** The views of one project, side by side in its header: the plan, its resources, capacity, forecast, tracking, status reports, dashboard, RAID log, change requests, agile work (backlog, board, sprints) and product vision. */
export function ProjectNav({ projectId }: { readonly projectId: string }) {
  const base = `/projects/${encodeURIComponent(projectId)}`;
  return (
    <nav className="project-nav" aria-label="Project views">
      <NavLink className="project-tab" to={base} end>
        Plan
      </NavLink>
      <NavLink className="project-tab" to={`${base}/resources`}>
        Resources
      </NavLink>
      <NavLink className="project-tab" to={`${base}/capacity`}>
        Capacity
      </NavLink>
      <NavLink className="project-tab" to={`${base}/forecast`}>
        Forecast
      </NavLink>
      <NavLink className="project-tab" to={`${base}/tracking`}>
        Tracking
      </NavLink>
      <NavLink className="project-tab" to={`${base}/status`}>
        Status
      </NavLink>
      <NavLink className="project-tab" to={`${base}/dashboard`}>
        Dashboard
      </NavLink>
      <NavLink className="project-tab" to={`${base}/raid`}>
        RAID
      </NavLink>
      <NavLink className="project-tab" to={`${base}/changes`}>
        Changes
      </NavLink>
      <NavLink className="project-tab" to={`${base}/agile`}>
        Agile
      </NavLink>
      <NavLink className="project-tab" to={`${base}/vision`}>
        Vision
      </NavLink>
    </nav>
  );
}
