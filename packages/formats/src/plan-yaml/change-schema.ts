import {
  CHANGE_STATUSES,
  durationSchema,
  impactFiguresSchema,
  isThreePoint,
  LINK_TYPES,
  localDateSchema,
  lagSchema as modelLagSchema,
  parseEstimate,
  type ThreePointEstimate,
} from "@keel/model";
import { z } from "zod";
import { doc, id, text } from "./schema-docs.js";
import {
  constraintSchema,
  estimateOrderError,
  lagSchema,
  plainDurationSchema,
  unitsSchema,
} from "./value-schemas.js";

/**
 * Change requests in the plan file. Their edits are the model's PlanEdit ops, with durations,
 * estimates, lags, constraints and units also accepted in the file's notation (5d, 3d/5d/9d, 2d,
 * "SNET 2027-02-01", 50%).
 */

function allOptional<T extends Record<string, z.ZodType>>(shape: T) {
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

function allClearable<T extends Record<string, z.ZodType>>(shape: T) {
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, s.nullable().optional()])) as {
    [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>>;
  };
}

/** The model's duration, named so that the JSON Schema refers to it rather than repeating it. */
const durationObject = doc(
  durationSchema,
  "A duration in the model's shape, such as { value: 5, unit: d, elapsed: false }.",
  {
    id: "durationObject",
    title: "Duration object",
  },
);

const durationValue = (description: string) =>
  doc(
    z.union([plainDurationSchema, durationObject], {
      error: "expected a duration such as 5d, or { value, unit, elapsed }",
    }),
    description,
  );

const estimateText = z.string().transform((value, ctx): ThreePointEstimate => {
  const parsed = parseEstimate(value);
  const problem =
    typeof parsed === "string"
      ? parsed
      : isThreePoint(parsed)
        ? estimateOrderError(parsed)
        : `"${value}" is a single duration; expected optimistic/most likely/pessimistic such as 3d/5d/9d`;
  if (problem !== undefined) {
    ctx.issues.push({ code: "custom", message: problem, input: value });
    return z.NEVER;
  }
  return parsed as ThreePointEstimate;
});

const taskFields = {
  name: doc(z.string(), "Display name."),
  milestone: doc(z.boolean(), "true for a milestone."),
  duration: durationValue("The scheduled duration: 5d, or { value: 5, unit: d, elapsed: false }."),
  estimate: doc(
    z.union(
      [
        estimateText,
        z.strictObject({
          optimistic: durationObject,
          mostLikely: durationObject,
          pessimistic: durationObject,
        }),
      ],
      {
        error: "expected a three-point estimate such as 3d/5d/9d",
      },
    ),
    "Optimistic/most likely/pessimistic, such as 3d/5d/9d, for forecasts.",
  ),
  work: durationValue("Effort, such as 20d: the task is effort-driven."),
  constraint: constraintSchema,
  priority: doc(
    z
      .number({ error: "expected a whole number from 0 to 1000" })
      .int({ error: "expected a whole number from 0 to 1000" })
      .min(0, { error: "expected a whole number from 0 to 1000" })
      .max(1000, { error: "expected a whole number from 0 to 1000" }),
    "Leveling priority from 0 to 1000.",
  ),
  deadline: doc(localDateSchema, "Date the task should finish by."),
  calendar: id("Id of the calendar the task works on."),
  notes: doc(z.string(), "Free text."),
};

const newTaskSchema = doc(
  z.strictObject({
    id: id("Id of the new task."),
    parent: doc(
      id("Id of its summary task.").nullable(),
      "Id of the summary task it goes under; default: the top level.",
    ).optional(),
    ...allOptional(taskFields),
  }),
  "The new task: name defaults to the id, duration to 0, milestone to a zero duration, constraint to ASAP.",
);

/** Each field sets that field of the task; null clears an optional one. */
const taskChangesSchema = doc(
  z.strictObject(allClearable(taskFields)),
  "Task fields to change, such as { duration: 8d, deadline: null }; null clears an optional field.",
);

const op = <T extends string>(name: T, description: string) => doc(z.literal(name), description);

