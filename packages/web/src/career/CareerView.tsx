import { NavLink, Outlet } from "react-router";
import "./career.css";
import { useSuggestions } from "./career-api.js";

const SECTIONS = [
  { path: "profile", label: "Profile" },
  { path: "evidence", label: "Evidence" },
  { path: "readiness", label: "Readiness" },
  { path: "certifications", label: "Certifications" },
  { path: "resume", label: "Resume coach" },
  { path: "match", label: "Job match" },
  { path: "interview", label: "Interview prep" },
  { path: "exercises", label: "Exercises" },
  { path: "portfolio", label: "Portfolio" },
] as const;

/**
 * The career hub: one person's profile, evidence and the advice built on them, beside the
 * projects they run in Keel. Each section is its own page under `/career/…`.
 */
export function CareerView() {
  const suggestions = useSuggestions();
  const waiting = suggestions.data?.length ?? 0;
  return (
    <div className="career">
      <nav className="career-nav" aria-label="Career sections">
        <p className="career-nav-title">Career</p>
        {SECTIONS.map((s) => (
          <NavLink key={s.path} to={`/career/${s.path}`} className="career-nav-link">
            {s.label}
            {s.path === "evidence" && waiting > 0 && (
              <span className="career-badge" title={`${waiting} suggested from your Keel work`}>
                {waiting}
                <span className="visually-hidden"> suggested</span>
              </span>
            )}
          </NavLink>
        ))}
        <p className="career-nav-note muted">Only you see this data unless you share it.</p>
      </nav>
      <div className="career-page">
        <Outlet />
      </div>
    </div>
  );
}
