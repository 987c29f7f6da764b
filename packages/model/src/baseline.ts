import { z } from "zod";
import { localDateOrTimeSchema } from "./dates.js";

/** One task as it stood when the baseline was saved. */
export interface BaselineTask {
  readonly id: string;
  readonly start: string;
  readonly finish: string;
  /** Working minutes between start and finish. */
  readonly durationMinutes: number;
  /** Working minutes of effort of its work-resource assignments; absent in baselines saved before. */
  readonly workMinutes?: number | undefined;
  /** Planned cost of the work: the budget at completion (BAC) earned value measures against. */
  readonly cost?: number | undefined;
}

/** A saved copy of the schedule, to compare the current plan against (variance, EVM). */
export interface Baseline {
  readonly name: string;
  /** When it was saved (ISO 8601 instant). */
  readonly savedAt: string;
  readonly tasks: readonly BaselineTask[];
}

export const baselineTaskSchema = z.strictObject({
  id: z.string().min(1),
  start: localDateOrTimeSchema,
  finish: localDateOrTimeSchema,
  durationMinutes: z.number().int().nonnegative(),
  workMinutes: z.number().nonnegative().optional(),
  cost: z.number().nonnegative().optional(),
});

export const baselineSchema = z.strictObject({
  name: z.string().min(1),
  savedAt: z.iso.datetime({ offset: true }),
  tasks: z.array(baselineTaskSchema),
});
