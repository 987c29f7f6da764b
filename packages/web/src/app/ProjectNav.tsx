import { NavLink } from "react-router";

/** The views of one project, side by side in its header: the plan, its resources, its capacity, its forecast. */
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
    </nav>
  );
}
