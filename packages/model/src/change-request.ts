import { z } from "zod";
import { type Assignment, assignmentSchema } from "./assignment.js";
import { type Link, linkSchema } from "./link.js";
import { type Task, taskSchema } from "./task.js";

/** Task fields a change request may set on an existing task; `null` clears an optional one. */
export type TaskChanges = {
  readonly [K in Exclude<keyof Task, "id" | "parent">]?: Task[K] | null;
};

/**
 * One proposed edit of the plan. A change request holds a list of them: its fork is the current
 * plan with the edits applied in order, so it follows the plan as the plan moves on, and an edit
 * whose task or link has gone makes the fork stale.
 */
export type PlanEdit =
  | { readonly op: "addTask"; readonly task: Task }
  | { readonly op: "updateTask"; readonly id: string; readonly set: TaskChanges }
  | { readonly op: "removeTask"; readonly id: string }
  | { readonly op: "addLink"; readonly link: Link }
  | { readonly op: "removeLink"; readonly from: string; readonly to: string }
  | { readonly op: "assign"; readonly assignment: Assignment }
  | { readonly op: "unassign"; readonly task: string; readonly resource: string };

export const PLAN_EDIT_OPS = [
  "addTask",
  "updateTask",
  "removeTask",
  "addLink",
  "removeLink",
  "assign",
  "unassign",
] as const;

/** A submitted request waits for a decision; approved ones are merged into the plan. */
export const CHANGE_STATUSES = ["draft", "submitted", "approved", "rejected", "deferred"] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
export type ChangeDecision = "approved" | "rejected" | "deferred";

/** The figures of an impact analysis a decision is recorded with (the change log shows them). */
export interface ImpactFigures {
  readonly finishBefore: string;
  readonly finishAfter: string;
  /** Working days the project finish moves (negative: earlier). */
  readonly finishDays: number;
  readonly p80Before?: string | undefined;
  readonly p80After?: string | undefined;
  readonly p80Days?: number | undefined;
  readonly costBefore: number;
  readonly costAfter: number;
}

export interface Decision {
  readonly status: ChangeDecision;
  readonly by: string;
  /** ISO 8601 instant. */
  readonly at: string;
  readonly why: string;
  readonly impact: ImpactFigures;
  /** Whether approving it also saved a new baseline. */
  readonly rebaselined?: boolean | undefined;
}

/** A proposed change of scope, time or cost, with its plan edits and, once decided, the decision. */
export interface ChangeRequest {
  readonly id: string;
  readonly name: string;
  readonly requester: string;
  readonly reason: string;
  readonly description?: string | undefined;
  readonly status: ChangeStatus;
  readonly edits: readonly PlanEdit[];
  readonly decision?: Decision | undefined;
}

const taskChangesSchema = z.strictObject(
  Object.fromEntries(
    Object.entries(taskSchema.shape)
      .filter(([k]) => k !== "id" && k !== "parent")
      .map(([k, s]) => [k, s.nullable().optional()]),
  ),
);

export const planEditSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("addTask"), task: taskSchema }),
  z.strictObject({ op: z.literal("updateTask"), id: z.string().min(1), set: taskChangesSchema }),
  z.strictObject({ op: z.literal("removeTask"), id: z.string().min(1) }),
  z.strictObject({ op: z.literal("addLink"), link: linkSchema }),
  z.strictObject({ op: z.literal("removeLink"), from: z.string().min(1), to: z.string().min(1) }),
  z.strictObject({ op: z.literal("assign"), assignment: assignmentSchema }),
  z.strictObject({ op: z.literal("unassign"), task: z.string().min(1), resource: z.string().min(1) }),
]);

export const impactFiguresSchema = z.strictObject({
  finishBefore: z.string(),
  finishAfter: z.string(),
  finishDays: z.number(),
  p80Before: z.string().optional(),
  p80After: z.string().optional(),
  p80Days: z.number().optional(),
  costBefore: z.number(),
  costAfter: z.number(),
});

export const decisionSchema = z.strictObject({
  status: z.enum(["approved", "rejected", "deferred"]),
  by: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
  why: z.string(),
  impact: impactFiguresSchema,
  rebaselined: z.boolean().optional(),
});

export const changeRequestSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  requester: z.string().min(1),
  reason: z.string().min(1),
  description: z.string().optional(),
  status: z.enum(CHANGE_STATUSES),
  edits: z.array(planEditSchema),
  decision: decisionSchema.optional(),
});
