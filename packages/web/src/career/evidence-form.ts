import {
  type Evidence,
  type EvidenceEntryInput,
  type EvidenceMeasure,
  type EvidenceVisibility,
  type EvidenceWorkScale,
  type LocalDate,
  parseEvidence,
} from "@keel/model";
import { type FieldErrors, rowKey } from "./profile-form.js";

// One evidence entry as the form holds it: text as typed, metrics as rows. `evidenceOf` turns it
// into the API's body and checks it with the model's rules (the same the server applies).

export interface MetricRow {
  readonly key: string;
  readonly name: string;
  readonly value: string;
  readonly unit: string;
}

export interface EvidenceForm {
  readonly title: string;
  readonly project: string;
  readonly role: string;
  readonly situation: string;
  readonly action: string;
  readonly result: string;
  readonly metrics: readonly MetricRow[];
  readonly teams: string;
  readonly people: string;
  readonly budget: string;
  readonly durationWeeks: string;
  readonly competencies: readonly string[];
  readonly date: string;
  readonly visibility: EvidenceVisibility;
}

/** The fields an entry, a suggestion or an exercise's proposal can start a form from. */
export type EvidenceStart = Partial<
  Pick<Evidence, "title" | "project" | "role" | "situation" | "action" | "result" | "visibility">
> & {
  readonly date?: string | undefined;
  readonly metrics?: readonly EvidenceMeasure[] | undefined;
  readonly scale?: EvidenceWorkScale | undefined;
  readonly competencies?: readonly string[] | undefined;
};

const text = (n: number | undefined) => (n === undefined ? "" : String(n));

export function evidenceForm(start: EvidenceStart, today: string): EvidenceForm {
  return {
    title: start.title ?? "",
    project: start.project ?? "",
    role: start.role ?? "",
    situation: start.situation ?? "",
    action: start.action ?? "",
    result: start.result ?? "",
    metrics: (start.metrics ?? []).map((m) => ({
      key: rowKey(),
      name: m.name,
      value: String(m.value),
      unit: m.unit ?? "",
    })),
    teams: text(start.scale?.teams),
    people: text(start.scale?.people),
    budget: text(start.scale?.budget),
    durationWeeks: text(start.scale?.durationWeeks),
    competencies: [...(start.competencies ?? [])],
    date: start.date ?? today,
    visibility: start.visibility ?? "private",
  };
}

/** "1,200", "12.5", "-3" as numbers; anything else stays text, so the schema names the field. */
function numberValue(s: string): number | string | undefined {
  const t = s.trim().replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (t === "") return undefined;
  return /^-?\d+(?:\.\d+)?$/.test(t) ? Number(t) : s;
}

/** The body the API takes for an entry (no id: the server gives one). */
export function evidenceInput(form: EvidenceForm): Omit<EvidenceEntryInput, "id"> {
  const scale: Record<string, unknown> = {};
  for (const key of ["teams", "people", "budget", "durationWeeks"] as const) {
    const value = numberValue(form[key]);
    if (value !== undefined) scale[key] = value;
  }
  return {
    title: form.title.trim(),
    project: form.project.trim(),
    role: form.role.trim(),
    situation: form.situation.trim(),
    action: form.action.trim(),
    result: form.result.trim(),
    metrics: form.metrics
      .filter((m) => m.name.trim() !== "" || m.value.trim() !== "" || m.unit.trim() !== "")
      .map((m) => ({
        name: m.name.trim(),
        value: (numberValue(m.value) ?? "") as number,
        ...(m.unit.trim() === "" ? {} : { unit: m.unit.trim() }),
      })),
    scale: scale as EvidenceEntryInput["scale"],
    competencies: [...form.competencies],
    date: form.date.trim() as LocalDate,
    visibility: form.visibility,
  };
}

/**
 * Metric errors point at the form's rows, which include blank ones the body leaves out: map the
 * body's index back to the row's.
 */
function rowPath(path: string, form: EvidenceForm): string {
  const [head, at, ...rest] = path.split(".");
  if (head !== "metrics" || at === undefined) return path;
  const kept = form.metrics
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.name.trim() !== "" || m.value.trim() !== "" || m.unit.trim() !== "");
  const row = kept[Number(at)]?.i;
  return row === undefined ? path : [head, row, ...rest].join(".");
}

const SCALE_NAMES: Readonly<Record<string, string>> = {
  "scale.teams": "teams",
  "scale.people": "people",
  "scale.budget": "budget",
  "scale.durationWeeks": "duration",
};

/** The form as an entry's body, or the field errors the server would answer with. */
export function evidenceOf(
  form: EvidenceForm,
  today: LocalDate,
): { readonly input: Omit<EvidenceEntryInput, "id"> } | { readonly errors: FieldErrors } {
  const input = evidenceInput(form);
  const parsed = parseEvidence({ ...input, id: "new" }, today);
  if (parsed.ok) return { input };
  const errors: Record<string, string> = {};
  for (const issue of parsed.issues) {
    const path = rowPath(issue.path, form);
    let message = issue.message;
    if (path === "date" && form.date.trim() === "") message = "say when the win happened";
    else if (/^metrics\.\d+\.value$/.test(path) && !/finite/i.test(message))
      message = "expected a number, such as 35";
    else if (SCALE_NAMES[path] !== undefined && message.startsWith("expected a number"))
      message = `expected a number of ${SCALE_NAMES[path]}`;
    errors[path] ??= message;
  }
  return { errors };
}
