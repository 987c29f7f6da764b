import type { AssignmentRecord } from "../api/types.js";

/** The fields of a resource the assignment text needs. */
export interface NamedResource {
  readonly id: string;
  readonly name: string;
}

/** One resource on a task, as typed: units 1 = 100 %. */
export interface Wanted {
  readonly resource: string;
  readonly units: number;
}

/** The body of `POST …/assignments/bulk`. */
export interface AssignmentChanges {
  readonly create: readonly { readonly task: string; readonly resource: string; readonly units: number }[];
  readonly update: readonly { readonly id: string; readonly version: number; readonly units: number }[];
  readonly delete: readonly { readonly id: string; readonly version: number }[];
}

const MAX_UNITS = 1000;

/** `50%` → 0.5, `1.5` → 1.5 (units, as in plan files), `150 %` → 1.5; a message when it is not units. */
export function parseUnits(text: string): number | string {
  const t = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  const plain = /^(\d+(?:\.\d+)?)$/.exec(t);
  const hint = `expected units such as 50%, 100% or 1.5, got "${t}"`;
  if (percent === null && plain === null) return hint;
  const units = percent !== null ? Number(percent[1]) / 100 : Number(plain?.[1]);
  // A bare 50 is surely meant as 50 %, but 50 units would be a valid (and very different) amount.
  if (percent === null && units > 10) return `write ${t}% for ${t} percent (${t} alone would be ${t} units)`;
  if (!(units > 0)) return "units must be more than 0%";
  if (units > MAX_UNITS) return `at most ${MAX_UNITS * 100}% (${MAX_UNITS} units)`;
  return units;
}

/** Units as people read them: 1 → "100%", 0.333 → "33.3%". */
export function formatUnits(units: number): string {
  return `${Math.round(units * 1000) / 10}%`;
}

/** A task's assignments as text: `alice, bob 50%` (full-time assignments leave their units out), in `order`. */
export function formatAssignments(
  assignments: readonly Pick<AssignmentRecord, "resource" | "units">[],
  order: ReadonlyMap<string, number> = new Map(),
): string {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...assignments]
    .sort((a, b) => rank(a.resource) - rank(b.resource) || a.resource.localeCompare(b.resource))
    .map((a) => (Math.abs(a.units - 1) < 1e-9 ? a.resource : `${a.resource} ${formatUnits(a.units)}`))
    .join(", ");
}

/**
 * Reads `alice, bob 50%` (also `bob 0.5`, `bob[50%]`, or a resource's name instead of its id) into
 * the resources wanted on a task; blank means none. Answers a message naming what it cannot read,
 * such as an unknown resource (with the closest id as a suggestion).
 */
export function parseAssignments(text: string, resources: readonly NamedResource[]): Wanted[] | string {
  const byKey = new Map<string, string>();
  for (const r of resources) byKey.set(r.name.trim().toLowerCase(), r.id);
  // Ids win over names when one resource's name is another's id.
  for (const r of resources) byKey.set(r.id.toLowerCase(), r.id);
  const wanted: Wanted[] = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") continue;
    const entry = readEntry(part, byKey);
    if (typeof entry === "string") return entry;
    if (entry === undefined) return unknown(part, resources);
    if (wanted.some((w) => w.resource === entry.resource))
      return `“${entry.resource}” is named twice; give it once with the total units`;
    wanted.push(entry);
  }
  return wanted;
}

/** One comma-separated entry: a known resource with optional units; undefined when no resource matches. */
function readEntry(part: string, byKey: ReadonlyMap<string, string>): Wanted | string | undefined {
  const whole = byKey.get(part.toLowerCase());
  if (whole !== undefined) return { resource: whole, units: 1 };
  const split = /^(.*?)(?:\s*\[\s*([^\]]*)\]|\s*:\s*(\S+)|\s+(\S+))$/.exec(part);
  if (split === null) return undefined;
  const resource = byKey.get((split[1] ?? "").trim().toLowerCase());
  if (resource === undefined) return undefined;
  const units = parseUnits(split[2] ?? split[3] ?? split[4] ?? "");
  return typeof units === "string" ? `${resource}: ${units}` : { resource, units };
}

function unknown(part: string, resources: readonly NamedResource[]): string {
  // The name as typed, without units that may follow it.
  const name = part.replace(/(\s*\[[^\]]*\]|\s*:\s*\S+|\s+\d[\d.]*\s*%?)$/, "");
  if (resources.length === 0) return `unknown resource “${name}”: this project has no resources yet`;
  let best: { id: string; distance: number } | undefined;
  for (const r of resources) {
    const distance = Math.min(
      editDistance(name.toLowerCase(), r.id.toLowerCase()),
      editDistance(name.toLowerCase(), r.name.toLowerCase()),
    );
    if (best === undefined || distance < best.distance) best = { id: r.id, distance };
  }
  const close = best !== undefined && best.distance <= Math.max(1, Math.floor(name.length / 3));
  return `unknown resource “${name}”${close ? `; did you mean “${best?.id}”?` : ""}`;
}

/** Edits (insert, delete, replace, swap two neighbours) between two strings: "alcie" is 1 from "alice". */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * What to send so a task's assignments become `wanted`: new resources are created, changed units
 * updated, resources no longer named deleted; unchanged ones are left alone (so their versions stay).
 */
export function diffAssignments(
  task: string,
  current: readonly AssignmentRecord[],
  wanted: readonly Wanted[],
): AssignmentChanges {
  const mine = current.filter((a) => a.task === task);
  const byResource = new Map(mine.map((a) => [a.resource, a]));
  const keep = new Set(wanted.map((w) => w.resource));
  const create: { task: string; resource: string; units: number }[] = [];
  const update: { id: string; version: number; units: number }[] = [];
  for (const w of wanted) {
    const existing = byResource.get(w.resource);
    if (existing === undefined) create.push({ task, resource: w.resource, units: w.units });
    else if (Math.abs(existing.units - w.units) > 1e-9)
      update.push({ id: existing.id, version: existing.version, units: w.units });
  }
  const remove = mine.filter((a) => !keep.has(a.resource)).map((a) => ({ id: a.id, version: a.version }));
  return { create, update, delete: remove };
}

export function isEmpty(changes: AssignmentChanges): boolean {
  return changes.create.length + changes.update.length + changes.delete.length === 0;
}
