import pg from "pg";
import type { Database, Transaction } from "../database.js";
import { runAfterCommit } from "../run-after-commit.js";

const INT8 = 20;

/** Reads int8 (counts, audit ids) as numbers, as PGlite is configured to. */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  readonly connectionString: string;
  /** Schema to work in (created if missing); tests give each run its own. */
  readonly schema?: string | undefined;
  readonly maxConnections?: number | undefined;
}

/** A PostgreSQL server through node-postgres: a connection pool plus one connection for LISTEN. */
export class PostgresDatabase implements Database {
  readonly kind = "postgres";
  #listener: pg.Client | undefined;
  readonly #handlers = new Map<string, Set<(payload: string) => void>>();

  private constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresOptions,
  ) {}

  static async open(options: PostgresOptions): Promise<PostgresDatabase> {
    const config = PostgresDatabase.#clientConfig(options);
    if (options.schema !== undefined) {
      const client = new pg.Client({ connectionString: options.connectionString });
      await client.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      } finally {
        await client.end();
      }
    }
    const pool = new pg.Pool({ ...config, max: options.maxConnections ?? 10 });
    // An idle client that loses its connection emits here; the pool replaces it on the next checkout.
    pool.on("error", () => undefined);
    const db = new PostgresDatabase(pool, options);
    await db.query("SELECT 1");
    return db;
  }

  static #clientConfig(options: PostgresOptions): pg.ClientConfig {
    return {
      connectionString: options.connectionString,
      types,
      ...(options.schema === undefined ? {} : { options: `-c search_path=${quoteIdent(options.schema)}` }),
    };
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, [...params])).rows as Row[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const callbacks: (() => void)[] = [];
    let result: T;
    try {
      await client.query("BEGIN");
      result = await work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, [...params])).rows as Row[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
        afterCommit: (callback) => callbacks.push(callback),
      });
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      client.release();
      throw error;
    }
    client.release();
    runAfterCommit(callbacks);
    return result;
  }

  async notify(channel: string, payload: string, tx?: Transaction): Promise<void> {
    await (tx ?? this).query("SELECT pg_notify($1, $2)", [channel, payload]);
  }

  async listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = await this.#listenerClient();
    let handlers = this.#handlers.get(channel);
    if (handlers === undefined) {
      handlers = new Set();
      this.#handlers.set(channel, handlers);
      await listener.query(`LISTEN ${quoteIdent(channel)}`);
    }
    handlers.add(handler);
    return async () => {
      handlers.delete(handler);
    };
  }

  async #listenerClient(): Promise<pg.Client> {
    if (this.#listener !== undefined) return this.#listener;
    const client = new pg.Client(PostgresDatabase.#clientConfig(this.options));
    client.on("notification", (message) => {
      for (const handler of this.#handlers.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    client.on("error", () => {
      // Reconnect and re-subscribe, so live updates survive a restarted database server.
      this.#listener = undefined;
      void this.#resubscribe();
    });
    await client.connect();
    this.#listener = client;
    return client;
  }

  async #resubscribe(): Promise<void> {
    try {
      const listener = await this.#listenerClient();
      for (const channel of this.#handlers.keys()) await listener.query(`LISTEN ${quoteIdent(channel)}`);
    } catch {
      setTimeout(() => void this.#resubscribe(), 1000).unref();
    }
  }

  /** Drops the schema this database was opened on (test runs clean up after themselves). */
  async dropSchema(): Promise<void> {
    if (this.options.schema !== undefined) {
      await this.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.options.schema)} CASCADE`);
    }
  }

  async close(): Promise<void> {
    const listener = this.#listener;
    this.#listener = undefined;
    listener?.removeAllListeners("error");
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
