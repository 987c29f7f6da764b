import { type Evidence, type LocalDate, type Profile, parseEvidence, parseProfile } from "@keel/model";
import { LineCounter, parseDocument } from "yaml";
import type { Output } from "../output.js";
import { readPlanFile } from "../read-plan-file.js";

/** Aliases a profile never needs many of: stops "billion laughs" files. */
const MAX_ALIAS_COUNT = 100;

/** A problem in a career file, located where the file has the field. */
interface FileProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

type Read<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: FileProblem[] };

/**
 * Parses a YAML (or JSON, which YAML reads too) file into a plain value, with a way from a field's
 * dotted path (`experience.2.to`) back to its line and column.
 */
function loadCareerFile(text: string): Read<{ value: unknown; at: (path: string) => FileProblem }> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line: Math.max(line, 1), column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ ...position(e.pos[0]), message: `YAML: ${e.message}` })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { ok: false, problems: [{ line: 1, column: 1, message: `YAML: ${(error as Error).message}` }] };
  }
  const at = (path: string): FileProblem => {
    // The deepest node of the path that exists: a missing field is reported at its parent.
    let segments = path === "" ? [] : path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    while (segments.length > 0) {
      const node = doc.getIn(segments, true) as { range?: [number, number] } | undefined;
      if (node?.range !== undefined) return { ...position(node.range[0]), message: "" };
      segments = segments.slice(0, -1);
    }
    const root = doc.contents as { range?: [number, number] } | null;
    return { ...position(root?.range?.[0] ?? 0), message: "" };
  };
  return { ok: true, value: { value, at } };
}

function located(
  at: (path: string) => FileProblem,
  issues: readonly { path: string; message: string }[],
): FileProblem[] {
  return issues.map((i) => ({
    ...at(i.path.startsWith("(") ? "" : i.path),
    message: `${i.path}: ${i.message}`,
  }));
}

/** Writes each problem as `file:line:column: error: message`. */
export function reportProblems(file: string, problems: readonly FileProblem[], output: Output): void {
  for (const p of problems) output.err(`${file}:${p.line}:${p.column}: error: ${p.message}\n`);
}

/** A career profile from a YAML or JSON file in the model's shape, checked against `today`. */
export async function readProfileFile(file: string, today: LocalDate): Promise<Read<Profile>> {
  const loaded = loadCareerFile(await readPlanFile(file));
  if (!loaded.ok) return loaded;
  const parsed = parseProfile(loaded.value.value, today);
  return parsed.ok
    ? { ok: true, value: parsed.profile }
    : { ok: false, problems: located(loaded.value.at, parsed.issues) };
}

/**
 * Evidence entries from a YAML or JSON file: a list of entries, or `evidence:` holding one. An entry
 * without an id gets `e1`, `e2`… by its place in the list.
 */
export async function readEvidenceFile(file: string, today: LocalDate): Promise<Read<Evidence[]>> {
  const loaded = loadCareerFile(await readPlanFile(file));
  if (!loaded.ok) return loaded;
  const { value, at } = loaded.value;
  const wrapped = typeof value === "object" && value !== null && !Array.isArray(value);
  const list = wrapped ? (value as { evidence?: unknown }).evidence : value;
  const prefix = wrapped ? "evidence." : "";
  if (!Array.isArray(list)) {
    return {
      ok: false,
      problems: [{ ...at(""), message: "expected a list of evidence entries (or `evidence:` holding one)" }],
    };
  }
  const entries: Evidence[] = [];
  const problems: FileProblem[] = [];
  list.forEach((entry, i) => {
    const input =
      typeof entry === "object" && entry !== null && !("id" in entry) ? { id: `e${i + 1}`, ...entry } : entry;
    const parsed = parseEvidence(input, today);
    if (parsed.ok) entries.push(parsed.evidence);
    else {
      problems.push(
        ...located(
          at,
          parsed.issues.map((x) => ({
            path: `${prefix}${i}${x.path === "(evidence)" ? "" : `.${x.path}`}`,
            message: x.message,
          })),
        ),
      );
    }
  });
  return problems.length === 0 ? { ok: true, value: entries } : { ok: false, problems };
}
