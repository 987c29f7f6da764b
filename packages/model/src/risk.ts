import { z } from "zod";
import { type Duration, durationSchema } from "./duration.js";

/**
 * A risk that may happen to the plan: with `probability` it adds `impact` (working time) to each
 * of `tasks`, which is how schedule forecasts count it. The RAID register builds on this.
 */
export interface Risk {
  readonly id: string;
  readonly name: string;
  /** Chance it happens, 0 to 1. */
  readonly probability: number;
  /** Added to the duration of each linked task when it happens. */
  readonly impact: Duration;
  /** Ids of the tasks it would delay. */
  readonly tasks: readonly string[];
}

export const riskSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  probability: z.number().min(0).max(1),
  impact: durationSchema,
  tasks: z.array(z.string().min(1)),
});
