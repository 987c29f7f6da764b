import { ConflictError } from "./errors.js";

interface PostgresError {
  readonly code?: string;
  readonly detail?: string;
  readonly constraint?: string;
}

const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";

/** Turns PostgreSQL's integrity errors into messages a user can act on; other errors pass through. */
export function translateDbError(error: unknown, entity: string): unknown {
  const e = error as PostgresError;
  if (e?.code === UNIQUE_VIOLATION) {
    return new ConflictError(`a ${entity} with the same ${uniqueWhat(e)} already exists`);
  }
  if (e?.code === FOREIGN_KEY_VIOLATION) {
    const key = keyValue(e);
    if (e.detail?.includes("is still referenced")) {
      // Deleting something others point at, e.g. a summary task that still has subtasks.
      return new ConflictError(
        `the ${entity}${key === undefined ? "" : ` "${key}"`} is still referred to by ${referrerWhat(e)}; move or delete them first`,
      );
    }
    return new ConflictError(
      `the ${entity} refers to ${referenceWhat(e)} that does not exist in this project${key === undefined ? "" : ` ("${key}")`}`,
    );
  }
  return error;
}

/** The last value of the key in PostgreSQL's detail, `Key (project_id, to_id)=(…, design) is …`: the item's id. */
function keyValue(e: PostgresError): string | undefined {
  const values = /^Key \([^)]*\)=\((.*)\) is /.exec(e.detail ?? "")?.[1];
  // Plan item keys are (project_id, id): drop the project's uuid, keep the id whatever it contains.
  return values?.replace(/^[0-9a-f-]{36}, /i, "");
}

function referrerWhat(e: PostgresError): string {
  const table = /from table "(\w+)"/.exec(e.detail ?? "")?.[1];
  return table === "tasks" ? "subtasks" : table === undefined ? "other items" : `other ${table}`;
}

function uniqueWhat(e: PostgresError): string {
  if (e.constraint?.endsWith("from_id_to_id_type_key")) return "predecessor, successor and type";
  if (e.constraint?.endsWith("task_id_resource_id_key")) return "task and resource";
  return "id";
}

function referenceWhat(e: PostgresError): string {
  const d = `${e.constraint ?? ""} ${e.detail ?? ""}`;
  if (d.includes("resource")) return "a resource";
  if (d.includes("parent")) return "a parent task";
  if (d.includes("from_id") || d.includes("to_id") || d.includes("task")) return "a task";
  return "an item";
}
