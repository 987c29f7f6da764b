import { type ReactNode, useEffect, useId, useRef, useState } from "react";

interface ConfirmDeleteProps {
  readonly open: boolean;
  readonly title: string;
  /** What goes with it, said before the user decides. */
  readonly children: ReactNode;
  /** Deletes; answers a refusal to show in place, or undefined when done. */
  readonly confirm: () => Promise<string | undefined>;
  readonly close: () => void;
}

/** The confirm step before a deletion: a modal that says what goes and keeps any refusal in place. */
export function ConfirmDelete({ open, title, children, confirm, close }: ConfirmDeleteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

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
      // Closed at once, not on the next render: while it is open the page behind cannot take focus back.
      dialog.current?.close();
      close();
    } else setError(refused);
  }

  return (
    <dialog ref={dialog} className="card" aria-labelledby={titleId} onClose={close}>
      <h2 id={titleId} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {children}
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
