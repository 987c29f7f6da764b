import { KNOWN_KEYS } from "./file-schema.js";
import type { Path } from "./yaml-document.js";

/** What a value path points into, in words a plan author recognises. */
export interface Place {
  /** "task `build`", "calendar `standard`", "`project`", or "the top level". */
  readonly subject: string;
  /** The rest of the path inside the subject, such as "after[0].lag"; empty for the subject itself. */
  readonly field: string;
  /** Keys the mapping at the path may have. */
  readonly keys: readonly string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `tasks[1].after[0]` */
export function formatPath(path: Path): string {
  return path
    .map((segment, i) =>
      typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/** Keys of the mappings inside an entry, by the key they sit under (or the last two, for `decision.impact`). */
const FIELD_KEYS: Record<string, readonly string[]> = {
  after: KNOWN_KEYS.after,
  assign: KNOWN_KEYS.assign,
  timeOff: KNOWN_KEYS.timeOff,
  constraint: KNOWN_KEYS.constraint,
  holidays: KNOWN_KEYS.holidays,
  exceptions: KNOWN_KEYS.exceptions,
  weekdayHours: KNOWN_KEYS.weekdayHours,
  riskScales: KNOWN_KEYS.riskScales,
  "riskScales.probability": KNOWN_KEYS.probabilityLevel,
  "riskScales.impact": KNOWN_KEYS.impactLevel,
  actions: KNOWN_KEYS.action,
  residual: KNOWN_KEYS.residual,
  decision: KNOWN_KEYS.decision,
  "decision.impact": KNOWN_KEYS.impactFigures,
  "edits.task": KNOWN_KEYS.newTask,
  "edits.set": KNOWN_KEYS.taskChanges,
  "edits.link": KNOWN_KEYS.link,
  "edits.assignment": KNOWN_KEYS.assignment,
};

/** Top-level lists whose entries have ids: what to call an entry, and its keys. */
export const ENTRIES: Record<string, { readonly what: string; readonly keys: readonly string[] }> = {
  resources: { what: "resource", keys: KNOWN_KEYS.resource },
  calendars: { what: "calendar", keys: KNOWN_KEYS.namedCalendar },
  risks: { what: "risk", keys: KNOWN_KEYS.risk },
  assumptions: { what: "assumption", keys: KNOWN_KEYS.assumption },
  issues: { what: "issue", keys: KNOWN_KEYS.issue },
  dependencies: { what: "dependency", keys: KNOWN_KEYS.dependency },
  changes: { what: "change request", keys: KNOWN_KEYS.change },
};

/** "risk `vendor`", or "the risk at `risks[2]`" for an entry without an id. */
export function entryName(list: string, index: number, entry: unknown): string {
  const what = ENTRIES[list]?.what ?? list;
  const id = isRecord(entry) && typeof entry.id === "string" && entry.id !== "" ? entry.id : undefined;
  return id === undefined ? `the ${what} at \`${list}[${index}]\`` : `${what} \`${id}\``;
}

/** Keys of the mapping at the end of `fieldPath` (inside an entry), for "did you mean" hints. */
function fieldKeys(fieldPath: Path, node: unknown): readonly string[] {
  const names = fieldPath.filter((s): s is string => typeof s === "string");
  const last = names.at(-1);
  if (last === undefined) return [];
  // A plan edit's keys depend on its op.
  if (last === "edits" && typeof fieldPath.at(-1) === "number") {
    const op = isRecord(node) ? String(node.op) : "";
    return KNOWN_KEYS.editOps[op] ?? Object.values(KNOWN_KEYS.editOps).flat();
  }
  return FIELD_KEYS[names.slice(-2).join(".")] ?? FIELD_KEYS[last] ?? [];
}

/** Finds the innermost task, calendar or project a path is in, using the parsed data for names. */
export function placeOf(path: Path, root: unknown): Place {
  let subject = "the top level";
  let keys: readonly string[] = KNOWN_KEYS.top;
  let start = 0;
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const container = node;
    node = isRecord(node) ? node[String(segment)] : Array.isArray(node) ? node[Number(segment)] : undefined;
    if (i === 0 && segment === "project") {
      [subject, keys, start] = ["`project`", KNOWN_KEYS.project, 1];
    } else if (i === 0 && segment === "calendar") {
      const id = isRecord(node) && typeof node.id === "string" ? node.id : "standard";
      [subject, keys, start] = [`calendar \`${id}\``, KNOWN_KEYS.calendar, 1];
    } else if (typeof segment === "number" && isRecord(node) && Array.isArray(container)) {
      const parentKey = path[i - 1];
      const named = typeof node.id === "string" && node.id !== "" ? `\`${node.id}\`` : undefined;
      if (parentKey === "tasks") {
        [subject, keys, start] = [
          named === undefined ? `the task at \`${formatPath(path.slice(0, i + 1))}\`` : `task ${named}`,
          KNOWN_KEYS.task,
          i + 1,
        ];
      } else if (i === 1 && typeof parentKey === "string" && ENTRIES[parentKey] !== undefined) {
        [subject, keys, start] = [entryName(parentKey, segment, node), ENTRIES[parentKey].keys, i + 1];
      }
    }
  }
  const fieldPath = path.slice(start);
  if (fieldPath.length > 0 && fieldPath.some((s) => typeof s === "string")) keys = fieldKeys(fieldPath, node);
  return { subject, field: formatPath(fieldPath), keys };
}
