import {
  type AgileSettings,
  agileSettingsSchema,
  type BacklogItemType,
  type EstimateUnit,
  type StatusCategory,
  type Swimlanes,
  type WipPolicy,
} from "@keel/model";
import { lines } from "./retro-text.js";

/** A status key from its name: "In Review" → "in-review", made unique among `taken` with a number. */
export function statusId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || "status";
  let id = slug;
  for (let n = 2; taken.includes(id); n++) id = `${slug}-${n}`;
  return id;
}

/** A WIP limit as typed: empty is no limit; else a whole number from 1 (anything else is kept for the check to refuse). */
export function parseWip(text: string): number | undefined {
  const t = text.trim();
  return t === "" ? undefined : Number(t);
}

/**
 * The settings checked with the model's own schema before they are sent: each problem as a sentence
 * naming the field (a status by its row), so it shows beside the form and nothing is saved.
 */
export function settingsProblems(settings: AgileSettings): string[] {
  const parsed = agileSettingsSchema.safeParse(settings);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [first, list, row, field] = issue.path;
    if (first === "workflow" && list === "statuses" && typeof row === "number") {
      const name = settings.workflow.statuses[row]?.name || `row ${row + 1}`;
      return `Status “${name}”${field === undefined ? "" : `, ${String(field)}`}: ${issue.message}`;
    }
    return `${FIELD_NAMES[String(first)] ?? issue.path.join(".")}: ${issue.message}`;
  });
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  workflow: "Workflow",
  wipPolicy: "WIP policy",
  sprintLength: "Sprint length",
  estimateUnit: "Estimate unit",
  focusFactor: "Focus factor",
  itemTypes: "Item types",
  definitionOfDone: "Definition of done",
  swimlanes: "Swimlanes",
  keyPrefix: "Key prefix",
};

export interface StatusRow {
  /** The stored key; "" for a status added in the form, which gets one from its name on save. */
  readonly id: string;
  /** Tells rows apart in the form while a new one has no id yet. */
  readonly key: string;
  readonly name: string;
  readonly category: StatusCategory;
  readonly wip: string;
}

/** The settings as the setup form holds them: numbers and lists as typed. */
export interface SettingsDraft {
  readonly statuses: readonly StatusRow[];
  readonly wipPolicy: WipPolicy;
  readonly sprintLength: string;
  readonly estimateUnit: EstimateUnit;
  readonly focusFactor: string;
  readonly swimlanes: Swimlanes;
  readonly keyPrefix: string;
  readonly itemTypes: readonly BacklogItemType[];
  /** One a line. */
  readonly definitionOfDone: string;
}

export function draftOfSettings(s: AgileSettings): SettingsDraft {
  return {
    statuses: s.workflow.statuses.map((w) => ({
      id: w.id,
      key: w.id,
      name: w.name,
      category: w.category,
      wip: w.wip === undefined ? "" : String(w.wip),
    })),
    wipPolicy: s.wipPolicy,
    sprintLength: String(s.sprintLength),
    estimateUnit: s.estimateUnit,
    focusFactor: String(s.focusFactor),
    swimlanes: s.swimlanes,
    keyPrefix: s.keyPrefix,
    itemTypes: s.itemTypes,
    definitionOfDone: s.definitionOfDone.join("\n"),
  };
}

/**
 * The settings the draft describes, on top of `base` (what the form does not edit, such as the
 * workflow's transitions, stays; transitions to or from a removed status go with it).
 */
export function settingsOfDraft(draft: SettingsDraft, base: AgileSettings): AgileSettings {
  const taken = draft.statuses.map((r) => r.id).filter((id) => id !== "");
  const statuses = draft.statuses.map((row) => {
    const id = row.id === "" ? statusId(row.name, taken) : row.id;
    if (row.id === "") taken.push(id);
    const wip = parseWip(row.wip);
    return { id, name: row.name.trim(), category: row.category, ...(wip === undefined ? {} : { wip }) };
  });
  const ids = new Set(statuses.map((s) => s.id));
  const transitions = base.workflow.transitions?.filter(
    (t) => (t.from === "*" || ids.has(t.from)) && ids.has(t.to),
  );
  return {
    ...base,
    workflow: { statuses, ...(transitions === undefined ? {} : { transitions }) },
    wipPolicy: draft.wipPolicy,
    sprintLength: Number(draft.sprintLength.trim() === "" ? Number.NaN : draft.sprintLength),
    estimateUnit: draft.estimateUnit,
    focusFactor: Number(draft.focusFactor.trim() === "" ? Number.NaN : draft.focusFactor.replace(",", ".")),
    swimlanes: draft.swimlanes,
    keyPrefix: draft.keyPrefix.trim(),
    itemTypes: draft.itemTypes,
    definitionOfDone: lines(draft.definitionOfDone),
  };
}
