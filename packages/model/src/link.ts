import { z } from "zod";
import { type Lag, lagSchema } from "./duration.js";

export const LINK_TYPES = ["FS", "SS", "FF", "SF"] as const;
/** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
export type LinkType = (typeof LINK_TYPES)[number];

/** A dependency: `to` may not start (SS/FS) or finish (FF/SF) before `from` allows, shifted by `lag`. */
export interface Link {
  readonly from: string;
  readonly to: string;
  readonly type: LinkType;
  /** Working time by default, elapsed with `e` units, or a percentage of the predecessor's duration. */
  readonly lag: Lag;
}

export const linkSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  type: z.enum(LINK_TYPES),
  lag: lagSchema,
});
