import { useEffect, useRef, useState } from "react";
import type { OutlineTask } from "./outline.js";

interface DeleteTasksDialogProps {
  /** The tasks the deletion takes away, summary tasks' children included; none while closed. */
  readonly doomed: readonly OutlineTask[];
  /** The tasks the user selected, named in the question. */
  readonly chosen: readonly OutlineTask[];
  readonly confirm: () => Promise<string | undefined>;
  readonly close: () => void;
}

/** The confirm step before deleting tasks: says what goes (children and links too) and keeps any refusal in place. */
export function DeleteTasksDialog({ doomed, chosen, confirm, close }: DeleteTasksDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const open = doomed.length > 0;

  useEffect(() => {
    if (open) {
      setError(undefined);
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [open]);

  async function onDelete() {
    setBusy(true);
    const refused = await confirm();
    setBusy(false);
    if (refused === undefined) {
      // Closed at once, not on the next render: while it is open the table cannot take focus back.
      dialog.current?.close();
      close();
    } else setError(refused);
  }

  const extra = doomed.length - chosen.length;
  return (
    <dialog ref={dialog} className="card" aria-labelledby="delete-tasks-title" onClose={close}>
      <h2 id="delete-tasks-title" style={{ marginTop: 0 }}>
        Delete {chosen.length === 1 ? "this task" : `${chosen.length} tasks`}?
      </h2>
      <ul>
        {chosen.map((t) => (
          <li key={t.id}>{t.name}</li>
        ))}
      </ul>
      <p className="muted">
        {extra > 0 ? `The ${extra} task${extra === 1 ? "" : "s"} inside go too. ` : ""}
        Their links and assignments are deleted with them.
      </p>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={onDelete}>
          {busy ? "Deleting…" : "Delete"}
        </button>
      </div>
    </dialog>
  );
}
