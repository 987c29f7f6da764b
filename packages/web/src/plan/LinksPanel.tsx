import type { TaskResult } from "@keel/engine";
import { formatLag, LINK_TYPES, type LinkType, parseLag } from "@keel/model";
import { type FormEvent, useId, useState } from "react";
import type { LinkRecord } from "../api/types.js";
import type { PlanEdits, Shown } from "./use-plan-edits.js";

const TYPE_NAMES: Record<LinkType, string> = {
  FS: "Finish-to-start (FS)",
  SS: "Start-to-start (SS)",
  FF: "Finish-to-finish (FF)",
  SF: "Start-to-finish (SF)",
};

interface LinksPanelProps {
  readonly task: TaskResult | undefined;
  readonly tasks: readonly TaskResult[];
  readonly links: readonly LinkRecord[];
  readonly canEdit: boolean;
  readonly edits: Pick<PlanEdits, "ready" | "createLink" | "deleteLink">;
}

/**
 * The selected task's predecessors and successors, with a form to add a link and a button to remove
 * each. A change shows at once; a refusal takes it back and says why under the form.
 */
export function LinksPanel({ task, tasks, links, canEdit, edits }: LinksPanelProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (task === undefined)
    return (
      <aside className="card links-panel" aria-label="Links">
        <p className="muted">Select a task to see and edit its links.</p>
      </aside>
    );
  const names = new Map(tasks.map((t) => [t.id, t.name]));
  const predecessors = links.filter((l) => l.to === task.id);
  const successors = links.filter((l) => l.from === task.id);

  async function run(shown: Shown) {
    setError(undefined);
    // Until the worker has the plan, the edit waits for the server: no second one meanwhile.
    if (!edits.ready) setBusy(true);
    const message = await shown.saved;
    setBusy(false);
    setError(message);
  }

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (task === undefined) return;
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    const lag = parseLag(data.lag ?? "");
    if (typeof lag === "string") return setError(lag);
    if (data.other === undefined || data.other === "") return setError("Choose the task to link to.");
    const [from, to] = data.direction === "successor" ? [task.id, data.other] : [data.other, task.id];
    void run(edits.createLink({ from, to, type: data.type as LinkType, lag }));
    form.reset();
  }

  const list = (title: string, shown: readonly LinkRecord[], end: "from" | "to") => (
    <section aria-labelledby={`${id}-${end}`}>
      <h3 id={`${id}-${end}`}>{title}</h3>
      {shown.length === 0 ? (
        <p className="muted">None</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Task</th>
              <th>Type</th>
              <th>Lag</th>
              {canEdit && (
                <th>
                  <span className="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr key={l.id}>
                <td>{names.get(l[end]) ?? l[end]}</td>
                <td title={TYPE_NAMES[l.type]}>{l.type}</td>
                <td>{formatLag(l.lag)}</td>
                {canEdit && (
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      aria-label={`Remove ${l.type} link ${names.get(l.from) ?? l.from} → ${names.get(l.to) ?? l.to}`}
                      onClick={() => void run(edits.deleteLink(l))}
                    >
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );

  return (
    <aside className="card links-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Links of “{task.name}”</h2>
      <div className="links-lists">
        {list("Predecessors", predecessors, "from")}
        {list("Successors", successors, "to")}
      </div>
      {canEdit && (
        <form className="links-form" onSubmit={add} aria-label="Add a link">
          <label>
            Add a
            <select name="direction" defaultValue="predecessor">
              <option value="predecessor">predecessor</option>
              <option value="successor">successor</option>
            </select>
          </label>
          <label>
            Task
            <select name="other" defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {tasks
                .filter((t) => t.id !== task.id)
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Type
            <select name="type" defaultValue="FS">
              {LINK_TYPES.map((t) => (
                <option key={t} value={t}>
                  {TYPE_NAMES[t]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Lag
            <input name="lag" defaultValue="0d" size={6} aria-describedby={`${id}-lag-hint`} />
          </label>
          <span id={`${id}-lag-hint`} className="visually-hidden">
            For example 2d, a lead of -1d, or 50%
          </span>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Add link
          </button>
          {error !== undefined && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </aside>
  );
}
