import { EXERCISE_IDS, type ExerciseId } from "@keel/engine";
import {
  type AgileSettings,
  type Assignment,
  type Assumption,
  agileSettingsSchema,
  assignmentSchema,
  assumptionSchema,
  type BacklogItem,
  type Baseline,
  backlogItemSchema,
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
  type ProductVision,
  type Project,
  productVisionSchema,
  projectSchema,
  type Resource,
  type Risk,
  resourceSchema,
  riskSchema,
  type Sprint,
  type StatusReportRecord,
  sprintSchema,
  statusReportRecordSchema,
  taskSchema,
} from "@keel/model";
import { z } from "zod";
import { writeAudit } from "./audit.js";
import type { Database, Queryable } from "./database.js";
import { translateDbError } from "./db-errors.js";
import { type FieldError, NotFoundError, ValidationError } from "./errors.js";
import { loadPlan } from "./plan-loader.js";
import { accounts, ROLES, type Role } from "./repositories/accounts.js";
import {
  AGILE_SETTINGS_ID,
  agileSettingsSpec,
  backlogItemSpec,
  sprintSpec,
} from "./repositories/agile-entities.js";
import { EntityRepository } from "./repositories/entity-repository.js";
import type { EntitySpec } from "./repositories/entity-spec.js";
import {
  assignmentSpec,
  assumptionSpec,
  baselineSpec,
  calendarSpec,
  changeRequestSpec,
  dependencySpec,
  issueSpec,
  kpiSpec,
  linkSpec,
  resourceSpec,
  riskSpec,
  statusReportSpec,
  type TaskValue,
  taskSpec,
} from "./repositories/plan-entities.js";
import { PRODUCT_VISION_ID, productVisionSpec } from "./repositories/product-vision.js";
import { upgradeRisk } from "./risk-upgrade.js";
import { saveScheduleSummary, scheduleOrReject } from "./stored-schedule.js";

/**
 * A whole workspace as one JSON document (`keel workspace export` / `import`): its members and
 * every project with its settings, members and plan items. Users are identified by email;
 * workspace and project ids are not kept (an import makes new ones), item ids are.
 */
export const WORKSPACE_FORMAT = "keel-workspace" as const;
export const WORKSPACE_FORMAT_VERSION = 1 as const;

const memberSchema = z.strictObject({
  email: z.email().max(320),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
});

const uuid = z.uuid();

const exportedProjectSchema = z.strictObject({
  /** Name, start, time zone, calendar and the other project settings. */
  settings: projectSchema,
  /** The plan version at export time; the imported project continues from it. */
  planVersion: z.number().int().positive().optional(),
  /**
   * The career hub exercise a practice project was started from, so it stays one after an import;
   * absent for other projects and in files written before practice projects.
   */
  practiceExercise: z.enum(EXERCISE_IDS).optional(),
  /** Roles given on the project itself (they override the workspace role). */
  members: z.array(memberSchema),
  calendars: z.array(calendarSchema),
  /** Every task with its place in the outline: `parent` and `position` among its siblings. */
  tasks: z.array(taskSchema.extend({ position: z.number().finite() })),
  links: z.array(linkSchema.extend({ id: uuid })),
  resources: z.array(resourceSchema),
  assignments: z.array(assignmentSchema.extend({ id: uuid })),
  /** Absent in files written before projects had risks; older risks are upgraded to register entries. */
  risks: z.array(z.preprocess(upgradeRisk, riskSchema)).default([]),
  /** Absent in files written before the RAID log and change requests. */
  assumptions: z.array(assumptionSchema).default([]),
  issues: z.array(issueSchema).default([]),
  dependencies: z.array(dependencySchema).default([]),
  changes: z.array(changeRequestSchema).default([]),
  baselines: z.array(baselineSchema.extend({ id: uuid })),
  /** Absent in files written before KPIs and status reports were kept. */
  kpis: z.array(kpiSchema).default([]),
  statusReports: z.array(statusReportRecordSchema.extend({ id: uuid })).default([]),
  /** Absent in files written before agile delivery: the team's settings, backlog and sprints. */
  agileSettings: agileSettingsSchema.optional(),
  backlogItems: z.array(backlogItemSchema).default([]),
  sprints: z.array(sprintSchema).default([]),
  /** Absent in files written before product visions, and for a project without one. */
  productVision: productVisionSchema.optional(),
});

