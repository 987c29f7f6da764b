import { isThreePoint, parseEstimate, STANDARD_CALENDAR } from "@keel/model";
import { didYouMean } from "../suggest.js";
import { checkRaid } from "./check-raid.js";
import { formatPath } from "./place.js";
import type { Report } from "./report.js";
import type { Path } from "./yaml-document.js";

/*
 * Rules across the file: unique ids, links, calendars and resources that exist, summaries without
 * durations, calendars with working time, and the RAID log's (check-raid.ts). They run on the raw
 * YAML value, skipping whatever has the wrong shape (the schema reports that), so one run reports
 * schema and reference errors together.
 */

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

interface RawCalendar {
  readonly id: string;
  /** Undefined for the built-in standard calendar used when the file has no `calendar:` block. */
  readonly path: Path | undefined;
  readonly raw: Raw;
}

/** Follows `base` links; `undefined` when a key is set nowhere up the chain (or the chain loops). */
function inherited(calendar: RawCalendar, key: string, byId: ReadonlyMap<string, RawCalendar>): unknown {
  const seen = new Set<string>();
  for (let c: RawCalendar | undefined = calendar; c !== undefined && !seen.has(c.id); ) {
    if (key in c.raw) return c.raw[key];
    seen.add(c.id);
    const base = nonEmptyString(c.raw.base);
    c = base === undefined ? undefined : byId.get(base);
  }
  return undefined;
}

function checkCalendars(root: Raw, report: Report): ReadonlyMap<string, RawCalendar> {
  const calendars: RawCalendar[] = [];
  if (isRecord(root.calendar)) {
    calendars.push({
      id: nonEmptyString(root.calendar.id) ?? STANDARD_CALENDAR.id,
      path: ["calendar"],
      raw: root.calendar,
    });
  } else if (root.calendar === undefined) {
    calendars.push({ id: STANDARD_CALENDAR.id, path: undefined, raw: {} });
  }
  if (Array.isArray(root.calendars)) {
    for (const [i, raw] of root.calendars.entries()) {
      const id = isRecord(raw) ? nonEmptyString(raw.id) : undefined;
      if (isRecord(raw) && id !== undefined) calendars.push({ id, path: ["calendars", i], raw });
    }
  }
  const byId = new Map<string, RawCalendar>();
  for (const calendar of calendars) {
    const first = byId.get(calendar.id);
    if (first === undefined) {
      byId.set(calendar.id, calendar);
    } else if (calendar.path !== undefined) {
      const where =
        first.path === undefined
          ? "it is the built-in project calendar's id (add a `calendar:` block to change that)"
          : `first defined at line ${report.line(first.path)}`;
      report.error([...calendar.path, "id"], `duplicate calendar id \`${calendar.id}\`; ${where}`);
    }
  }
  const known = () => ` (calendars: ${[...byId.keys()].join(", ")})`;
  const checkRef = (value: unknown, path: Path, what: string) => {
    const id = nonEmptyString(value);
    if (id !== undefined && !byId.has(id)) {
      report.error(path, `${what} names unknown calendar \`${id}\`${didYouMean(id, byId.keys()) || known()}`);
    }
  };
  if (isRecord(root.project)) checkRef(root.project.calendar, ["project", "calendar"], "`project.calendar`");
  for (const calendar of byId.values()) {
    if (calendar.path === undefined) continue;
    const path = calendar.path;
    const name = `calendar \`${calendar.id}\``;
    checkRef(calendar.raw.base, [...path, "base"], `\`base\` of ${name}`);
    checkWorkingTime(calendar, byId, path, name, report);
  }
  return byId;
}

