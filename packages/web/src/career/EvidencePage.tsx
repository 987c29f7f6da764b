import { COMPETENCIES } from "@keel/engine";
import type { EvidenceMeasure, EvidenceWorkScale } from "@keel/model";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { api } from "../api/client.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { formatDate } from "../ui/format.js";
import { Toast } from "../ui/Toast.js";
import {
  CAREER,
  careerKeys,
  type EvidenceRecord,
  restoreSuggestion,
  type Suggestion,
  useDismissedSuggestions,
  useEvidence,
  useSuggestions,
} from "./career-api.js";
import { ApiProblem, Loading, PageHead, PlaceholderText } from "./career-ui.js";
import { EvidenceDialog } from "./EvidenceDialog.js";
import type { EvidenceStart } from "./evidence-form.js";
import { bracketTokens } from "./placeholders.js";

export const COMPETENCY_NAME: ReadonlyMap<string, string> = new Map(COMPETENCIES.map((c) => [c.id, c.name]));

type Editing =
  | { readonly kind: "new"; readonly start: EvidenceStart }
  | { readonly kind: "edit"; readonly entry: EvidenceRecord }
  | { readonly kind: "accept"; readonly suggestion: Suggestion };

/**
 * The skills inventory: every win with its numbers, and Keel's suggestions from the user's
 * projects, which enter the inventory only when the user accepts them (after editing, if they like).
 */
export function EvidencePage() {
  const id = useId();
  const client = useQueryClient();
  const evidence = useEvidence();
  const suggestions = useSuggestions();
  const dismissed = useDismissedSuggestions();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Editing>();
  const [deleting, setDeleting] = useState<EvidenceRecord>();
  const [query, setQuery] = useState("");
  const [competency, setCompetency] = useState("");
  const [busyKey, setBusyKey] = useState<string>();
  const [suggestionError, setSuggestionError] = useState<{ key: string; error: unknown }>();
  const [notice, setNotice] = useState("");
  /** What just happened to a suggestion, with Undo right after a dismissal. */
  const [toast, setToast] = useState<{ text: string; undo?: Suggestion }>();
  const [restoring, setRestoring] = useState<string>();
  const [restoreError, setRestoreError] = useState<{ key: string; error: unknown }>();

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

  const refresh = () =>
    client.invalidateQueries({ queryKey: careerKeys.all, predicate: (q) => q.queryKey[1] !== "profile" });

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

  async function decide(s: Suggestion, decision: "accept" | "dismiss") {
    setBusyKey(s.key);
    setSuggestionError(undefined);
    try {
      await api(
        "POST",
        `${CAREER}/suggestions/${encodeURIComponent(s.key)}/${decision}`,
        decision === "accept" ? {} : undefined,
      );
      if (decision === "accept") setNotice(`“${s.title}” is in your inventory.`);
      else setToast({ text: `Dismissed “${s.title}”.`, undo: s });
      await refresh();
    } catch (error) {
      setSuggestionError({ key: s.key, error });
    } finally {
      setBusyKey(undefined);
    }
  }

  /** Takes a dismissal back; the suggestion returns to the list above. */
  async function restore(s: Suggestion) {
    setRestoring(s.key);
    setRestoreError(undefined);
    try {
      await restoreSuggestion(s.key);
      setToast({ text: `“${s.title}” is back in your suggestions.` });
      await refresh();
    } catch (error) {
      setRestoreError({ key: s.key, error });
      setToast(undefined);
    } finally {
      setRestoring(undefined);
    }
  }

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
    const s = editing.suggestion;
    return (
      <EvidenceDialog
        title="Edit, then accept"
        start={{ ...s, project: s.projectName }}
        submitLabel="Accept into inventory"
        note={
          <p className="muted career-hint">
            Suggested from <Link to={s.link}>{s.projectName}</Link>. Change anything that is not how you would
            tell it; it enters your inventory only when you accept.
          </p>
        }
        save={async (input) => {
          await api("POST", `${CAREER}/suggestions/${encodeURIComponent(s.key)}/accept`, { evidence: input });
          setNotice(`“${(input as { title: string }).title}” is in your inventory.`);
          await refresh();
        }}
        close={() => setEditing(undefined)}
      />
    );
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
                <li key={s.key} className="card career-suggestion">
                  <h3>{s.title}</h3>
                  <p className="muted career-meta">
                    <Link to={s.link}>{s.projectName}</Link> · {formatDate(s.date)}
                  </p>
                  <Story situation={s.situation} action={s.action} result={s.result} />
                  <Numbers metrics={s.metrics} scale={s.scale} />
                  <Competencies ids={s.competencies} />
                  <div className="toolbar career-card-actions">
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      disabled={busyKey === s.key}
                      aria-label={`Accept “${s.title}”`}
                      onClick={() => decide(s, "accept")}
                    >
                      {busyKey === s.key ? "Saving…" : "Accept"}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busyKey === s.key}
                      aria-label={`Edit “${s.title}” before accepting`}
                      onClick={() => setEditing({ kind: "accept", suggestion: s })}
                    >
                      Edit, then accept
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busyKey === s.key}
                      aria-label={`Dismiss “${s.title}”`}
                      onClick={() => decide(s, "dismiss")}
                    >
                      Dismiss
                    </button>
                  </div>
                  {suggestionError?.key === s.key && <ApiProblem error={suggestionError.error} />}
                </li>
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
                    disabled={restoring === s.key}
                    aria-label={`Restore “${s.title}”`}
                    onClick={() => restore(s)}
                  >
                    {restoring === s.key ? "Restoring…" : "Restore"}
                  </button>
                  {restoreError?.key === s.key && <ApiProblem error={restoreError.error} />}
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
          {notice}
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
      {toast !== undefined && (
        <Toast
          dismiss={() => setToast(undefined)}
          action={
            toast.undo === undefined
              ? undefined
              : {
                  label: "Undo",
                  busy: restoring === toast.undo.key,
                  run: () => restore(toast.undo as Suggestion),
                }
          }
        >
          {toast.text}
        </Toast>
      )}
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

