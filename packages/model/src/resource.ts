import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

export const RESOURCE_TYPES = ["work", "material", "cost"] as const;
/** Work resources are people or machines with working time; material and cost resources are consumed. */
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Someone or something tasks need: a person, a team, a test rig, a budget line. */
export interface Resource {
  readonly id: string;
  readonly name: string;
  readonly type: ResourceType;
  /** Capacity as a fraction of one full-time unit: 1 = 100 %, 0.5 = half time, 3 = a team of three. */
  readonly maxUnits: number;
  /** Id of the calendar the resource works on; the project calendar when absent. */
  readonly calendar?: string | undefined;
  /** Standard rate per working hour, in the project's currency. */
  readonly costPerHour?: number | undefined;
  /** Role or team, such as "Backend" or "QA", for grouping load and capacity. */
  readonly group?: string | undefined;
  /** Days off (PTO, training, a location's public holidays) on top of the resource's calendar. */
  readonly timeOff?: readonly TimeOff[] | undefined;
}

/** Whole days, `from` to `to` inclusive, on which a resource does not work. */
export interface TimeOff {
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly name?: string | undefined;
}

export const timeOffSchema = z
  .strictObject({ from: localDateSchema, to: localDateSchema, name: z.string().optional() })
  .refine((t) => t.from <= t.to, { error: "time off ends before it starts" });

export const resourceSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(RESOURCE_TYPES),
  maxUnits: z.number().positive().max(1000),
  calendar: z.string().min(1).optional(),
  costPerHour: z.number().nonnegative().optional(),
  group: z.string().min(1).optional(),
  timeOff: z.array(timeOffSchema).optional(),
});
