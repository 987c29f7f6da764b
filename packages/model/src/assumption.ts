import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

export const ASSUMPTION_STATUSES = ["unvalidated", "valid", "invalid"] as const;
export type AssumptionStatus = (typeof ASSUMPTION_STATUSES)[number];

/** Something the plan takes as true until someone checks it by `validateBy`. */
export interface Assumption {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly owner?: string | undefined;
  readonly validateBy?: LocalDate | undefined;
  readonly status: AssumptionStatus;
  /** Tasks that rest on it. */
  readonly tasks?: readonly string[] | undefined;
}

export const assumptionSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  owner: z.string().min(1).optional(),
  validateBy: localDateSchema.optional(),
  status: z.enum(ASSUMPTION_STATUSES),
  tasks: z.array(z.string().min(1)).optional(),
});
