import { z } from "zod";
import { type Assignment, assignmentSchema } from "./assignment.js";
import { type Assumption, assumptionSchema } from "./assumption.js";
import { type Calendar, calendarSchema } from "./calendar.js";
import { type ChangeRequest, changeRequestSchema } from "./change-request.js";
import { type Dependency, dependencySchema } from "./dependency.js";
import { type Issue, issueSchema } from "./issue.js";
import { type Link, linkSchema } from "./link.js";
import { type Project, projectSchema } from "./project.js";
import { type Resource, resourceSchema } from "./resource.js";
import { type Risk, riskSchema } from "./risk.js";
import { type Task, taskSchema } from "./task.js";

/**
 * A whole plan in its normalized form: flat tasks in outline order (a summary task comes before
 * its children), links between task ids, and the calendars they use.
 */
export interface Plan {
  readonly project: Project;
  readonly calendars: readonly Calendar[];
  readonly tasks: readonly Task[];
  readonly links: readonly Link[];
  /** Who does the work; absent or empty when the plan does not model resources. */
  readonly resources?: readonly Resource[] | undefined;
  readonly assignments?: readonly Assignment[] | undefined;
  /** The RAID log: risks (forecasts draw those with a delay), assumptions, issues, dependencies. */
  readonly risks?: readonly Risk[] | undefined;
  readonly assumptions?: readonly Assumption[] | undefined;
  readonly issues?: readonly Issue[] | undefined;
  /** External dependencies: their linked tasks wait for their dates. */
  readonly dependencies?: readonly Dependency[] | undefined;
  readonly changes?: readonly ChangeRequest[] | undefined;
}

export const planSchema = z.strictObject({
  project: projectSchema,
  calendars: z.array(calendarSchema),
  tasks: z.array(taskSchema),
  links: z.array(linkSchema),
  resources: z.array(resourceSchema).optional(),
  assignments: z.array(assignmentSchema).optional(),
  risks: z.array(riskSchema).optional(),
  assumptions: z.array(assumptionSchema).optional(),
  issues: z.array(issueSchema).optional(),
  dependencies: z.array(dependencySchema).optional(),
  changes: z.array(changeRequestSchema).optional(),
});