export const workspaceExportSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(WORKSPACE_FORMAT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  workspace: z.strictObject({ name: z.string().min(1).max(200) }),
  members: z.array(memberSchema),
  projects: z.array(exportedProjectSchema),
});

export interface ExportedMember {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
}

export interface ExportedProject {
  readonly settings: Project;
  readonly planVersion?: number | undefined;
  readonly practiceExercise?: ExerciseId | undefined;
  readonly members: readonly ExportedMember[];
  readonly calendars: readonly Calendar[];
  readonly tasks: readonly TaskValue[];
  readonly links: readonly (Link & { readonly id: string })[];
  readonly resources: readonly Resource[];
  readonly assignments: readonly (Assignment & { readonly id: string })[];
  readonly risks: readonly Risk[];
  readonly assumptions: readonly Assumption[];
  readonly issues: readonly Issue[];
  readonly dependencies: readonly Dependency[];
  readonly changes: readonly ChangeRequest[];
  readonly baselines: readonly (Baseline & { readonly id: string })[];
  readonly kpis: readonly Kpi[];
  readonly statusReports: readonly (StatusReportRecord & { readonly id: string })[];
  readonly agileSettings?: AgileSettings | undefined;
  readonly backlogItems: readonly BacklogItem[];
  readonly sprints: readonly Sprint[];
  readonly productVision?: ProductVision | undefined;
}

/** The document `keel workspace export` writes (see docs/cli.md). */
export interface WorkspaceExport {
  readonly format: typeof WORKSPACE_FORMAT;
  readonly formatVersion: typeof WORKSPACE_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly workspace: { readonly name: string };
  readonly members: readonly ExportedMember[];
  readonly projects: readonly ExportedProject[];
}

export interface WorkspaceSummary {
  readonly id: string;
  readonly name: string;
  readonly projects: number;
}

export interface ImportResult {
  readonly workspaceId: string;
  readonly name: string;
  readonly projects: readonly { readonly id: string; readonly name: string }[];
  readonly members: number;
  /** Accounts the import created, without a password: set one with `keel admin reset-password`. */
  readonly createdUsers: readonly string[];
}

/** Every workspace of the instance, by name. */
export async function listWorkspaces(db: Queryable): Promise<WorkspaceSummary[]> {
  const rows = await db.query<{ id: string; name: string; projects: number }>(
    `SELECT w.id, w.name, (SELECT count(*)::int FROM projects p WHERE p.workspace_id = w.id) AS projects
     FROM workspaces w ORDER BY w.name, w.created_at, w.id`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, projects: r.projects }));
}

const calendars = new EntityRepository(calendarSpec);
const tasks = new EntityRepository(taskSpec);
const links = new EntityRepository(linkSpec);
const resources = new EntityRepository(resourceSpec);
const assignments = new EntityRepository(assignmentSpec);
const risks = new EntityRepository(riskSpec);
const assumptions = new EntityRepository(assumptionSpec);
const issues = new EntityRepository(issueSpec);
const dependencies = new EntityRepository(dependencySpec);
const changes = new EntityRepository(changeRequestSpec);
/** Singular nouns of the id-keyed lists, for duplicate-id messages. */
const ITEM_NOUNS = {
  risks: "risk",
  assumptions: "assumption",
  issues: "issue",
  dependencies: "dependency",
  changes: "change request",
  kpis: "KPI",
  statusReports: "status report",
  backlogItems: "backlog item",
  sprints: "sprint",
} as const;

const baselines = new EntityRepository(baselineSpec);
const kpis = new EntityRepository(kpiSpec);
const statusReports = new EntityRepository(statusReportSpec);
const agileSettings = new EntityRepository(agileSettingsSpec);
const backlogItems = new EntityRepository(backlogItemSpec);
const sprints = new EntityRepository(sprintSpec);
const productVisions = new EntityRepository(productVisionSpec);

