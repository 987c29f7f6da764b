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
import type { Queryable } from "./database.js";
import { NotFoundError, PlanRejectedError } from "./errors.js";
import type { TaskValue } from "./repositories/plan-entities.js";

/**
 * A project's plan as of one plan version, keyed for cheap updates: an edit applies its own changes
 * to the previous snapshot instead of reading the whole plan back from the database.
 */
export interface PlanSnapshot {
  readonly planVersion: number;
  readonly project: Project;
  readonly calendars: ReadonlyMap<string, Calendar>;
  readonly tasks: ReadonlyMap<string, TaskValue>;
  /** By link id. */
  readonly links: ReadonlyMap<string, Link>;
  readonly resources: ReadonlyMap<string, Resource>;
  /** By assignment id. */
  readonly assignments: ReadonlyMap<string, Assignment>;
  readonly risks: ReadonlyMap<string, Risk>;
  readonly assumptions: ReadonlyMap<string, Assumption>;
  readonly issues: ReadonlyMap<string, Issue>;
  readonly dependencies: ReadonlyMap<string, Dependency>;
  readonly changes: ReadonlyMap<string, ChangeRequest>;
}

/** One change of an edit, as recorded in the audit log; `after` is the stored item (with id and version). */
export interface SnapshotChange {
  readonly entity: string;
  readonly entityId: string;
  readonly action: "create" | "update" | "delete";
  readonly after: unknown;
}

/** Reads a snapshot in one query per table; each table comes back as one JSON array, which is far faster than row by row. */
export async function loadSnapshot(db: Queryable, projectId: string): Promise<PlanSnapshot> {
  const rows = await db.query<{ name: string; data: Omit<Project, "name">; plan_version: number }>(
    "SELECT name, data, plan_version FROM projects WHERE id = $1",
    [projectId],
  );
  const row = rows[0];
  if (row === undefined) throw new NotFoundError("project", projectId);
  const all = async <T>(sql: string): Promise<T[]> => {
    const [result] = await db.query<{ items: string | null }>(sql, [projectId]);
    return result?.items === null || result?.items === undefined ? [] : (JSON.parse(result.items) as T[]);
  };
  const calendars = await all<{ id: string; data: object }>(
    "SELECT json_agg(json_build_object('id', id, 'data', data))::text AS items FROM calendars WHERE project_id = $1",
  );
  const tasks = await all<{ id: string; parent_id: string | null; position: number; data: object }>(
    `SELECT json_agg(json_build_object('id', id, 'parent_id', parent_id, 'position', position, 'data', data)
       ORDER BY position, id)::text AS items FROM tasks WHERE project_id = $1`,
  );
  const links = await all<{ id: string; from_id: string; to_id: string; type: string; data: object }>(
    `SELECT json_agg(json_build_object('id', id, 'from_id', from_id, 'to_id', to_id, 'type', type, 'data', data)
       ORDER BY id)::text AS items FROM links WHERE project_id = $1`,
  );
  const resources = await all<{ id: string; data: object }>(
    "SELECT json_agg(json_build_object('id', id, 'data', data) ORDER BY id)::text AS items FROM resources WHERE project_id = $1",
  );
  const assignments = await all<{ id: string; task_id: string; resource_id: string; data: object }>(
    `SELECT json_agg(json_build_object('id', id, 'task_id', task_id, 'resource_id', resource_id, 'data', data)
       ORDER BY id)::text AS items FROM assignments WHERE project_id = $1`,
  );
  const register = async <T>(table: string): Promise<Map<string, T>> => {
    const items = await all<{ id: string; data: object }>(
      `SELECT json_agg(json_build_object('id', id, 'data', data) ORDER BY id)::text AS items FROM ${table} WHERE project_id = $1`,
    );
    return new Map(items.map((r) => [r.id, { ...r.data, id: r.id } as T]));
  };
  return {
    planVersion: row.plan_version,
    project: { ...row.data, name: row.name },
    calendars: new Map(calendars.map((c) => [c.id, { ...c.data, id: c.id } as Calendar])),
    tasks: new Map(
      tasks.map((t) => [
        t.id,
        { ...t.data, id: t.id, parent: t.parent_id, position: t.position } as TaskValue,
      ]),
    ),
    links: new Map(
      links.map((l) => [l.id, { from: l.from_id, to: l.to_id, type: l.type, ...l.data } as Link]),
    ),
    resources: new Map(resources.map((r) => [r.id, { ...r.data, id: r.id } as Resource])),
    assignments: new Map(
      assignments.map((a) => [a.id, { task: a.task_id, resource: a.resource_id, ...a.data } as Assignment]),
    ),
    risks: await register<Risk>("risks"),
    assumptions: await register<Assumption>("assumptions"),
    issues: await register<Issue>("issues"),
    dependencies: await register<Dependency>("dependencies"),
    changes: await register<ChangeRequest>("change_requests"),
  };
}

