import type { Duration, ThreePointEstimate } from "./duration.js";

/** Working minutes in a day and a week, to compare estimate points written in different units. */
export interface WorkingLengths {
  readonly minutesPerDay: number;
  readonly minutesPerWeek: number;
}

/** Eight-hour days and five-day weeks: the lengths when a project sets none. */
const DEFAULT_WORKING_LENGTHS: WorkingLengths = { minutesPerDay: 480, minutesPerWeek: 2400 };

const ELAPSED = { min: 1, h: 60, d: 1440, w: 10080 } as const;

function minutes(d: Duration, lengths: WorkingLengths): number {
  if (d.elapsed || d.unit === "min" || d.unit === "h") return d.value * ELAPSED[d.unit];
  return d.value * (d.unit === "d" ? lengths.minutesPerDay : lengths.minutesPerWeek);
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The estimate a task keeps when its duration is set to `duration`: a task's duration is its most
 * likely estimate, so the three points are scaled, keeping their spread, until the most likely is the
 * new duration, in its unit (3d/5d/9d set to 10d becomes 6d/10d/18d). A most likely of zero has no
 * spread to scale: the points move by the new duration instead.
 */
export function scaleEstimate(
  estimate: ThreePointEstimate,
  duration: Duration,
  lengths: WorkingLengths = DEFAULT_WORKING_LENGTHS,
): ThreePointEstimate {
  const ml = minutes(estimate.mostLikely, lengths);
  const unit = minutes({ ...duration, value: 1 }, lengths);
  const point = (d: Duration): number => {
    const m = minutes(d, lengths);
    return round(ml > 0 ? (duration.value * m) / ml : duration.value + m / unit);
  };
  const { unit: u, elapsed } = duration;
  // Rounding never takes a point past the most likely.
  return {
    optimistic: { value: Math.min(point(estimate.optimistic), duration.value), unit: u, elapsed },
    mostLikely: { value: duration.value, unit: u, elapsed },
    pessimistic: { value: Math.max(point(estimate.pessimistic), duration.value), unit: u, elapsed },
  };
}

interface EstimatedTask {
  readonly duration: Duration;
  readonly estimate?: ThreePointEstimate | undefined;
  readonly work?: Duration | undefined;
}

/**
 * An update of a task, completed so its estimate stays consistent with a new duration: when the
 * update sets the duration of a task with a three-point estimate and says nothing of the estimate,
 * the estimate is scaled to it (see `scaleEstimate`). An effort-driven task's duration comes from its
 * work, not its estimate, and an update that sets or clears the estimate itself is taken as it is.
 */
export function withEstimateFollowingDuration<Fields extends Readonly<Record<string, unknown>>>(
  task: EstimatedTask,
  fields: Fields,
  lengths: WorkingLengths = DEFAULT_WORKING_LENGTHS,
): Fields {
  const duration = fields.duration as Duration | null | undefined;
  if (duration == null || "estimate" in fields || task.estimate === undefined) return fields;
  const work = "work" in fields ? fields.work : task.work;
  if (work != null) return fields;
  return { ...fields, estimate: scaleEstimate(task.estimate, duration, lengths) };
}

/** A project's working day and week in minutes, from its hours per day and week when it sets them. */
export function workingLengths(project: {
  readonly hoursPerDay?: number | undefined;
  readonly hoursPerWeek?: number | undefined;
}): WorkingLengths {
  const minutesPerDay =
    project.hoursPerDay === undefined
      ? DEFAULT_WORKING_LENGTHS.minutesPerDay
      : Math.round(project.hoursPerDay * 60);
  return {
    minutesPerDay,
    minutesPerWeek:
      project.hoursPerWeek === undefined ? minutesPerDay * 5 : Math.round(project.hoursPerWeek * 60),
  };
}