/** Reads a workspace and everything in it, from one consistent snapshot. */
export async function exportWorkspace(
  db: Database,
  workspaceId: string,
  now: Date = new Date(),
): Promise<WorkspaceExport> {
  return db.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const workspace = await accounts.workspace(tx, workspaceId);
    if (workspace === undefined) throw new NotFoundError("workspace", workspaceId);
    const projectRows = await tx.query<{
      id: string;
      name: string;
      data: object;
      plan_version: number;
      practice_exercise: ExerciseId | null;
    }>(
      `SELECT id, name, data, plan_version, practice_exercise FROM projects
       WHERE workspace_id = $1 ORDER BY name, created_at, id`,
      [workspaceId],
    );
    const projects: ExportedProject[] = [];
    for (const row of projectRows) {
      const id = row.id;
      projects.push({
        settings: { ...(row.data as object), name: row.name } as Project,
        planVersion: row.plan_version,
        ...(row.practice_exercise === null ? {} : { practiceExercise: row.practice_exercise }),
        members: toMembers(await accounts.members(tx, "project", id)),
        calendars: (await calendars.list(tx, id)).map(({ version: _v, ...c }) => c),
        tasks: (await tasks.list(tx, id)).map(({ version: _v, ...t }) => t),
        links: (await links.list(tx, id)).map(({ version: _v, ...l }) => l),
        resources: (await resources.list(tx, id)).map(({ version: _v, ...r }) => r),
        assignments: (await assignments.list(tx, id)).map(({ version: _v, ...a }) => a),
        risks: (await risks.list(tx, id)).map(({ version: _v, ...r }) => r),
        assumptions: (await assumptions.list(tx, id)).map(({ version: _v, ...a }) => a),
        issues: (await issues.list(tx, id)).map(({ version: _v, ...i }) => i),
        dependencies: (await dependencies.list(tx, id)).map(({ version: _v, ...d }) => d),
        changes: (await changes.list(tx, id)).map(({ version: _v, ...c }) => c),
        baselines: (await baselines.list(tx, id)).map(({ version: _v, ...b }) => b),
        kpis: (await kpis.list(tx, id)).map(({ version: _v, ...k }) => k),
        statusReports: (await statusReports.list(tx, id)).map(({ version: _v, ...r }) => r),
        ...(await agileSettings.list(tx, id)).map(({ version: _v, id: _id, ...a }) => ({
          agileSettings: a,
        }))[0],
        backlogItems: (await backlogItems.list(tx, id)).map(({ version: _v, ...b }) => b),
        sprints: (await sprints.list(tx, id)).map(({ version: _v, ...s }) => s),
        ...(await productVisions.list(tx, id)).map(({ version: _v, id: _id, ...v }) => ({
          productVision: v,
        }))[0],
      });
    }
    return {
      format: WORKSPACE_FORMAT,
      formatVersion: WORKSPACE_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      workspace: { name: workspace.name },
      members: toMembers(await accounts.members(tx, "workspace", workspaceId)),
      projects,
    };
  });
}

function toMembers(members: readonly { email: string; name: string; role: Role }[]) {
  return members.map((m) => ({ email: m.email, name: m.name, role: m.role }));
}

/**
 * Checks a parsed JSON document against the export format and the rules the database would
 * enforce (unique ids, links and assignments between items that exist, an outline without
 * cycles, an owner). Throws a ValidationError whose fields name each JSON path.
 */
