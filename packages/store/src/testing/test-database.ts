import { randomBytes } from "node:crypto";
import type { Database } from "../database.js";
import { migrate } from "../migrate.js";
import { PGliteDatabase } from "../pglite/pglite-database.js";
import { PostgresDatabase } from "../postgres/postgres-database.js";

export type TestDriver = "pglite" | "postgres";

const POSTGRES_URL = process.env.KEEL_TEST_DATABASE_URL;

/**
 * Drivers the contract tests run against: PGlite always, PostgreSQL when KEEL_TEST_DATABASE_URL
 * is set (CI sets it). Suites use `describe.each(TEST_DRIVERS)`.
 */
export const TEST_DRIVERS: readonly TestDriver[] =
  POSTGRES_URL === undefined || POSTGRES_URL === "" ? ["pglite"] : ["pglite", "postgres"];

if (!TEST_DRIVERS.includes("postgres") && process.env.VITEST_WORKER_ID === "1") {
  console.info("PostgreSQL tests skipped: set KEEL_TEST_DATABASE_URL=postgres://… to run them too.");
}

export interface TestDatabase {
  readonly db: Database;
  /** Closes the database and removes what the test created. */
  dispose(): Promise<void>;
}

let template: Promise<Blob> | undefined;

/** An empty, migrated PGlite data directory, made once per test process (initdb is slow). */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const db = await PGliteDatabase.open();
    await migrate(db);
    const dump = await db.dump();
    await db.close();
    return dump;
  })();
  return template;
}

/** A fresh, migrated database of its own for one test (a PGlite clone, or a new PostgreSQL schema). */
export async function openTestDatabase(driver: TestDriver, dataDir?: string): Promise<TestDatabase> {
  if (driver === "pglite") {
    const db = await PGliteDatabase.open({ loadDataDir: await pgliteTemplate(), dataDir });
    return { db, dispose: () => db.close() };
  }
  if (POSTGRES_URL === undefined) throw new Error("KEEL_TEST_DATABASE_URL is not set");
  const schema = `keel_test_${randomBytes(6).toString("hex")}`;
  const db = await PostgresDatabase.open({ connectionString: POSTGRES_URL, schema, maxConnections: 4 });
  await migrate(db);
  return {
    db,
    dispose: async () => {
      await db.dropSchema();
      await db.close();
    },
  };
}
