import type { PlanSchedule } from "@keel/engine";
import { type Plan, type Project, projectSchema, STANDARD_CALENDAR } from "@keel/model";
import { type AuditAction, type HistoryQuery, readHistory, writeAudit, writeAuditMany } from "./audit.js";
import type { Database, Queryable, Transaction } from "./database.js";
import { NotFoundError, ValidationError, VersionConflictError } from "./errors.js";
import { migrate } from "./migrate.js";
import { PlanCache } from "./plan-cache.js";
import {
  applyChanges,
  loadSnapshot,
  type PlanSnapshot,
  type SnapshotChange,
  toPlan,
} from "./plan-snapshot.js";
import type { ProjectChange, ProjectEdit } from "./project-edit.js";
import { type ReplaceSummary, replacePlan, sameProject } from "./replace-plan.js";
import type { Role } from "./repositories/accounts.js";
import { agileSettingsSpec, backlogItemSpec, sprintSpec } from "./repositories/agile-entities.js";
import { EntityRepository } from "./repositories/entity-repository.js";
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
  taskSpec,
} from "./repositories/plan-entities.js";
import { productVisionSpec } from "./repositories/product-vision.js";
import type { ScheduleSummary } from "./schedule-summary.js";
import { saveScheduleResult, saveScheduleSummary, scheduleOrReject } from "./stored-schedule.js";
import { zodFieldErrors } from "./zod-field-errors.js";

/** Channel on which committed project edits are announced (across instances with PostgreSQL). */
export const CHANGES_CHANNEL = "keel_changes";

export interface ProjectRecord {
  readonly id: string;
  readonly workspaceId: string;
  readonly project: Project;
  readonly planVersion: number;
  readonly version: number;
  readonly createdAt: string;
}

/** What replacing a plan would do; see `Store.previewPlan`. */
export interface PlanPreview {
  readonly summary: ReplaceSummary;
  readonly changes: readonly { readonly entity: string; readonly id: string; readonly action: AuditAction }[];
  readonly finishBefore: string;
  readonly finishAfter: string;
}

/** Carries a preview's result out of the transaction it rolls back. */
class Rollback extends Error {
  constructor(readonly summary: ReplaceSummary) {
    super("preview rolled back");
  }
}

export interface ScheduleRecord {
  readonly projectId: string;
  readonly planVersion: number;
  readonly computedAt: string;
  readonly schedule: PlanSchedule;
}

interface ProjectRow {
  id: string;
  workspace_id: string;
  name: string;
  data: Omit<Project, "name">;
  plan_version: number;
  version: number;
  created_at: Date;
}

/**
 * The project store: every plan read and write goes through here. Edits run in one transaction
 * that also writes the audit trail and the new schedule, so a committed edit always has a
 * schedule computed from exactly that plan.
 */
export class Store {
  readonly calendars = new EntityRepository(calendarSpec);
  readonly links = new EntityRepository(linkSpec);
  readonly assignments = new EntityRepository(assignmentSpec);
  readonly tasks = new EntityRepository(taskSpec, [
    // Deleting a summary task deletes its subtasks, as in MS Project.
    { repo: "self", columns: ["parent_id"] },
    { repo: this.links as EntityRepository<object>, columns: ["from_id", "to_id"] },
    { repo: this.assignments as EntityRepository<object>, columns: ["task_id"] },
  ]);
  readonly resources = new EntityRepository(resourceSpec, [
    { repo: this.assignments as EntityRepository<object>, columns: ["resource_id"] },
  ]);
  readonly risks = new EntityRepository(riskSpec);
  readonly assumptions = new EntityRepository(assumptionSpec);
  readonly issues = new EntityRepository(issueSpec);
  readonly dependencies = new EntityRepository(dependencySpec);
  readonly changes = new EntityRepository(changeRequestSpec);
  readonly baselines = new EntityRepository(baselineSpec);
  readonly kpis = new EntityRepository(kpiSpec);
  readonly statusReports = new EntityRepository(statusReportSpec);
  readonly agileSettings = new EntityRepository(agileSettingsSpec);
  readonly backlogItems = new EntityRepository(backlogItemSpec);
  readonly sprints = new EntityRepository(sprintSpec);
  readonly productVisions = new EntityRepository(productVisionSpec);
  readonly #plans = new PlanCache();

