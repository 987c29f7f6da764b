import type { Rag } from "@keel/engine";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { useProjects, useSession } from "../api/queries.js";
import type { ProjectRecord } from "../api/types.js";
import { ImportPlan } from "../plan-file/ImportPlan.js";
import { RagPill } from "../status/RagPill.js";
import { statusKeys } from "../status/status-api.js";
import { formatDate, formatDays } from "../ui/format.js";
import { NewProject } from "./NewProject.js";

type SortKey = "name" | "finish" | "p80" | "status" | "spi" | "float" | "milestone" | "risks";

/** `GET /api/portfolio/status`: each project's latest status report (the latest sent, else the newest draft). */
interface ReportedStatus {
  readonly projectId: string;
  readonly asOf: string | null;
  readonly state: "draft" | "sent" | null;
  readonly rag: Rag | null;
  readonly SPI: number | null;
  readonly CPI: number | null;
  readonly p80: string | null;
}

/** Worst first, so sorting by status puts the projects that need attention on top. */
const RAG_ORDER: Readonly<Record<Rag, number>> = { RED: 0, AMBER: 1, GREEN: 2 };

const WRAP = { whiteSpace: "normal", minWidth: 170 } as const;

interface Row {
  readonly record: ProjectRecord;
  readonly workspace: string;
  readonly finish: string | undefined;
  readonly floatDays: number | undefined;
  readonly nextMilestone: { name: string; date: string } | undefined;
  readonly highRisks: number | undefined;
  readonly status: ReportedStatus | undefined;
}

/** Every project the user can see, with the figures that say whether it is on track. */
export function Portfolio() {
  const projects = useProjects();
  const session = useSession();
  const statuses = useQuery({
    queryKey: statusKeys.portfolio,
    queryFn: () => api<ReportedStatus[]>("GET", "/api/portfolio/status"),
  });
  const [filter, setFilter] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: "finish",
    descending: false,
  });
  const today = new Date().toISOString().slice(0, 16);

  const rows = useMemo(() => {
    const names = new Map(session.data?.workspaces.map((w) => [w.id, w.name]));
    const reported = new Map(statuses.data?.map((r) => [r.projectId, r]));
    const all: Row[] = (projects.data ?? []).map((record) => {
      const s = record.schedule;
      return {
        record,
        workspace: names.get(record.workspaceId) ?? "",
        finish: s?.finish,
        floatDays: s === null || s === undefined ? undefined : s.criticalFloatMinutes / s.minutesPerDay,
        nextMilestone: s?.milestones.find((m) => m.date >= today),
        highRisks: s?.openHighRisks,
        status: reported.get(record.id),
      };
    });
    const needle = filter.trim().toLowerCase();
    const shown =
      needle === ""
        ? all
        : all.filter((r) => `${r.record.project.name} ${r.workspace}`.toLowerCase().includes(needle));
    const value = (r: Row): string | number => {
      if (sort.key === "name") return r.record.project.name.toLowerCase();
      if (sort.key === "finish") return r.finish ?? "~";
      if (sort.key === "float") return r.floatDays ?? Number.POSITIVE_INFINITY;
      if (sort.key === "risks") return r.highRisks ?? -1;
      if (sort.key === "p80") return r.status?.p80 ?? "~";
      if (sort.key === "status") return r.status?.rag == null ? 9 : RAG_ORDER[r.status.rag];
      if (sort.key === "spi") return r.status?.SPI ?? Number.POSITIVE_INFINITY;
      return r.nextMilestone?.date ?? "~";
    };
    return [...shown].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const order = x < y ? -1 : x > y ? 1 : 0;
      return sort.descending ? -order : order;
    });
  }, [projects.data, session.data, statuses.data, filter, sort, today]);

  if (projects.isError)
    return <p className="form-error">Could not load projects: {projects.error.message}</p>;
  const canCreate = session.data?.workspaces.some((w) => w.role === "owner" || w.role === "manager") ?? false;

  const header = (key: SortKey, label: string, className?: string) => (
    <th
      className={className}
      aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}
    >
      <button
        type="button"
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
      >
        {label}
        {sort.key === key ? (sort.descending ? " ▾" : " ▴") : ""}
      </button>
    </th>
  );

  return (
    <section aria-labelledby="portfolio-title">
      <div className="toolbar">
        <h1 id="portfolio-title" style={{ margin: 0, fontSize: 20 }}>
          Portfolio
        </h1>
        <input
          type="search"
          placeholder="Filter by project or workspace"
          aria-label="Filter projects"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {canCreate && <NewProject workspaces={session.data?.workspaces ?? []} />}
        {canCreate && <ImportPlan workspaces={session.data?.workspaces ?? []} />}
      </div>
      {projects.isPending ? null : rows.length === 0 ? (
        <div className="card empty">
          {filter === "" ? (
            <>
              <h2>No projects yet</h2>
              <p className="muted">
                Create a project here, or import a plan file (Keel YAML, Microsoft Project XML or PSPLIB); see
                the getting-started guide.
              </p>
            </>
          ) : (
            <p>No project matches “{filter}”.</p>
          )}
        </div>
      ) : (
        <table className="table">
          <thead>
            <tr>
              {header("name", "Project")}
              <th>Workspace</th>
              {header("finish", "Finish")}
              {header("p80", "P80")}
              {header("status", "Status")}
              {header("spi", "SPI", "num")}
              {header("float", "Critical float (days)", "num")}
              {header("milestone", "Next milestone")}
              {header("risks", "Open high risks", "num")}
              <th className="num">Tasks</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.record.id}>
                {/* Long names and milestones wrap, so every column fits beside them. */}
                <td style={WRAP}>
                  <Link to={`/projects/${r.record.id}`}>{r.record.project.name}</Link>
                </td>
                <td>{r.workspace}</td>
                <td>{r.finish === undefined ? "—" : formatDate(r.finish)}</td>
                <td>{r.status?.p80 == null ? "—" : formatDate(r.status.p80)}</td>
                <td>
                  {r.status?.rag == null || r.status.asOf === null ? (
                    <span className="muted">no report</span>
                  ) : (
                    <>
                      <RagPill rag={r.status.rag} size="sm" />{" "}
                      <Link to={`/projects/${r.record.id}/status`}>{formatDate(r.status.asOf)}</Link>
                      {r.status.state === "draft" && <span className="muted"> (draft)</span>}
                    </>
                  )}
                </td>
                <td className={`num ${r.status?.SPI != null && r.status.SPI < 0.9 ? "critical" : ""}`}>
                  {r.status?.SPI == null ? "—" : r.status.SPI.toFixed(2)}
                </td>
                <td className={`num ${r.floatDays !== undefined && r.floatDays < 0 ? "critical" : ""}`}>
                  {r.floatDays === undefined ? "—" : formatDays(r.floatDays)}
                </td>
                <td style={WRAP}>
                  {r.nextMilestone === undefined
                    ? "—"
                    : `${r.nextMilestone.name} · ${formatDate(r.nextMilestone.date)}`}
                </td>
                <td className={`num ${r.highRisks !== undefined && r.highRisks > 0 ? "critical" : ""}`}>
                  {r.highRisks === undefined ? (
                    "—"
                  ) : (
                    <Link to={`/projects/${r.record.id}/raid`} aria-label={`${r.highRisks} open high risks`}>
                      {r.highRisks}
                    </Link>
                  )}
                </td>
                <td className="num">{r.record.schedule?.tasks ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
