import { didYouMean } from "../suggest.js";
import { ENTRIES, entryName } from "./place.js";
import type { Report } from "./report.js";
import { levelError, type ScaleLevels, scaleLevels } from "./risk-levels.js";
import type { Path } from "./yaml-document.js";

/*
 * The RAID log and change requests: ids unique within each list, linked tasks that exist, risk
 * scores within the plan's scales. A change request's edits are not checked against the plan:
 * the plan may have moved on since, which makes the request stale, not the file wrong.
 */

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A task as the checks see it: whether it has subtasks. */
export interface TaskInfo {
  readonly summary: boolean;
}

/** Which tasks a list's entries may link to: risks delay leaf tasks; change requests link none. */
const LISTS = [
  { list: "risks", tasks: "leaf" },
  { list: "assumptions", tasks: "any" },
  { list: "issues", tasks: "any" },
  { list: "dependencies", tasks: "any" },
  { list: "changes", tasks: "none" },
] as const;

function checkTaskIds(
  raw: Raw,
  path: Path,
  name: string,
  leafOnly: boolean,
  tasks: ReadonlyMap<string, TaskInfo>,
  report: Report,
): void {
  if (!Array.isArray(raw.tasks)) return;
  for (const [j, value] of raw.tasks.entries()) {
    if (typeof value !== "string" || value === "") continue;
    const found = tasks.get(value);
    if (found === undefined) {
      const hint = report.open ? didYouMean(value, tasks.keys()) : "";
      report.error([...path, "tasks", j], `${name} names unknown task \`${value}\`${hint}`);
    } else if (leafOnly && found.summary) {
      report.error(
        [...path, "tasks", j],
        `${name} names summary task \`${value}\`; name the tasks inside it`,
      );
    }
  }
}

/** Levels the schema let through (whole numbers from 1) that are above the top of their scale. */
function checkScores(raw: Raw, path: Path, name: string, levels: ScaleLevels, report: Report): void {
  const scores: [Raw, Path][] = [[raw, path]];
  if (isRecord(raw.residual)) scores.push([raw.residual, [...path, "residual"]]);
  for (const [score, at] of scores) {
    for (const scale of ["probability", "impact"] as const) {
      const value = score[scale];
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1) continue;
      const error = levelError(name, [...at, scale], value, levels);
      if (error !== undefined) report.error([...at, scale], error);
    }
  }
}

/** Reports repeated ids, unknown (or, for risks, summary) tasks and risk levels off the scales. */
export function checkRaid(root: Raw, tasks: ReadonlyMap<string, TaskInfo>, report: Report): void {
  const levels = scaleLevels(root);
  for (const { list, tasks: linked } of LISTS) {
    const entries = root[list];
    if (!Array.isArray(entries)) continue;
    const ids = new Map<string, Path>();
    for (const [i, raw] of entries.entries()) {
      if (!isRecord(raw)) continue;
      const path: Path = [list, i];
      const name = entryName(list, i, raw);
      const id = typeof raw.id === "string" && raw.id !== "" ? raw.id : undefined;
      if (id !== undefined) {
        const first = ids.get(id);
        if (first !== undefined) {
          report.error(
            [...path, "id"],
            `duplicate ${ENTRIES[list]?.what} id \`${id}\`; first defined at line ${report.line(first)}`,
          );
        } else ids.set(id, path);
      }
      if (linked !== "none") checkTaskIds(raw, path, name, linked === "leaf", tasks, report);
      if (list === "risks") checkScores(raw, path, name, levels, report);
    }
  }
}
