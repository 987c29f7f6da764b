import type { EstimateUnit } from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import type { ItemRecord } from "./agile-api.js";
import { PEOPLE_LIST } from "./BacklogItemDialog.js";
import { estimateOf, parseEstimate } from "./estimate.js";

interface QuickEditDialogProps {
  readonly item: ItemRecord;
  readonly unit: EstimateUnit;
  readonly save: (patch: Record<string, unknown>) => Promise<string | undefined>;
  readonly close: () => void;
}

/** A card's assignee and estimate, changed from the board without leaving it. */
export function QuickEditDialog({ item, unit, save, close }: QuickEditDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [assignee, setAssignee] = useState(item.assignee ?? "");
  const [estimate, setEstimate] = useState(String(estimateOf(item, unit) ?? ""));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => dialog.current?.showModal(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseEstimate(estimate);
    if ("error" in parsed) return setError(parsed.error);
    const patch: Record<string, unknown> = {};
    const who = assignee.trim() === "" ? undefined : assignee.trim();
    if (who !== item.assignee) patch.assignee = who ?? null;
    if (parsed.value !== estimateOf(item, unit)) patch[unit] = parsed.value ?? null;
    if (Object.keys(patch).length > 0) {
      setBusy(true);
      const refused = await save(patch);
      setBusy(false);
      if (refused !== undefined) return setError(refused);
    }
    dialog.current?.close();
  }

  return (
    <dialog
      ref={dialog}
      className="card agile-dialog quick-edit"
      aria-labelledby={`${id}-title`}
      onClose={close}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>
          <span className="item-key">{item.id}</span> {item.name}
        </h2>
        <div className="agile-field-row">
          <div className="field">
            <label htmlFor={`${id}-assignee`}>Assignee</label>
            <input
              id={`${id}-assignee`}
              value={assignee}
              list={PEOPLE_LIST}
              autoComplete="off"
              onChange={(e) => setAssignee(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-estimate`}>{unit === "points" ? "Points" : "Hours"}</label>
            <input
              id={`${id}-estimate`}
              inputMode="decimal"
              value={estimate}
              onChange={(e) => {
                setEstimate(e.target.value);
                setError(undefined);
              }}
            />
          </div>
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
            {busy ? "Saving…" : "Save"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
