import type { WorkCalendar } from "../calendar/work-calendar.js";

/** Finish of a task of `dur` minutes starting at `start` on `cal`. */
export function finishFrom(cal: WorkCalendar, start: number, dur: number, elapsed: boolean): number {
  if (elapsed) return start + dur;
  return cal.toWallFinish(cal.toWork(start) + dur);
}

/** Start of a task of `dur` minutes finishing at `finish` on `cal`. */
export function startFrom(cal: WorkCalendar, finish: number, dur: number, elapsed: boolean): number {
  if (elapsed) return finish - dur;
  return cal.toWallStart(cal.toWork(finish) - dur);
}

/**
 * Where a milestone lands, coming from the left: it stays at a working moment or at the end of a
 * working period (as MS Project puts a milestone at its predecessor's 17:00), else moves to the next working time.
 */
export function milestoneForward(cal: WorkCalendar, t: number): number {
  return cal.prevFinish(t) === t ? t : cal.nextStart(t);
}

/** The mirror of milestoneForward for the backward pass. */
export function milestoneBackward(cal: WorkCalendar, t: number): number {
  return cal.nextStart(t) === t ? t : cal.prevFinish(t);
}

/** Latest finish of a leaf that must finish by `f` and start by `s` (`s` may be +∞: no bound). */
export function latestFinish(
  cal: WorkCalendar,
  s: number,
  f: number,
  dur: number,
  elapsed: boolean,
  milestone: boolean,
): number {
  if (milestone) return milestoneBackward(cal, Math.min(s, f));
  const finish = elapsed ? f : cal.prevFinish(f);
  if (s === Number.POSITIVE_INFINITY) return finish;
  return Math.min(finish, finishFrom(cal, elapsed ? s : cal.nextStart(s), dur, elapsed));
}
