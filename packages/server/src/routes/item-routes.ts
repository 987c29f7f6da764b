import {
  assignmentSchema,
  assumptionSchema,
  backlogItemSchema,
  calendarSchema,
  changeRequestSchema,
  dependencySchema,
  issueSchema,
  kpiSchema,
  linkSchema,
  resourceSchema,
  riskSchema,
  sprintFieldsSchema,
  taskSchema,
  withEstimateFollowingDuration,
  workingLengths,
} from "@keel/model";
import {
  ConflictError,
  type EntityRepository,
  type ProjectEdit,
  type Queryable,
  type Store,
  VersionConflictError,
} from "@keel/store";
import { z } from "zod";
import { checkBacklogFields, prepareBacklogItem } from "../agile/backlog-checks.js";
import { version, versionQuery } from "./common.js";
import { type Route, route } from "./route.js";

interface ItemKind {
  /** URL segment: /api/projects/:projectId/<plural> */
  readonly plural: string;
  readonly param: string;
  readonly tag: string;
  readonly repo: (store: Store) => EntityRepository<object>;
  /** Body for creating: the model schema, with the fields that have defaults optional. */
  readonly create: z.ZodType;
  /** Body for a partial update; `version` is added. */
  readonly patch: z.ZodObject;
  readonly noun: string;
  /** Why an item may no longer be changed or deleted (a decided change request), if so. */
  readonly locked?: (item: Record<string, unknown>) => string | undefined;
  /** Checks and completes a new item's body against what it refers to (a backlog item's sprint). */
  readonly beforeCreate?: (
    store: Store,
    edit: ProjectEdit,
    body: Record<string, unknown>,
  ) => Promise<Record<string, unknown>>;
  /** Checks an update's fields against what they refer to. */
  readonly beforeUpdate?: (store: Store, edit: ProjectEdit, fields: Record<string, unknown>) => Promise<void>;
  /** Completes an update with what follows from it on the item as stored (a task's estimate from its duration). */
  readonly completeUpdate?: (
    store: Store,
    edit: ProjectEdit,
    id: string,
    fields: Record<string, unknown>,
  ) => Promise<Record<string, unknown>>;
  /** Tidies what refers to the item before it goes (a sprint's items go back to the backlog). */
  readonly beforeDelete?: (store: Store, edit: ProjectEdit, id: string) => Promise<void>;
}

/** A partial update in which `null` clears a field the model has as optional (a task's deadline, a resource's group). */
function patchOf<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>): z.ZodObject {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      field instanceof z.ZodOptional
        ? (field.unwrap() as z.ZodType).nullable().optional()
        : (field as z.ZodType).optional(),
    ]),
  );
  return z.strictObject(shape);
}

/** Statuses a requester sets; the others are decisions. */
const OPEN_CHANGE_STATUSES = ["draft", "submitted", "deferred"] as const;

