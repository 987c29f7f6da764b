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

const FIELD_KEYS: Record<string, readonly string[]> = {
  after: KNOWN_KEYS.after,
  assign: KNOWN_KEYS.assign,
  timeOff: KNOWN_KEYS.timeOff,
  constraint: KNOWN_KEYS.constraint,
  holidays: KNOWN_KEYS.holidays,
  exceptions: KNOWN_KEYS.exceptions,
  weekdayHours: KNOWN_KEYS.weekdayHours,
};

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
      } else if (parentKey === "resources" && i === 1) {
        [subject, keys, start] = [
          named === undefined ? `the resource at \`resources[${segment}]\`` : `resource ${named}`,
          KNOWN_KEYS.resource,
          i + 1,
        ];
      } else if (parentKey === "risks" && i === 1) {
        [subject, keys, start] = [
          named === undefined ? `the risk at \`risks[${segment}]\`` : `risk ${named}`,
          KNOWN_KEYS.risk,
          i + 1,
        ];
      } else if (parentKey === "calendars" && i === 1) {
        [subject, keys, start] = [
          named === undefined ? `the calendar at \`calendars[${segment}]\`` : `calendar ${named}`,
          KNOWN_KEYS.namedCalendar,
          i + 1,
        ];
      }
    }
  }
  const fieldPath = path.slice(start);
  const lastKey = fieldPath.findLast((s) => typeof s === "string");
  if (fieldPath.length > 0 && lastKey !== undefined) keys = FIELD_KEYS[String(lastKey)] ?? [];
  return { subject, field: formatPath(fieldPath), keys };
}
