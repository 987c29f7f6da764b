import type { Kpi, KpiValue } from "@keel/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { formatDate } from "../ui/format.js";
import { formatKpiValue, type KpiRecord, parseNumber } from "./kpi.js";

/** What the dialog saves: a new KPI's fields, or an existing one's changes (values replaced whole). */
export type KpiFields = Pick<Kpi, "name" | "better" | "values"> & {
  readonly unit: string | null;
  readonly target: number | null;
};

interface KpiDialogProps {
  /** The KPI to edit; undefined to add one. */
  readonly kpi: KpiRecord | undefined;
  readonly open: boolean;
  /** Saves; answers a refusal to show in place, or undefined when done. */
  readonly save: (fields: KpiFields) => Promise<string | undefined>;
  readonly close: () => void;
}

/** Name, unit, target and which way is better of a KPI; when editing, its values too (remove a wrong one). */
export function KpiDialog({ kpi, open, save, close }: KpiDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState("");
  const [unit, setUnit] = useState("");
  const [target, setTarget] = useState("");
  const [better, setBetter] = useState<"higher" | "lower">("higher");
  const [values, setValues] = useState<readonly KpiValue[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) {
      setName(kpi?.name ?? "");
      setUnit(kpi?.unit ?? "");
      setTarget(kpi?.target === undefined ? "" : String(kpi.target));
      setBetter(kpi?.better ?? "higher");
      setValues(kpi?.values ?? []);
      setError(undefined);
      dialog.current?.showModal();
    } else dialog.current?.close();
  }, [open, kpi]);

  const targetValue = parseNumber(target);
  const targetProblem =
    target.trim() !== "" && targetValue === undefined ? "Give the target as a number." : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "" || targetProblem !== undefined) return;
    setBusy(true);
    const refused = await save({
      name: name.trim(),
      unit: unit.trim() === "" ? null : unit.trim(),
      target: targetValue ?? null,
      better,
      values,
    });
    setBusy(false);
    if (refused === undefined) {
      dialog.current?.close();
      close();
    } else setError(refused);
  }

  return (
    <dialog ref={dialog} className="card kpi-dialog" aria-labelledby={`${id}-title`} onClose={close}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          {kpi === undefined ? "New KPI" : `Edit “${kpi.name}”`}
        </h2>
        <p className="muted">
          A business measure the project is for: adoption, revenue, tickets, uptime. Add a value each period
          and the dashboard shows where it is going against its target.
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            required
            maxLength={120}
            placeholder="e.g. Self-service sign-ups"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="kpi-dialog-row">
          <div className="field">
            <label htmlFor={`${id}-unit`}>Unit (optional)</label>
            <input
              id={`${id}-unit`}
              maxLength={20}
              placeholder="per week, %, €"
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-target`}>Target (optional)</label>
            <input
              id={`${id}-target`}
              inputMode="decimal"
              value={target}
              aria-invalid={targetProblem !== undefined}
              aria-describedby={targetProblem === undefined ? undefined : `${id}-target-error`}
              onChange={(e) => setTarget(e.target.value)}
            />
            {targetProblem !== undefined && (
              <span id={`${id}-target-error`} className="field-error">
                {targetProblem}
              </span>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-better`}>Better is</label>
            <select
              id={`${id}-better`}
              value={better}
              onChange={(e) => setBetter(e.target.value as "higher" | "lower")}
            >
              <option value="higher">Higher</option>
              <option value="lower">Lower</option>
            </select>
          </div>
        </div>
        {kpi !== undefined && (
          <fieldset className="kpi-values">
            <legend>Values</legend>
            {values.length === 0 ? (
              <p className="muted">No values yet.</p>
            ) : (
              <ul>
                {values.map((v) => (
                  <li key={v.date}>
                    <span>
                      {formatDate(v.date)}:{" "}
                      <strong>{formatKpiValue(v.value, unit.trim() || undefined)}</strong>
                    </span>
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Remove the value of ${formatDate(v.date)}`}
                      onClick={() => setValues((all) => all.filter((x) => x.date !== v.date))}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
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
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : kpi === undefined ? "Add KPI" : "Save"}
          </button>
        </div>
      </form>
    </dialog>
  );
}