const KINDS: readonly ItemKind[] = [
  {
    plural: "tasks",
    param: "taskId",
    tag: "Tasks",
    noun: "task",
    repo: (s) => s.tasks as EntityRepository<object>,
    create: taskSchema
      .extend({ position: z.number().finite() })
      .partial({ parent: true, milestone: true, constraint: true, position: true }),
    patch: patchOf(taskSchema.extend({ position: z.number().finite() }).omit({ id: true })),
    completeUpdate: estimateFollowsDuration,
  },
  {
    plural: "links",
    param: "linkId",
    tag: "Links",
    noun: "link",
    repo: (s) => s.links as EntityRepository<object>,
    create: linkSchema.partial({ type: true, lag: true }),
    patch: patchOf(linkSchema),
  },
  {
    plural: "calendars",
    param: "calendarId",
    tag: "Calendars",
    noun: "calendar",
    repo: (s) => s.calendars as EntityRepository<object>,
    create: calendarSchema,
    patch: patchOf(calendarSchema.omit({ id: true })),
  },
  {
    plural: "resources",
    param: "resourceId",
    tag: "Resources",
    noun: "resource",
    repo: (s) => s.resources as EntityRepository<object>,
    create: resourceSchema.partial({ type: true, maxUnits: true }),
    patch: patchOf(resourceSchema.omit({ id: true })),
  },
  {
    plural: "assignments",
    param: "assignmentId",
    tag: "Resources",
    noun: "assignment",
    repo: (s) => s.assignments as EntityRepository<object>,
    create: assignmentSchema.partial({ units: true }),
    patch: patchOf(assignmentSchema),
  },
  {
    plural: "risks",
    param: "riskId",
    tag: "Risks",
    noun: "risk",
    repo: (s) => s.risks as EntityRepository<object>,
    create: riskSchema.partial({ name: true, kind: true, tasks: true, status: true }),
    patch: patchOf(riskSchema.omit({ id: true })),
  },
  {
    plural: "assumptions",
    param: "assumptionId",
    tag: "RAID",
    noun: "assumption",
    repo: (s) => s.assumptions as EntityRepository<object>,
    create: assumptionSchema.partial({ name: true, status: true }),
    patch: patchOf(assumptionSchema.omit({ id: true })),
  },
  {
    plural: "issues",
    param: "issueId",
    tag: "RAID",
    noun: "issue",
    repo: (s) => s.issues as EntityRepository<object>,
    create: issueSchema.partial({ name: true, severity: true, escalation: true, status: true }),
    patch: patchOf(issueSchema.omit({ id: true })),
  },
  {
    plural: "dependencies",
    param: "dependencyId",
    tag: "RAID",
    noun: "dependency",
    repo: (s) => s.dependencies as EntityRepository<object>,
    create: dependencySchema.partial({ name: true, status: true, tasks: true }),
    patch: patchOf(dependencySchema.omit({ id: true })),
  },
  {
    plural: "kpis",
    param: "kpiId",
    tag: "Dashboard",
    noun: "KPI",
    repo: (s) => s.kpis as EntityRepository<object>,
    create: kpiSchema.partial({ name: true, better: true, values: true }),
    patch: patchOf(kpiSchema.omit({ id: true })),
  },
  {
    plural: "changes",
    param: "changeId",
    tag: "Change requests",
    noun: "change request",
    repo: (s) => s.changes as EntityRepository<object>,
    // Decisions go through POST …/changes/:changeId/decision, which checks the role and merges the edits.
    create: changeRequestSchema
      .omit({ decision: true })
      .extend({ status: z.enum(OPEN_CHANGE_STATUSES) })
      .partial({ name: true, status: true, edits: true }),
    patch: patchOf(
      changeRequestSchema.omit({ id: true, decision: true }).extend({ status: z.enum(OPEN_CHANGE_STATUSES) }),
    ),
    locked: (item) =>
      item.status === "approved" || item.status === "rejected"
        ? `change request "${String(item.id)}" was ${String(item.status)}; a decided request stays in the change log as it was`
        : undefined,
  },

  {
    plural: "backlog-items",
    param: "itemId",
    tag: "Agile",
    noun: "backlog item",
    repo: (s) => s.backlogItems as EntityRepository<object>,
    // Status changes go through POST …/backlog-items/:itemId/move, which checks the workflow and WIP
    // limits and records the change in the item's history for the charts.
    create: backlogItemSchema
      .omit({ history: true })
      .partial({ id: true, type: true, status: true, rank: true }),
    patch: patchOf(backlogItemSchema.omit({ id: true, status: true, history: true })),
    beforeCreate: prepareBacklogItem,
    beforeUpdate: checkBacklogFields,
  },
  {
    plural: "sprints",
    param: "sprintId",
    tag: "Agile",
    noun: "sprint",
    repo: (s) => s.sprints as EntityRepository<object>,
    // Starting and closing go through …/start and …/close, which record commitment and outcome.
    create: sprintFieldsSchema
      .omit({ state: true, committed: true, completed: true, carriedOver: true, carriedTo: true })
      .partial({ id: true, name: true, finish: true }),
    patch: patchOf(
      sprintFieldsSchema.omit({
        id: true,
        state: true,
        committed: true,
        completed: true,
        carriedOver: true,
        carriedTo: true,
      }),
    ),
    locked: (item) =>
      item.state === "closed"
        ? `sprint "${String(item.id)}" is closed; its commitment and outcome stay as they were`
        : undefined,
    beforeDelete: returnToBacklog,
  },
];

const MAX_BULK = 10_000;

