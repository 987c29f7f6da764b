import { z } from "zod";

/** A resource working on a task at `units` (1 = full time on it). */
export interface Assignment {
  readonly task: string;
  readonly resource: string;
  readonly units: number;
}

export const assignmentSchema = z.strictObject({
  task: z.string().min(1),
  resource: z.string().min(1),
  units: z.number().positive().max(1000),
});
