import {
  type Assignment,
  type Assumption,
  assignmentSchema,
  assumptionSchema,
  type Baseline,
  baselineSchema,
  type Calendar,
  type ChangeRequest,
  calendarSchema,
  changeRequestSchema,
  type Dependency,
  dependencySchema,
  type Issue,
  issueSchema,
  type Kpi,
  kpiSchema,
  type Link,
  linkSchema,
  type Resource,
  type Risk,
  resourceSchema,
  riskSchema,
  type StatusReportRecord,
  statusReportRecordSchema,
  type Task,
  taskSchema,
} from "@keel/model";
import { z } from "zod";
import { outlineOrder } from "../plan-snapshot.js";
import type { EntitySpec } from "./entity-spec.js";

/** A task as stored: the model's task plus its place in the outline (siblings sort by position). */
export type TaskValue = Task & { readonly position: number };

const taskValueSchema = taskSchema.extend({ position: z.number().finite() }) as z.ZodType<TaskValue>;

const ASAP = { type: "ASAP" } as const;
const NO_LAG = { value: 0, unit: "d", elapsed: false } as const;

function withoutKeys<T extends object>(value: T, ...keys: string[]): object {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)));
}

export const calendarSpec: EntitySpec<Calendar> = {
  entity: "calendar",
  table: "calendars",
  generatedId: false,
  schema: calendarSchema as z.ZodType<Calendar>,
  columns: () => ({}),
  data: (c) => withoutKeys(c, "id"),
  fromRow: (row) => ({ ...(row.data as object), id: String(row.id) }) as Calendar,
  affectsPlan: true,
};

export const taskSpec: EntitySpec<TaskValue> = {
  entity: "task",
  table: "tasks",
  generatedId: false,
  orderBy: "position, id",
  schema: taskValueSchema,
  columns: (t) => ({ parent_id: t.parent, position: t.position }),
  data: (t) => withoutKeys(t, "id", "parent", "position"),
  fromRow: (row) =>
    ({
      ...(row.data as object),
      id: String(row.id),
      parent: (row.parent_id as string | null) ?? null,
      position: Number(row.position),
    }) as TaskValue,
  async prepare(db, projectId, input) {
    if (input.position !== undefined) return { parent: null, milestone: false, constraint: ASAP, ...input };
    const rows = await db.query<{ p: number | null }>(
      "SELECT max(position) AS p FROM tasks WHERE project_id = $1",
      [projectId],
    );
    return { parent: null, milestone: false, constraint: ASAP, position: (rows[0]?.p ?? 0) + 1, ...input };
  },
  // Summary tasks before their subtasks, siblings by position: the order of the plan's outline.
  arrange: (items) => outlineOrder(items),
  nullableFields: ["parent"],
  affectsPlan: true,
};

export const linkSpec: EntitySpec<Link> = {
  entity: "link",
  table: "links",
  generatedId: true,
  schema: linkSchema as z.ZodType<Link>,
  columns: (l) => ({ from_id: l.from, to_id: l.to, type: l.type }),
  data: (l) => ({ lag: l.lag }),
  prepare: async (_db, _projectId, input) => ({ type: "FS", lag: NO_LAG, ...input }),
  fromRow: (row) =>
    ({ from: String(row.from_id), to: String(row.to_id), type: row.type, ...(row.data as object) }) as Link,
  affectsPlan: true,
};

export const resourceSpec: EntitySpec<Resource> = {
  entity: "resource",
  table: "resources",
  generatedId: false,
  schema: resourceSchema as z.ZodType<Resource>,
  columns: () => ({}),
  data: (r) => withoutKeys(r, "id"),
  prepare: async (_db, _projectId, input) => ({ type: "work", maxUnits: 1, ...input }),
  fromRow: (row) => ({ ...(row.data as object), id: String(row.id) }) as Resource,
  affectsPlan: true,
};

