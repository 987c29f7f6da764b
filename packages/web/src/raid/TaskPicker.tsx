import { useId, useState } from "react";
import type { LeafTask } from "./leaf-tasks.js";

interface TaskPickerProps {
  readonly tasks: readonly LeafTask[];
  readonly chosen: readonly string[];
  readonly change: (chosen: string[]) => void;
  readonly hint: string;
  readonly disabled: boolean;
}

/**
 * The leaf tasks an item is linked to, as a list of checkboxes with a search box (plans have hundreds
 * of tasks). A linked id no longer in the plan stays listed, so it can be unlinked.
 */
export function TaskPicker({ tasks, chosen, change, hint, disabled }: TaskPickerProps) {
  const id = useId();
  const [search, setSearch] = useState("");
  const known = new Set(tasks.map((t) => t.id));
  const missing = chosen
    .filter((c) => !known.has(c))
    .map((c) => ({ id: c, name: c, path: "not in the plan" }));
  const needle = search.trim().toLowerCase();
  const shown = [...missing, ...tasks].filter(
    (t) => needle === "" || `${t.id} ${t.name} ${t.path}`.toLowerCase().includes(needle),
  );
  const picked = new Set(chosen);
  const toggle = (task: string) =>
    change(picked.has(task) ? chosen.filter((c) => c !== task) : [...chosen, task]);
  return (
    <fieldset className="raid-task-picker" aria-describedby={`${id}-hint`} disabled={disabled}>
      <legend>
        Linked tasks <span className="muted">({chosen.length} linked)</span>
      </legend>
      <p id={`${id}-hint`} className="muted raid-hint">
        {hint}
      </p>
      <input
        type="search"
        aria-label="Find a task"
        placeholder={`Find among ${tasks.length} tasks`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <ul className="raid-task-options">
        {shown.length === 0 && <li className="muted">No task matches.</li>}
        {shown.map((t) => (
          <li key={t.id}>
            <label>
              <input type="checkbox" checked={picked.has(t.id)} onChange={() => toggle(t.id)} />
              <span>{t.name}</span>
              <span className="muted raid-task-path">{t.path === "" ? t.id : `${t.path} · ${t.id}`}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