export function parseWorkspaceExport(input: unknown): WorkspaceExport {
  const head = z.looseObject({ format: z.unknown(), formatVersion: z.unknown() }).safeParse(input);
  if (!head.success || head.data.format !== WORKSPACE_FORMAT) {
    throw new ValidationError("not a Keel workspace export", [
      { path: "format", message: `expected "${WORKSPACE_FORMAT}"` },
    ]);
  }
  if (head.data.formatVersion !== WORKSPACE_FORMAT_VERSION) {
    throw new ValidationError("unsupported workspace export version", [
      {
        path: "formatVersion",
        message: `this version of Keel reads format version ${WORKSPACE_FORMAT_VERSION}, the file has ${JSON.stringify(head.data.formatVersion)}`,
      },
    ]);
  }
  const parsed = workspaceExportSchema.safeParse(input);
  if (!parsed.success) {
    throw new ValidationError(
      "invalid workspace export",
      parsed.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message:
          issue.code === "unrecognized_keys"
            ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`
            : issue.message,
      })),
    );
  }
  const data = parsed.data as unknown as WorkspaceExport;
  const problems = referenceProblems(data);
  if (problems.length > 0) throw new ValidationError("invalid workspace export", problems);
  return data;
}

/** `projects[0].tasks[3].duration`, the way people write paths into JSON. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(document)" : out;
}

function referenceProblems(data: WorkspaceExport): FieldError[] {
  const problems: FieldError[] = [];
  const duplicates = (path: string, keys: readonly string[], what: string) => {
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key)) problems.push({ path: `${path}[${i}]`, message: `${what} appears twice` });
      seen.add(key);
    });
  };
  duplicates(
    "members",
    data.members.map((m) => m.email.toLowerCase()),
    "this email",
  );
  if (!data.members.some((m) => m.role === "owner")) {
    problems.push({ path: "members", message: "a workspace needs at least one member with the role owner" });
  }
  data.projects.forEach((project, p) => {
    const at = `projects[${p}]`;
    duplicates(
      `${at}.members`,
      project.members.map((m) => m.email.toLowerCase()),
      "this email",
    );
    duplicates(
      `${at}.calendars`,
      project.calendars.map((c) => c.id),
      "this calendar id",
    );
    duplicates(
      `${at}.tasks`,
      project.tasks.map((t) => t.id),
      "this task id",
    );
    duplicates(
      `${at}.resources`,
      project.resources.map((r) => r.id),
      "this resource id",
    );
    duplicates(
      `${at}.links`,
      project.links.map((l) => l.id),
      "this link id",
    );
    duplicates(
      `${at}.links`,
      project.links.map((l) => `${l.from} → ${l.to} (${l.type})`),
      "a link with the same predecessor, successor and type",
    );
    duplicates(
      `${at}.assignments`,
      project.assignments.map((a) => a.id),
      "this assignment id",
    );
    duplicates(
      `${at}.assignments`,
      project.assignments.map((a) => `${a.task}\u0000${a.resource}`),
      "an assignment of the same resource to the same task",
    );
    for (const [key, items] of [
      ["risks", project.risks],
      ["assumptions", project.assumptions],
      ["issues", project.issues],
      ["dependencies", project.dependencies],
      ["changes", project.changes],
      ["kpis", project.kpis],
      ["statusReports", project.statusReports],
      ["backlogItems", project.backlogItems],
      ["sprints", project.sprints],
    ] as const) {
      duplicates(
        `${at}.${key}`,
        items.map((r) => r.id),
        `this ${ITEM_NOUNS[key]} id`,
      );
    }
    duplicates(
      `${at}.baselines`,
      project.baselines.map((b) => b.id),
      "this baseline id",
    );
    const taskIds = new Set(project.tasks.map((t) => t.id));
    const resourceIds = new Set(project.resources.map((r) => r.id));
    const unknown = (path: string, what: string, id: string) =>
      problems.push({ path, message: `names ${what} "${id}", which is not in this project's ${what}s` });
    project.tasks.forEach((t, i) => {
      if (t.parent !== null && !taskIds.has(t.parent)) unknown(`${at}.tasks[${i}].parent`, "task", t.parent);
    });
    project.links.forEach((l, i) => {
      if (!taskIds.has(l.from)) unknown(`${at}.links[${i}].from`, "task", l.from);
      if (!taskIds.has(l.to)) unknown(`${at}.links[${i}].to`, "task", l.to);
    });
    project.assignments.forEach((a, i) => {
      if (!taskIds.has(a.task)) unknown(`${at}.assignments[${i}].task`, "task", a.task);
      if (!resourceIds.has(a.resource)) unknown(`${at}.assignments[${i}].resource`, "resource", a.resource);
    });
    const cyclic = parentCycle(project.tasks);
    if (cyclic !== undefined) {
      problems.push({
        path: `${at}.tasks[${cyclic}].parent`,
        message: "the task would be its own ancestor (the parents form a cycle)",
      });
    }
  });
  return problems;
}

