import type {
  Assignment,
  Assumption,
  Calendar,
  ChangeRequest,
  Dependency,
  Issue,
  Link,
  Plan,
  Project,
  Resource,
  Risk,
} from "@keel/model";
import type { ProjectEdit } from "./project-edit.js";
import type { EntityRepository } from "./repositories/entity-repository.js";
import type { Stored } from "./repositories/entity-spec.js";
import type { TaskValue } from "./repositories/plan-entities.js";

export interface PlanRepositories {
  readonly calendars: EntityRepository<Calendar>;
  readonly tasks: EntityRepository<TaskValue>;
  readonly links: EntityRepository<Link>;
  readonly resources: EntityRepository<Resource>;
  readonly assignments: EntityRepository<Assignment>;
  readonly risks: EntityRepository<Risk>;
  readonly assumptions: EntityRepository<Assumption>;
  readonly issues: EntityRepository<Issue>;
  readonly dependencies: EntityRepository<Dependency>;
  readonly changes: EntityRepository<ChangeRequest>;
}

export interface ReplaceSummary {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
}

/**
 * Makes the stored plan equal to `plan` with the fewest item changes: items are matched by id
 * (links by predecessor, successor and type), so unchanged items keep their versions and history and the
 * audit log shows only what really changed. Project settings are left to the caller.
 */
export async function replacePlan(
  edit: ProjectEdit,
  repos: PlanRepositories,
  plan: Plan,
): Promise<ReplaceSummary> {
  const count = { created: 0, updated: 0, deleted: 0, unchanged: 0 };
  const { tx, projectId } = edit;
  const oldCalendars = byKey(await repos.calendars.list(tx, projectId), (c) => c.id);
  const oldTasks = byKey(await repos.tasks.list(tx, projectId), (t) => t.id);
  const oldLinks = byKey(await repos.links.list(tx, projectId), linkKey);
  const oldResources = byKey(await repos.resources.list(tx, projectId), (r) => r.id);
  const oldAssignments = byKey(await repos.assignments.list(tx, projectId), assignmentKey);
  const newTasks = new Set(plan.tasks.map((t) => t.id));
  const newLinks = new Set(plan.links.map(linkKey));
  const newResources = new Set((plan.resources ?? []).map((r) => r.id));
  const newAssignments = new Set((plan.assignments ?? []).map(assignmentKey));

  // Links and assignments go first and tasks children-first, so no foreign key ever points at a
  // removed row.
  for (const [key, a] of oldAssignments) {
    if (!newAssignments.has(key) || !newTasks.has(a.task) || !newResources.has(a.resource)) {
      await repos.assignments.delete(edit, a.id, undefined);
      oldAssignments.delete(key);
      count.deleted++;
    }
  }
  for (const [key, link] of oldLinks) {
    if (!newLinks.has(key) || !newTasks.has(link.from) || !newTasks.has(link.to)) {
      await repos.links.delete(edit, link.id, undefined);
      oldLinks.delete(key);
      count.deleted++;
    }
  }
  for (const [id, task] of [...oldTasks].reverse()) {
    if (!newTasks.has(id)) {
      await detachChildren(edit, repos, oldTasks, id, newTasks);
      await repos.tasks.delete(edit, task.id, undefined);
      oldTasks.delete(id);
      count.deleted++;
    }
  }
  for (const calendar of plan.calendars)
    await upsert(edit, repos.calendars, oldCalendars.get(calendar.id), calendar, count);
  let position = 0;
  for (const task of plan.tasks) {
    position++;
    await upsert(edit, repos.tasks, oldTasks.get(task.id), { ...task, position }, count);
  }
  for (const link of plan.links) await upsert(edit, repos.links, oldLinks.get(linkKey(link)), link, count);
  for (const resource of plan.resources ?? [])
    await upsert(edit, repos.resources, oldResources.get(resource.id), resource, count);
  for (const a of plan.assignments ?? [])
    await upsert(edit, repos.assignments, oldAssignments.get(assignmentKey(a)), a, count);
  for (const [id] of oldResources) {
    if (!newResources.has(id)) {
      await repos.resources.delete(edit, id, undefined);
      count.deleted++;
    }
  }
  await replaceRegister(edit, repos.risks, plan.risks, count);
  await replaceRegister(edit, repos.assumptions, plan.assumptions, count);
  await replaceRegister(edit, repos.issues, plan.issues, count);
  await replaceRegister(edit, repos.dependencies, plan.dependencies, count);
  await replaceRegister(edit, repos.changes, plan.changes, count);
  const keepCalendars = new Set(plan.calendars.map((c) => c.id));
  for (const [id] of oldCalendars) {
    if (!keepCalendars.has(id)) {
      await repos.calendars.delete(edit, id, undefined);
      count.deleted++;
    }
  }
  return count;
}

/** Makes one register (risks, issues…) hold exactly `items`, matched by id. */
async function replaceRegister<Value extends { readonly id: string }>(
  edit: ProjectEdit,
  repo: EntityRepository<Value>,
  items: readonly Value[] | undefined,
  count: { created: number; updated: number; deleted: number; unchanged: number },
): Promise<void> {
  const old = byKey(await repo.list(edit.tx, edit.projectId), (v) => v.id);
  for (const item of items ?? []) await upsert(edit, repo, old.get(item.id), item, count);
  const keep = new Set((items ?? []).map((v) => v.id));
  for (const [id] of old) {
    if (!keep.has(id)) {
      await repo.delete(edit, id, undefined);
      count.deleted++;
    }
  }
}

/** Project settings as they appear in a plan, for comparing with the stored ones. */
export function sameProject(a: Project, b: Project): boolean {
  return stableJson(a) === stableJson(b);
}

async function detachChildren(
  edit: ProjectEdit,
  repos: PlanRepositories,
  oldTasks: Map<string, Stored<TaskValue>>,
  parentId: string,
  keep: Set<string>,
): Promise<void> {
  // A kept task that moves out from under a deleted summary must leave it before the summary goes.
  for (const [id, task] of oldTasks) {
    if (task.parent === parentId && keep.has(id)) {
      const moved = await repos.tasks.update(edit, id, task.version, { parent: null });
      oldTasks.set(id, moved);
    }
  }
}

async function upsert<Value extends object>(
  edit: ProjectEdit,
  repo: EntityRepository<Value>,
  old: Stored<Value> | undefined,
  value: Value,
  count: { created: number; updated: number; unchanged: number },
): Promise<void> {
  if (old === undefined) {
    await repo.create(edit, value);
    count.created++;
    return;
  }
  const { id: _id, version: _version, ...stored } = old;
  const incoming = repo.spec.generatedId ? value : { ...value };
  if (stableJson(repo.spec.generatedId ? stored : { ...stored, id: old.id }) === stableJson(incoming)) {
    count.unchanged++;
    return;
  }
  await repo.update(edit, old.id, old.version, replacement(stored, incoming));
  count.updated++;
}

/** A patch that also clears fields the new value no longer has. */
function replacement(stored: object, incoming: object): object {
  const cleared = Object.fromEntries(
    Object.keys(stored)
      .filter((k) => !(k in incoming))
      .map((k) => [k, null]),
  );
  return { ...cleared, ...incoming };
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function linkKey(link: Link): string {
  return `${link.from}\u0000${link.to}\u0000${link.type}`;
}

function assignmentKey(a: Assignment): string {
  return `${a.task}\u0000${a.resource}`;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
