import { existsSync } from "node:fs";
import { configFromEnv } from "@keel/server";
import { openDatabase, Store } from "@keel/store";
import { ExitCode } from "../exit-code.js";
import type { Output } from "../output.js";
import { UsageError } from "../usage-error.js";

/** An open store and how to let go of it. */
export interface StoreHandle {
  readonly store: Store;
  close(): Promise<void>;
}

/**
 * Opens the store a command works on. `existing`: refuse to create an embedded database where
 * there is none (a command that only reads or changes accounts has nothing to do in an empty one).
 */
export type OpenStore = (options: { readonly existing: boolean }) => Promise<StoreHandle>;

/** The database cannot be opened or reached: exit 69 with the reason. */
export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

/**
 * The database `keel serve` uses, from the same environment: DATABASE_URL for a PostgreSQL server,
 * else the embedded database in KEEL_DATA_DIR (./.keel-data). The embedded database allows one
 * process at a time, so a running `keel serve` on the same directory makes this fail with its pid.
 */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): OpenStore {
  return async ({ existing }) => {
    let config: ReturnType<typeof configFromEnv>;
    try {
      // The port is `keel serve`'s business; a stray PORT must not stop an export.
      config = configFromEnv({ ...env, PORT: "" });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (config.databaseUrl === undefined && existing && !existsSync(config.dataDir)) {
      throw new DatabaseUnavailableError(
        `there is no Keel database in ${config.dataDir}; set KEEL_DATA_DIR to the directory keel serve uses, or DATABASE_URL for a PostgreSQL server`,
      );
    }
    let db: Awaited<ReturnType<typeof openDatabase>>;
    try {
      db = await openDatabase(config);
    } catch (error) {
      throw new DatabaseUnavailableError(`cannot open the database: ${openFailure(error)}`);
    }
    try {
      return { store: await Store.open(db), close: () => db.close() };
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
  };
}

/**
 * Runs `work` on an open store and closes it afterwards. A database that cannot be opened is
 * reported on stderr and gives exit code 69; other errors pass through to `run`.
 */
export async function withStore(
  open: OpenStore,
  options: { readonly existing: boolean },
  output: Output,
  work: (store: Store) => Promise<ExitCode>,
): Promise<ExitCode> {
  let handle: StoreHandle;
  try {
    handle = await open(options);
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError)) throw error;
    output.err(`keel: ${error.message}\n`);
    return ExitCode.unavailable;
  }
  try {
    return await work(handle.store);
  } finally {
    await handle.close();
  }
}

function openFailure(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === "ECONNREFUSED") {
    return `the PostgreSQL server at DATABASE_URL refused the connection${e.message ? ` (${e.message})` : ""}`;
  }
  return e.message || String(e.code ?? error);
}
