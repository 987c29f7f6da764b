import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, Navigate, NavLink, Outlet, useNavigate } from "react-router";
import { api, setCsrfToken } from "../api/client.js";
import { useSession } from "../api/queries.js";
import { ProjectSwitcher } from "../portfolio/ProjectSwitcher.js";
import { Progress } from "../ui/Progress.js";
import "./shell.css";
import { applyTheme, initialTheme, type Theme } from "./theme.js";

/** The frame every signed-in view lives in: header with navigation, project switcher, account and theme, then the view. */
export function Shell() {
  const session = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [theme, setTheme] = useState<Theme>(() => {
    const t = initialTheme();
    applyTheme(t);
    return t;
  });

  if (session.isPending) return <Progress />;
  if (session.data === null || session.data === undefined) return <Navigate to="/sign-in" replace />;

  async function signOut() {
    await api("DELETE", "/api/session");
    setCsrfToken(null);
    client.clear();
    navigate("/sign-in");
  }

  const toggleTheme = () => {
    const next = theme === "dark" ? "light" : "dark";
    applyTheme(next);
    setTheme(next);
  };

  return (
    <div className="shell">
      <Progress />
      <header className="shell-header">
        <Link to="/" className="brand">
          Keel
        </Link>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Portfolio
          </NavLink>
          <NavLink to="/throughput">Throughput</NavLink>
          <NavLink to="/career">Career</NavLink>
        </nav>
        <ProjectSwitcher workspaces={session.data.workspaces} />
        <div className="shell-account">
          <button
            className="btn"
            type="button"
            onClick={toggleTheme}
            aria-label={`Switch to ${theme === "dark" ? "light" : "dark"} theme`}
          >
            {theme === "dark" ? "Light" : "Dark"}
          </button>
          <span className="muted">{session.data.user.name}</span>
          <button className="btn" type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
