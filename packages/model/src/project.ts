import { z } from "zod";
import { localDateOrTimeSchema } from "./dates.js";
import { type RiskScales, riskScalesSchema } from "./risk-scales.js";

export interface Project {
  readonly name: string;
  /** First possible working moment: `YYYY-MM-DD` (the day's first working time) or a date-time. */
  readonly start: string;
  /** IANA zone the plan's wall-clock times are read in; informational for the engine. */
  readonly timeZone: string;
  /** Id of the calendar used by tasks that name none. */
  readonly calendar: string;
  /** Length of a working day and week for `d` and `w` units; derived from the calendar when absent. */
  readonly hoursPerDay?: number | undefined;
  readonly hoursPerWeek?: number | undefined;
  /** The moment progress was reported as of; actual dates may not be later. */
  readonly statusDate?: string | undefined;
  /**
   * Whether work not done by the status date is scheduled after it (the default): unstarted tasks
   * start no earlier, and started ones finish their remaining duration from it. False keeps such
   * work where the plan had it, even in the past.
   */
  readonly moveIncompleteWork?: boolean | undefined;
  /** Scales risks are scored on; the default 1–5 scales when absent. */
  readonly riskScales?: RiskScales | undefined;
}

export const projectSchema = z.strictObject({
  name: z.string().min(1),
  start: localDateOrTimeSchema,
  timeZone: z.string(),
  calendar: z.string(),
  hoursPerDay: z.number().positive().max(24).optional(),
  hoursPerWeek: z.number().positive().max(168).optional(),
  statusDate: localDateOrTimeSchema.optional(),
  moveIncompleteWork: z.boolean().optional(),
  riskScales: riskScalesSchema.optional(),
});
