import { isLocalDate } from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { api } from "../api/client.js";
import { formatDate } from "../ui/format.js";
import { agilePaths, type SprintRecord } from "./agile-api.js";
import { sprintFinish, sprintLength } from "./sprint-dates.js";
import type { AgileWrite } from "./use-agile-write.js";

interface SprintDialogProps {
  readonly projectId: string;
  /** The sprint to edit; a new one when absent. */
  readonly sprint?: SprintRecord | undefined;
  /** What the name field suggests: "Sprint 3". */
  readonly suggestedName: string;
  readonly start: string;
  /** Days, from the team's settings. */
  readonly length: number;
  readonly write: AgileWrite;
  readonly saved: (sprint: SprintRecord) => void;
  readonly close: () => void;
}

/**
 * A planned sprint's name, first day, length in calendar days (the team's default for a new one) and
 * goal: a new sprint, or one not started yet changed.
 */
export function SprintDialog({
  projectId,
  sprint,
  suggestedName,
  start: initialStart,
  length: initialLength,
  write,
  saved,
  close,
}: SprintDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState(sprint?.name ?? suggestedName);
  const [start, setStart] = useState(sprint?.start ?? initialStart);
  const [length, setLength] = useState(
    String(sprint === undefined ? initialLength : sprintLength(sprint.start, sprint.finish)),
  );
  const [goal, setGoal] = useState(sprint?.goal ?? "");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const days = Number(length);
  const lengthOk = Number.isInteger(days) && days >= 1 && days <= 56;
  const finish = isLocalDate(start) && lengthOk ? sprintFinish(start, days) : undefined;

  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isLocalDate(start)) return setError("Choose the sprint's first day.");
    if (finish === undefined) return setError("The length is a whole number of days, 1 to 56.");
    setBusy(true);
    const fields = { start, finish, ...(goal.trim() === "" ? {} : { goal: goal.trim() }) };
    const paths = agilePaths(projectId);
    const answer = await write(() =>
      sprint === undefined
        ? api<SprintRecord>("POST", paths.sprints, {
            ...(name.trim() === "" ? {} : { name: name.trim() }),
            ...fields,
          })
        : api<SprintRecord>("PATCH", paths.sprint(sprint.id), {
            ...fields,
            ...(name.trim() === "" ? {} : { name: name.trim() }),
            ...(goal.trim() === "" && sprint.goal !== undefined ? { goal: null } : {}),
            version: sprint.version,
          }),
    );
    setBusy(false);
    if (!answer.ok) return setError(answer.message);
    dialog.current?.close();
    saved(answer.value);
  }

  return (
    <dialog ref={dialog} className="card agile-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{sprint === undefined ? "Create sprint" : `Edit ${sprint.name}`}</h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input id={`${id}-name`} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="agile-field-row">
          <div className="field">
            <label htmlFor={`${id}-start`}>Start</label>
            <input id={`${id}-start`} type="date" value={start} onChange={(e) => setStart(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-length`}>Length (days)</label>
            <input
              id={`${id}-length`}
              type="number"
              min={1}
              max={56}
              value={length}
              aria-describedby={`${id}-finish`}
              onChange={(e) => setLength(e.target.value)}
            />
          </div>
        </div>
        <p id={`${id}-finish`} className="muted">
          {finish === undefined ? "Choose a start and a length." : `Last day: ${formatDate(finish)}.`}
        </p>
        <div className="field">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <textarea
            id={`${id}-goal`}
            rows={2}
            value={goal}
            maxLength={2000}
            placeholder="What the sprint is for, in one sentence"
            onChange={(e) => setGoal(e.target.value)}
          />
        </div>
        {error !== undefined && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="toolbar agile-dialog-foot">
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : sprint === undefined ? "Create sprint" : "Save"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
