import type { z } from "zod";
import type { Queryable } from "../database.js";

/**
 * How one kind of project item is stored: the columns that identify and relate it, and the jsonb
 * document holding the rest. Adding a kind (a risk, a sprint…) is one spec plus a migration.
 */
export interface EntitySpec<Value extends object> {
  /** Singular name used in the audit log, messages and routes: "task", "link". */
  readonly entity: string;
  readonly table: string;
  /** Ids the database generates (uuid) rather than ids the client chooses ("design", "qa"). */
  readonly generatedId: boolean;
  /** Validates a whole value (without `id` for generated ids, without `version`). */
  readonly schema: z.ZodType<Value>;
  /** Relational columns besides project_id, id, data and version. */
  columns(value: Value): Record<string, unknown>;
  data(value: Value): unknown;
  fromRow(row: Record<string, unknown>): Value;
  /** Fills fields a client may leave out when creating (defaults, the next outline position). */
  prepare?(
    db: Queryable,
    projectId: string,
    input: Record<string, unknown>,
  ): Promise<Record<string, unknown>>;
  /** Fields where `null` is a value (a top-level task's parent); elsewhere a `null` in a patch clears the field. */
  readonly nullableFields?: readonly string[];
  /** SQL order of a listing (columns of the table); by id when absent. */
  readonly orderBy?: string;
  /** Puts a listing in its natural order (tasks: outline order); by id otherwise. */
  arrange?<T extends Value>(items: T[]): T[];
  /** Whether a change to this kind changes the schedule. */
  readonly affectsPlan: boolean;
}

/** A stored item: its value plus the id and the version an update must quote. */
export type Stored<Value extends object> = Value & { readonly id: string; readonly version: number };
