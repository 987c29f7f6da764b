export type ProgressState = "not started" | "in progress" | "complete";

/** A task's progress as scheduled: for the Gantt's progress bars and the status report. */
export interface TaskProgressResult {
  readonly id: string;
  readonly summary: boolean;
  readonly state: ProgressState;
  /**
   * 0–100: as recorded for a task (100 once complete); for a summary task, its tasks' weighted by
   * their duration, as MS Project rolls it up.
   */
  readonly percentComplete: number;
  /** When work started and finished, as scheduled (local ISO date-times); absent until it did. */
  readonly actualStart?: string | undefined;
  readonly actualFinish?: string | undefined;
  /** Minutes of work still to do, in the task's own time (elapsed for an elapsed task); summed over a summary. */
  readonly remainingMinutes: number;
  /** Minutes of work done and to do: the weight in the roll-up (a task's span may also hold a gap). */
  readonly workMinutes: number;
}
