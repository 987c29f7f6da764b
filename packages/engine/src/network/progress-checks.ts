import { formatDuration, isLocalDate, isLocalDateTime, type Plan, type Task } from "@keel/model";
import type { Problem } from "../problem.js";
import { parseWall } from "../time.js";

const DATE_HINT = "expected a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM";
const isDate = (s: string) => isLocalDate(s) || isLocalDateTime(s);

const bad = (taskId: string | undefined, message: string): Problem => ({
  code: "bad-progress",
  severity: "error",
  ...(taskId === undefined ? {} : { taskId }),
  message,
});

/** What a task records about progress, named as in messages; empty when it records none. */
function recorded(t: Task): string[] {
  const fields: string[] = [];
  if ((t.percentComplete ?? 0) !== 0) fields.push("percent complete");
  if (t.actualStart !== undefined) fields.push("an actual start");
  if (t.actualFinish !== undefined) fields.push("an actual finish");
  if ((t.actualCost ?? 0) !== 0) fields.push("an actual cost");
  if (t.remainingDuration !== undefined) fields.push("a remaining duration");
  return fields;
}

/** A task with no time of its own: milestones, and zero-length tasks the compiler makes milestones. */
export const isMilestoneTask = (t: Task) => t.milestone || (t.work ?? t.duration).value === 0;

/**
 * Checks the progress a plan records (the schema checks types; API and engine callers skip it).
 * Returns the indexes of the tasks with a problem: the compiler does not pin them.
 */
export function checkProgress(
  plan: Plan,
  isSummary: Uint8Array,
  statusEnd: number | undefined,
  problems: Problem[],
): Set<number> {
  const failed = new Set<number>();
  const status = plan.project.statusDate;
  if (status !== undefined && !isDate(status)) {
    problems.push(bad(undefined, `the status date "${status}" is not a date; ${DATE_HINT}`));
  }
  plan.tasks.forEach((t, i) => {
    const before = problems.length;
    const report = (message: string) => problems.push(bad(t.id, message));
    if (isSummary[i]) {
      const fields = recorded(t);
      if (fields.length > 0) {
        report(
          `summary task "${t.id}" has ${fields.join(" and ")}; progress is recorded on its tasks and rolls up to it`,
        );
      }
    } else {
      checkLeaf(t, statusEnd, status, report);
    }
    if (problems.length > before) failed.add(i);
  });
  return failed;
}

function checkLeaf(
  t: Task,
  statusEnd: number | undefined,
  status: string | undefined,
  report: (message: string) => void,
): void {
  const name = `task "${t.id}"`;
  const pc = t.percentComplete;
  if (pc !== undefined && !(pc >= 0 && pc <= 100)) {
    report(`${name} has percent complete ${pc}; expected a number from 0 to 100`);
  }
  let datesOk = true;
  for (const [label, value] of [
    ["actual start", t.actualStart],
    ["actual finish", t.actualFinish],
  ] as const) {
    if (value !== undefined && !isDate(value)) {
      report(`${name} has ${label} "${value}"; ${DATE_HINT}`);
      datesOk = false;
    }
  }
  const rd = t.remainingDuration;
  if (rd !== undefined) {
    if (!(rd.value >= 0))
      report(`${name} has remaining duration ${formatDuration(rd)}; it must be 0 or more`);
    else if (rd.elapsed !== (t.work ?? t.duration).elapsed) {
      report(
        `${name} mixes working and elapsed time: duration ${formatDuration(t.work ?? t.duration)}, remaining duration ${formatDuration(rd)}`,
      );
    } else if (rd.value > 0 && (pc === 100 || t.actualFinish !== undefined)) {
      report(
        `${name} is ${t.actualFinish === undefined ? "100 % complete" : "finished (it has an actual finish)"} but has a remaining duration of ${formatDuration(rd)}; finished work has none left`,
      );
    }
  }
  const milestone = isMilestoneTask(t);
  // A milestone has one moment: its actual finish, or its actual start when only that is given.
  const started = milestone ? (t.actualFinish ?? t.actualStart) !== undefined : t.actualStart !== undefined;
  if (!started) {
    const has = [
      ...(t.actualFinish !== undefined ? ["an actual finish"] : []),
      ...((pc ?? 0) > 0 ? [`${pc} % complete`] : []),
      ...((t.actualCost ?? 0) > 0 ? ["an actual cost"] : []),
    ];
    if (has.length > 0) {
      const clauses = has.map((h) => (h.endsWith("complete") ? `is ${h}` : `has ${h}`));
      const but = clauses[clauses.length - 1]?.startsWith("has") ? "but no" : "but has no";
      report(
        milestone
          ? `milestone "${t.id}" ${clauses.join(" and ")} ${but} actual finish; give the date it was reached`
          : `${name} ${clauses.join(" and ")} ${but} actual start; a task not started has no actuals`,
      );
    }
    return;
  }
  if (!datesOk) return;
  const start = t.actualStart === undefined ? undefined : parseWall(t.actualStart);
  const finish = t.actualFinish === undefined ? undefined : parseWall(t.actualFinish, true);
  if (start !== undefined && finish !== undefined && finish < start) {
    report(`${name}: actual finish ${t.actualFinish} is before its actual start ${t.actualStart}`);
  }
  if (statusEnd === undefined) return;
  if (start !== undefined && start > statusEnd) {
    report(`${name}: actual start ${t.actualStart} is after the status date ${status}`);
  }
  if (finish !== undefined && finish > statusEnd) {
    report(`${name}: actual finish ${t.actualFinish} is after the status date ${status}`);
  }
}
