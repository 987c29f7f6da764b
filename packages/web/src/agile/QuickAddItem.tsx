import type { BacklogItemType, EstimateUnit } from "@keel/model";
import { type FormEvent, useId, useState } from "react";
import { api } from "../api/client.js";
import { agilePaths, type ItemRecord } from "./agile-api.js";
import { parseEstimate } from "./estimate.js";
import { TYPE_NAMES } from "./item-types.js";
import type { AgileWrite } from "./use-agile-write.js";

interface QuickAddItemProps {
  readonly projectId: string;
  readonly types: readonly BacklogItemType[];
  readonly unit: EstimateUnit;
  readonly write: AgileWrite;
  readonly added: (item: ItemRecord) => void;
}

/**
 * One line above the backlog: name, type and estimate; Enter adds the item at the bottom with the
 * next key, and clears the name and estimate for the next one while the type stays.
 */
export function QuickAddItem({ projectId, types, unit, write, added }: QuickAddItemProps) {
  const id = useId();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = form.elements.namedItem("name") as HTMLInputElement;
    const estimate = form.elements.namedItem("estimate") as HTMLInputElement;
    const type = (form.elements.namedItem("type") as HTMLSelectElement).value;
    const title = name.value.trim();
    if (title === "") return setError("Give the item a name.");
    const parsed = parseEstimate(estimate.value);
    if ("error" in parsed) return setError(parsed.error);
    const body = { name: title, type, ...(parsed.value === undefined ? {} : { [unit]: parsed.value }) };
    const typed = { name: name.value, estimate: estimate.value };
    name.value = "";
    estimate.value = "";
    setSaving((n) => n + 1);
    const answer = await write(() => api<ItemRecord>("POST", agilePaths(projectId).items, body));
    setSaving((n) => n - 1);
    if (answer.ok) {
      setError(undefined);
      added(answer.value);
    } else {
      setError(answer.message);
      if (name.value === "") name.value = typed.name;
      if (estimate.value === "") estimate.value = typed.estimate;
    }
    name.focus();
  }

  return (
    <form className="quick-add agile-quick-add" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`} className="visually-hidden">
        Add a backlog item
      </h3>
      <label className="quick-name">
        <span className="visually-hidden">Name of the new item</span>
        <input
          name="name"
          placeholder="Add an item: what the user needs…"
          autoComplete="off"
          onChange={() => setError(undefined)}
        />
      </label>
      <label>
        Type
        <select name="type" defaultValue={types.includes("story") ? "story" : types[0]}>
          {types
            .filter((t) => t !== "subtask")
            .map((t) => (
              <option key={t} value={t}>
                {TYPE_NAMES[t]}
              </option>
            ))}
        </select>
      </label>
      <label>
        {unit === "points" ? "Points" : "Hours"}
        <input name="estimate" inputMode="decimal" size={4} autoComplete="off" />
      </label>
      <button type="submit" className="btn btn-primary">
        {saving > 0 ? "Adding…" : "Add item"}
      </button>
      {error !== undefined && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