/** Reports a `base` loop, or a week without working time (the engine could never finish a task). */
function checkWorkingTime(
  calendar: RawCalendar,
  byId: ReadonlyMap<string, RawCalendar>,
  path: Path,
  name: string,
  report: Report,
): void {
  const chain = [calendar.id];
  for (let base = nonEmptyString(calendar.raw.base); base !== undefined; ) {
    const next = byId.get(base);
    if (next === undefined) break;
    if (base === calendar.id) {
      report.error([...path, "base"], `${name} is based on itself (${[...chain, base].join(" → ")})`);
      return;
    }
    if (chain.includes(base)) break; // a loop further up; reported on a calendar inside it
    chain.push(base);
    base = nonEmptyString(next.raw.base);
  }
  const workweek = inherited(calendar, "workweek", byId) ?? STANDARD_CALENDAR.workweek;
  const hours = inherited(calendar, "hours", byId) ?? STANDARD_CALENDAR.hours;
  const weekdayHours = inherited(calendar, "weekdayHours", byId);
  if (!Array.isArray(workweek) || !Array.isArray(hours)) return;
  const at = (key: string): Path => (key in calendar.raw ? [...path, key] : path);
  if (workweek.length === 0) {
    report.error(at("workweek"), `${name} has no working time: its \`workweek\` is empty`);
    return;
  }
  const dayHours = (day: unknown) => {
    const own = isRecord(weekdayHours) ? weekdayHours[String(day)] : undefined;
    return Array.isArray(own) ? own : hours;
  };
  if (workweek.every((day) => dayHours(day).length === 0)) {
    report.error(at("hours"), `${name} has no working time: no working hours on any day of its workweek`);
  }
}

interface RawTask {
  readonly id: string | undefined;
  readonly path: Path;
  readonly raw: Raw;
  readonly summary: boolean;
}

interface RawLink {
  readonly successor: RawTask;
  readonly predecessor: string;
  readonly type: unknown;
  /** The entry itself (`- design`) or its `task` value. */
  readonly path: Path;
  readonly entryPath: Path;
}

/** True for a duration that parses and is not plain zero; malformed ones are the schema's to report. */
function takesTime(duration: unknown): boolean {
  if (typeof duration !== "string" && typeof duration !== "number") return false;
  const parsed = parseEstimate(String(duration));
  return typeof parsed !== "string" && (isThreePoint(parsed) || parsed.value !== 0);
}

function taskName(task: RawTask): string {
  return task.id === undefined ? `the task at \`${formatPath(task.path)}\`` : `task \`${task.id}\``;
}

function collectTasks(list: unknown, path: Path, tasks: RawTask[], links: RawLink[]): void {
  if (!Array.isArray(list)) return;
  for (const [i, raw] of list.entries()) {
    if (!isRecord(raw)) continue;
    const taskPath = [...path, i];
    const task: RawTask = {
      id: nonEmptyString(raw.id),
      path: taskPath,
      raw,
      summary: Array.isArray(raw.tasks) && raw.tasks.length > 0,
    };
    tasks.push(task);
    if (Array.isArray(raw.after)) {
      for (const [j, entry] of raw.after.entries()) {
        const entryPath = [...taskPath, "after", j];
        if (typeof entry === "string") {
          links.push({ successor: task, predecessor: entry, type: "FS", path: entryPath, entryPath });
        } else if (isRecord(entry) && typeof entry.task === "string") {
          const path = [...entryPath, "task"];
          links.push({ successor: task, predecessor: entry.task, type: entry.type ?? "FS", path, entryPath });
        }
      }
    }
    collectTasks(raw.tasks, [...taskPath, "tasks"], tasks, links);
  }
}

/** Unique resource ids and known resource calendars; returns the resource ids. */
function checkResources(root: Raw, calendars: ReadonlyMap<string, RawCalendar>, report: Report): Set<string> {
  const ids = new Map<string, Path>();
  if (!Array.isArray(root.resources)) return new Set();
  for (const [i, raw] of root.resources.entries()) {
    if (!isRecord(raw)) continue;
    const path: Path = ["resources", i];
    const id = nonEmptyString(raw.id);
    if (id === undefined) continue;
    const first = ids.get(id);
    if (first !== undefined) {
      report.error(
        [...path, "id"],
        `duplicate resource id \`${id}\`; first defined at line ${report.line(first)}`,
      );
    } else ids.set(id, path);
    const calendar = nonEmptyString(raw.calendar);
    if (calendar !== undefined && !calendars.has(calendar)) {
      const hint =
        didYouMean(calendar, calendars.keys()) || ` (calendars: ${[...calendars.keys()].join(", ")})`;
      report.error([...path, "calendar"], `resource \`${id}\`: unknown calendar \`${calendar}\`${hint}`);
    }
  }
  return new Set(ids.keys());
}

