import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { api } from "../api/client.js";
import { keys } from "../api/queries.js";
import type { ProjectRecord, Workspace } from "../api/types.js";
import { type FidelityItem, FidelityReport } from "./FidelityReport.js";
import { FileProblems } from "./FileProblems.js";
import { PLAN_FILE_ACCEPT, type PlanFile, readPlanFile } from "./plan-file.js";
import "./plan-file.css";

/** "Import plan" on the portfolio: a new project from a plan file, in a workspace the user manages. */
export function ImportPlan({ workspaces }: { readonly workspaces: readonly Workspace[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const client = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [refused, setRefused] = useState<{ file: PlanFile; error: unknown }>();
  const [busy, setBusy] = useState(false);
  /** After an MS Project import that was not exact: the new project and what the import kept. */
  const [imported, setImported] = useState<{ id: string; items: readonly FidelityItem[] }>();
  const allowed = workspaces.filter((w) => w.role === "owner" || w.role === "manager");

  function show() {
    setRefused(undefined);
    setImported(undefined);
    setOpen(true);
    dialog.current?.showModal();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.get("file");
    if (!(chosen instanceof File) || chosen.name === "") return;
    const file = await readPlanFile(chosen);
    setBusy(true);
    setRefused(undefined);
    try {
      const created = await api<ProjectRecord & { fidelity?: { items: FidelityItem[] } }>(
        "POST",
        `/api/workspaces/${encodeURIComponent(String(form.get("workspace")))}/projects/import`,
        file,
      );
      await client.invalidateQueries({ queryKey: keys.projects });
      const items = created.fidelity?.items ?? [];
      if (items.some((i) => i.fidelity !== "exact")) {
        setImported({ id: created.id, items });
        return;
      }
      dialog.current?.close();
      navigate(`/projects/${created.id}`);
    } catch (error) {
      setRefused({ file, error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={show}>
        Import plan
      </button>
      <dialog
        ref={dialog}
        className="card plan-file-dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
      >
        {open && imported !== undefined && (
          <div>
            <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
              Imported, with differences
            </h2>
            <p className="muted">
              The project is created. Microsoft Project has things Keel keeps differently or not at all; check
              these before you rely on the dates.
            </p>
            <FidelityReport items={imported.items} />
            <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => {
                  dialog.current?.close();
                  navigate(`/projects/${imported.id}`);
                }}
              >
                Open the project
              </button>
            </div>
          </div>
        )}
        {open && imported === undefined && (
          <form onSubmit={submit}>
            <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
              Import a plan
            </h2>
            <p className="muted">
              A new project from a Keel YAML (.yaml), Microsoft Project XML (.xml) or PSPLIB (.sm) file.
            </p>
            <div className="field">
              <label htmlFor={`${id}-file`}>Plan file</label>
              <input id={`${id}-file`} name="file" type="file" accept={PLAN_FILE_ACCEPT} required />
            </div>
            <div className="field">
              <label htmlFor={`${id}-workspace`}>Workspace</label>
              <select id={`${id}-workspace`} name="workspace">
                {allowed.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </div>
            {refused !== undefined && <FileProblems error={refused.error} fileName={refused.file.fileName} />}
            <div className="toolbar" style={{ justifyContent: "flex-end", marginBottom: 0 }}>
              <button type="button" className="btn" onClick={() => dialog.current?.close()}>
                Cancel
              </button>
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {busy ? "Importing…" : "Import"}
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