/** A new duration of a task with a three-point estimate scales the estimate to it, whoever sends it. */
async function estimateFollowsDuration(
  store: Store,
  edit: ProjectEdit,
  id: string,
  fields: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  if (fields.duration == null || "estimate" in fields) return fields;
  const task = await store.tasks.find(edit.tx, edit.projectId, id);
  // Most tasks have no estimate to scale: spare them reading the project.
  if (task?.estimate === undefined) return fields;
  const { project } = await store.getProject(edit.tx, edit.projectId);
  return withEstimateFollowingDuration(task, fields, workingLengths(project));
}

/** Takes a sprint's items back to the backlog, so none is left planned in a sprint that is gone. */
async function returnToBacklog(store: Store, edit: ProjectEdit, sprintId: string): Promise<void> {
  for (const item of await store.backlogItems.list(edit.tx, edit.projectId)) {
    if (item.sprint === sprintId)
      await store.backlogItems.update(edit, item.id, item.version, { sprint: null });
  }
}

function prepared(kind: ItemKind, store: Store, edit: ProjectEdit, body: unknown) {
  const fields = body as Record<string, unknown>;
  return kind.beforeCreate === undefined ? Promise.resolve(fields) : kind.beforeCreate(store, edit, fields);
}

/** Refuses to touch an item its kind has locked. */
async function checkUnlocked(
  kind: ItemKind,
  repo: EntityRepository<object>,
  tx: Queryable,
  projectId: string,
  id: string,
) {
  if (kind.locked === undefined) return;
  const current = await repo.find(tx, projectId, id);
  const why = current === undefined ? undefined : kind.locked(current as Record<string, unknown>);
  if (why !== undefined) throw new ConflictError(why);
}

/** A bulk edit of one kind: created, then updated, after the deletions. */
function bulkSchema(kind: ItemKind) {
  return z.strictObject({
    create: z.array(kind.create).max(MAX_BULK).default([]),
    update: z
      .array(kind.patch.extend({ version, id: z.string().min(1) }))
      .max(MAX_BULK)
      .default([]),
    delete: z
      .array(z.strictObject({ id: z.string().min(1), version }))
      .max(MAX_BULK)
      .default([]),
  });
}

interface BulkBody {
  readonly create: readonly unknown[];
  readonly update: readonly ({ id: string; version: number } & Record<string, unknown>)[];
  readonly delete: readonly { id: string; version: number }[];
}

/** Applies one kind's bulk edit inside a project edit: the deletions, then the creations, then the updates. */
async function applyBulk(kind: ItemKind, store: Store, edit: ProjectEdit, body: BulkBody) {
  const repo = kind.repo(store);
  // Check every deletion first; then one may already have gone with an earlier one (a subtask
  // with its summary, a link with its task), which is what the caller asked for anyway.
  for (const d of [...body.delete, ...body.update]) {
    await checkUnlocked(kind, repo, edit.tx, edit.projectId, d.id);
  }
  for (const d of body.delete) {
    const current = await repo.get(edit.tx, edit.projectId, d.id);
    if (current.version !== d.version) throw new VersionConflictError(kind.noun, d.id, d.version, current);
  }
  const deleted = [];
  for (const d of body.delete) {
    if ((await repo.find(edit.tx, edit.projectId, d.id)) !== undefined) {
      await kind.beforeDelete?.(store, edit, d.id);
      await repo.delete(edit, d.id, d.version);
    }
    deleted.push(d.id);
  }
  const created = [];
  for (const c of body.create) created.push(await repo.create(edit, await prepared(kind, store, edit, c)));
  const updated = [];
  for (const { id, version: v, ...fields } of body.update) {
    await kind.beforeUpdate?.(store, edit, fields);
    const complete = (await kind.completeUpdate?.(store, edit, id, fields)) ?? fields;
    updated.push(await repo.update(edit, id, v, complete));
  }
  return { created, updated, deleted };
}

/** Steps of one request to `POST …/bulk`; the undo of a plan edit takes at most five. */
const MAX_STEPS = 50;

/**
 * Bulk edits of several kinds in one transaction, in order: undoing the deletion of tasks re-creates
 * them, then their links and assignments, all or nothing.
 */
