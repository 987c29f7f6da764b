import { z } from "zod";
import { type Workflow, workflowSchema } from "./workflow.js";

export const ESTIMATE_UNITS = ["points", "hours"] as const;
export type EstimateUnit = (typeof ESTIMATE_UNITS)[number];

/** What a board does when a move would take a column over its WIP limit. */
export const WIP_POLICIES = ["warn", "block"] as const;
export type WipPolicy = (typeof WIP_POLICIES)[number];

export const SWIMLANES = ["none", "assignee", "epic"] as const;
export type Swimlanes = (typeof SWIMLANES)[number];

export const BACKLOG_ITEM_TYPES = ["epic", "story", "bug", "task", "spike", "subtask"] as const;
export type BacklogItemType = (typeof BACKLOG_ITEM_TYPES)[number];

/** How a project's team works: its workflow, limits, sprint cadence and estimating unit. */
export interface AgileSettings {
  readonly workflow: Workflow;
  readonly wipPolicy: WipPolicy;
  /** Sprint length in calendar days; 14 is the usual two weeks. 0 for a Kanban team without sprints. */
  readonly sprintLength: number;
  readonly estimateUnit: EstimateUnit;
  /** Share of working time a person spends on sprint work (the rest: meetings, support, interruptions). */
  readonly focusFactor: number;
  /** The item types this team uses. */
  readonly itemTypes: readonly BacklogItemType[];
  readonly definitionOfDone: readonly string[];
  readonly swimlanes: Swimlanes;
  /** Prefix of the keys given to new items: "APP" gives APP-1, APP-2… */
  readonly keyPrefix: string;
  /** The team template last applied, for display. */
  readonly template?: string | undefined;
}

export const agileSettingsSchema = z.strictObject({
  workflow: workflowSchema,
  wipPolicy: z.enum(WIP_POLICIES),
  sprintLength: z.number().int().min(0).max(56),
  estimateUnit: z.enum(ESTIMATE_UNITS),
  focusFactor: z.number().gt(0).max(1),
  itemTypes: z.array(z.enum(BACKLOG_ITEM_TYPES)).min(1),
  definitionOfDone: z.array(z.string().min(1).max(300)).max(50),
  swimlanes: z.enum(SWIMLANES),
  keyPrefix: z.string().regex(/^[A-Z][A-Z0-9]{0,9}$/, {
    error: "expected 1–10 capital letters or digits, starting with a letter",
  }),
  template: z.string().min(1).optional(),
});

/** Settings of a project nobody has set up yet: a simple three-column Scrum board. */
export const DEFAULT_AGILE_SETTINGS: AgileSettings = {
  workflow: {
    statuses: [
      { id: "todo", name: "To Do", category: "todo" },
      { id: "in-progress", name: "In Progress", category: "doing" },
      { id: "done", name: "Done", category: "done" },
    ],
  },
  wipPolicy: "warn",
  sprintLength: 14,
  estimateUnit: "points",
  focusFactor: 0.7,
  itemTypes: ["epic", "story", "bug", "task", "spike", "subtask"],
  definitionOfDone: [],
  swimlanes: "none",
  keyPrefix: "KEEL",
};
