import {
  type AgileSettings,
  agileSettingsSchema,
  type BacklogItemType,
  type EstimateUnit,
  type StatusCategory,
  type Swimlanes,
  type WipPolicy,
  type WorkflowTransition,
} from "@keel/model";
import { lines } from "./retro-text.js";
import { linkStatus, neighbourTransitions, withoutStatus } from "./transitions.js";

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
  /** Allowed moves between rows, by row key; kept while `everyMove` is on, so turning it off restores them. */
  readonly transitions: readonly WorkflowTransition[];
  /** The workflow lists no moves, so it allows every one. */
  readonly everyMove: boolean;
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
    transitions: s.workflow.transitions ?? [],
    everyMove: (s.workflow.transitions ?? []).length === 0,
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

/** The settings the draft describes, on top of `base` (for what the form does not edit). */
export function settingsOfDraft(draft: SettingsDraft, base: AgileSettings): AgileSettings {
  const taken = draft.statuses.map((r) => r.id).filter((id) => id !== "");
  const idOfKey = new Map<string, string>();
  const statuses = draft.statuses.map((row) => {
    const id = row.id === "" ? statusId(row.name, taken) : row.id;
    if (row.id === "") taken.push(id);
    idOfKey.set(row.key, id);
    const wip = parseWip(row.wip);
    return { id, name: row.name.trim(), category: row.category, ...(wip === undefined ? {} : { wip }) };
  });
  const transitions = draft.everyMove
    ? []
    : draft.transitions.map((t) => ({ from: idOfKey.get(t.from) ?? t.from, to: idOfKey.get(t.to) ?? t.to }));
  return {
    ...base,
    workflow: { statuses, ...(transitions.length === 0 ? {} : { transitions }) },
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

/**
 * What the schema cannot see: with "Allow every move" off, the draft's list is the only way in
 * and out of each status, and an empty one would be stored as no list, which allows every move.
 */
export function transitionProblems(draft: SettingsDraft): string[] {
  return !draft.everyMove && draft.transitions.length === 0
    ? ["Transitions: no move is allowed. Check at least one, or switch on “Allow every move”."]
    : [];
}

/** The draft with a status named `name` placed after row `after` (-1: first), linked to its neighbours. */
export function addStatus(draft: SettingsDraft, name: string, after: number): SettingsDraft {
  const keys = draft.statuses.map((r) => r.key);
  let n = 1;
  while (keys.includes(`new-${n}`)) n++;
  const row: StatusRow = { id: "", key: `new-${n}`, name, category: "doing", wip: "" };
  const statuses = [...draft.statuses.slice(0, after + 1), row, ...draft.statuses.slice(after + 1)];
  const order = statuses.map((r) => r.key);
  // A workflow that allows every move and lists none has nothing to link: the new status is open too.
  const transitions =
    draft.transitions.length === 0 ? draft.transitions : linkStatus(draft.transitions, order, row.key);
  return { ...draft, statuses, transitions };
}

/** The draft without row `index` and the moves that name it. */
export function removeStatus(draft: SettingsDraft, index: number): SettingsDraft {
  const row = draft.statuses[index];
  if (row === undefined) return draft;
  return {
    ...draft,
    statuses: draft.statuses.filter((_, i) => i !== index),
    transitions: withoutStatus(draft.transitions, row.key),
  };
}

/**
 * The draft with "Allow every move" switched. Switched off with no moves listed, it starts from
 * each status to its neighbours, so the board does not refuse everything at once.
 */
export function setEveryMove(draft: SettingsDraft, on: boolean): SettingsDraft {
  const transitions =
    on || draft.transitions.length > 0
      ? draft.transitions
      : neighbourTransitions(draft.statuses.map((r) => r.key));
  return { ...draft, everyMove: on, transitions };
}