const planBulkRoute = route({
  method: "POST",
  path: "/api/projects/:projectId/bulk",
  summary:
    "Bulk edits of several kinds of plan item (`kind`: tasks, links, assignments, …), applied in order in one transaction (all or nothing)",
  tag: "Plan",
  access: { scope: "project", role: "member" },
  body: z.strictObject({
    steps: z
      .array(
        z.discriminatedUnion(
          "kind",
          KINDS.map((k) => bulkSchema(k).extend({ kind: z.literal(k.plural) })) as unknown as readonly [
            ReturnType<typeof bulkSchema>,
            ...ReturnType<typeof bulkSchema>[],
          ],
        ),
      )
      .min(1)
      .max(MAX_STEPS),
  }),
  handle: async ({ caller, params, body, store }) => {
    const { result } = await store.editProject(caller.userId, params.projectId as string, async (edit) => {
      const steps = [];
      for (const step of body.steps as unknown as (BulkBody & { kind: string })[]) {
        const kind = KINDS.find((k) => k.plural === step.kind) as ItemKind;
        steps.push(await applyBulk(kind, store, edit, step));
      }
      return { steps };
    });
    return result;
  },
});

/** List, read, create, update, delete and bulk-edit routes for every kind of plan item. */
export const itemRoutes: Route[] = [
  planBulkRoute,
  ...KINDS.flatMap((kind) => {
    const base = `/api/projects/:projectId/${kind.plural}`;
    const one = `${base}/:${kind.param}`;
    const patch = kind.patch.extend({ version });
    return [
      route({
        method: "GET",
        path: base,
        summary: `All ${kind.plural} of the project`,
        tag: kind.tag,
        access: { scope: "project", role: "viewer" },
        handle: ({ params, store }) => kind.repo(store).list(store.db, params.projectId as string),
      }),
      route({
        method: "POST",
        path: base,
        summary: `Create a ${kind.noun}; reschedules`,
        tag: kind.tag,
        access: { scope: "project", role: "member" },
        status: 201,
        body: kind.create,
        handle: async ({ caller, params, body, store }) =>
          (
            await store.editProject(caller.userId, params.projectId as string, async (edit) =>
              kind.repo(store).create(edit, await prepared(kind, store, edit, body)),
            )
          ).result,
      }),
      route({
        method: "POST",
        path: `${base}/bulk`,
        summary: `Create, update and delete many ${kind.plural} in one transaction (all or nothing)`,
        tag: kind.tag,
        access: { scope: "project", role: "member" },
        body: bulkSchema(kind),
        handle: async ({ caller, params, body, store }) =>
          (
            await store.editProject(caller.userId, params.projectId as string, (edit) =>
              applyBulk(kind, store, edit, body as unknown as BulkBody),
            )
          ).result,
      }),
      route({
        method: "GET",
        path: one,
        summary: `One ${kind.noun}`,
        tag: kind.tag,
        access: { scope: "project", role: "viewer" },
        handle: ({ params, store }) =>
          kind.repo(store).get(store.db, params.projectId as string, params[kind.param] as string),
      }),
      route({
        method: "PATCH",
        path: one,
        summary: `Change a ${kind.noun} you saw at \`version\` (409 with the current one if it changed); reschedules`,
        tag: kind.tag,
        access: { scope: "project", role: "member" },
        body: patch,
        handle: async ({ caller, params, body, store }) => {
          const { version: v, ...fields } = body as { version: number };
          return (
            await store.editProject(caller.userId, params.projectId as string, async (edit) => {
              const id = params[kind.param] as string;
              await checkUnlocked(kind, kind.repo(store), edit.tx, edit.projectId, id);
              await kind.beforeUpdate?.(store, edit, fields);
              const complete = (await kind.completeUpdate?.(store, edit, id, fields)) ?? fields;
              return kind.repo(store).update(edit, id, v, complete);
            })
          ).result;
        },
      }),
      route({
        method: "DELETE",
        path: one,
        summary: `Delete a ${kind.noun} (its links and assignments go with it); reschedules`,
        tag: kind.tag,
        access: { scope: "project", role: "member" },
        query: versionQuery,
        handle: async ({ caller, params, query, store }) => {
          await store.editProject(caller.userId, params.projectId as string, async (edit) => {
            const id = params[kind.param] as string;
            await checkUnlocked(kind, kind.repo(store), edit.tx, edit.projectId, id);
            await kind.beforeDelete?.(store, edit, id);
            await kind.repo(store).delete(edit, id, query.version);
          });
          return undefined;
        },
      }),
    ];
  }),
];
