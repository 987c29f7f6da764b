import { OWNERS_LIST } from "./kind-views.js";
import type { ActionDraft } from "./risk-actions.js";
import { EMPTY_ACTION } from "./risk-actions.js";

interface ActionsEditorProps {
  readonly rows: readonly ActionDraft[];
  readonly change: (rows: ActionDraft[]) => void;
}

/** The response's steps: what, who, by when, done; rows added and removed in place. */
export function ActionsEditor({ rows, change }: ActionsEditorProps) {
  const set = (i: number, update: Partial<ActionDraft>) =>
    change(rows.map((row, j) => (j === i ? { ...row, ...update } : row)));
  return (
    <fieldset className="raid-actions">
      <legend>Actions</legend>
      {rows.length === 0 ? (
        <p className="muted raid-hint">
          No actions yet: add the steps of the response, each with an owner and a date.
        </p>
      ) : (
        <table className="raid-actions-table">
          <thead>
            <tr>
              <th scope="col">Action</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Done</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id.
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Action ${i + 1}`}
                    value={row.action}
                    onChange={(e) => set(i, { action: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`Owner of action ${i + 1}`}
                    list={OWNERS_LIST}
                    size={10}
                    value={row.owner}
                    onChange={(e) => set(i, { owner: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`Due date of action ${i + 1}`}
                    value={row.due}
                    onChange={(e) => set(i, { due: e.target.value })}
                  />
                </td>
                <td className="raid-actions-done">
                  <input
                    type="checkbox"
                    aria-label={`Action ${i + 1} done`}
                    checked={row.done}
                    onChange={(e) => set(i, { done: e.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-small raid-quiet"
                    aria-label={`Remove action ${i + 1}`}
                    onClick={() => change(rows.filter((_, j) => j !== i))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="btn btn-small" onClick={() => change([...rows, EMPTY_ACTION])}>
        Add action
      </button>
    </fieldset>
  );
}
