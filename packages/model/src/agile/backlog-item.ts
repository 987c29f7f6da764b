import { z } from "zod";
import { type LocalDate, localDateSchema } from "../dates.js";
import { BACKLOG_ITEM_TYPES, type BacklogItemType } from "./agile-settings.js";

/** An item entered a status on a day: the history burndown, flow and cycle-time charts replay. */
export interface StatusChange {
  readonly status: string;
  readonly at: LocalDate;
}

/** A piece of product work: an epic, story, bug, task, spike or sub-task. */
export interface BacklogItem {
  /** Its key: "APP-12", or the Jira issue key it was imported from. */
  readonly id: string;
  readonly name: string;
  readonly type: BacklogItemType;
  /** A status of the project's workflow. */
  readonly status: string;
  /** Backlog order: lower comes first. */
  readonly rank: number;
  readonly points?: number | undefined;
  /** Estimate in hours, for teams that estimate in time. */
  readonly hours?: number | undefined;
  readonly description?: string | undefined;
  readonly acceptance?: readonly string[] | undefined;
  /** Key of the epic this item belongs to. */
  readonly epic?: string | undefined;
  /** Key of the parent item of a sub-task. */
  readonly parent?: string | undefined;
  readonly labels?: readonly string[] | undefined;
  readonly assignee?: string | undefined;
  readonly priority?: string | undefined;
  /** Id of the sprint the item is planned in; in the backlog when absent. */
  readonly sprint?: string | undefined;
  /** Plan tasks or milestones an epic rolls up into (hybrid delivery). */
  readonly tasks?: readonly string[] | undefined;
  readonly created?: LocalDate | undefined;
  /** Status changes, oldest first. */
  readonly history?: readonly StatusChange[] | undefined;
}

export const statusChangeSchema = z.strictObject({ status: z.string().min(1), at: localDateSchema });

export const backlogItemSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(500),
  type: z.enum(BACKLOG_ITEM_TYPES),
  status: z.string().min(1),
  rank: z.number().finite(),
  points: z.number().nonnegative().max(10000).optional(),
  hours: z.number().nonnegative().max(100000).optional(),
  description: z.string().max(100000).optional(),
  acceptance: z.array(z.string().min(1).max(2000)).max(100).optional(),
  epic: z.string().min(1).optional(),
  parent: z.string().min(1).optional(),
  labels: z.array(z.string().min(1).max(200)).max(100).optional(),
  assignee: z.string().min(1).optional(),
  priority: z.string().min(1).max(60).optional(),
  sprint: z.string().min(1).optional(),
  tasks: z.array(z.string().min(1)).optional(),
  created: localDateSchema.optional(),
  history: z.array(statusChangeSchema).max(10000).optional(),
});
