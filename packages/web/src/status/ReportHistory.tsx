import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { formatDate } from "../ui/format.js";
import { RagPill } from "./RagPill.js";
import { reportsPath, type StatusReportRecord, statusKeys } from "./status-api.js";

/** The reports, newest first: the date opens one; its overall rating, whether it was sent, and by whom. */
export function ReportHistory({
  reports,
  selected,
}: {
  readonly reports: readonly StatusReportRecord[];
  readonly selected: string | undefined;
}) {
  return (
    <table className="table report-history">
      <caption className="visually-hidden">Status reports, newest first</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col">Overall</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-report={r.id} aria-current={r.id === selected ? "true" : undefined}>
            <td>
              <Link to={{ search: `?report=${encodeURIComponent(r.id)}` }}>{formatDate(r.asOf)}</Link>
              <span className="report-period muted">
                {formatDate(r.from)} – {formatDate(r.to)}
              </span>
            </td>
            <td>
              <RagPill rag={r.report.overall.rag} size="sm" />
            </td>
            <td>
              <span className={`report-state-badge state-${r.state}`}>
                {r.state === "sent" ? "Sent" : "Draft"}
              </span>
              {r.state === "sent" && (
                <span className="report-period muted">
                  {r.sentAt === undefined ? "" : formatDate(r.sentAt)}
                  {r.sentBy === undefined ? "" : ` · ${r.sentBy}`}
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface NewReportProps {
  readonly projectId: string;
  /** The project's status date (`YYYY-MM-DD…`), the default as-of date. */
  readonly statusDate: string | undefined;
  readonly today: string;
  readonly created: (id: string) => void;
}

/** Generates a draft from the data as of a date, for a period of one or two weeks ending on it. */
export function NewReport({ projectId, statusDate, today, created }: NewReportProps) {
  const id = useId();
  const client = useQueryClient();
  const [asOf, setAsOf] = useState(statusDate?.slice(0, 10) ?? today);
  const [weeks, setWeeks] = useState(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const record = await api<StatusReportRecord>("POST", reportsPath(projectId), {
        asOf,
        periodDays: weeks * 7,
      });
      client.setQueryData<StatusReportRecord[]>(statusKeys.list(projectId), (list) => [
        record,
        ...(list ?? []),
      ]);
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
      void client.invalidateQueries({ queryKey: statusKeys.portfolio });
      created(record.id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="new-report" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New report</h3>
      <div className="new-report-fields">
        <label htmlFor={`${id}-as-of`}>As of</label>
        <input
          id={`${id}-as-of`}
          type="date"
          required
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
        />
        <label htmlFor={`${id}-period`}>Period</label>
        <select id={`${id}-period`} value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          <option value={1}>1 week</option>
          <option value={2}>2 weeks</option>
        </select>
      </div>
      <p className="muted new-report-hint">
        {statusDate === undefined
          ? "The project has no status date: progress is read as recorded."
          : `Progress is recorded as of the status date, ${formatDate(statusDate)}.`}{" "}
        Done and changed cover the period ending on this date.
      </p>
      <button type="submit" className="btn btn-primary" disabled={busy || asOf === ""}>
        {busy ? "Generating…" : "Generate report"}
      </button>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
