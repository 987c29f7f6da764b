import type { Queryable } from "../database.js";
import { translateDbError } from "../db-errors.js";
import { NotFoundError, ValidationError, VersionConflictError } from "../errors.js";
import type { ProjectEdit } from "../project-edit.js";
import { zodFieldErrors } from "../zod-field-errors.js";
import type { EntitySpec, Stored } from "./entity-spec.js";

/** Items of another kind that refer to this one through `columns`, and go when it goes. */
export interface Dependents {
  /** Another kind, or "self" for items of the same kind (a summary task's subtasks). */
  readonly repo: EntityRepository<object> | "self";
  readonly columns: readonly string[];
}

/** Rows per INSERT in createMany: a few parameters each, well under PostgreSQL's 65,535. */
const CREATE_CHUNK = 1000;

/** List, read, create, update and delete one kind of project item, versioned and audited. */
export class EntityRepository<Value extends object> {
  constructor(
    readonly spec: EntitySpec<Value>,
    /** Deleted one by one, audited, before the item they refer to (a task's links and assignments). */
    readonly dependents: readonly Dependents[] = [],
  ) {}

  async list(db: Queryable, projectId: string): Promise<Stored<Value>[]> {
    const rows = await db.query<Record<string, unknown>>(
      `SELECT * FROM ${this.spec.table} WHERE project_id = $1 ORDER BY ${this.#order()}`,
      [projectId],
    );
    const items = rows.map((row) => this.#fromRow(row));
    return this.spec.arrange === undefined ? items : this.spec.arrange(items);
  }

  async get(db: Queryable, projectId: string, id: string): Promise<Stored<Value>> {
    const found = await this.find(db, projectId, id);
    if (found === undefined) throw new NotFoundError(this.spec.entity, id);
    return found;
  }

  async find(db: Queryable, projectId: string, id: string, lock = false): Promise<Stored<Value> | undefined> {
    if (this.spec.generatedId && !UUID.test(id)) return undefined;
    const rows = await db.query<Record<string, unknown>>(
      `SELECT * FROM ${this.spec.table} WHERE project_id = $1 AND id = $2${lock ? " FOR UPDATE" : ""}`,
      [projectId, id],
    );
    return rows[0] === undefined ? undefined : this.#fromRow(rows[0]);
  }

  /** Creates an item; `input` is validated against the spec's schema first. */
  async create(edit: ProjectEdit, input: unknown): Promise<Stored<Value>> {
    const prepared =
      this.spec.prepare !== undefined && typeof input === "object" && input !== null && !Array.isArray(input)
        ? await this.spec.prepare(edit.tx, edit.projectId, input as Record<string, unknown>)
        : input;
    const value = this.#validate(prepared);
    const columns = this.spec.columns(value);
    const names = ["project_id", ...(this.spec.generatedId ? [] : ["id"]), ...Object.keys(columns), "data"];
    const params = [
      edit.projectId,
      ...(this.spec.generatedId ? [] : [(value as { id: string }).id]),
      ...Object.values(columns),
      JSON.stringify(this.spec.data(value)),
    ];
    const rows = await this.#run(() =>
      edit.tx.query<Record<string, unknown>>(
        `INSERT INTO ${this.spec.table} (${names.join(", ")})
         VALUES (${names.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING *`,
        params,
      ),
    );
    const created = this.#fromRow(rows[0] as Record<string, unknown>);
    await this.#audit(edit, created.id, "create", undefined, created);
    return created;
  }

