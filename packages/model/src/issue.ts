import { z } from "zod";
import { type LocalDate, localDateSchema } from "./dates.js";

export const ISSUE_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type IssueSeverity = (typeof ISSUE_SEVERITIES)[number];

/** How far up an issue has gone: the team handles it, then the project manager, sponsor, steering group. */
export const ESCALATION_LEVELS = ["team", "project", "sponsor", "steering"] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ISSUE_STATUSES = ["open", "resolved", "closed"] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Something that has gone wrong and needs an owner and a resolution (a RAID issue, not a ticket). */
export interface Issue {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
  readonly severity: IssueSeverity;
  readonly owner?: string | undefined;
  readonly due?: LocalDate | undefined;
  readonly escalation: EscalationLevel;
  readonly status: IssueStatus;
  readonly resolution?: string | undefined;
  readonly tasks?: readonly string[] | undefined;
  /** When it was raised; its age counts from here. */
  readonly raised?: LocalDate | undefined;
}

export const issueSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  severity: z.enum(ISSUE_SEVERITIES),
  owner: z.string().min(1).optional(),
  due: localDateSchema.optional(),
  escalation: z.enum(ESCALATION_LEVELS),
  status: z.enum(ISSUE_STATUSES),
  resolution: z.string().optional(),
  tasks: z.array(z.string().min(1)).optional(),
  raised: localDateSchema.optional(),
});
