import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { ApiError, api } from "../api/client.js";
import { keys, useSession } from "../api/queries.js";
import { type ChangeRecord, changeKeys, changePaths, type NewChange } from "./change-api.js";
import { nextChangeId } from "./change-edits.js";

interface NewChangeDialogProps {
  readonly projectId: string;
  readonly open: boolean;
  /** Ids in use, so the new one is the next free `CR-n`. */
  readonly taken: readonly string[];
  readonly close: () => void;
  readonly created: (changeId: string) => void;
}

/** Name, requester, reason and description of a new request; its edits are added once it is open. */
export function NewChangeDialog({ projectId, open, taken, close, created }: NewChangeDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const id = useId();
  const client = useQueryClient();
  const session = useSession();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setError(undefined);
      form.current?.reset();
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [open]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const description = (data.description ?? "").trim();
    const body: NewChange = {
      id: nextChangeId(taken),
      name: (data.name ?? "").trim(),
      requester: (data.requester ?? "").trim(),
      reason: (data.reason ?? "").trim(),
      ...(description === "" ? {} : { description }),
    };
    setBusy(true);
    setError(undefined);
    try {
      const saved = await api<ChangeRecord>("POST", changePaths(projectId).list, {
        ...body,
        status: "draft",
      });
      client.setQueryData<ChangeRecord[]>(changeKeys.list(projectId), (list) => [...(list ?? []), saved]);
      void client.invalidateQueries({ queryKey: keys.project(projectId) });
      dialog.current?.close();
      close();
      created(saved.id);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, "error", String(e)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;
  const field = (name: string, label: string, input: React.ReactNode, hint?: string) => {
    const problem = fieldError(name);
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        {hint !== undefined && (
          <span className="muted field-hint" id={`${id}-${name}-hint`}>
            {hint}
          </span>
        )}
        {input}
        {problem !== undefined && (
          <span id={`${id}-${name}-error`} className="field-error">
            {problem}
          </span>
        )}
      </div>
    );
  };
  const described = (name: string, hint = false) =>
    [hint ? `${id}-${name}-hint` : "", fieldError(name) === undefined ? "" : `${id}-${name}-error`]
      .filter(Boolean)
      .join(" ") || undefined;

  return (
    <dialog ref={dialog} className="card change-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <form ref={form} onSubmit={submit}>
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          New change request
        </h2>
        <p className="muted">
          Say what is asked for and why. You add the plan edits it proposes next, and see their impact before
          it goes to a decision.
        </p>
        {field(
          "name",
          "Title",
          <input
            id={`${id}-name`}
            name="name"
            required
            maxLength={200}
            placeholder="e.g. Add SSO to the admin console"
            aria-invalid={fieldError("name") !== undefined}
            aria-describedby={described("name")}
          />,
        )}
        {field(
          "requester",
          "Requested by",
          <input
            id={`${id}-requester`}
            name="requester"
            required
            maxLength={200}
            defaultValue={session.data?.user.name ?? ""}
            aria-invalid={fieldError("requester") !== undefined}
            aria-describedby={described("requester")}
          />,
        )}
        {field(
          "reason",
          "Reason",
          <textarea
            id={`${id}-reason`}
            name="reason"
            required
            rows={3}
            maxLength={5000}
            aria-invalid={fieldError("reason") !== undefined}
            aria-describedby={described("reason", true)}
          />,
          "Why it is needed: the business case a decision weighs.",
        )}
        {field(
          "description",
          "Description (optional)",
          <textarea
            id={`${id}-description`}
            name="description"
            rows={3}
            maxLength={5000}
            aria-describedby={described("description")}
          />,
        )}
        {error !== undefined && error.fields.length === 0 && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Creating…" : "Create draft"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
