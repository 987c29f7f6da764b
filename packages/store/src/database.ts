/** Anything that runs SQL: the database itself or an open transaction. Parameters are `$1, $2, …`. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A transaction. `afterCommit` callbacks run once it has committed (used to publish change events). */
export interface Transaction extends Queryable {
  afterCommit(callback: () => void): void;
}

export type DriverKind = "pglite" | "postgres";

/**
 * One PostgreSQL database, embedded (PGlite) or a server (node-postgres). The same SQL runs on both;
 * only the driver folders know which one is underneath.
 */
export interface Database extends Queryable {
  readonly kind: DriverKind;
  /** Runs `work` in one transaction: all of it commits, or none of it does. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Sends `payload` on `channel` to every listener once the current transaction (if any) commits. */
  notify(channel: string, payload: string, tx?: Transaction): Promise<void>;
  /** Subscribes to a channel; with PostgreSQL this reaches listeners in other processes too. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
