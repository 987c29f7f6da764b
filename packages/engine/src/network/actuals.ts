import { isLocalDate, type Task } from "@keel/model";
import type { WorkCalendar } from "../calendar/work-calendar.js";
import type { Problem } from "../problem.js";
import { formatWall, parseWall, type WallMinute } from "../time.js";
import { COMPLETE, STARTED } from "./network.js";
import type { StatusSettings } from "./status-date.js";

/**
 * How a started or complete leaf is scheduled: pinned by an MFO at `finish` with a span of `dur`,
 * so that its start is its actual start. `done` and `remaining` are the work's two parts, in the
 * task's own minutes (working, or elapsed for an elapsed task).
 */
export interface ActualPin {
  readonly state: typeof STARTED | typeof COMPLETE;
  readonly finish: number;
  readonly dur: number;
  /** True when the span is counted in elapsed minutes: an elapsed task, or actual dates outside working time. */
  readonly elapsed: boolean;
  readonly done: number;
  readonly remaining: number;
}

/** An actual start: a bare date is that day's first working moment (its 00:00 when it has none). */
function startMoment(cal: WorkCalendar, text: string): number {
  if (!isLocalDate(text)) return parseWall(text);
  const day = parseWall(text);
  const first = cal.nextStart(day);
  return first < parseWall(text, true) ? first : day;
}

/** An actual finish: a bare date is that day's last working moment (its 24:00 when it has none). */
function finishMoment(cal: WorkCalendar, text: string): number {
  if (!isLocalDate(text)) return parseWall(text);
  const end = parseWall(text, true);
  const last = cal.prevFinish(end);
  return last > parseWall(text) ? last : end;
}

const readable = (t: number) =>
  formatWall(t as WallMinute)
    .slice(0, 16)
    .replace("T", " ");

/**
 * The span from `start` to `finish`: in working minutes of the calendar when both lie on its working
 * time, else in elapsed minutes, so that actual dates in a night or on a weekend stay exact.
 */
function span(
  cal: WorkCalendar,
  elapsedTask: boolean,
  start: number,
  finish: number,
): { dur: number; elapsed: boolean } {
  if (
    !elapsedTask &&
    cal.nextStart(start) === start &&
    cal.prevFinish(finish) === finish &&
    cal.toWork(finish) > cal.toWork(start)
  ) {
    return { dur: cal.toWork(finish) - cal.toWork(start), elapsed: false };
  }
  return { dur: Math.max(0, finish - start), elapsed: true };
}

/**
 * The pin of a leaf with actuals, or undefined for one not started. `planned` is its duration in
 * its own minutes. As in MS Project, the work done is the duration × percent complete and the
 * remaining duration, when given, replaces the rest (the task then grows or shrinks). Complete:
 * from the actual start to the actual finish, whatever its links say. In progress: the remaining
 * work follows the done part, or with `moveIncompleteWork` resumes after the status date if that is
 * later; the span then includes the gap (Keel does not split tasks). Validated input only (see
 * checkProgress); a complete task without an actual finish gets actual start + work done, which may
 * not pass the status date.
 */
export function actualPin(
  task: Task,
  cal: WorkCalendar,
  planned: number,
  elapsedTask: boolean,
  remainingMinutes: number | undefined,
  status: StatusSettings,
  problems: Problem[],
): ActualPin | undefined {
  if (planned === 0) {
    const moment =
      task.actualFinish !== undefined
        ? finishMoment(cal, task.actualFinish)
        : task.actualStart !== undefined
          ? startMoment(cal, task.actualStart)
          : undefined;
    if (moment === undefined) return undefined;
    return { state: COMPLETE, finish: moment, dur: 0, elapsed: elapsedTask, done: 0, remaining: 0 };
  }
  if (task.actualStart === undefined) return undefined;
  const start = startMoment(cal, task.actualStart);
  const done = Math.round((planned * (task.percentComplete ?? 0)) / 100);
  const remaining = remainingMinutes ?? planned - done;
  if (task.actualFinish !== undefined || remaining === 0) {
    let finish: number;
    if (task.actualFinish !== undefined) finish = finishMoment(cal, task.actualFinish);
    else {
      finish = elapsedTask ? start + done : done === 0 ? start : cal.toWallFinish(cal.toWork(start) + done);
      if (status.end !== undefined && finish > status.end) {
        problems.push({
          code: "bad-progress",
          severity: "error",
          taskId: task.id,
          message: `task "${task.id}" is complete but has no actual finish, and its work from its actual start ${task.actualStart} runs to ${readable(finish)}, after the status date ${status.text}; give its actual finish`,
        });
      }
    }
    const s = span(cal, elapsedTask, start, finish);
    // The work done is the actual duration: the span on the task's own calendar.
    const actual = elapsedTask ? s.dur : Math.max(0, cal.toWork(finish) - cal.toWork(start));
    return { state: COMPLETE, finish, ...s, done: actual, remaining: 0 };
  }
  const at = elapsedTask ? start : cal.toWork(start);
  let resume = at + done;
  if (status.moveIncompleteWork && status.end !== undefined) {
    resume = Math.max(resume, elapsedTask ? status.end : cal.toWork(status.end));
  }
  const finish = elapsedTask ? resume + remaining : cal.toWallFinish(resume + remaining);
  return { state: STARTED, finish, ...span(cal, elapsedTask, start, finish), done, remaining };
}
