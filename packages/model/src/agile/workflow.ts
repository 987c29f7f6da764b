import { z } from "zod";

/** Where a status sits in the flow: charts count "doing" as work in progress and "done" as finished. */
export const STATUS_CATEGORIES = ["todo", "doing", "done"] as const;
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];

/** One column of the board. */
export interface WorkflowStatus {
  /** Stable key, stored on each item: "in-progress". */
  readonly id: string;
  /** Column title: "In Progress". */
  readonly name: string;
  readonly category: StatusCategory;
  /** Most items the column should hold at once; no limit when absent. */
  readonly wip?: number | undefined;
}

/** A move the workflow allows; `from: "*"` allows it from any status. */
export interface WorkflowTransition {
  readonly from: string;
  readonly to: string;
}

/** The statuses an item passes through, in board order, and which moves between them are allowed. */
export interface Workflow {
  readonly statuses: readonly WorkflowStatus[];
  /** When absent or empty, any move is allowed. */
  readonly transitions?: readonly WorkflowTransition[] | undefined;
}

const workflowStatusSchema = z.strictObject({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(60),
  category: z.enum(STATUS_CATEGORIES),
  wip: z.number().int().positive().max(1000).optional(),
});

export const workflowSchema = z
  .strictObject({
    statuses: z.array(workflowStatusSchema).min(2).max(30),
    transitions: z.array(z.strictObject({ from: z.string().min(1), to: z.string().min(1) })).optional(),
  })
  .superRefine((w, ctx) => {
    const ids = new Set<string>();
    w.statuses.forEach((s, i) => {
      if (ids.has(s.id))
        ctx.addIssue({
          code: "custom",
          path: ["statuses", i, "id"],
          message: `status "${s.id}" appears twice`,
        });
      ids.add(s.id);
    });
    if (!w.statuses.some((s) => s.category === "done")) {
      ctx.addIssue({
        code: "custom",
        path: ["statuses"],
        message: 'at least one status needs category "done"',
      });
    }
    w.transitions?.forEach((t, i) => {
      if (t.from !== "*" && !ids.has(t.from)) {
        ctx.addIssue({ code: "custom", path: ["transitions", i, "from"], message: `no status "${t.from}"` });
      }
      if (!ids.has(t.to))
        ctx.addIssue({ code: "custom", path: ["transitions", i, "to"], message: `no status "${t.to}"` });
    });
  });

/** Whether the workflow lets an item move from one status to another. */
export function allowsMove(workflow: Workflow, from: string, to: string): boolean {
  if (from === to) return true;
  const transitions = workflow.transitions ?? [];
  if (transitions.length === 0) return true;
  return transitions.some((t) => (t.from === "*" || t.from === from) && t.to === to);
}

/** The category of a status, or undefined when the workflow has no such status. */
export function statusCategory(workflow: Workflow, status: string): StatusCategory | undefined {
  return workflow.statuses.find((s) => s.id === status)?.category;
}