export const planEditSchema = z.discriminatedUnion("op", [
  z.strictObject({ op: op("addTask", "Adds a task."), task: newTaskSchema }),
  z.strictObject({
    op: op("updateTask", "Changes fields of a task."),
    id: id("Id of the task."),
    set: taskChangesSchema,
  }),
  z.strictObject({ op: op("removeTask", "Removes a task."), id: id("Id of the task.") }),
  z.strictObject({
    op: op("addLink", "Adds a link."),
    link: doc(
      z.strictObject({
        from: id("Id of the predecessor."),
        to: id("Id of the successor."),
        type: doc(z.enum(LINK_TYPES), "FS (default), SS, FF or SF.").optional(),
        lag: doc(
          z.union([lagSchema, modelLagSchema], { error: "expected a lag such as 2d, -1d or 50%" }),
          "Lag such as 2d, a lead -1d, or 50%; default 0.",
        ).optional(),
      }),
      "The link: { from, to, type, lag }.",
    ),
  }),
  z.strictObject({
    op: op("removeLink", "Removes the link between two tasks."),
    from: id("Id of the predecessor."),
    to: id("Id of the successor."),
  }),
  z.strictObject({
    op: op("assign", "Assigns a resource to a task."),
    assignment: doc(
      z.strictObject({
        task: id("Id of the task."),
        resource: id("Id of the resource."),
        units: doc(unitsSchema, "1 or 100% (default) full time, 0.5 or 50% half time.").optional(),
      }),
      "The assignment: { task, resource, units }.",
    ),
  }),
  z.strictObject({
    op: op("unassign", "Takes a resource off a task."),
    task: id("Id of the task."),
    resource: id("Id of the resource."),
  }),
]);

const decisionSchema = doc(
  z.strictObject({
    status: doc(z.enum(["approved", "rejected", "deferred"]), "approved, rejected or deferred."),
    by: text("Who decided."),
    at: doc(
      z.iso.datetime({ offset: true, error: "expected a date-time such as 2027-02-01T10:00:00Z" }),
      "When, as an ISO 8601 date-time such as 2027-02-01T10:00:00Z.",
    ),
    why: doc(z.string(), "The reason given."),
    impact: doc(
      impactFiguresSchema,
      "The impact analysis the decision was made on: finishBefore, finishAfter, finishDays, p80Before, p80After, p80Days, costBefore, costAfter.",
    ),
    rebaselined: doc(z.boolean(), "true when approving it also saved a new baseline.").optional(),
  }),
  "The decision, with the impact figures it was made on.",
);

export const changeSchema = doc(
  z.strictObject({
    id: id("Unique id of the change request."),
    name: text("What changes, in a few words; default: the id.").optional(),
    requester: text("Who asks for it."),
    reason: text("Why it is needed."),
    description: doc(z.string(), "More about it.").optional(),
    status: doc(
      z.enum(CHANGE_STATUSES),
      "draft (default), submitted, approved, rejected or deferred.",
    ).optional(),
    edits: doc(
      z.array(planEditSchema),
      "The plan edits it proposes, applied in order to the current plan: { op: addTask, task }, { op: updateTask, id, set }, { op: removeTask, id }, { op: addLink, link }, { op: removeLink, from, to }, { op: assign, assignment }, { op: unassign, task, resource }. Not checked against the plan: an edit whose task has gone makes the request stale.",
    ).optional(),
    decision: decisionSchema.optional(),
  }),
  "A proposed change of scope, time or cost, with its plan edits and, once decided, the decision.",
  { id: "change", title: "Change request" },
);

export type ChangeFile = z.output<typeof changeSchema>;
export type PlanEditFile = z.output<typeof planEditSchema>;

export const CHANGE_KEYS = {
  change: Object.keys(changeSchema.shape),
  decision: Object.keys(decisionSchema.shape),
  impactFigures: Object.keys(impactFiguresSchema.shape),
  editOps: Object.fromEntries(
    planEditSchema.options.map((o) => [o.shape.op.value, Object.keys(o.shape)]),
  ) as Record<string, readonly string[]>,
  newTask: Object.keys(newTaskSchema.shape),
  taskChanges: Object.keys(taskChangesSchema.shape),
  link: ["from", "to", "type", "lag"],
  assignment: ["task", "resource", "units"],
} as const;
