import { randomBytes } from "node:crypto";
import { schedulePlan } from "@keel/engine";
import {
  accounts,
  type Database,
  loadPlan,
  PGliteDatabase,
  PostgresDatabase,
  Store,
  type Transaction,
} from "@keel/store";
import { benchPlan } from "./bench-plan.js";
import { median, quantile } from "./stats.js";

/** One part of a task edit: mean ms per edit (and statements per edit, for SQL). */
export interface Step {
  readonly step: string;
  readonly ms: number;
  readonly statements?: number;
}

const EDITS = 60;
const WARM_UP = 10;

/** The kind of statement and the table it works on, e.g. "INSERT schedules". */
function label(sql: string): string {
  const text = sql.replace(/\s+/g, " ").trim();
  if (/pg_notify/i.test(text)) return "NOTIFY (pg_notify)";
  const verb = /^(\w+)/.exec(text)?.[1]?.toUpperCase() ?? "?";
  const table =
    /^(?:INSERT INTO|UPDATE|DELETE FROM) (\w+)/i.exec(text)?.[1] ?? /\bFROM (\w+)/i.exec(text)?.[1] ?? "";
  return `${verb} ${table}`.trim();
}

/** A database that times every statement it runs, by `label`, while `recording` is on. */
class TimedDatabase implements Database {
  readonly kind: Database["kind"];
  readonly statements = new Map<string, { ms: number; count: number }>();
  recording = false;

  constructor(private readonly inner: Database) {
    this.kind = inner.kind;
  }

  #record(key: string, ms: number): void {
    if (!this.recording) return;
    const entry = this.statements.get(key) ?? { ms: 0, count: 0 };
    entry.ms += ms;
    entry.count++;
    this.statements.set(key, entry);
  }

  async #timed<T>(sql: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.#record(label(sql), performance.now() - started);
    }
  }

  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.#timed(sql, () => this.inner.query<Row>(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.#timed(sql, () => this.inner.exec(sql));
  }

  /** Also times BEGIN (until the work starts) and COMMIT (from the end of the work until it resolves). */
  async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const called = performance.now();
    let workEnded = called;
    const result = await this.inner.transaction(async (tx) => {
      this.#record("BEGIN", performance.now() - called);
      try {
        return await work({
          query: (sql, params) => this.#timed(sql, () => tx.query(sql, params)),
          exec: (sql) => this.#timed(sql, () => tx.exec(sql)),
          afterCommit: (callback) => tx.afterCommit(callback),
        });
      } finally {
        workEnded = performance.now();
      }
    });
    this.#record("COMMIT", performance.now() - workEnded);
    return result;
  }

  notify(channel: string, payload: string, tx?: Transaction): Promise<void> {
    return (tx ?? this).query("SELECT pg_notify($1, $2)", [channel, payload]).then(() => undefined);
  }

  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
    return this.inner.listen(channel, handler);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * Where the time of one task edit of a large project goes inside the store: `Store.editProject`
 * (lock, update, audit, reschedule, commit) timed whole and statement by statement; what is left is
 * JavaScript in this process (engine run, JSON, the rest). The engine run and reading the whole plan
 * from the database (which an edit skips when its process holds the plan at that version) are
 * also timed on their own.
 */
export async function editBreakdown(inner: Database, tasks: number): Promise<Step[]> {
  const db = new TimedDatabase(inner);
  const store = await Store.open(db);
  const user = await accounts.createUser(db, null, {
    email: `breakdown-${randomBytes(4).toString("hex")}@example.com`,
    name: "Breakdown",
    passwordHash: null,
  });
  const workspace = await db.transaction((tx) => accounts.createWorkspace(tx, user.id, "Breakdown"));
  const plan = benchPlan(tasks, "working");
  const project = await store.createProjectFromPlan(user.id, workspace.id, plan);
  const parents = new Set(plan.tasks.map((t) => t.parent));
  const edited = plan.tasks.filter((t) => !t.milestone && !parents.has(t.id))[Math.floor(tasks / 3)];
  if (edited === undefined) throw new Error("no leaf task to edit");
  let version = (await store.tasks.get(db, project.id, edited.id)).version;

  const whole: number[] = [];
  for (let i = 0; i < WARM_UP + EDITS; i++) {
    db.recording = i >= WARM_UP;
    const started = performance.now();
    const { result } = await store.editProject(user.id, project.id, (edit) =>
      store.tasks.update(edit, edited.id, version, {
        duration: { value: 1 + (i % 2), unit: "d", elapsed: false },
      }),
    );
    if (db.recording) whole.push(performance.now() - started);
    version = result.version;
  }
  db.recording = false;

  const engine: number[] = [];
  const read: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    const loaded = await loadPlan(inner, project.id);
    const between = performance.now();
    schedulePlan(loaded);
    read.push(between - started);
    engine.push(performance.now() - between);
  }

  const mean = (ms: number) => ms / EDITS;
  const statements = [...db.statements.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const inDatabase = statements.reduce((sum, [, s]) => sum + s.ms, 0);
  const wholeMean = whole.reduce((a, b) => a + b, 0) / whole.length;
  return [
    {
      step: `whole edit: median ${fixed(median(whole))} ms, p90 ${fixed(quantile(whole, 0.9))} ms; mean`,
      ms: wholeMean,
    },
    ...statements.map(([key, s]) => ({ step: `SQL: ${key}`, ms: mean(s.ms), statements: s.count / EDITS })),
    { step: "JavaScript in the edit (engine run, JSON, the rest)", ms: wholeMean - mean(inDatabase) },
    { step: "for comparison: engine run alone (schedulePlan), median", ms: median(engine) },
    { step: "for comparison: reading the whole plan (loadPlan), median", ms: median(read) },
  ];
}

function fixed(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

/** The breakdown on an in-memory PGlite, and on PostgreSQL in a throw-away schema when `postgresUrl` is set. */
export async function editBreakdowns(
  tasks: number,
  postgresUrl: string | undefined,
): Promise<{ database: string; steps: Step[] }[]> {
  const out: { database: string; steps: Step[] }[] = [];
  const pglite = await PGliteDatabase.open();
  try {
    out.push({ database: "PGlite", steps: await editBreakdown(pglite, tasks) });
  } finally {
    await pglite.close();
  }
  if (postgresUrl) {
    const schema = `keel_bench_${randomBytes(6).toString("hex")}`;
    const pg = await PostgresDatabase.open({ connectionString: postgresUrl, schema, maxConnections: 2 });
    try {
      out.push({ database: "PostgreSQL", steps: await editBreakdown(pg, tasks) });
    } finally {
      await pg.dropSchema();
      await pg.close();
    }
  }
  return out;
}
