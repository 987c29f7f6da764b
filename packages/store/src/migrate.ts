import type { Database } from "./database.js";
import { MIGRATIONS, type Migration } from "./migrations/index.js";

// Any constant: instances starting together on one PostgreSQL take turns migrating.
const MIGRATION_LOCK = 4_600_001;

/** Brings the schema up to date; returns the versions it applied. Safe to run from several instances. */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await tx.query<{ version: number }>("SELECT version FROM schema_migrations")).map((r) => r.version),
    );
    const latest = Math.max(0, ...done);
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (latest > known) {
      throw new Error(
        `the database schema is at version ${latest}, newer than this Keel knows (${known}); upgrade Keel`,
      );
    }
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