/** The index of a task whose chain of parents loops, if any. */
function parentCycle(list: readonly { id: string; parent: string | null }[]): number | undefined {
  const parentOf = new Map(list.map((t) => [t.id, t.parent]));
  for (let i = 0; i < list.length; i++) {
    const seen = new Set<string>();
    let at: string | null | undefined = (list[i] as { id: string }).id;
    while (at !== null && at !== undefined) {
      if (seen.has(at)) return i;
      seen.add(at);
      at = parentOf.get(at);
    }
  }
  return undefined;
}

/** Parents before their children, each group in the order given. */
function parentsFirst<T extends { id: string; parent: string | null }>(list: readonly T[]): T[] {
  const placed = new Set<string>();
  const out: T[] = [];
  let pending = [...list];
  while (pending.length > 0) {
    const next: T[] = [];
    for (const t of pending) {
      if (t.parent === null || placed.has(t.parent)) {
        out.push(t);
        placed.add(t.id);
      } else next.push(t);
    }
    if (next.length === pending.length) return [...out, ...next];
    pending = next;
  }
  return out;
}

export interface ImportOptions {
  /** Who imports, for the audit log; null for the system (the `keel` command). */
  readonly actorId?: string | null | undefined;
  /** A name for the new workspace instead of the exported one. */
  readonly name?: string | undefined;
}

/**
 * Creates a new workspace from an export, in one transaction: all of it is stored, or nothing.
 * Members are matched to accounts by email; missing accounts are created without a password.
 * Every creation is written to the audit log, and each project gets its schedule.
 */
export async function importWorkspace(
  db: Database,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const data = parseWorkspaceExport(input);
  const actorId = options.actorId ?? null;
  const name = options.name ?? data.workspace.name;
  if (name.trim() === "" || name.length > 200) {
    throw new ValidationError("invalid workspace name", [
      { path: "name", message: "use 1 to 200 characters" },
    ]);
  }
  return db.transaction(async (tx) => {
    const createdUsers: string[] = [];
    const userIds = new Map<string, string>();
    const userFor = async (member: { email: string; name: string }) => {
      const email = member.email.trim().toLowerCase();
      const known = userIds.get(email);
      if (known !== undefined) return known;
      let user = (await accounts.credentialsByEmail(tx, email))?.user;
      if (user === undefined) {
        user = await accounts.createUser(tx, actorId, { email, name: member.name, passwordHash: null });
        createdUsers.push(user.email);
      }
      userIds.set(email, user.id);
      return user.id;
    };

    const [workspace] = await tx.query<{ id: string }>(
      "INSERT INTO workspaces (name) VALUES ($1) RETURNING id",
      [name],
    );
    const workspaceId = (workspace as { id: string }).id;
    await writeAudit(tx, {
      actorId,
      workspaceId,
      projectId: null,
      entity: "workspace",
      entityId: workspaceId,
      action: "create",
      before: undefined,
      after: { name, importedFrom: data.workspace.name, exportedAt: data.exportedAt },
    });
    for (const member of data.members) {
      const userId = await userFor(member);
      await addMember(tx, actorId, workspaceId, null, userId, member.role);
    }

    const projects: { id: string; name: string }[] = [];
    for (const project of data.projects) {
      const projectId = await importProject(tx, actorId, workspaceId, project);
      for (const member of project.members) {
        await addMember(tx, actorId, workspaceId, projectId, await userFor(member), member.role);
      }
      projects.push({ id: projectId, name: project.settings.name });
    }
    return { workspaceId, name, projects, members: data.members.length, createdUsers };
  });
}

