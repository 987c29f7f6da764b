import { COMPETENCIES } from "@keel/engine";
import type { EvidenceMeasure, EvidenceWorkScale } from "@keel/model";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { formatDate } from "../ui/format.js";
import { Toast } from "../ui/Toast.js";
import { CAREER, careerKeys, restoreSuggestion, type Suggestion } from "./career-api.js";
import { ApiProblem, PlaceholderText } from "./career-ui.js";
import { EvidenceDialog } from "./EvidenceDialog.js";
import { bracketTokens } from "./placeholders.js";

export const COMPETENCY_NAME: ReadonlyMap<string, string> = new Map(COMPETENCIES.map((c) => [c.id, c.name]));

/**
 * Accepting, editing then accepting, dismissing (with Undo) and restoring suggestions: the one flow
 * every page that shows a suggestion uses. `notice` says what was accepted; `overlays` is the edit
 * dialog and the toast, to render once on the page.
 */
export function useSuggestionFlow() {
  const client = useQueryClient();
  const [busyKey, setBusyKey] = useState<string>();
  const [error, setError] = useState<{ key: string; error: unknown }>();
  const [notice, setNotice] = useState("");
  const [editing, setEditing] = useState<Suggestion>();
  /** What just happened to a suggestion, with Undo right after a dismissal. */
  const [toast, setToast] = useState<{ text: string; undo?: Suggestion }>();
  const [restoring, setRestoring] = useState<string>();
  const [restoreError, setRestoreError] = useState<{ key: string; error: unknown }>();

  // Evidence, suggestions and exercises all read the decisions; the profile does not.
  const refresh = () =>
    client.invalidateQueries({ queryKey: careerKeys.all, predicate: (q) => q.queryKey[1] !== "profile" });

  async function decide(s: Suggestion, decision: "accept" | "dismiss") {
    setBusyKey(s.key);
    setError(undefined);
    try {
      await api(
        "POST",
        `${CAREER}/suggestions/${encodeURIComponent(s.key)}/${decision}`,
        decision === "accept" ? {} : undefined,
      );
      if (decision === "accept") setNotice(`“${s.title}” is in your inventory.`);
      else setToast({ text: `Dismissed “${s.title}”.`, undo: s });
      await refresh();
    } catch (caught) {
      setError({ key: s.key, error: caught });
    } finally {
      setBusyKey(undefined);
    }
  }

  /** Takes a dismissal back; the suggestion returns among those to decide on. */
  async function restore(s: Suggestion) {
    setRestoring(s.key);
    setRestoreError(undefined);
    try {
      await restoreSuggestion(s.key);
      setToast({ text: `“${s.title}” is back in your suggestions.` });
      await refresh();
    } catch (caught) {
      setRestoreError({ key: s.key, error: caught });
      setToast(undefined);
    } finally {
      setRestoring(undefined);
    }
  }

  const overlays = (
    <>
      {editing !== undefined && (
        <EvidenceDialog
          title="Edit, then accept"
          start={{ ...editing, project: editing.projectName }}
          submitLabel="Accept into inventory"
          note={
            <p className="muted career-hint">
              Suggested from <Link to={editing.link}>{editing.projectName}</Link>. Change anything that is not
              how you would tell it; it enters your inventory only when you accept.
            </p>
          }
          save={async (input) => {
            await api("POST", `${CAREER}/suggestions/${encodeURIComponent(editing.key)}/accept`, {
              evidence: input,
            });
            setNotice(`“${(input as { title: string }).title}” is in your inventory.`);
            await refresh();
          }}
          close={() => setEditing(undefined)}
        />
      )}
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
    </>
  );

  return {
    busyKey,
    error,
    notice,
    setNotice,
    decide,
    edit: setEditing,
    restore,
    restoring,
    restoreError,
    overlays,
    refresh,
  };
}

export type SuggestionFlow = ReturnType<typeof useSuggestionFlow>;

/** One suggestion with its story, its numbers and what the user can do with it. */
export function SuggestionCard({
  suggestion: s,
  flow,
  meta,
  level = 3,
}: {
  readonly suggestion: Suggestion;
  readonly flow: SuggestionFlow;
  /** Replaces the project and date line under the title. */
  readonly meta?: ReactNode;
  /** The title's heading level, one below the section it is listed in. */
  readonly level?: 3 | 4;
}) {
  const busy = flow.busyKey === s.key;
  const Title = level === 3 ? "h3" : "h4";
  return (
    <li className="card career-suggestion" data-suggestion={s.key}>
      <Title>{s.title}</Title>
      <p className="muted career-meta">
        {meta ?? (
          <>
            <Link to={s.link}>{s.projectName}</Link> · {formatDate(s.date)}
          </>
        )}
      </p>
      <Story situation={s.situation} action={s.action} result={s.result} />
      <Numbers metrics={s.metrics} scale={s.scale} />
      <Competencies ids={s.competencies} />
      <div className="toolbar career-card-actions">
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={busy}
          aria-label={`Accept “${s.title}”`}
          onClick={() => flow.decide(s, "accept")}
        >
          {busy ? "Saving…" : "Accept"}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          aria-label={`Edit, then accept “${s.title}”`}
          onClick={() => flow.edit(s)}
        >
          Edit, then accept
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy}
          aria-label={`Dismiss “${s.title}”`}
          onClick={() => flow.decide(s, "dismiss")}
        >
          Dismiss
        </button>
      </div>
      {flow.error?.key === s.key && <ApiProblem error={flow.error.error} />}
    </li>
  );
}

export function Story({ situation, action, result }: { situation: string; action: string; result: string }) {
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

export function Numbers({
  metrics,
  scale,
}: {
  metrics: readonly EvidenceMeasure[];
  scale: EvidenceWorkScale;
}) {
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

export function Competencies({ ids }: { ids: readonly string[] }) {
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
