import { PGlite, type Transaction as PGliteTransaction } from "@electric-sql/pglite";
import type { Database, Transaction } from "../database.js";
import { runAfterCommit } from "../run-after-commit.js";
import { lockDataDir } from "./data-dir-lock.js";

const INT8 = 20;

export interface PGliteOptions {
  /** Data directory; in memory when absent. */
  readonly dataDir?: string | undefined;
  /** A data directory dump (from `dumpDataDir`) to start from instead of running initdb. */
  readonly loadDataDir?: Blob | undefined;
}

/**
 * Embedded PostgreSQL (PGlite, compiled to WASM). It is one connection in this process, so every
 * statement and transaction is queued here and runs alone.
 */
export class PGliteDatabase implements Database {
  readonly kind = "pglite";
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly pg: PGlite,
    private readonly unlock: () => void,
  ) {}

  static async open(options: PGliteOptions = {}): Promise<PGliteDatabase> {
    const unlock = options.dataDir === undefined ? () => undefined : lockDataDir(options.dataDir);
    try {
      const pg = await PGlite.create({
        ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
        ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
        parsers: { [INT8]: (value: string) => Number(value) },
      });
      return new PGliteDatabase(pg, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.#exclusive(async () => (await this.pg.query<Row>(sql, [...params])).rows);
  }

  async exec(sql: string): Promise<void> {
    await this.#exclusive(() => this.pg.exec(sql));
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const callbacks: (() => void)[] = [];
    const result = await this.#exclusive(() =>
      this.pg.transaction((inner: PGliteTransaction) =>
        work({
          query: async <Row>(sql: string, params: readonly unknown[] = []) =>
            (await inner.query<Row>(sql, [...params])).rows,
          exec: async (sql: string) => {
            await inner.exec(sql);
          },
          afterCommit: (callback) => callbacks.push(callback),
        }),
      ),
    );
    runAfterCommit(callbacks);
    return result;
  }

  async notify(channel: string, payload: string, tx?: Transaction): Promise<void> {
    await (tx ?? this).query("SELECT pg_notify($1, $2)", [channel, payload]);
  }

  async listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    const stop = await this.#exclusive(() => this.pg.listen(channel, handler));
    return () => this.#exclusive(() => stop());
  }

  /** A compressed copy of the whole data directory, to clone databases quickly in tests. */
  dump(): Promise<Blob> {
    return this.#exclusive(() => this.pg.dumpDataDir("gzip"));
  }

  async close(): Promise<void> {
    await this.#exclusive(() => this.pg.close());
    this.unlock();
  }
}