  /**
   * Creates many items in a few statements, each validated first, all audited; for imports of
   * thousands of items, where one INSERT each would take minutes.
   */
  async createMany(edit: ProjectEdit, inputs: readonly unknown[]): Promise<Stored<Value>[]> {
    const values: Value[] = [];
    for (const input of inputs) {
      const prepared =
        this.spec.prepare !== undefined &&
        typeof input === "object" &&
        input !== null &&
        !Array.isArray(input)
          ? await this.spec.prepare(edit.tx, edit.projectId, input as Record<string, unknown>)
          : input;
      values.push(this.#validate(prepared));
    }
    const created: Stored<Value>[] = [];
    for (let from = 0; from < values.length; from += CREATE_CHUNK) {
      const params: unknown[] = [];
      let names: string[] = [];
      const rows = values.slice(from, from + CREATE_CHUNK).map((value) => {
        const columns = this.spec.columns(value);
        names = ["project_id", ...(this.spec.generatedId ? [] : ["id"]), ...Object.keys(columns), "data"];
        const start = params.length;
        params.push(
          edit.projectId,
          ...(this.spec.generatedId ? [] : [(value as { id: string }).id]),
          ...Object.values(columns),
          JSON.stringify(this.spec.data(value)),
        );
        return `(${names.map((_, i) => `$${start + i + 1}`).join(", ")})`;
      });
      const inserted = await this.#run(() =>
        edit.tx.query<Record<string, unknown>>(
          `INSERT INTO ${this.spec.table} (${names.join(", ")}) VALUES ${rows.join(", ")} RETURNING *`,
          params,
        ),
      );
      created.push(...inserted.map((row) => this.#fromRow(row)));
    }
    await edit.auditMany(
      created.map((item) => ({
        entity: this.spec.entity,
        entityId: item.id,
        action: "create" as const,
        before: undefined,
        after: item,
        affectsPlan: this.spec.affectsPlan,
      })),
    );
    return created;
  }

  /**
   * Applies `patch` on top of the stored value, if the caller saw `version`; otherwise throws
   * VersionConflictError carrying the current item. The id cannot change.
   */
  async update(edit: ProjectEdit, id: string, version: number, patch: object): Promise<Stored<Value>> {
    const before = await this.find(edit.tx, edit.projectId, id, true);
    if (before === undefined) throw new NotFoundError(this.spec.entity, id);
    if (before.version !== version) throw new VersionConflictError(this.spec.entity, id, version, before);
    if ("id" in patch && patch.id !== id) {
      throw new ValidationError(`the id of a ${this.spec.entity} cannot change`, [
        { path: "id", message: "cannot change; create a new item instead" },
      ]);
    }
    const { id: _id, version: _version, ...current } = before;
    const merged = { ...current, ...(this.spec.generatedId ? {} : { id }), ...withoutVersion(patch) };
    const value = this.#validate(this.#clearNulls(merged));
    const columns = this.spec.columns(value);
    const sets = Object.keys(columns).map((name, i) => `${name} = $${i + 3}`);
    const rows = await this.#run(() =>
      edit.tx.query<Record<string, unknown>>(
        `UPDATE ${this.spec.table} SET ${[...sets, `data = $${sets.length + 3}`, "version = version + 1"].join(", ")}
         WHERE project_id = $1 AND id = $2 RETURNING *`,
        [edit.projectId, id, ...Object.values(columns), JSON.stringify(this.spec.data(value))],
      ),
    );
    const after = this.#fromRow(rows[0] as Record<string, unknown>);
    await this.#audit(edit, id, "update", before, after);
    return after;
  }

  /** Deletes an item the caller saw at `version` (any version when undefined: cascades, imports). */
  async delete(edit: ProjectEdit, id: string, version: number | undefined): Promise<Stored<Value>> {
    const before = await this.find(edit.tx, edit.projectId, id, true);
    if (before === undefined) throw new NotFoundError(this.spec.entity, id);
    if (version !== undefined && before.version !== version) {
      throw new VersionConflictError(this.spec.entity, id, version, before);
    }
    // The database would cascade these silently; deleting them here keeps them in the history.
    for (const dependents of this.dependents) {
      const repo = dependents.repo === "self" ? (this as EntityRepository<object>) : dependents.repo;
      const rows = await edit.tx.query<{ id: string }>(
        `SELECT id FROM ${repo.spec.table}
         WHERE project_id = $1 AND (${dependents.columns.map((c) => `${c} = $2`).join(" OR ")}) ORDER BY id`,
        [edit.projectId, id],
      );
      for (const row of rows) await repo.delete(edit, String(row.id), undefined);
    }
    await this.#run(() =>
      edit.tx.query(`DELETE FROM ${this.spec.table} WHERE project_id = $1 AND id = $2`, [edit.projectId, id]),
    );
    await this.#audit(edit, id, "delete", before, undefined);
    return before;
  }

  #order(): string {
    return this.spec.orderBy ?? "id";
  }

  #validate(input: unknown): Value {
    const parsed = this.spec.schema.safeParse(input);
    if (!parsed.success) {
      throw new ValidationError(`invalid ${this.spec.entity}`, zodFieldErrors(parsed.error));
    }
    return parsed.data;
  }

  #clearNulls(value: Record<string, unknown>): Record<string, unknown> {
    const keep = this.spec.nullableFields ?? [];
    return Object.fromEntries(
      Object.entries(value).filter(([k, v]) => v !== undefined && (v !== null || keep.includes(k))),
    );
  }

  #fromRow(row: Record<string, unknown>): Stored<Value> {
    return { ...this.spec.fromRow(row), id: String(row.id), version: Number(row.version) } as Stored<Value>;
  }

  async #run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateDbError(error, this.spec.entity);
    }
  }

  async #audit(
    edit: ProjectEdit,
    id: string,
    action: "create" | "update" | "delete",
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await edit.audit({
      entity: this.spec.entity,
      entityId: id,
      action,
      before,
      after,
      affectsPlan: this.spec.affectsPlan,
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function withoutVersion(patch: object): object {
  const { version: _version, ...rest } = patch as { version?: unknown };
  return rest;
}
