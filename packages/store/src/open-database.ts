import type { Database } from "./database.js";
import { PGliteDatabase } from "./pglite/pglite-database.js";
import { PostgresDatabase } from "./postgres/postgres-database.js";

export interface DatabaseConfig {
  /** `postgres://…`: use that PostgreSQL server. */
  readonly databaseUrl?: string | undefined;
  /** Otherwise the embedded database keeps its files here. */
  readonly dataDir: string;
}

/** The database Keel runs on: PostgreSQL when a URL is given, else embedded PGlite in `dataDir`. */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl !== undefined && config.databaseUrl !== "") {
    return PostgresDatabase.open({ connectionString: config.databaseUrl });
  }
  return PGliteDatabase.open({ dataDir: config.dataDir });
}
