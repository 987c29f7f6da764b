import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";
import { type Duration, durationSchema } from "./duration.js";

export const RISK_KINDS = ["threat", "opportunity"] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** Avoid, mitigate, transfer and accept answer threats; exploit, enhance and share answer opportunities. */
export const RISK_STRATEGIES = [
  "avoid",
  "mitigate",
  "transfer",
  "accept",
  "exploit",
  "enhance",
  "share",
] as const;
export type RiskStrategy = (typeof RISK_STRATEGIES)[number];

/** Open risks are live; an occurred risk has happened (now an issue); a closed one can no longer happen. */
export const RISK_STATUSES = ["open", "occurred", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** A probability and impact pair, each a level (from 1) on the plan's risk scales. */
export interface RiskScore {
  readonly probability: number;
  readonly impact: number;
}

/** A step of the response, with who does it and by when. */
export interface RiskAction {
  readonly action: string;
  readonly owner?: string | undefined;
  readonly due?: LocalDate | undefined;
  readonly done?: boolean | undefined;
}

/**
 * An entry of the risk register. `probability` and `impact` score it before the response and
 * `residual` after it. When it has a `delay` and linked `tasks`, a schedule forecast draws it as a
 * risk event: with `chance` (or its probability level's chance) the delay is added to each task, or
 * taken off for an opportunity.
 */
export interface Risk {
  readonly id: string;
  readonly name: string;
  readonly kind: RiskKind;
  readonly description?: string | undefined;
  /** Cause → event → effect: what makes it possible, what may happen, what it would do. */
  readonly cause?: string | undefined;
  readonly event?: string | undefined;
  readonly effect?: string | undefined;
  readonly category?: string | undefined;
  readonly owner?: string | undefined;
  readonly probability: number;
  readonly impact: number;
  /** Overrides the probability level's chance in forecasts, 0 to 1. */
  readonly chance?: number | undefined;
  /** Working time it adds to each linked task when it happens. */
  readonly delay?: Duration | undefined;
  /** What it would cost when it happens, in the project's currency. */
  readonly cost?: number | undefined;
  /** Ids of the tasks it would delay. */
  readonly tasks: readonly string[];
  /** The sign that it is about to happen. */
  readonly trigger?: string | undefined;
  readonly strategy?: RiskStrategy | undefined;
  readonly actions?: readonly RiskAction[] | undefined;
  readonly residual?: RiskScore | undefined;
  readonly status: RiskStatus;
  /** When it is next reviewed; a risk past this date is stale. */
  readonly review?: LocalDate | undefined;
}

const level = z.number().int().min(1).max(10);

export const riskScoreSchema = z.strictObject({ probability: level, impact: level });

export const riskActionSchema = z.strictObject({
  action: z.string().min(1),
  owner: z.string().min(1).optional(),
  due: localDateSchema.optional(),
  done: z.boolean().optional(),
});

export const riskSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(RISK_KINDS),
  description: z.string().optional(),
  cause: z.string().optional(),
  event: z.string().optional(),
  effect: z.string().optional(),
  category: z.string().min(1).optional(),
  owner: z.string().min(1).optional(),
  probability: level,
  impact: level,
  chance: z.number().min(0).max(1).optional(),
  delay: durationSchema.optional(),
  cost: z.number().nonnegative().optional(),
  tasks: z.array(z.string().min(1)),
  trigger: z.string().optional(),
  strategy: z.enum(RISK_STRATEGIES).optional(),
  actions: z.array(riskActionSchema).optional(),
  residual: riskScoreSchema.optional(),
  status: z.enum(RISK_STATUSES),
  review: localDateSchema.optional(),
});