async function addMember(
  tx: Queryable,
  actorId: string | null,
  workspaceId: string,
  projectId: string | null,
  userId: string,
  role: Role,
): Promise<void> {
  await tx.query(
    projectId === null
      ? "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3)"
      : "INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, $3)",
    [projectId ?? workspaceId, userId, role],
  );
  await writeAudit(tx, {
    actorId,
    workspaceId,
    projectId,
    entity: "member",
    entityId: userId,
    action: "create",
    before: undefined,
    after: { role },
  });
}

async function importProject(
  tx: Queryable,
  actorId: string | null,
  workspaceId: string,
  project: ExportedProject,
): Promise<string> {
  const { name, ...settings } = project.settings;
  const planVersion = project.planVersion ?? 1;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO projects (workspace_id, name, data, plan_version, practice_exercise)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [workspaceId, name, JSON.stringify(settings), planVersion, project.practiceExercise ?? null],
  );
  const projectId = (row as { id: string }).id;
  const audit = (entity: string, entityId: string, after: unknown) =>
    writeAudit(tx, {
      actorId,
      workspaceId,
      projectId,
      entity,
      entityId,
      action: "create",
      before: undefined,
      after,
    });
  await audit("project", projectId, project.settings);
  const insert = async <Value extends object>(spec: EntitySpec<Value>, id: string, value: Value) => {
    try {
      await tx.query(...insertStatement(spec, projectId, id, value));
    } catch (error) {
      throw translateDbError(error, spec.entity);
    }
    await audit(spec.entity, id, { ...value, id, version: 1 });
  };
  for (const c of project.calendars) await insert(calendarSpec, c.id, c);
  for (const t of parentsFirst(project.tasks)) await insert(taskSpec, t.id, t);
  for (const r of project.resources) await insert(resourceSpec, r.id, r);
  for (const { id, ...l } of project.links) await insert(linkSpec, id, l);
  for (const { id, ...a } of project.assignments) await insert(assignmentSpec, id, a);
  for (const r of project.risks) await insert(riskSpec, r.id, r);
  for (const a of project.assumptions) await insert(assumptionSpec, a.id, a);
  for (const i of project.issues) await insert(issueSpec, i.id, i);
  for (const d of project.dependencies) await insert(dependencySpec, d.id, d);
  for (const c of project.changes) await insert(changeRequestSpec, c.id, c);
  for (const { id, ...b } of project.baselines) await insert(baselineSpec, id, b);
  for (const k of project.kpis) await insert(kpiSpec, k.id, k);
  for (const { id, ...r } of project.statusReports) await insert(statusReportSpec, id, r);
  if (project.agileSettings !== undefined) {
    await insert(agileSettingsSpec, AGILE_SETTINGS_ID, { ...project.agileSettings, id: AGILE_SETTINGS_ID });
  }
  for (const b of project.backlogItems) await insert(backlogItemSpec, b.id, b);
  for (const s of project.sprints) await insert(sprintSpec, s.id, s);
  if (project.productVision !== undefined) {
    await insert(productVisionSpec, PRODUCT_VISION_ID, { ...project.productVision, id: PRODUCT_VISION_ID });
  }

  const plan = await loadPlan(tx, projectId);
  await saveScheduleSummary(tx, projectId, planVersion, plan, scheduleOrReject(plan, `project "${name}": `));
  return projectId;
}

/** An INSERT of one item with the id it had in the export (generated ids too). */
function insertStatement<Value extends object>(
  spec: EntitySpec<Value>,
  projectId: string,
  id: string,
  value: Value,
): [string, unknown[]] {
  const columns = spec.columns(value);
  const names = ["project_id", "id", ...Object.keys(columns), "data"];
  return [
    `INSERT INTO ${spec.table} (${names.join(", ")}) VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")})`,
    [projectId, id, ...Object.values(columns), JSON.stringify(spec.data(value))],
  ];
}
