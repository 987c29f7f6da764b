import { COMPETENCIES } from "@keel/engine";
import { useEffect, useId, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { api } from "../api/client.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import {
  CAREER,
  type EvidenceRecord,
  useDismissedSuggestions,
  useEvidence,
  useSuggestions,
} from "./career-api.js";
import { ApiProblem, Loading, PageHead } from "./career-ui.js";
import { EvidenceDialog } from "./EvidenceDialog.js";
import type { EvidenceStart } from "./evidence-form.js";
import {
  COMPETENCY_NAME,
  Competencies,
  Numbers,
  Story,
  SuggestionCard,
  useSuggestionFlow,
} from "./suggestion-flow.js";

type Editing =
  | { readonly kind: "new"; readonly start: EvidenceStart }
  | { readonly kind: "edit"; readonly entry: EvidenceRecord };

/**
 * The skills inventory: every win with its numbers, and Keel's suggestions from the user's
 * projects, which enter the inventory only when the user accepts them (after editing, if they like).
 */
export function EvidencePage() {
  const id = useId();
  const evidence = useEvidence();
  const suggestions = useSuggestions();
  const dismissed = useDismissedSuggestions();
  const flow = useSuggestionFlow();
  const { refresh, setNotice } = flow;
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<EvidenceRecord>();
  const [query, setQuery] = useState("");
  const [competency, setCompetency] = useState("");

  // "Record evidence" from a readiness gap arrives as ?new=<competency id>.
  const asked = params.get("new");
  useEffect(() => {
    if (asked === null) return;
    setEditing({ kind: "new", start: { competencies: COMPETENCY_NAME.has(asked) ? [asked] : [] } });
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete("new");
        return next;
      },
      { replace: true },
    );
  }, [asked, setParams]);

  const shown = useMemo(() => {
    const words = query.trim().toLowerCase();
    return (evidence.data ?? []).filter(
      (e) =>
        (competency === "" || e.competencies.includes(competency)) &&
        (words === "" ||
          [e.title, e.project, e.role, e.situation, e.action, e.result]
            .join(" ")
            .toLowerCase()
            .includes(words)),
    );
  }, [evidence.data, query, competency]);

  const dialog = () => {
    if (editing === undefined) return null;
    if (editing.kind === "new")
      return (
        <EvidenceDialog
          title="New evidence"
          start={editing.start}
          submitLabel="Add to inventory"
          save={async (input) => {
            await api("POST", `${CAREER}/evidence`, input);
            setNotice("Added to your inventory.");
            await refresh();
          }}
          close={() => setEditing(undefined)}
        />
      );
    if (editing.kind === "edit")
      return (
        <EvidenceDialog
          title={`Edit “${editing.entry.title}”`}
          start={editing.entry}
          submitLabel="Save"
          save={async (input) => {
            await api("PATCH", `${CAREER}/evidence/${encodeURIComponent(editing.entry.id)}`, {
              ...input,
              version: editing.entry.version,
            });
            await refresh();
          }}
          close={() => setEditing(undefined)}
        />
      );
    return null;
  };

  const pending = suggestions.data ?? [];

  return (
    <section aria-labelledby={`${id}-title`} className="career-evidence">
      <PageHead id={`${id}-title`} title="Evidence">
        Your skills inventory: wins told as situation, action and result, with numbers. Readiness, the resume
        coach, interview stories and your portfolio are built from it.
      </PageHead>

      <section aria-labelledby={`${id}-suggested`} className="career-section">
        <h2 id={`${id}-suggested`}>Suggested from your Keel work</h2>
        {suggestions.isPending ? (
          <Loading what="suggestions" />
        ) : suggestions.isError ? (
          <ApiProblem error={suggestions.error} />
        ) : pending.length === 0 ? (
          <p className="muted">
            Nothing to suggest right now. Keel proposes a win when a milestone you baselined finishes, a
            change request is decided, or a status report is sent in one of your projects.
          </p>
        ) : (
          <>
            <p className="muted career-hint">
              Drafted from your projects' data with the numbers filled in. Nothing enters your inventory until
              you accept it.
            </p>
            <ul className="career-cards">
              {pending.map((s) => (
                <SuggestionCard key={s.key} suggestion={s} flow={flow} />
              ))}
            </ul>
          </>
        )}
        {(dismissed.data?.length ?? 0) > 0 && (
          <details className="career-dismissed">
            <summary>Dismissed ({dismissed.data?.length})</summary>
            <p className="muted career-hint">
              Suggestions you dismissed that your projects' data still shows. Restore one to decide on it
              again.
            </p>
            <ul className="career-dismissed-list">
              {dismissed.data?.map((s) => (
                <li key={s.key}>
                  <span className="career-dismissed-title">
                    {s.title}
                    <span className="muted career-meta">
                      {" "}
                      · <Link to={s.link}>{s.projectName}</Link> · dismissed{" "}
                      {formatDate(s.dismissedAt.slice(0, 10))}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={flow.restoring === s.key}
                    aria-label={`Restore “${s.title}”`}
                    onClick={() => flow.restore(s)}
                  >
                    {flow.restoring === s.key ? "Restoring…" : "Restore"}
                  </button>
                  {flow.restoreError?.key === s.key && <ApiProblem error={flow.restoreError.error} />}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby={`${id}-inventory`} className="career-section">
        <div className="career-section-head">
          <h2 id={`${id}-inventory`}>
            Inventory
            {evidence.data !== undefined && <span className="tab-count">{evidence.data.length}</span>}
          </h2>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => setEditing({ kind: "new", start: {} })}
          >
            + Add evidence
          </button>
        </div>
        <p role="status" className="muted career-notice">
          {flow.notice}
        </p>
        {evidence.isPending ? (
          <Loading what="your evidence" />
        ) : evidence.isError ? (
          <ApiProblem error={evidence.error} />
        ) : evidence.data.length === 0 ? (
          <div className="career-empty">
            <p>
              <strong>No evidence yet.</strong> Record a win from your own work — a launch you kept on its
              date, a risk you caught early, a process you made faster — or accept one Keel suggested above.
            </p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => setEditing({ kind: "new", start: {} })}
            >
              Record your first win
            </button>
          </div>
        ) : (
          <>
            <div className="toolbar career-filters">
              <input
                type="search"
                aria-label="Search evidence"
                placeholder="Search evidence"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
              <select
                aria-label="Filter by competency"
                value={competency}
                onChange={(e) => setCompetency(e.target.value)}
              >
                <option value="">Every competency</option>
                {COMPETENCIES.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {shown.length !== evidence.data.length && (
                <span className="muted">
                  {shown.length} of {evidence.data.length}
                </span>
              )}
            </div>
            {shown.length === 0 ? (
              <p className="muted">No entry matches. Clear the search or choose every competency.</p>
            ) : (
              <ul className="career-cards">
                {shown.map((e) => (
                  <li key={e.id} className="card career-entry" data-evidence={e.id}>
                    <div className="career-entry-head">
                      <h3>{e.title}</h3>
                      <span className={`career-tag ${e.visibility === "portfolio" ? "career-tag-on" : ""}`}>
                        {e.visibility === "portfolio" ? "Portfolio" : "Private"}
                      </span>
                    </div>
                    <p className="muted career-meta">
                      {formatDate(e.date)}
                      {e.project !== "" && ` · ${e.project}`}
                      {e.role !== "" && ` · ${e.role}`}
                      {e.source?.kind === "keel" && (
                        <>
                          {" · "}
                          <Link to={`/projects/${encodeURIComponent(e.source.projectId)}`}>from Keel</Link>
                        </>
                      )}
                    </p>
                    <Story situation={e.situation} action={e.action} result={e.result} />
                    <Numbers metrics={e.metrics} scale={e.scale} />
                    <Competencies ids={e.competencies} />
                    <div className="toolbar career-card-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Edit “${e.title}”`}
                        onClick={() => setEditing({ kind: "edit", entry: e })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Delete “${e.title}”`}
                        onClick={() => setDeleting(e)}
                      >
                        Delete
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {dialog()}
      {flow.overlays}
      <ConfirmDelete
        open={deleting !== undefined}
        title={`Delete “${deleting?.title ?? ""}”?`}
        confirm={async () => {
          if (deleting === undefined) return undefined;
          try {
            await api(
              "DELETE",
              `${CAREER}/evidence/${encodeURIComponent(deleting.id)}?version=${deleting.version}`,
            );
            await refresh();
            return undefined;
          } catch (error) {
            return error instanceof Error ? error.message : String(error);
          }
        }}
        close={() => setDeleting(undefined)}
      >
        <p>It leaves your inventory, your readiness and your interview stories.</p>
      </ConfirmDelete>
    </section>
  );
}