function Story({ situation, action, result }: { situation: string; action: string; result: string }) {
  const parts = [
    ["Situation", situation],
    ["Action", action],
    ["Result", result],
  ].filter(([, text]) => text !== "");
  if (parts.length === 0) return <p className="muted">No situation, action or result written yet.</p>;
  const gaps = bracketTokens(`${situation}\n${action}\n${result}`);
  return (
    <>
      <dl className="career-story">
        {parts.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <PlaceholderText text={text ?? ""} tokens={gaps} />
            </dd>
          </div>
        ))}
      </dl>
      {gaps.length > 0 && (
        <p className="career-note">
          {gaps.length === 1 ? "One part" : `${gaps.length} parts`} in brackets for you to tell in your own
          words.
        </p>
      )}
    </>
  );
}

export function metricText(m: EvidenceMeasure): string {
  const unit = m.unit === undefined || m.unit === "" ? "" : m.unit === "%" ? " %" : ` ${m.unit}`;
  return `${m.name}: ${m.value.toLocaleString()}${unit}`;
}

function scaleParts(s: EvidenceWorkScale): string[] {
  return [
    s.teams === undefined ? "" : `${s.teams} ${s.teams === 1 ? "team" : "teams"}`,
    s.people === undefined ? "" : `${s.people} ${s.people === 1 ? "person" : "people"}`,
    s.budget === undefined ? "" : `budget ${s.budget.toLocaleString()}`,
    s.durationWeeks === undefined ? "" : `${s.durationWeeks} ${s.durationWeeks === 1 ? "week" : "weeks"}`,
  ].filter((p) => p !== "");
}

function Numbers({ metrics, scale }: { metrics: readonly EvidenceMeasure[]; scale: EvidenceWorkScale }) {
  const sizes = scaleParts(scale);
  if (metrics.length === 0 && sizes.length === 0) return null;
  return (
    <p className="career-numbers">
      {metrics.map((m) => (
        <span key={`${m.name}:${m.value}`} className="career-chip career-chip-metric">
          {metricText(m)}
        </span>
      ))}
      {sizes.map((s) => (
        <span key={s} className="career-chip">
          {s}
        </span>
      ))}
    </p>
  );
}

function Competencies({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <p className="career-competencies">
      <span className="visually-hidden">Competencies: </span>
      {ids.map((c) => (
        <span key={c} className="career-chip career-chip-competency">
          {COMPETENCY_NAME.get(c) ?? c}
        </span>
      ))}
    </p>
  );
}
