import { type KeyboardEvent, useId, useState } from "react";

/** The last row of the table: type a name and press Enter to add a task at the end of the plan. */
export function AddTaskRow({ add }: { readonly add: (name: string) => Promise<string | undefined> }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter" || busy) return;
    event.preventDefault();
    if (name.trim() === "") {
      setError("Type the new task's name, then press Enter.");
      return;
    }
    setBusy(true);
    const refused = await add(name.trim());
    setBusy(false);
    setError(refused);
    // The box stays focused and empties, so a list of tasks can be typed one after the other.
    if (refused === undefined) setName("");
  }

  return (
    <tfoot>
      <tr className="plan-row plan-add">
        <td>
          <input
            className="cell-editor"
            aria-label="New task name"
            placeholder="Add a task…"
            value={name}
            readOnly={busy}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : errorId}
            onChange={(e) => {
              setName(e.target.value);
              setError(undefined);
            }}
            onKeyDown={onKeyDown}
          />
          {error !== undefined && (
            <span id={errorId} className="cell-error" role="alert">
              {error}
            </span>
          )}
        </td>
      </tr>
    </tfoot>
  );
}
