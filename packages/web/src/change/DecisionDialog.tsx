import type { ChangeImpact } from "@keel/engine";
import type { ChangeDecision } from "@keel/model";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import { formatDate } from "../ui/format.js";
import { type ChangeRecord, changePaths, type DecisionBody } from "./change-api.js";
import { formatMoneyDelta, formatShift } from "./impact-format.js";

interface DecisionDialogProps {
  readonly projectId: string;
  readonly change: ChangeRecord;
  readonly initial: ChangeDecision;
  /** The impact as last previewed, to recall what is being decided. */
  readonly impact: ChangeImpact | undefined;
  readonly close: () => void;
  /** Called with a sentence about the decision once it is recorded. */
  readonly decided: (message: string) => void;
}

const VERBS: Record<ChangeDecision, { choice: string; button: string; done: string }> = {
  approved: { choice: "Approve", button: "Approve and merge", done: "approved" },
  rejected: { choice: "Reject", button: "Reject", done: "rejected" },
  deferred: { choice: "Defer", button: "Defer", done: "deferred" },
};

/**
 * Approve, reject or defer a request, always with a reason (the change log keeps it). Approving
 * merges the edits into the plan in one step and can save a new baseline; the server refuses anyone
 * below manager, and says so here.
 */
export function DecisionDialog({ projectId, change, initial, impact, close, decided }: DecisionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const [decision, setDecision] = useState<ChangeDecision>(initial);
  const [why, setWhy] = useState("");
  const [rebaseline, setRebaseline] = useState(false);
  const [dropStale, setDropStale] = useState(false);
  const [whyMissing, setWhyMissing] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const stale = impact?.stale.length ?? 0;
  const approving = decision === "approved";

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (why.trim() === "") {
      setWhyMissing(true);
      return;
    }
    setBusy(true);
    setError(undefined);
    const body: DecisionBody = {
      decision,
      why: why.trim(),
      version: change.version,
      rebaseline: approving && rebaseline,
      dropStale: approving && dropStale,
    };
    try {
      const result = await api<{ change: ChangeRecord; impact: ChangeImpact }>(
        "POST",
        changePaths(projectId).decision(change.id),
        body,
      );
      void client.invalidateQueries({ queryKey: keys.projects });
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
      dialog.current?.close();
      close();
      const moved = result.impact.schedulable ? formatShift(result.impact.finish.days) : undefined;
      decided(
        approving
          ? `${change.id} approved and merged into the plan${moved === undefined ? "" : `: finish ${moved}`}${rebaseline ? "; new baseline saved" : ""}.`
          : `${change.id} ${VERBS[decision].done}.`,
      );
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 403
          ? `Only the project’s managers and owners decide on change requests (${e.message}).`
          : e instanceof Error
            ? e.message
            : String(e),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialog} className="card change-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          Decide on {change.id}
        </h2>
        <p className="change-decision-subject">{change.name}</p>
        {impact?.schedulable === true ? (
          <p className="change-decision-impact">
            Finish {formatShift(impact.finish.days)} ({formatDate(impact.finish.before)} →{" "}
            {formatDate(impact.finish.after)})
            {impact.p80 !== undefined && impact.p80.before !== impact.finish.before
              ? `; P80 ${formatShift(impact.p80.days)}`
              : ""}
            {impact.cost.delta !== 0 ? `; cost ${formatMoneyDelta(impact.cost.delta)}` : ""}.
          </p>
        ) : impact?.schedulable === false ? (
          <p className="form-error">
            With these edits the plan cannot be scheduled; approval will be refused.
          </p>
        ) : null}
        <fieldset className="change-decision-choice">
          <legend>Decision</legend>
          {(["approved", "rejected", "deferred"] as const)
            .filter((d) => d !== "deferred" || change.status === "submitted")
            .map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name="decision"
                  value={d}
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                />{" "}
                {VERBS[d].choice}
              </label>
            ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-why`}>Why</label>
          <span id={`${id}-why-hint`} className="muted field-hint">
            Required: the change log keeps the reason with the decision.
          </span>
          <textarea
            id={`${id}-why`}
            rows={3}
            value={why}
            maxLength={5000}
            aria-invalid={whyMissing}
            aria-describedby={`${id}-why-hint${whyMissing ? ` ${id}-why-error` : ""}`}
            onChange={(e) => {
              setWhy(e.target.value);
              setWhyMissing(false);
            }}
          />
          {whyMissing && (
            <span id={`${id}-why-error`} className="field-error">
              Say why you decide so.
            </span>
          )}
        </div>
        {approving && (
          <div className="change-decision-options">
            <label>
              <input type="checkbox" checked={rebaseline} onChange={(e) => setRebaseline(e.target.checked)} />{" "}
              Save a new baseline{" "}
              <span className="muted">(progress is then measured against the changed plan)</span>
            </label>
            {stale > 0 && (
              <label>
                <input type="checkbox" checked={dropStale} onChange={(e) => setDropStale(e.target.checked)} />{" "}
                Drop the {stale} edit{stale === 1 ? "" : "s"} that no longer fit{stale === 1 ? "s" : ""} the
                plan
              </label>
            )}
          </div>
        )}
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button
            type="submit"
            className={approving ? "btn btn-primary" : decision === "rejected" ? "btn btn-danger" : "btn"}
            disabled={busy}
          >
            {busy ? "Saving…" : VERBS[decision].button}
          </button>
        </div>
      </form>
    </dialog>
  );
}
