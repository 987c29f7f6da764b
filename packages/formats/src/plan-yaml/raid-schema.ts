import {
  ASSUMPTION_STATUSES,
  DEFAULT_RISK_SCALES,
  DEPENDENCY_STATUSES,
  ESCALATION_LEVELS,
  ISSUE_SEVERITIES,
  ISSUE_STATUSES,
  localDateSchema,
  RISK_KINDS,
  RISK_STATUSES,
  RISK_STRATEGIES,
} from "@keel/model";
import { z } from "zod";
import { doc, id, text } from "./schema-docs.js";
import { chanceSchema, plainDurationSchema } from "./value-schemas.js";

/** The RAID log of the plan file: risk scales, risks, assumptions, issues and dependencies. */

const date = (description: string) => doc(localDateSchema, description);
const taskIds = (description: string) => doc(z.array(id("Id of a task.")), description);

// Only arrays reach the length checks.
const scaleLength = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    `expected 2 to 10 ${what} levels, got ${(issue.input as readonly unknown[]).length}`,
});

export const riskScalesSchema = doc(
  z.strictObject({
    probability: doc(
      z
        .array(
          z.strictObject({
            label: text("What the level is called, such as Likely."),
            chance: doc(chanceSchema, "The chance a forecast draws for a risk at this level: 0.7 or 70%."),
          }),
        )
        .min(2, scaleLength("probability"))
        .max(10, scaleLength("probability")),
      `Probability levels from the lowest (level 1) up; default ${DEFAULT_RISK_SCALES.probability.map((l) => `${l.label} ${l.chance * 100}%`).join(", ")}.`,
    ).optional(),
    impact: doc(
      z
        .array(z.strictObject({ label: text("What the level is called, such as Major.") }))
        .min(2, scaleLength("impact"))
        .max(10, scaleLength("impact")),
      `Impact levels from the lowest (level 1) up; default ${DEFAULT_RISK_SCALES.impact.map((l) => l.label).join(", ")}.`,
    ).optional(),
  }),
  "The scales risks are scored on; a scale left out keeps the default 1–5 levels.",
  { id: "riskScales", title: "Risk scales" },
);

/**
 * A level on one of the plan's scales. How many levels there are depends on `project.riskScales`,
 * so the upper bound is checked in check-references.ts, and schema-issues.ts words the rest
 * (including the old chance and duration forms) with the scale's range.
 */
const level = (description: string) => doc(z.number().int().min(1), description);

const scoreFields = {
  probability: level("Level on the probability scale, from 1 (the lowest)."),
  impact: level("Level on the impact scale, from 1 (the lowest)."),
};

const riskActionSchema = z.strictObject({
  action: text("What will be done."),
  owner: text("Who does it.").optional(),
  due: date("By when, YYYY-MM-DD.").optional(),
  done: doc(z.boolean(), "true once it is done.").optional(),
});

export const riskSchema = doc(
  z.strictObject({
    id: id("Unique id of the risk."),
    name: text("What could happen, in a few words; default: the id.").optional(),
    kind: doc(z.enum(RISK_KINDS), "threat (default) or opportunity.").optional(),
    description: doc(z.string(), "More about it.").optional(),
    cause: doc(z.string(), "What makes it possible.").optional(),
    event: doc(z.string(), "What may happen.").optional(),
    effect: doc(z.string(), "What it would do to the project.").optional(),
    category: text("A group of risks, such as Vendor or Technical.").optional(),
    owner: text("Who watches it and answers for the response.").optional(),
    ...scoreFields,
    chance: doc(
      chanceSchema,
      "The chance a forecast draws, 0.3 or 30%, instead of the probability level's.",
    ).optional(),
    delay: doc(
      plainDurationSchema,
      "Time it adds to each of its tasks when it happens (an opportunity takes it off): 5d, 16h, or elapsed 1ew. Forecasts draw risks with a delay.",
    ).optional(),
    cost: doc(
      z.number().nonnegative({ error: "expected a cost of 0 or more" }),
      "What it would cost when it happens, in the project's currency.",
    ).optional(),
    tasks: taskIds("The tasks it would delay (without subtasks); default none.").optional(),
    trigger: doc(z.string(), "The sign that it is about to happen.").optional(),
    strategy: doc(
      z.enum(RISK_STRATEGIES),
      "The response: avoid, mitigate, transfer or accept a threat; exploit, enhance, share or accept an opportunity.",
    ).optional(),
    actions: doc(
      z.array(riskActionSchema),
      "Steps of the response: { action, owner, due, done }.",
    ).optional(),
    residual: doc(
      z.strictObject(scoreFields),
      "Probability and impact levels expected once the response is done.",
    ).optional(),
    status: doc(
      z.enum(RISK_STATUSES),
      "open (default), occurred (it happened: raise an issue) or closed (it can no longer happen).",
    ).optional(),
    review: date("When it is next reviewed; past this date it is stale.").optional(),
  }),
  "An entry of the risk register, scored by probability × impact levels; with a delay and tasks, forecasts draw it (keel forecast).",
  { id: "risk", title: "Risk" },
);