  constructor(readonly db: Database) {}

  /** Opens the store on `db`, bringing its schema up to date. */
  static async open(db: Database): Promise<Store> {
    await migrate(db);
    return new Store(db);
  }

  history(query: HistoryQuery) {
    return readHistory(this.db, query);
  }

  async getProject(db: Queryable, id: string): Promise<ProjectRecord> {
    const rows = UUID.test(id)
      ? await db.query<ProjectRow>("SELECT * FROM projects WHERE id = $1", [id])
      : [];
    if (rows[0] === undefined) throw new NotFoundError("project", id);
    return toProjectRecord(rows[0]);
  }

  /** Projects the user can see, with their role on each (see accounts.projectRole for the rule). */
  async projectsOf(
    userId: string,
  ): Promise<(ProjectRecord & { role: Role; schedule: ScheduleSummary | null })[]> {
    const rows = await this.db.query<ProjectRow & { role: Role; summary: ScheduleSummary | null }>(
      `SELECT p.*, CASE WHEN wm.role = 'owner' THEN 'owner' ELSE coalesce(pm.role, wm.role) END AS role, s.summary
       FROM projects p
       LEFT JOIN schedules s ON s.project_id = p.id
       LEFT JOIN workspace_members wm ON wm.workspace_id = p.workspace_id AND wm.user_id = $1
       LEFT JOIN project_members pm ON pm.project_id = p.id AND pm.user_id = $1
       WHERE wm.user_id IS NOT NULL OR pm.user_id IS NOT NULL
       ORDER BY p.name, p.id`,
      [userId],
    );
    return rows.map((r) => ({ ...toProjectRecord(r), role: r.role, schedule: r.summary }));
  }

  /** The plan as the engine and the YAML format see it. */
  async plan(projectId: string): Promise<Plan> {
    return toPlan(await this.#consistentSnapshot(projectId));
  }

  /** The plan read as of one moment: an edit committing between the queries cannot mix in. */
  #consistentSnapshot(projectId: string): Promise<PlanSnapshot> {
    return this.db.transaction(async (tx) => {
      await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
      return loadSnapshot(tx, projectId);
    });
  }

  /**
   * Creates a project holding `plan` (an import), in one transaction with its schedule;
   * `practiceExercise` marks a practice project with the exercise it was started from.
   */
  async createProjectFromPlan(
    actorId: string | null,
    workspaceId: string,
    plan: Plan,
    options: { readonly practiceExercise?: string } = {},
  ): Promise<ProjectRecord> {
    const project = validateProject(plan.project);
    const id = await this.db.transaction(async (tx) => {
      const rows = await tx.query<ProjectRow>(
        "INSERT INTO projects (workspace_id, name, data, practice_exercise) VALUES ($1, $2, $3, $4) RETURNING *",
        [workspaceId, project.name, JSON.stringify(projectData(project)), options.practiceExercise ?? null],
      );
      const created = rows[0] as ProjectRow;
      await writeAudit(tx, {
        actorId,
        workspaceId,
        projectId: created.id,
        entity: "project",
        entityId: created.id,
        action: "create",
        before: undefined,
        after: project,
      });
      return created.id;
    });
    try {
      await this.editProject(actorId, id, (edit) => replacePlan(edit, this, plan));
    } catch (error) {
      // The plan did not go in: take the empty project away again rather than leave a husk,
      // and its creation out of the history, since nothing was created in the end.
      await this.db.transaction(async (tx) => {
        await tx.query("DELETE FROM audit_log WHERE project_id = $1", [id]);
        await tx.query("DELETE FROM projects WHERE id = $1", [id]);
      });
      throw error;
    }
    return this.getProject(this.db, id);
  }

