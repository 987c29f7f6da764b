import { z } from "zod";
import { type LocalDate, localDateOrTimeSchema, localDateSchema } from "./dates.js";
import {
  type Duration,
  durationSchema,
  type ThreePointEstimate,
  threePointEstimateSchema,
} from "./duration.js";

export const CONSTRAINT_TYPES = ["ASAP", "ALAP", "SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO"] as const;
export type ConstraintType = (typeof CONSTRAINT_TYPES)[number];

/** ASAP and ALAP take no date; the others pin a start or finish to one. */
export type Constraint =
  | { readonly type: "ASAP" | "ALAP" }
  | {
      readonly type: Exclude<ConstraintType, "ASAP" | "ALAP">;
      /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; a bare date means the start (or end) of that day's working time. */
      readonly date: string;
    };

/**
 * A task in the plan. Tasks form an outline: a task with children is a summary task; a task
 * with `milestone: true` (or zero duration) is a milestone; any other task is a leaf task.
 */
export interface Task {
  readonly id: string;
  readonly name: string;
  /** Id of the summary task this task belongs to, or null at the top level. */
  readonly parent: string | null;
  readonly milestone: boolean;
  /** The duration scheduled by CPM; for a three-point estimate, the most likely value. */
  readonly duration: Duration;
  readonly estimate?: ThreePointEstimate | undefined;
  /**
   * Effort, such as 20d of work: the task is effort-driven, and its duration is the work divided by
   * the units of its work-resource assignments (adding a person shortens it); `duration` then holds
   * that derived value. Without work-resource assignments, the work is done at 100 %.
   */
  readonly work?: Duration | undefined;
  readonly constraint: Constraint;
  /** Leveling priority 0-1000 (default 500): higher keeps its dates first; 1000 never moves. */
  readonly priority?: number | undefined;
  readonly deadline?: LocalDate | undefined;
  /** Id of the calendar this task works on; the project calendar when absent. */
  readonly calendar?: string | undefined;
  readonly notes?: string | undefined;
  /** Progress as of the project's status date: 0 to 100. */
  readonly percentComplete?: number | undefined;
  /** When work really started and finished: `YYYY-MM-DD` (the day's first or last working moment) or a date-time. */
  readonly actualStart?: string | undefined;
  readonly actualFinish?: string | undefined;
  /** What the work has cost so far (AC); from the resources' rates and the percent complete when absent. */
  readonly actualCost?: number | undefined;
  /** Working time still needed; the duration × (1 − percent complete) when absent. */
  readonly remainingDuration?: Duration | undefined;
}

export const constraintSchema = z.union([
  z.strictObject({ type: z.enum(["ASAP", "ALAP"]) }),
  z.strictObject({
    type: z.enum(["SNET", "SNLT", "FNET", "FNLT", "MSO", "MFO"]),
    date: localDateOrTimeSchema,
  }),
]);

export const taskSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  parent: z.string().nullable(),
  milestone: z.boolean(),
  duration: durationSchema,
  estimate: threePointEstimateSchema.optional(),
  work: durationSchema.optional(),
  constraint: constraintSchema,
  priority: z.number().int().min(0).max(1000).optional(),
  deadline: localDateSchema.optional(),
  calendar: z.string().optional(),
  notes: z.string().optional(),
  percentComplete: z.number().min(0).max(100).optional(),
  actualStart: localDateOrTimeSchema.optional(),
  actualFinish: localDateOrTimeSchema.optional(),
  actualCost: z.number().nonnegative().optional(),
  remainingDuration: durationSchema.optional(),
});