/** The snapshot after `changes`, at `planVersion`; the input snapshot is left as it was. */
export function applyChanges(
  snapshot: PlanSnapshot,
  changes: readonly SnapshotChange[],
  planVersion: number,
): PlanSnapshot {
  let { project } = snapshot;
  const maps = {
    calendar: snapshot.calendars,
    task: snapshot.tasks,
    link: snapshot.links,
    resource: snapshot.resources,
    assignment: snapshot.assignments,
    risk: snapshot.risks,
    assumption: snapshot.assumptions,
    issue: snapshot.issues,
    dependency: snapshot.dependencies,
    change: snapshot.changes,
  } as Record<string, ReadonlyMap<string, object>>;
  const copied = new Set<string>();
  for (const change of changes) {
    if (change.entity === "project") {
      if (change.action === "update") project = change.after as Project;
      continue;
    }
    const current = maps[change.entity];
    if (current === undefined) continue;
    if (!copied.has(change.entity)) {
      maps[change.entity] = new Map(current);
      copied.add(change.entity);
    }
    const map = maps[change.entity] as Map<string, object>;
    if (change.action === "delete") map.delete(change.entityId);
    else {
      const { version: _version, ...value } = change.after as { version: number };
      const keyed = change.entity === "link" || change.entity === "assignment";
      map.set(change.entityId, keyed ? withoutId(value) : value);
    }
  }
  return {
    planVersion,
    project,
    calendars: maps.calendar as ReadonlyMap<string, Calendar>,
    tasks: maps.task as ReadonlyMap<string, TaskValue>,
    links: maps.link as ReadonlyMap<string, Link>,
    resources: maps.resource as ReadonlyMap<string, Resource>,
    assignments: maps.assignment as ReadonlyMap<string, Assignment>,
    risks: maps.risk as ReadonlyMap<string, Risk>,
    assumptions: maps.assumption as ReadonlyMap<string, Assumption>,
    issues: maps.issue as ReadonlyMap<string, Issue>,
    dependencies: maps.dependency as ReadonlyMap<string, Dependency>,
    changes: maps.change as ReadonlyMap<string, ChangeRequest>,
  };
}

/** The plan in the engine's form: tasks in outline order, summary tasks before their children. */
export function toPlan(snapshot: PlanSnapshot): Plan {
  const sorted = [...snapshot.tasks.values()].sort((a, b) => a.position - b.position || compare(a.id, b.id));
  const ordered = outlineOrder(sorted);
  if (ordered.length !== sorted.length) {
    throw new PlanRejectedError([{ code: "parent-cycle", message: "a task would become its own ancestor" }]);
  }
  const exists = (id: string) => snapshot.tasks.has(id);
  return {
    project: snapshot.project,
    calendars: [...snapshot.calendars.values()].sort((a, b) => compare(a.id, b.id)),
    tasks: ordered.map(({ position: _p, ...t }) => t),
    links: [...snapshot.links.entries()].sort(([a], [b]) => compare(a, b)).map(([, l]) => l),
    resources: [...snapshot.resources.values()].sort((a, b) => compare(a.id, b.id)),
    assignments: [...snapshot.assignments.entries()].sort(([a], [b]) => compare(a, b)).map(([, x]) => x),
    // A RAID item keeps the ids of tasks deleted since; the plan names only tasks that exist.
    risks: register(snapshot.risks, (r) => ({ ...r, tasks: r.tasks.filter(exists) })),
    assumptions: register(snapshot.assumptions, (a) =>
      a.tasks === undefined ? a : { ...a, tasks: a.tasks.filter(exists) },
    ),
    issues: register(snapshot.issues, (i) =>
      i.tasks === undefined ? i : { ...i, tasks: i.tasks.filter(exists) },
    ),
    dependencies: register(snapshot.dependencies, (d) => ({ ...d, tasks: d.tasks.filter(exists) })),
    changes: register(snapshot.changes, (c) => c),
  };
}

/** A register's items by id, or nothing when it is empty (as a plan without them reads). */
function register<T extends { readonly id: string }>(
  items: ReadonlyMap<string, T>,
  fix: (item: T) => T,
): T[] | undefined {
  if (items.size === 0) return undefined;
  return [...items.values()].sort((a, b) => compare(a.id, b.id)).map(fix);
}

/** Depth-first by position; `sorted` is already ordered by position. */
export function outlineOrder<T extends TaskValue>(sorted: readonly T[]): T[] {
  const children = new Map<string | null, T[]>();
  for (const t of sorted) {
    const list = children.get(t.parent) ?? [];
    list.push(t);
    children.set(t.parent, list);
  }
  const out: T[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length > 0) {
    const t = stack.pop() as T;
    out.push(t);
    const kids = children.get(t.id);
    if (kids !== undefined) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as T);
  }
  return out;
}

function withoutId(value: { id?: unknown }): object {
  const { id: _id, ...rest } = value;
  return rest;
}

// Code-point order, the same as the database's ORDER BY on ids in the C collation, whatever the locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