/** `assign:` names known resources, each once; only leaf tasks that take time have assignments. */
function checkAssignments(task: RawTask, resources: ReadonlySet<string>, report: Report): void {
  const name = taskName(task);
  if (!Array.isArray(task.raw.assign)) return;
  if (task.summary) {
    report.error([...task.path, "assign"], `${name} has subtasks; assign resources to the subtasks`, "key");
    return;
  }
  const seen = new Set<string>();
  for (const [j, entry] of task.raw.assign.entries()) {
    const isObject = isRecord(entry);
    const id = nonEmptyString(isObject ? entry.resource : entry);
    if (id === undefined) continue;
    const path: Path = isObject ? [...task.path, "assign", j, "resource"] : [...task.path, "assign", j];
    if (!resources.has(id)) {
      const hint =
        didYouMean(id, resources) ||
        (resources.size === 0
          ? "; list it under `resources:`"
          : ` (resources: ${[...resources].join(", ")})`);
      report.error(path, `${name}: \`assign\` names unknown resource \`${id}\`${hint}`);
    } else if (seen.has(id)) {
      report.error(
        path,
        `${name}: resource \`${id}\` is assigned twice; give one entry with the total units`,
      );
    }
    seen.add(id);
  }
}

function checkTasks(
  root: Raw,
  calendars: ReadonlyMap<string, RawCalendar>,
  resources: ReadonlySet<string>,
  report: Report,
): void {
  const tasks: RawTask[] = [];
  const links: RawLink[] = [];
  collectTasks(root.tasks, ["tasks"], tasks, links);
  const byId = new Map<string, RawTask>();
  for (const task of tasks) {
    const name = taskName(task);
    if (task.id !== undefined) {
      const first = byId.get(task.id);
      if (first === undefined) byId.set(task.id, task);
      else {
        report.error(
          [...task.path, "id"],
          `duplicate task id \`${task.id}\`; first defined at line ${report.line(first.path)}`,
        );
      }
    }
    if (task.summary && "duration" in task.raw) {
      report.error(
        [...task.path, "duration"],
        `${name} has subtasks, so its duration comes from them; remove \`duration\``,
        "key",
      );
    }
    if (task.summary && task.raw.milestone === true) {
      report.error(
        [...task.path, "milestone"],
        `${name} has subtasks, so it cannot be a milestone; remove \`milestone\` or add a milestone subtask`,
        "key",
      );
    }
    // The engine schedules a milestone as zero time, so a duration on one would be silently ignored.
    if (!task.summary && task.raw.milestone === true && takesTime(task.raw.duration)) {
      report.error(
        [...task.path, "duration"],
        `${name} is a milestone, so it takes no time; remove \`duration\` or \`milestone: true\``,
        "key",
      );
    }
    if ("work" in task.raw && (task.summary || task.raw.milestone === true || "duration" in task.raw)) {
      const why = task.summary
        ? "has subtasks, so its work is theirs"
        : task.raw.milestone === true
          ? "is a milestone, so it has no work"
          : "has a `duration`; give `work` (effort-driven) or `duration` (fixed), not both";
      report.error([...task.path, "work"], `${name} ${why}`, "key");
    }
    if (!task.summary && !("duration" in task.raw) && !("work" in task.raw) && task.raw.milestone !== true) {
      report.error(task.path, `${name} needs a \`duration\`, such as 5d, \`work\`, or \`milestone: true\``);
    }
    checkAssignments(task, resources, report);
    const calendar = nonEmptyString(task.raw.calendar);
    if (calendar !== undefined && !calendars.has(calendar)) {
      const hint =
        didYouMean(calendar, calendars.keys()) || ` (calendars: ${[...calendars.keys()].join(", ")})`;
      report.error([...task.path, "calendar"], `${name}: unknown calendar \`${calendar}\`${hint}`);
    }
  }
  for (const link of links) {
    const name = taskName(link.successor);
    if (link.predecessor === link.successor.id) {
      report.error(link.path, `${name}: \`after\` names the task itself`);
    } else if (!byId.has(link.predecessor)) {
      const hint = report.open ? didYouMean(link.predecessor, byId.keys()) : "";
      report.error(link.path, `${name}: \`after\` names unknown task \`${link.predecessor}\`${hint}`);
    }
    if (link.successor.summary && (link.type === "FF" || link.type === "SF")) {
      report.error(
        [...link.entryPath, "type"],
        `${name} is a summary task, so an ${link.type} link cannot end at it (its finish comes from its subtasks); link to a subtask instead`,
      );
    }
  }
  checkRaid(root, byId, report);
}

/** Reports every cross-reference error in a plan file's raw value. */
export function checkReferences(root: unknown, report: Report): void {
  if (!isRecord(root)) return;
  const calendars = checkCalendars(root, report);
  checkTasks(root, calendars, checkResources(root, calendars, report), report);
}
