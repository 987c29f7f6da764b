import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError, api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { ProjectRecord, Workspace } from "../api/types.js";
import { Field } from "../ui/Field.js";

/** "New project" button and its dialog: name, start date, workspace. */
export function NewProject({ workspaces }: { readonly workspaces: readonly Workspace[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const allowed = workspaces.filter((w) => w.role === "owner" || w.role === "manager");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    setBusy(true);
    setError(undefined);
    try {
      const created = await api<ProjectRecord>("POST", `/api/workspaces/${form.workspace}/projects`, {
        name: form.name,
        start: form.start,
      });
      await client.invalidateQueries({ queryKey: keys.projects });
      dialog.current?.close();
      navigate(`/projects/${created.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, "error", String(e)));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (path: string) => error?.fields.find((f) => f.path === path)?.message;
  return (
    <>
      <button type="button" className="btn btn-primary" onClick={() => dialog.current?.showModal()}>
        New project
      </button>
      <dialog ref={dialog} className="card" aria-labelledby="new-project-title">
        <form onSubmit={submit} method="dialog">
          <h2 id="new-project-title" style={{ marginTop: 0 }}>
            New project
          </h2>
          <Field label="Name" name="name" required error={fieldError("name")} />
          <Field label="Start date" name="start" type="date" required error={fieldError("start")} />
          <div className="field">
            <label htmlFor="new-project-workspace">Workspace</label>
            <select id="new-project-workspace" name="workspace">
              {allowed.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </div>
          {error !== undefined && error.fields.length === 0 && (
            <p className="form-error" role="alert">
              {error.message}
            </p>
          )}
          <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
            <button type="button" className="btn" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? "Creating…" : "Create"}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
