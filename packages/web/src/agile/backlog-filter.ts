import type { BacklogItem, BacklogItemType } from "@keel/model";

export interface BacklogFilter {
  readonly type: BacklogItemType | "";
  /** An epic's key, "none" for items in no epic, or "" for any. */
  readonly epic: string;
  readonly label: string;
  readonly text: string;
}

export const NO_FILTER: BacklogFilter = { type: "", epic: "", label: "", text: "" };

export function isFiltered(filter: BacklogFilter): boolean {
  return filter.type !== "" || filter.epic !== "" || filter.label !== "" || filter.text.trim() !== "";
}

/** Whether an item passes the filter: every set criterion must hold; text matches key, name or a label. */
export function matches(item: BacklogItem, filter: BacklogFilter): boolean {
  if (filter.type !== "" && item.type !== filter.type) return false;
  if (filter.epic === "none" ? item.epic !== undefined : filter.epic !== "" && item.epic !== filter.epic)
    return false;
  if (filter.label !== "" && !(item.labels ?? []).includes(filter.label)) return false;
  const text = filter.text.trim().toLowerCase();
  if (text === "") return true;
  return [item.id, item.name, ...(item.labels ?? [])].some((s) => s.toLowerCase().includes(text));
}

/** Every label used, sorted, for the filter and the label suggestions. */
export function labelsOf(items: readonly BacklogItem[]): string[] {
  return [...new Set(items.flatMap((i) => i.labels ?? []))].sort((a, b) => a.localeCompare(b));
}

/** Labels as typed: "api, ui ,, api" → ["api", "ui"]. */
export function parseLabels(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];
}
