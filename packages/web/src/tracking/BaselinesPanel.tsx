import { type RefObject, useId, useState } from "react";
import { api } from "../api/client.js";
import { usePlanWrite } from "../plan/use-plan-write.js";
import { ConfirmDelete } from "../ui/ConfirmDelete.js";
import { type BaselineRecord, projectPath } from "./tracking-queries.js";

const SAVED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

interface BaselinesPanelProps {
  readonly projectId: string;
  readonly baselines: readonly BaselineRecord[];
  readonly loading: boolean;
  /** The baseline variance and earned value are measured against. */
  readonly chosen: BaselineRecord | undefined;
  readonly choose: (id: string) => void;
  readonly canManage: boolean;
  /** The new baseline's name box, which "Save baseline" elsewhere on the page focuses. */
  readonly nameInput: RefObject<HTMLInputElement | null>;
}

/** The project's named baselines: save the current schedule as one, pick one to compare with, delete one. */
export function BaselinesPanel(props: BaselinesPanelProps) {
  const { projectId, baselines, chosen, canManage } = props;
  const id = useId();
  const write = usePlanWrite(projectId);
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<BaselineRecord>();

  async function save() {
    const wanted = name.trim();
    if (wanted === "") {
      setError("Name the baseline first, such as “Plan of record”.");
      return;
    }
    setBusy(true);
    let created: BaselineRecord | undefined;
    const refused = await write(async () => {
      created = await api<BaselineRecord>("POST", `${projectPath(projectId)}/baselines`, { name: wanted });
    });
    setBusy(false);
    setError(refused);
    if (created !== undefined) {
      setName("");
      props.choose(created.id);
    }
  }

  return (
    <section className="card tracking-panel baselines-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Baselines</h3>
      {canManage && (
        <form
          className="baseline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!busy) void save();
          }}
        >
          <label htmlFor={`${id}-name`}>New baseline</label>
          <input
            id={`${id}-name`}
            ref={props.nameInput}
            value={name}
            placeholder="Plan of record"
            maxLength={200}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? `${id}-hint` : `${id}-error`}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? "Saving…" : "Save baseline"}
          </button>
          <span id={`${id}-hint`} className="visually-hidden">
            Saves the current schedule's dates, durations, work and cost under this name.
          </span>
          {error !== undefined && (
            <span id={`${id}-error`} className="field-error" role="alert">
              {error}
            </span>
          )}
        </form>
      )}
      {baselines.length === 0 ? (
        <p className="muted">
          {props.loading
            ? "Loading…"
            : `No baseline saved yet. A baseline is a copy of the schedule to measure against${canManage ? ": save one once the plan is agreed." : "; a manager saves one once the plan is agreed."}`}
        </p>
      ) : (
        <table className="table baselines-table">
          <caption className="visually-hidden">
            Saved baselines; the one chosen is what variance and earned value compare with
          </caption>
          <thead>
            <tr>
              <th scope="col">Compare</th>
              <th scope="col">Name</th>
              <th scope="col">Saved</th>
              {canManage && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {baselines.map((b) => (
              <tr key={b.id} data-baseline={b.id} aria-current={b.id === chosen?.id ? "true" : undefined}>
                <td>
                  <input
                    type="radio"
                    id={`${id}-${b.id}`}
                    name={`${id}-compare`}
                    checked={b.id === chosen?.id}
                    onChange={() => props.choose(b.id)}
                  />
                </td>
                <td>
                  <label htmlFor={`${id}-${b.id}`}>{b.name}</label>
                </td>
                <td>{SAVED_AT.format(new Date(b.savedAt))}</td>
                {canManage && (
                  <td className="num">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Delete baseline ${b.name}`}
                      onClick={() => setDeleting(b)}
                    >
                      Delete
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDelete
        open={deleting !== undefined}
        title={`Delete baseline “${deleting?.name ?? ""}”?`}
        confirm={() =>
          write(() =>
            api(
              "DELETE",
              `${projectPath(projectId)}/baselines/${encodeURIComponent(deleting?.id ?? "")}?version=${deleting?.version}`,
            ),
          )
        }
        close={() => setDeleting(undefined)}
      >
        <p>
          Variance and earned value can no longer be measured against it. The plan and the other baselines do
          not change.
        </p>
      </ConfirmDelete>
    </section>
  );
}
