import { z } from "zod";
import { type Assignment, assignmentSchema } from "./assignment.js";
import { type Calendar, calendarSchema } from "./calendar.js";
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
  /** Risk events the schedule forecast draws; absent or empty when there are none. */
  readonly risks?: readonly Risk[] | undefined;
}

export const planSchema = z.strictObject({
  project: projectSchema,
  calendars: z.array(calendarSchema),
  tasks: z.array(taskSchema),
  links: z.array(linkSchema),
  resources: z.array(resourceSchema).optional(),
  assignments: z.array(assignmentSchema).optional(),
  risks: z.array(riskSchema).optional(),
});