  /**
   * Replaces a project's whole plan (settings, calendars, tasks, links) in one transaction,
   * changing only the items that differ. `version` is the project version the caller saw.
   */
  async replacePlan(
    actorId: string | null,
    projectId: string,
    version: number | undefined,
    plan: Plan,
  ): Promise<{ project: ProjectRecord; summary: ReplaceSummary; change: ProjectChange | undefined }> {
    const { result, change } = await this.editProject(actorId, projectId, (edit) =>
      this.#replace(edit, projectId, version, plan),
    );
    return { project: await this.getProject(this.db, projectId), summary: result, change };
  }

  /** Makes the plan equal to `plan` inside an edit already under way (a change request's approval). */
  replacePlanIn(edit: ProjectEdit, plan: Plan): Promise<ReplaceSummary> {
    return this.#replace(edit, edit.projectId, undefined, plan);
  }

  /**
   * What `replacePlan` would change, without changing anything: every item it would create, update
   * or delete, and the finish date before and after. An unschedulable plan is refused as it would be.
   */
  async previewPlan(actorId: string | null, projectId: string, plan: Plan): Promise<PlanPreview> {
    const changes: { entity: string; id: string; action: AuditAction }[] = [];
    const finishAfter = scheduleOrReject(plan).project.finish;
    const finishBefore = await this.#storedFinish(projectId);
    try {
      await this.editProject(actorId, projectId, async (edit) => {
        const recording: ProjectEdit = {
          ...edit,
          audit: (entry) => {
            changes.push({ entity: entry.entity, id: entry.entityId, action: entry.action });
            return edit.audit(entry);
          },
          auditMany: (many) => {
            for (const e of many) changes.push({ entity: e.entity, id: e.entityId, action: e.action });
            return edit.auditMany(many);
          },
        };
        throw new Rollback(await this.#replace(recording, projectId, undefined, plan));
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
      return { summary: error.summary, changes, finishBefore, finishAfter };
    }
    throw new Error("unreachable: the preview always rolls back");
  }

  /** The finish of the current plan version, from the summary its edit stored. */
  async #storedFinish(projectId: string): Promise<string> {
    if (!UUID.test(projectId)) throw new NotFoundError("project", projectId);
    const rows = await this.db.query<{ finish: string }>(
      `SELECT s.summary->>'finish' AS finish FROM schedules s JOIN projects p ON p.id = s.project_id
       WHERE s.project_id = $1 AND s.plan_version = p.plan_version`,
      [projectId],
    );
    return rows[0]?.finish ?? (await this.schedule(projectId)).schedule.project.finish;
  }

  async #replace(edit: ProjectEdit, projectId: string, version: number | undefined, plan: Plan) {
    const incoming = validateProject(plan.project);
    const before = await this.getProject(edit.tx, projectId);
    if (version !== undefined && before.version !== version) {
      throw new VersionConflictError("project", projectId, version, before);
    }
    if (!sameProject(before.project, incoming)) await writeSettings(edit, before.project, incoming);
    return replacePlan(edit, this, plan);
  }

  /** Creates an empty project with its calendar (the standard Monday–Friday, 09:00–17:00 week). */
  async createProject(actorId: string | null, workspaceId: string, input: unknown): Promise<ProjectRecord> {
    const project = validateProject({
      timeZone: "UTC",
      calendar: STANDARD_CALENDAR.id,
      ...(input as object),
    });
    // A project needs its calendar to schedule; a new one starts as a copy of the standard week.
    const calendar =
      project.calendar === STANDARD_CALENDAR.id
        ? STANDARD_CALENDAR
        : { ...STANDARD_CALENDAR, id: project.calendar, name: project.calendar };
    return this.createProjectFromPlan(actorId, workspaceId, {
      project,
      calendars: [calendar],
      tasks: [],
      links: [],
    });
  }

  /** Changes project settings (name, start, calendar, hours); reschedules. */
  updateProject(actorId: string | null, id: string, version: number, patch: object): Promise<ProjectRecord> {
    return this.editProject(actorId, id, async (edit) => {
      const before = await this.getProject(edit.tx, id);
      if (before.version !== version) throw new VersionConflictError("project", id, version, before);
      const { version: _v, ...fields } = patch as { version?: number };
      const merged = Object.fromEntries(
        Object.entries({ ...before.project, ...fields }).filter(([, v]) => v !== null && v !== undefined),
      );
      await writeSettings(edit, before.project, validateProject(merged));
      return this.getProject(edit.tx, id);
    }).then((r) => r.result);
  }

  async deleteProject(actorId: string | null, id: string, version: number | undefined): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.getProject(tx, id);
      if (version !== undefined && before.version !== version) {
        throw new VersionConflictError("project", id, version, before);
      }
      await tx.query("DELETE FROM projects WHERE id = $1", [id]);
      tx.afterCommit(() => this.#plans.delete(id));
      await writeAudit(tx, {
        actorId,
        workspaceId: before.workspaceId,
        projectId: id,
        entity: "project",
        entityId: id,
        action: "delete",
        before: before.project,
        after: undefined,
      });
    });
  }

  /**
   * Runs `work` as one edit of a project: one transaction, the project row locked so edits of one
   * project apply one after another; when the plan changed, the plan version is bumped and the
   * schedule recomputed in the same transaction. A plan the engine rejects rolls everything back.
   */
  async editProject<T>(
    actorId: string | null,
    projectId: string,
    work: (edit: ProjectEdit) => Promise<T>,
  ): Promise<{ result: T; change: ProjectChange | undefined }> {
    if (!UUID.test(projectId)) throw new NotFoundError("project", projectId);
    return this.db.transaction(async (tx) => {
      const locked = await tx.query<{ workspace_id: string; plan_version: number }>(
        "SELECT workspace_id, plan_version FROM projects WHERE id = $1 FOR UPDATE",
        [projectId],
      );
      if (locked[0] === undefined) throw new NotFoundError("project", projectId);
      let planChanged = false;
      const entries: (SnapshotChange & { id: number })[] = [];
      const { workspace_id: workspaceId, plan_version: planVersionBefore } = locked[0];
      const edit: ProjectEdit = {
        tx,
        projectId,
        workspaceId,
        actorId,
        audit: async ({ affectsPlan, ...entry }) => {
          planChanged ||= affectsPlan;
          const id = await writeAudit(tx, { actorId, workspaceId, projectId, ...entry });
          entries.push({
            id,
            entity: entry.entity,
            entityId: entry.entityId,
            action: entry.action,
            after: entry.after,
          });
        },
        auditMany: async (many) => {
          const ids = await writeAuditMany(
            tx,
            many.map(({ affectsPlan: _, ...entry }) => ({ actorId, workspaceId, projectId, ...entry })),
          );
          many.forEach((entry, i) => {
            planChanged ||= entry.affectsPlan;
            entries.push({
              id: ids[i] as number,
              entity: entry.entity,
              entityId: entry.entityId,
              action: entry.action,
              after: entry.after,
            });
          });
        },
      };
      const result = await work(edit);
      if (entries.length === 0) return { result, change: undefined };
      const planVersion = planChanged
        ? await this.#reschedule(tx, projectId, planVersionBefore, entries)
        : planVersionBefore;
      const change: ProjectChange = {
        projectId,
        planVersion,
        auditId: (entries[entries.length - 1] as { id: number }).id,
        actorId,
        changes: entries.slice(0, 50).map((e) => ({ entity: e.entity, id: e.entityId, action: e.action })),
      };
      await this.db.notify(CHANGES_CHANNEL, JSON.stringify(change), tx);
      return { result, change };
    });
  }

  /** The schedule as of the latest committed edit. */
  async schedule(projectId: string): Promise<ScheduleRecord> {
    return JSON.parse(await this.scheduleJson(projectId)) as ScheduleRecord;
  }

  /**
   * The schedule record as JSON text. The latest edit in this process left it in memory; otherwise
   * it is read from storage, or — when no one has read this plan version yet, or after a crash —
   * computed from the stored plan and stored for the next reader.
   */
  async scheduleJson(projectId: string): Promise<string> {
    const { planVersion } = await this.getProject(this.db, projectId);
    const cached = this.#plans.get(projectId, planVersion);
    if (cached !== undefined) {
      cached.json ??= scheduleRecordJson(
        projectId,
        planVersion,
        cached.computedAt,
        JSON.stringify(cached.schedule),
      );
      return cached.json;
    }
    const rows = await this.db.query<{ computed_at: Date; result: string }>(
      "SELECT computed_at, result FROM schedules WHERE project_id = $1 AND plan_version = $2 AND result IS NOT NULL",
      [projectId, planVersion],
    );
    const stored = rows[0];
    if (stored !== undefined) {
      return scheduleRecordJson(projectId, planVersion, stored.computed_at.toISOString(), stored.result);
    }
    const snapshot = await this.#consistentSnapshot(projectId);
    const schedule = scheduleOrReject(toPlan(snapshot));
    await saveScheduleResult(this.db, projectId, snapshot.planVersion, schedule);
    const entry = { snapshot, schedule, computedAt: new Date().toISOString() };
    this.#plans.set(projectId, entry);
    return scheduleRecordJson(projectId, snapshot.planVersion, entry.computedAt, JSON.stringify(schedule));
  }

  /**
   * Bumps the plan version and stores the schedule of the plan as this edit leaves it. The plan comes
   * from this process's snapshot of the version the edit started from, plus the edit's changes; it
   * is read from the database only when no such snapshot exists (first edit, or another instance
   * edited since).
   */
  async #reschedule(
    tx: Transaction,
    projectId: string,
    planVersionBefore: number,
    changes: readonly SnapshotChange[],
  ): Promise<number> {
    const [bumped] = await tx.query<{ plan_version: number }>(
      "UPDATE projects SET plan_version = plan_version + 1 WHERE id = $1 RETURNING plan_version",
      [projectId],
    );
    const planVersion = (bumped as { plan_version: number }).plan_version;
    const cached = this.#plans.get(projectId, planVersionBefore);
    const snapshot =
      cached === undefined
        ? { ...(await loadSnapshot(tx, projectId)), planVersion }
        : applyChanges(cached.snapshot, changes, planVersion);
    const plan = toPlan(snapshot);
    const schedule = scheduleOrReject(plan);
    await saveScheduleSummary(tx, projectId, planVersion, plan, schedule);
    const computedAt = new Date().toISOString();
    tx.afterCommit(() => this.#plans.set(projectId, { snapshot, schedule, computedAt }));
    return planVersion;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stores a project's new settings (they change the plan: start, calendar, hours) and audits them. */
async function writeSettings(edit: ProjectEdit, before: Project, after: Project): Promise<void> {
  await edit.tx.query("UPDATE projects SET name = $2, data = $3, version = version + 1 WHERE id = $1", [
    edit.projectId,
    after.name,
    JSON.stringify(projectData(after)),
  ]);
  await edit.audit({
    entity: "project",
    entityId: edit.projectId,
    action: "update",
    before,
    after,
    affectsPlan: true,
  });
}

function scheduleRecordJson(
  projectId: string,
  planVersion: number,
  computedAt: string,
  schedule: string,
): string {
  return `${JSON.stringify({ projectId, planVersion, computedAt }).slice(0, -1)},"schedule":${schedule}}`;
}

function validateProject(input: unknown): Project {
  const parsed = projectSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("invalid project", zodFieldErrors(parsed.error));
  return parsed.data as Project;
}

function projectData(project: Project): Omit<Project, "name"> {
  const { name: _name, ...data } = project;
  return data;
}

function toProjectRecord(row: ProjectRow): ProjectRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    project: { name: row.name, ...row.data },
    planVersion: row.plan_version,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}
