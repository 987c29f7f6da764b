import { type Duration, formatDuration, isLocalDate, parseDuration } from "@keel/model";

/**
 * How a field is typed and read back. Optional kinds send `null` when emptied, which clears the
 * field on the server; required kinds refuse an empty value.
 */
export type FieldType =
  | "name"
  | "text"
  | "longText"
  | "date"
  | "requiredDate"
  | "enum"
  | "optionalEnum"
  | "level"
  | "optionalLevel"
  | "chance"
  | "duration"
  | "cost";

export interface FieldSpec {
  /** The item's field; `residual.probability` for a part of a nested score. */
  readonly key: string;
  readonly label: string;
  readonly type: FieldType;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Suggestions for free text (a datalist's id), such as the owners already used. */
  readonly suggestions?: string;
}

export type Parsed = { readonly value: unknown } | { readonly error: string };

/** A stored value as its field shows it for editing. */
export function formatValue(type: FieldType, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (type === "chance") return String(Math.round((value as number) * 1000) / 10);
  if (type === "duration") return formatDuration(value as Duration);
  return String(value);
}

/** What the user typed into a field, as the API takes it; or why it cannot be read. */
export function parseValue(spec: FieldSpec, raw: string): Parsed {
  const text = raw.trim();
  const label = spec.label;
  if (text === "") {
    if (spec.type === "name") return { error: `${label} cannot be empty.` };
    if (spec.type === "requiredDate") return { error: `${label} needs a date.` };
    if (spec.type === "enum" || spec.type === "level") return { error: `Choose a ${label.toLowerCase()}.` };
    return { value: null };
  }
  switch (spec.type) {
    case "date":
    case "requiredDate":
      return isLocalDate(text) ? { value: text } : { error: `${label}: expected a date such as 2027-03-15.` };
    case "enum":
    case "optionalEnum":
      return spec.options === undefined || spec.options.some((o) => o.value === text)
        ? { value: text }
        : { error: `${label}: "${text}" is not one of the choices.` };
    case "level":
    case "optionalLevel": {
      const level = Number(text);
      const top = spec.options?.length ?? 10;
      return Number.isInteger(level) && level >= 1 && level <= top
        ? { value: level }
        : { error: `${label}: expected a level from 1 to ${top}.` };
    }
    case "chance": {
      const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text);
      const percent = match === null ? Number.NaN : Number(match[1]);
      return percent >= 0 && percent <= 100
        ? { value: Math.round(percent * 10) / 1000 }
        : { error: `${label}: expected a percentage from 0 to 100, such as 30.` };
    }
    case "duration": {
      const duration = parseDuration(text);
      return typeof duration === "string" ? { error: `${label}: ${duration}.` } : { value: duration };
    }
    case "cost": {
      const amount = Number(text.replace(/[\s,]/g, ""));
      return Number.isFinite(amount) && amount >= 0
        ? { value: amount }
        : { error: `${label}: expected an amount of 0 or more, such as 12000.` };
    }
    default:
      return { value: text };
  }
}

/** Equal as stored values: absent and null alike, objects by their fields. */
export function sameValue(a: unknown, b: unknown): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const fields = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const f of fields) if (!sameValue(ra[f], rb[f])) return false;
  return true;
}

/** One edited cell as a PATCH body's fields: empty when nothing changed. */
export function fieldPatch(
  item: Readonly<Record<string, unknown>>,
  spec: FieldSpec,
  text: string,
): { readonly patch: Record<string, unknown> } | { readonly error: string } {
  const parsed = parseValue(spec, text);
  if ("error" in parsed) return parsed;
  return { patch: sameValue(parsed.value, item[spec.key]) ? {} : { [spec.key]: parsed.value } };
}

export type Draft = Readonly<Record<string, string>>;

function valueAt(item: Readonly<Record<string, unknown>>, key: string): unknown {
  const [head = "", part] = key.split(".");
  const value = item[head];
  return part === undefined ? value : (value as Record<string, unknown> | undefined)?.[part];
}

/** The detail form's text for each field of an item. */
export function draftOf(item: Readonly<Record<string, unknown>>, specs: readonly FieldSpec[]): Draft {
  return Object.fromEntries(specs.map((s) => [s.key, formatValue(s.type, valueAt(item, s.key))]));
}

/**
 * The fields the detail form changed, as one PATCH body; or a message per field that cannot be read.
 * Parts of a nested score (`residual.probability`, `residual.impact`) go together: both set, or both
 * empty to clear it.
 */
export function draftPatch(
  item: Readonly<Record<string, unknown>>,
  draft: Draft,
  specs: readonly FieldSpec[],
): { readonly patch: Record<string, unknown> } | { readonly errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const groups = new Map<string, FieldSpec[]>();
  for (const spec of specs) {
    const parsed = parseValue(spec, draft[spec.key] ?? "");
    if ("error" in parsed) {
      errors[spec.key] = parsed.error;
      continue;
    }
    const [head = "", part] = spec.key.split(".");
    if (part === undefined) values[head] = parsed.value;
    else groups.set(head, [...(groups.get(head) ?? []), spec]);
  }
  for (const [head, parts] of groups) {
    const filled = parts.filter((p) => (draft[p.key] ?? "").trim() !== "");
    if (filled.length === 0) values[head] = null;
    else if (filled.length < parts.length) {
      for (const p of parts)
        if (!filled.includes(p)) errors[p.key] = `Set ${p.label.toLowerCase()} too, or clear both.`;
    } else {
      values[head] = Object.fromEntries(
        parts.map((p) => [
          p.key.split(".")[1],
          (parseValue(p, draft[p.key] ?? "") as { value: unknown }).value,
        ]),
      );
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) if (!sameValue(value, item[key])) patch[key] = value;
  return { patch };
}

/**
 * The form after someone else saved the item while it was open: the fields the user has not touched
 * (still as `before` had them) take the new values, what they typed stays.
 */
export function rebaseDraft(draft: Draft, before: Draft, after: Draft): Draft {
  return Object.fromEntries(
    Object.entries(draft).map(([k, v]) => [k, v === before[k] ? (after[k] ?? v) : v]),
  );
}
