import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { alsoWritten } from "./plan-progress.js";
import { applyPlanProgress, recordPlanProgress, usePlanProgress } from "./plan-progress-api.js";
import { useAgileWrite } from "./use-agile-write.js";

interface PlanProgressDialogProps {
  readonly projectId: string;
  readonly close: () => void;
  /** Said once the plan was updated. */
  readonly applied: (message: string) => void;
}

/**
 * The percent complete the epics give their plan tasks, beside each task's own: nothing is written
 * until Apply, and then only the rows still ticked, in one edit the plan view can undo.
 */
export function PlanProgressDialog({ projectId, close, applied }: PlanProgressDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const client = useQueryClient();
  const write = useAgileWrite(projectId);
  const proposal = usePlanProgress(projectId, true);
  const edits = proposal.data?.edits ?? [];
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const chosen = edits.filter((e) => !left.has(e.task));

  useEffect(() => dialog.current?.showModal(), []);

  async function apply() {
    if (proposal.data === undefined) return;
    setBusy(true);
    const { planVersion } = proposal.data;
    const answer = await write(() =>
      applyPlanProgress(
        projectId,
        planVersion,
        chosen.map((e) => e.task),
      ),
    );
    setBusy(false);
    if (!answer.ok) {
      return setError(
        answer.status === 409 ? `${answer.message}. The list now shows the plan as it is.` : answer.message,
      );
    }
    recordPlanProgress(client, projectId, answer.value);
    const n = answer.value.changed.length;
    applied(
      n === 0
        ? "Nothing to update: the plan already had these figures."
        : `Progress of ${n} plan ${n === 1 ? "task" : "tasks"} updated from the epics; the plan view's Undo takes it back.`,
    );
    dialog.current?.close();
  }

  const toggle = (task: string, on: boolean) =>
    setLeft((was) => {
      const next = new Set(was);
      if (on) next.delete(task);
      else next.add(task);
      return next;
    });

  return (
    <dialog
      ref={dialog}
      className="card agile-dialog plan-progress-dialog"
      aria-labelledby={`${id}-title`}
      onClose={close}
    >
      <div className="agile-dialog-head">
        <h2 id={`${id}-title`}>Update plan progress from epics</h2>
      </div>
      <div className="agile-dialog-body">
        {proposal.isError ? (
          <p className="form-error">{proposal.error.message}</p>
        ) : proposal.data === undefined ? (
          <p className="muted">Loading…</p>
        ) : edits.length === 0 ? (
          <p>
            The plan already has the progress its epics give: nothing to update. Only tasks named by an epic
            with items are offered; milestones once every item under their epics is done.
          </p>
        ) : (
          <>
            <p className="muted">
              Each task's percent complete from the points done under the epics that name it (items done, when
              nothing is estimated). Summary tasks roll up from their tasks.
            </p>
            <table className="table plan-progress-table">
              <caption className="visually-hidden">Proposed percent complete per plan task</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">Update</span>
                  </th>
                  <th scope="col">Plan task</th>
                  <th scope="col">Epics</th>
                  <th scope="col" className="num">
                    Now
                  </th>
                  <th scope="col" className="num">
                    From epics
                  </th>
                </tr>
              </thead>
              <tbody>
                {edits.map((e) => {
                  const also = alsoWritten(e.set);
                  return (
                    <tr key={e.task} data-task={e.task}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Update ${e.name}`}
                          checked={!left.has(e.task)}
                          onChange={(event) => toggle(e.task, event.target.checked)}
                        />
                      </td>
                      <th scope="row">
                        {e.name}
                        {e.milestone && <span className="muted"> (milestone)</span>}
                        {also.length > 0 && (
                          <span className="plan-progress-also muted">{also.join(", ")}</span>
                        )}
                      </th>
                      <td>{e.epics.map((epic) => `${epic.id} ${epic.name}`).join(", ")}</td>
                      <td className="num">{e.current} %</td>
                      <td className="num">
                        <strong>{e.proposed} %</strong>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="toolbar agile-dialog-foot plan-progress-foot">
        <button type="button" className="btn" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || chosen.length === 0}
          onClick={apply}
        >
          {chosen.length === edits.length ? "Apply" : `Apply to ${chosen.length} of ${edits.length}`}
        </button>
      </div>
    </dialog>
  );
}
