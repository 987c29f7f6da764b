import type { Queryable } from "./database.js";

export type AuditAction = "create" | "update" | "delete";

export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly workspaceId: string | null;
  readonly projectId: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditRecord {
  readonly actorId: string | null;
  readonly workspaceId: string | null;
  readonly projectId: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: AuditAction;
  readonly before: unknown;
  readonly after: unknown;
}

/** Appends one entry; callers pass their transaction so the entry commits with the change it records. */
export async function writeAudit(tx: Queryable, record: AuditRecord): Promise<number> {
  const rows = await tx.query<{ id: number }>(
    `INSERT INTO audit_log (actor_id, workspace_id, project_id, entity, entity_id, action, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      record.actorId,
      record.workspaceId,
      record.projectId,
      record.entity,
      record.entityId,
      record.action,
      record.before === undefined ? null : JSON.stringify(record.before),
      record.after === undefined ? null : JSON.stringify(record.after),
    ],
  );
  return (rows[0] as { id: number }).id;
}

/** Rows per INSERT when writing many entries: 8 parameters each, well under PostgreSQL's 65,535. */
const AUDIT_CHUNK = 1000;

/** Writes many entries in a few statements (an import of thousands of items); their ids in order. */
export async function writeAuditMany(tx: Queryable, records: readonly AuditRecord[]): Promise<number[]> {
  const ids: number[] = [];
  for (let from = 0; from < records.length; from += AUDIT_CHUNK) {
    const chunk = records.slice(from, from + AUDIT_CHUNK);
    const params: unknown[] = [];
    const rows = chunk.map((record) => {
      params.push(
        record.actorId,
        record.workspaceId,
        record.projectId,
        record.entity,
        record.entityId,
        record.action,
        record.before === undefined ? null : JSON.stringify(record.before),
        record.after === undefined ? null : JSON.stringify(record.after),
      );
      const at = params.length - 8;
      return `(${Array.from({ length: 8 }, (_, i) => `$${at + i + 1}`).join(", ")})`;
    });
    const inserted = await tx.query<{ id: number }>(
      `INSERT INTO audit_log (actor_id, workspace_id, project_id, entity, entity_id, action, before, after)
       VALUES ${rows.join(", ")} RETURNING id`,
      params,
    );
    ids.push(...inserted.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  return ids;
}

export interface HistoryQuery {
  readonly projectId?: string | undefined;
  readonly workspaceId?: string | undefined;
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  /** Only entries with an id below this one (paging backwards from the newest). */
  readonly before?: number | undefined;
  readonly limit?: number | undefined;
}

interface AuditRow {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  workspace_id: string | null;
  project_id: string | null;
  entity: string;
  entity_id: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
}

/** Newest first. */
export async function readHistory(db: Queryable, query: HistoryQuery): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (query.projectId !== undefined) add("a.project_id = ?", query.projectId);
  if (query.workspaceId !== undefined) add("a.workspace_id = ?", query.workspaceId);
  if (query.entity !== undefined) add("a.entity = ?", query.entity);
  if (query.entityId !== undefined) add("a.entity_id = ?", query.entityId);
  if (query.before !== undefined) add("a.id < ?", query.before);
  params.push(Math.min(query.limit ?? 100, 1000));
  const rows = await db.query<AuditRow>(
    `SELECT a.*, u.name AS actor_name FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
     ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY a.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    workspaceId: r.workspace_id,
    projectId: r.project_id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before,
    after: r.after,
  }));
}
