import type { BacklogItem, BacklogItemType, EstimateUnit } from "@keel/model";
import { parseLabels } from "./backlog-filter.js";
import { estimateOf, parseEstimate } from "./estimate.js";
import { lines } from "./retro-text.js";

/** A backlog item's fields as the item dialog holds them: text as typed. */
export interface ItemDraft {
  readonly name: string;
  readonly type: BacklogItemType;
  readonly estimate: string;
  readonly assignee: string;
  readonly epic: string;
  readonly labels: string;
  readonly description: string;
  /** Acceptance criteria, one a line. */
  readonly acceptance: string;
  readonly tasks: readonly string[];
}

export function draftOf(item: BacklogItem, unit: EstimateUnit): ItemDraft {
  const estimate = estimateOf(item, unit);
  return {
    name: item.name,
    type: item.type,
    estimate: estimate === undefined ? "" : String(estimate),
    assignee: item.assignee ?? "",
    epic: item.epic ?? "",
    labels: (item.labels ?? []).join(", "),
    description: item.description ?? "",
    acceptance: (item.acceptance ?? []).join("\n"),
    tasks: [...(item.tasks ?? [])],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The PATCH body for what the draft changed (null clears a field), or the problems that keep it from
 * being saved, by field.
 */
export function itemPatch(
  item: BacklogItem,
  draft: ItemDraft,
  unit: EstimateUnit,
): { patch: Record<string, unknown> } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (name === "") errors.name = "Give the item a name.";
  const estimate = parseEstimate(draft.estimate);
  if ("error" in estimate) errors.estimate = estimate.error;
  if (Object.keys(errors).length > 0 || "error" in estimate) return { errors };
  const text = (s: string) => (s.trim() === "" ? undefined : s.trim());
  const list = <T>(l: readonly T[]) => (l.length === 0 ? undefined : l);
  const next: Record<string, unknown> = {
    name,
    type: draft.type,
    [unit]: estimate.value,
    assignee: text(draft.assignee),
    epic: draft.type === "epic" ? undefined : text(draft.epic),
    labels: list(parseLabels(draft.labels)),
    description: draft.description.trim() === "" ? undefined : draft.description,
    acceptance: list(lines(draft.acceptance)),
    tasks: list(draft.tasks),
  };
  const current = item as unknown as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) if (!same(current[key], value)) patch[key] = value ?? null;
  return { patch };
}