export const assumptionSchema = doc(
  z.strictObject({
    id: id("Unique id of the assumption."),
    name: text("What the plan takes as true; default: the id.").optional(),
    description: doc(z.string(), "More about it.").optional(),
    owner: text("Who checks it.").optional(),
    validateBy: date("When it must be checked by, YYYY-MM-DD.").optional(),
    status: doc(z.enum(ASSUMPTION_STATUSES), "unvalidated (default), valid or invalid.").optional(),
    tasks: taskIds("Tasks that rest on it.").optional(),
  }),
  "Something the plan takes as true until someone checks it.",
  { id: "assumption", title: "Assumption" },
);

export const issueSchema = doc(
  z.strictObject({
    id: id("Unique id of the issue."),
    name: text("What has gone wrong; default: the id.").optional(),
    description: doc(z.string(), "More about it.").optional(),
    severity: doc(z.enum(ISSUE_SEVERITIES), "low, medium (default), high or critical.").optional(),
    owner: text("Who resolves it.").optional(),
    due: date("When it must be resolved by, YYYY-MM-DD.").optional(),
    escalation: doc(
      z.enum(ESCALATION_LEVELS),
      "How far up it has gone: team (default), project, sponsor or steering.",
    ).optional(),
    status: doc(z.enum(ISSUE_STATUSES), "open (default), resolved or closed.").optional(),
    resolution: doc(z.string(), "How it was resolved.").optional(),
    tasks: taskIds("Tasks it affects.").optional(),
    raised: date("When it was raised; its age counts from here.").optional(),
  }),
  "Something that has gone wrong and needs an owner and a resolution.",
  { id: "issue", title: "Issue" },
);

export const dependencySchema = doc(
  z.strictObject({
    id: id("Unique id of the dependency."),
    name: text("What is delivered; default: the id.").optional(),
    provider: text("Who delivers it: a team or a vendor."),
    owner: text("Who follows it up.").optional(),
    needed: date("When the plan needs it, YYYY-MM-DD."),
    expected: date("When the provider now promises it, YYYY-MM-DD.").optional(),
    delivered: date("When it arrived, YYYY-MM-DD.").optional(),
    status: doc(
      z.enum(DEPENDENCY_STATUSES),
      "waiting (default), delivered or cancelled (no longer needed).",
    ).optional(),
    tasks: taskIds(
      "Tasks that cannot start before it arrives: on `delivered`, else `expected`, else `needed`.",
    ).optional(),
  }),
  "Something another team or a vendor must deliver; its tasks wait for it.",
  { id: "dependency", title: "Dependency" },
);

export type RiskFile = z.output<typeof riskSchema>;
export type AssumptionFile = z.output<typeof assumptionSchema>;
export type IssueFile = z.output<typeof issueSchema>;
export type DependencyFile = z.output<typeof dependencySchema>;
export type RiskScalesFile = z.output<typeof riskScalesSchema>;

export const RAID_KEYS = {
  riskScales: Object.keys(riskScalesSchema.shape),
  probabilityLevel: ["label", "chance"],
  impactLevel: ["label"],
  risk: Object.keys(riskSchema.shape),
  action: Object.keys(riskActionSchema.shape),
  residual: Object.keys(scoreFields),
  assumption: Object.keys(assumptionSchema.shape),
  issue: Object.keys(issueSchema.shape),
  dependency: Object.keys(dependencySchema.shape),
} as const;
