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
  readonly statusDate?: string | undefined;
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
  riskScales: riskScalesSchema.optional(),
});