export const assignmentSpec: EntitySpec<Assignment> = {
  entity: "assignment",
  table: "assignments",
  generatedId: true,
  schema: assignmentSchema as z.ZodType<Assignment>,
  columns: (a) => ({ task_id: a.task, resource_id: a.resource }),
  data: (a) => ({ units: a.units }),
  prepare: async (_db, _projectId, input) => ({ units: 1, ...input }),
  fromRow: (row) =>
    ({ task: String(row.task_id), resource: String(row.resource_id), ...(row.data as object) }) as Assignment,
  affectsPlan: true,
};

/** A RAID log entry or change request: an id the client chooses, the rest in the jsonb document. */
function registerSpec<Value extends { readonly id: string }>(
  entity: string,
  table: string,
  schema: z.ZodType<Value>,
  defaults: (input: Record<string, unknown>) => Record<string, unknown>,
): EntitySpec<Value> {
  return {
    entity,
    table,
    generatedId: false,
    schema,
    columns: () => ({}),
    data: (v) => withoutKeys(v, "id"),
    prepare: async (_db, _projectId, input) => ({ name: input.id, ...defaults(input), ...input }),
    fromRow: (row) => ({ ...(row.data as object), id: String(row.id) }) as Value,
    // They travel with the plan (its YAML, its version): forecasts draw risks, dependencies move
    // tasks, change requests hold plan edits.
    affectsPlan: true,
  };
}

export const riskSpec = registerSpec<Risk>("risk", "risks", riskSchema as z.ZodType<Risk>, () => ({
  kind: "threat",
  status: "open",
  tasks: [],
}));

export const assumptionSpec = registerSpec<Assumption>(
  "assumption",
  "assumptions",
  assumptionSchema as z.ZodType<Assumption>,
  () => ({ status: "unvalidated" }),
);

export const issueSpec = registerSpec<Issue>("issue", "issues", issueSchema as z.ZodType<Issue>, () => ({
  severity: "medium",
  escalation: "team",
  status: "open",
}));

export const dependencySpec = registerSpec<Dependency>(
  "dependency",
  "dependencies",
  dependencySchema as z.ZodType<Dependency>,
  () => ({ status: "waiting", tasks: [] }),
);

export const changeRequestSpec = registerSpec<ChangeRequest>(
  "change",
  "change_requests",
  changeRequestSchema as z.ZodType<ChangeRequest>,
  () => ({ status: "draft", edits: [] }),
);

export const baselineSpec: EntitySpec<Baseline> = {
  entity: "baseline",
  table: "baselines",
  generatedId: true,
  schema: baselineSchema as z.ZodType<Baseline>,
  columns: () => ({}),
  data: (b) => b,
  fromRow: (row) => row.data as Baseline,
  affectsPlan: false,
};

export const kpiSpec: EntitySpec<Kpi> = {
  entity: "kpi",
  table: "kpis",
  generatedId: false,
  schema: kpiSchema as z.ZodType<Kpi>,
  columns: () => ({}),
  data: (k) => withoutKeys(k, "id"),
  prepare: async (_db, _projectId, input) => ({ name: input.id, better: "higher", values: [], ...input }),
  fromRow: (row) => ({ ...(row.data as object), id: String(row.id) }) as Kpi,
  affectsPlan: false,
};

export const statusReportSpec: EntitySpec<StatusReportRecord> = {
  entity: "status_report",
  table: "status_reports",
  generatedId: true,
  schema: statusReportRecordSchema as z.ZodType<StatusReportRecord>,
  // The date as a column: the history lists and the dashboard's trends read reports in date order.
  columns: (r) => ({ as_of: r.asOf }),
  data: (r) => withoutKeys(r, "asOf"),
  fromRow: (row) => ({ ...(row.data as object), asOf: dateText(row.as_of) }) as StatusReportRecord,
  arrange: (items) => [...items].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0)),
  affectsPlan: false,
};

/** A `date` column as `YYYY-MM-DD`, whichever driver read it. */
export function dateText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}
