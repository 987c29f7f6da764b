import { z } from "zod";
import { type LocalDate, localDateSchema } from "../dates.js";

export const SPRINT_STATES = ["planned", "active", "closed"] as const;
export type SprintState = (typeof SPRINT_STATES)[number];

/** Who works in a sprint and for what share of their time. */
export interface SprintMember {
  /** Id of a work resource of the plan; their calendar and time off give their hours. */
  readonly resource: string;
  /** Share of their time on this team, 0–1; 1 when absent. */
  readonly allocation?: number | undefined;
}

/** An item as it stood when the sprint started, or as it ended. */
export interface SprintItemRecord {
  readonly item: string;
  readonly estimate: number;
}

export interface RetroAction {
  readonly text: string;
  /** The RAID issue that tracks the action, once raised. */
  readonly issue?: string | undefined;
}

export interface Retrospective {
  readonly wentWell?: readonly string[] | undefined;
  readonly toImprove?: readonly string[] | undefined;
  readonly actions?: readonly RetroAction[] | undefined;
}

/** A time-box: a goal, a team, the items committed at its start and what was done by its end. */
export interface Sprint {
  readonly id: string;
  readonly name: string;
  readonly goal?: string | undefined;
  readonly start: LocalDate;
  /** Last day of the sprint, inclusive. */
  readonly finish: LocalDate;
  readonly state: SprintState;
  /** Overrides the project's focus factor for this sprint. */
  readonly focusFactor?: number | undefined;
  /** The team; every work resource of the plan when absent. */
  readonly members?: readonly SprintMember[] | undefined;
  /** What the team committed to when the sprint started. */
  readonly committed?: readonly SprintItemRecord[] | undefined;
  /** What was done when the sprint closed. */
  readonly completed?: readonly SprintItemRecord[] | undefined;
  /** Unfinished items moved on at close, and where they went (a sprint id, or absent for the backlog). */
  readonly carriedOver?: readonly string[] | undefined;
  readonly carriedTo?: string | undefined;
  readonly review?: string | undefined;
  readonly retrospective?: Retrospective | undefined;
}

const recordSchema = z.strictObject({ item: z.string().min(1), estimate: z.number().nonnegative() });

/** A sprint's fields without the cross-field check, for partial bodies (create, patch). */
export const sprintFieldsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
  goal: z.string().max(2000).optional(),
  start: localDateSchema,
  finish: localDateSchema,
  state: z.enum(SPRINT_STATES),
  focusFactor: z.number().gt(0).max(1).optional(),
  members: z
    .array(z.strictObject({ resource: z.string().min(1), allocation: z.number().gt(0).max(1).optional() }))
    .optional(),
  committed: z.array(recordSchema).optional(),
  completed: z.array(recordSchema).optional(),
  carriedOver: z.array(z.string().min(1)).optional(),
  carriedTo: z.string().min(1).optional(),
  review: z.string().max(20000).optional(),
  retrospective: z
    .strictObject({
      wentWell: z.array(z.string().min(1).max(2000)).optional(),
      toImprove: z.array(z.string().min(1).max(2000)).optional(),
      actions: z
        .array(z.strictObject({ text: z.string().min(1).max(2000), issue: z.string().min(1).optional() }))
        .optional(),
    })
    .optional(),
});

export const sprintSchema = sprintFieldsSchema.refine((s) => s.start <= s.finish, {
  error: "the sprint finishes before it starts",
  path: ["finish"],
});
