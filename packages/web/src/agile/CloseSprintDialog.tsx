import type { AgileSettings } from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "react-router";
import { api } from "../api/client.js";
import { agilePaths, type ClosedSprint, type ItemRecord, type SprintRecord } from "./agile-api.js";
import { estimateOf, formatEstimate, sumEstimates } from "./estimate.js";
import { lines } from "./retro-text.js";
import type { AgileWrite } from "./use-agile-write.js";

interface CloseSprintDialogProps {
  readonly projectId: string;
  readonly sprint: SprintRecord;
  readonly items: readonly ItemRecord[];
  readonly settings: AgileSettings;
  /** Sprints not started yet: where unfinished items can go. */
  readonly planned: readonly SprintRecord[];
  readonly write: AgileWrite;
  readonly close: () => void;
}

/**
 * Ends the running sprint: what was done against the commitment, where unfinished items go (the next
 * sprint or the backlog), the review and the retrospective. Each action becomes a RAID issue, listed
 * with a link once the sprint is closed.
 */
export function CloseSprintDialog({
  projectId,
  sprint,
  items,
  settings,
  planned,
  write,
  close,
}: CloseSprintDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const unit = settings.estimateUnit;
  const done = new Set(settings.workflow.statuses.filter((s) => s.category === "done").map((s) => s.id));
  const finished = items.filter((i) => done.has(i.status));
  const unfinished = items.filter((i) => !done.has(i.status)).sort((a, b) => a.rank - b.rank);
  const committed =
    sprint.committed === undefined
      ? sumEstimates(items, unit)
      : sprint.committed.reduce((n, r) => n + r.estimate, 0);
  const doneTotal = sumEstimates(finished, unit);
  const [carryTo, setCarryTo] = useState(planned[0]?.id ?? "");
  const [review, setReview] = useState("");
  const [wentWell, setWentWell] = useState("");
  const [toImprove, setToImprove] = useState("");
  const [actions, setActions] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ClosedSprint>();
  const paths = agilePaths(projectId);

  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const retrospective = {
      wentWell: lines(wentWell),
      toImprove: lines(toImprove),
      actions: lines(actions).map((text) => ({ text })),
    };
    const answer = await write(() =>
      api<ClosedSprint>("POST", paths.close(sprint.id), {
        version: sprint.version,
        carryTo: carryTo === "" ? null : carryTo,
        ...(review.trim() === "" ? {} : { review: review.trim() }),
        retrospective,
      }),
    );
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    setResult(answer.value);
  }

  const target = planned.find((s) => s.id === carryTo)?.name ?? "the backlog";
  const area = (label: string, value: string, set: (v: string) => void, hint: string) => (
    <div className="field">
      <label htmlFor={`${id}-${label}`}>{label}</label>
      <textarea
        id={`${id}-${label}`}
        rows={3}
        value={value}
        placeholder={hint}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );

  return (
    <dialog
      ref={dialog}
      className="card agile-dialog close-dialog"
      aria-labelledby={`${id}-title`}
      onClose={close}
    >
      {result !== undefined ? (
        <div className="close-result">
          <h2 id={`${id}-title`}>{result.sprint.name} closed</h2>
          <p>
            Done {formatEstimate(doneTotal, unit)} of {formatEstimate(committed, unit)} committed.
            {result.carriedOver.length > 0 &&
              ` ${result.carriedOver.length} unfinished ${result.carriedOver.length === 1 ? "item" : "items"} (${result.carriedOver.join(", ")}) moved to ${target}.`}
          </p>
          {result.issues.length > 0 ? (
            <p className="close-issues">
              Retrospective actions raised as RAID issues:{" "}
              {result.issues.map((issue, k) => (
                <span key={issue}>
                  {k > 0 && ", "}
                  <Link to={paths.raid}>{issue}</Link>
                </span>
              ))}
              .
            </p>
          ) : (
            <p className="muted">No retrospective actions to track.</p>
          )}
          <div className="toolbar agile-dialog-foot">
            <button type="button" className="btn btn-primary" onClick={() => dialog.current?.close()}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate>
          <div className="agile-dialog-head">
            <h2 id={`${id}-title`}>Close {sprint.name}</h2>
          </div>
          <div className="agile-dialog-body">
            <dl className="sprint-figures">
              <div>
                <dt>Committed</dt>
                <dd data-figure="committed">{formatEstimate(committed, unit)}</dd>
              </div>
              <div>
                <dt>Done</dt>
                <dd data-figure="done">{formatEstimate(doneTotal, unit)}</dd>
              </div>
              <div>
                <dt>Items done</dt>
                <dd>
                  {finished.length} of {items.length}
                </dd>
              </div>
            </dl>
            {unfinished.length === 0 ? (
              <p className="muted">Every item is done.</p>
            ) : (
              <fieldset className="carry-over">
                <legend>
                  Unfinished: {unfinished.length} {unfinished.length === 1 ? "item" : "items"}
                </legend>
                <ul>
                  {unfinished.map((i) => {
                    const e = estimateOf(i, unit);
                    return (
                      <li key={i.id}>
                        <span className="item-key">{i.id}</span> {i.name}
                        {e !== undefined && <span className="muted"> · {formatEstimate(e, unit)}</span>}
                      </li>
                    );
                  })}
                </ul>
                <label>
                  Carry over to{" "}
                  <select value={carryTo} onChange={(e) => setCarryTo(e.target.value)}>
                    {planned.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                    <option value="">The backlog</option>
                  </select>
                </label>
              </fieldset>
            )}
            <div className="field">
              <label htmlFor={`${id}-review`}>Sprint review notes</label>
              <textarea
                id={`${id}-review`}
                rows={3}
                value={review}
                placeholder="What was shown, and what the stakeholders said"
                onChange={(e) => setReview(e.target.value)}
              />
            </div>
            <fieldset className="retro">
              <legend>Retrospective (one a line)</legend>
              <div className="retro-grid">
                {area("Went well", wentWell, setWentWell, "Pairing on the hard stories")}
                {area("To improve", toImprove, setToImprove, "Reviews waited days")}
                {area("Actions", actions, setActions, "Each becomes a RAID issue")}
              </div>
            </fieldset>
          </div>
          {error !== undefined && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <div className="agile-dialog-foot">
            <span className="agile-spacer" />
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? "Closing…" : "Close sprint"}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
