import type { StatusReport } from "@keel/engine";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import { ExportBar } from "./ExportBar.js";
import { ReportDocument } from "./ReportDocument.js";
import { normalizeReport, reportProblems, sameReport } from "./report-edit.js";
import { reportsPath, type StatusReportRecord, statusKeys } from "./status-api.js";

interface ReportEditorProps {
  readonly projectId: string;
  /** The report as the server has it now (refreshed live). */
  readonly record: StatusReportRecord;
  readonly canEdit: boolean;
  readonly deleted: () => void;
}

const CONFLICT =
  "Someone else edited this report meanwhile. Reload it to see their version; your edits here are then lost.";

/** "Nov 22, 2026, 7:50 AM" */
function formatMoment(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/**
 * One report: a draft is edited in place and saved whole (with the version it was loaded at, so
 * nobody's edits are overwritten), marked as sent (then it is kept as it was) or deleted; any
 * report is exported. Pending edits are saved before an export, so the file says what the screen says.
 */
export function ReportEditor({ projectId, record, canEdit, deleted }: ReportEditorProps) {
  const client = useQueryClient();
  const [base, setBase] = useState(record);
  const [draft, setDraft] = useState<StatusReport>(record.report);
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<"save" | "send">();
  const [deleting, setDeleting] = useState(false);
  const [saved, setSaved] = useState(false);

  const dirty = !sameReport(draft, base.report);
  const editable = canEdit && base.state === "draft";
  const problems = editable ? reportProblems(draft) : [];

  // Someone else's save (seen live): taken in when nothing here is pending, else the user decides.
  useEffect(() => {
    if (record.version <= base.version) return;
    if (record.state === "sent" || sameReport(draft, base.report)) {
      setBase(record);
      setDraft(record.report);
      setConflict(false);
    } else setConflict(true);
  }, [record, base, draft]);

  /** Shows the record as saved in the history at once, then refetches what depends on it. */
  const refresh = (saved?: StatusReportRecord) => {
    if (saved !== undefined) {
      client.setQueryData<StatusReportRecord[]>(statusKeys.list(projectId), (list) =>
        list?.map((r) => (r.id === saved.id ? saved : r)),
      );
    }
    void client.invalidateQueries({ queryKey: keys.project(projectId) });
    void client.invalidateQueries({ queryKey: statusKeys.portfolio });
  };

  /** Saves the edits; answers the record as saved, or undefined when it was refused (and says why). */
  async function save(): Promise<StatusReportRecord | undefined> {
    if (!dirty) return base;
    if (problems.length > 0) {
      setError(
        `Fill in what is missing first: ${problems.length === 1 ? "one field" : `${problems.length} fields`}, marked below.`,
      );
      return undefined;
    }
    setBusy("save");
    setError(undefined);
    try {
      const next = await api<StatusReportRecord>("PATCH", reportsPath(projectId, record.id), {
        report: normalizeReport(draft),
        version: base.version,
      });
      setBase(next);
      setDraft(next.report);
      setSaved(true);
      refresh(next);
      return next;
    } catch (e) {
      if (e instanceof ApiError && e.code === "version_conflict") setConflict(true);
      else setError(e instanceof Error ? e.message : String(e));
      return undefined;
    } finally {
      setBusy(undefined);
    }
  }

  async function send() {
    const current = await save();
    if (current === undefined) return;
    setBusy("send");
    try {
      const sent = await api<StatusReportRecord>("POST", `${reportsPath(projectId, record.id)}/send`, {
        version: current.version,
      });
      setBase(sent);
      setDraft(sent.report);
      refresh(sent);
    } catch (e) {
      if (e instanceof ApiError && e.code === "version_conflict") setConflict(true);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function reload() {
    try {
      const latest = await api<StatusReportRecord>("GET", reportsPath(projectId, record.id));
      setBase(latest);
      setDraft(latest.report);
      setConflict(false);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="report-pane">
      <div className="report-actions">
        <p className="report-state">
          {base.state === "sent" ? (
            <>
              <span className="report-state-badge state-sent">Sent</span>{" "}
              {base.sentAt === undefined ? "" : `on ${formatMoment(base.sentAt)}`}
              {base.sentBy === undefined ? "" : ` by ${base.sentBy}`}
              <span className="muted"> · kept as it was sent</span>
            </>
          ) : (
            <>
              <span className="report-state-badge state-draft">Draft</span> as of {formatDate(base.asOf)}
              <span className="muted">
                {" "}
                ·{" "}
                {!editable
                  ? "members edit drafts"
                  : dirty
                    ? "unsaved changes"
                    : saved
                      ? "all changes saved"
                      : "edit it below, then save"}
              </span>
            </>
          )}
        </p>
        {editable && (
          <div className="report-buttons">
            <button
              type="button"
              className="btn btn-primary"
              disabled={!dirty || busy !== undefined || conflict}
              onClick={() => void save()}
            >
              {busy === "save" ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              className="btn"
              disabled={busy !== undefined || conflict}
              title="Keel does not deliver it: export or copy it, then mark it as sent to keep it in the history as it was"
              onClick={() => void send()}
            >
              {busy === "send" ? "Marking as sent…" : "Mark as sent"}
            </button>
            <button type="button" className="btn btn-danger-outline" onClick={() => setDeleting(true)}>
              Delete draft
            </button>
          </div>
        )}
        <ExportBar
          projectId={projectId}
          reportId={record.id}
          ready={async () => !editable || (await save()) !== undefined}
        />
        {conflict && (
          <div className="report-conflict" role="alert">
            <span>{CONFLICT}</span>
            <button type="button" className="btn btn-small" onClick={() => void reload()}>
              Reload
            </button>
          </div>
        )}
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <ReportDocument
        report={draft}
        edit={
          editable
            ? {
                change: (r) => {
                  setDraft(r);
                  setSaved(false);
                  setError(undefined);
                },
                problems,
              }
            : undefined
        }
      />
      <ConfirmDelete
        open={deleting}
        title="Delete this draft?"
        confirm={async () => {
          try {
            await api("DELETE", `${reportsPath(projectId, record.id)}?version=${base.version}`);
            deleted();
            client.setQueryData<StatusReportRecord[]>(statusKeys.list(projectId), (list) =>
              list?.filter((r) => r.id !== record.id),
            );
            refresh();
            return undefined;
          } catch (e) {
            return e instanceof ApiError && e.code === "version_conflict"
              ? "Someone else edited this draft meanwhile; reload it before deleting."
              : e instanceof Error
                ? e.message
                : String(e);
          }
        }}
        close={() => setDeleting(false)}
      >
        <p>
          The draft as of {formatDate(base.asOf)} and its edits go. Sent reports stay in the history; you can
          generate a new draft at any time.
        </p>
      </ConfirmDelete>
    </div>
  );
}
