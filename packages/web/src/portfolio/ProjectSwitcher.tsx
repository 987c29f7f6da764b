import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { useProjects } from "../api/queries.js";
import type { Workspace } from "../api/types.js";

/** `/projects/:id/tracking` → the project and the view after it (empty for the plan). */
const PROJECT_PATH = /^\/projects\/([^/]+)(\/[^/]+)?/;

/**
 * The top bar's menu button for moving between projects: the user's workspaces, each with its
 * projects, the current one marked. Choosing a project keeps the view (plan, tracking, RAID…). The
 * keys of the menu button pattern: Enter, Space or ↓ opens on the current project (↑ on the last),
 * arrows, Home and End move, a letter jumps to the next project starting with it, Escape closes.
 */
export function ProjectSwitcher({ workspaces }: { readonly workspaces: readonly Workspace[] }) {
  const { pathname } = useLocation();
  const match = PROJECT_PATH.exec(pathname);
  const currentId = match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
  const view = match?.[2] ?? "";
  const projects = useProjects();
  const [open, setOpen] = useState(false);
  // Which item takes focus when the menu opens: the last, or the current project (else the first).
  const [opening, setOpening] = useState<"last" | "current">("current");
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const current = projects.data?.find((p) => p.id === currentId);
  const workspaceName = (wid: string | undefined) => workspaces.find((w) => w.id === wid)?.name;

  const items = () => menuItems(menu.current);

  const loaded = projects.data !== undefined;
  useEffect(() => {
    if (!open || !loaded) return;
    const all = menuItems(menu.current);
    const target =
      opening === "last"
        ? all[all.length - 1]
        : (all.find((el) => el.getAttribute("aria-current") === "page") ?? all[0]);
    target?.focus();
  }, [open, opening, loaded]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const node = e.target as Node;
      if (!menu.current?.contains(node) && !button.current?.contains(node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  function show(at: "last" | "current") {
    setOpening(at);
    setOpen(true);
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onButtonKey(event: KeyboardEvent) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      show(event.key === "ArrowUp" ? "last" : "current");
    }
  }

  function onMenuKey(event: KeyboardEvent) {
    const all = items().filter((el) => el.getAttribute("aria-disabled") !== "true");
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    const { key } = event;
    // Tab too goes back to the button, so focus never falls out of the page with the menu gone.
    if (key === "Escape" || key === "Tab") close();
    else if (key === "ArrowDown") focus(at + 1);
    else if (key === "ArrowUp") focus(at - 1);
    else if (key === "Home") focus(0);
    else if (key === "End") focus(all.length - 1);
    else if (key === " ") (document.activeElement as HTMLElement | null)?.click();
    else if (key.length === 1 && /\S/.test(key)) {
      const next = [...all.slice(at + 1), ...all.slice(0, at + 1)].find((el) =>
        el.textContent?.trim().toLowerCase().startsWith(key.toLowerCase()),
      );
      next?.focus();
    } else return;
    event.preventDefault();
  }

  return (
    <div className="switcher">
      <button
        ref={button}
        type="button"
        className="btn switcher-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : show("current"))}
        onKeyDown={onButtonKey}
      >
        <span className="visually-hidden">Project: </span>
        {current === undefined ? (
          "Projects"
        ) : (
          <>
            <span className="switcher-workspace">{workspaceName(current.workspaceId)}</span>
            <span aria-hidden="true"> / </span>
            <span className="visually-hidden">, </span>
            <span className="switcher-project">{current.project.name}</span>
          </>
        )}
        <span className="switcher-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          className="switcher-menu"
          role="menu"
          aria-label="Projects"
          aria-busy={projects.isPending}
          tabIndex={-1}
          onKeyDown={onMenuKey}
        >
          {projects.isPending && <p className="muted switcher-note">Loading projects…</p>}
          {projects.isError && <p className="form-error switcher-note">{projects.error.message}</p>}
          {projects.data !== undefined &&
            workspaces.map((w) => {
              const own = projects.data.filter((p) => p.workspaceId === w.id);
              return (
                // biome-ignore lint/a11y/useSemanticElements: a group of menu items (ARIA menu pattern), not a form's fieldset.
                <div key={w.id} role="group" aria-labelledby={`${id}-${w.id}`} className="switcher-group">
                  <div id={`${id}-${w.id}`} className="switcher-heading" role="presentation">
                    {w.name}
                  </div>
                  {own.length === 0 ? (
                    <span role="menuitem" aria-disabled="true" tabIndex={-1} className="switcher-item muted">
                      No projects yet
                    </span>
                  ) : (
                    own.map((p) => (
                      <Link
                        key={p.id}
                        role="menuitem"
                        tabIndex={-1}
                        className="switcher-item"
                        aria-current={p.id === currentId ? "page" : undefined}
                        onClick={() => setOpen(false)}
                        to={`/projects/${encodeURIComponent(p.id)}${view}`}
                      >
                        {p.project.name}
                      </Link>
                    ))
                  )}
                </div>
              );
            })}
          <hr className="switcher-separator" />
          <Link role="menuitem" tabIndex={-1} className="switcher-item" to="/" onClick={() => setOpen(false)}>
            All projects (portfolio)
          </Link>
        </div>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
}
